//! What a candidate sees of their application: each stage, whether it is behind them, where
//! they are, or ahead, with the date they reached it. Nothing internal.

use super::{Pipeline, Position, Status};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Where a stage stands for the candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    /// Behind them.
    Passed,
    /// Passed over (skipped by the organisation).
    Skipped,
    /// Where the application is.
    Current,
    /// Ahead.
    Upcoming,
}

/// One stage on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// The stage's key.
    pub stage: String,
    /// Its name.
    pub name: String,
    /// Where it stands.
    pub progress: Progress,
    /// When the application first reached it.
    pub reached_at: Option<DateTime<Utc>>,
}

/// The timeline of an application at `position`, given when it entered each stage (`history`:
/// stage key and time, oldest first). Stages after the current one are upcoming only while the
/// application is active.
pub fn timeline(
    pipeline: &Pipeline,
    position: &Position,
    history: &[(String, DateTime<Utc>)],
) -> Vec<TimelineEntry> {
    let current = pipeline.index_of(&position.stage).unwrap_or(0);
    pipeline
        .stages()
        .iter()
        .enumerate()
        .filter_map(|(index, stage)| {
            let reached_at = history.iter().find(|(key, _)| *key == stage.key).map(|(_, at)| *at);
            let progress = match index.cmp(&current) {
                std::cmp::Ordering::Less if reached_at.is_some() => Progress::Passed,
                std::cmp::Ordering::Less => Progress::Skipped,
                std::cmp::Ordering::Equal => Progress::Current,
                std::cmp::Ordering::Greater if position.status == Status::Active => Progress::Upcoming,
                // A finished application has no future stages to show.
                std::cmp::Ordering::Greater => return None,
            };
            Some(TimelineEntry { stage: stage.key.clone(), name: stage.name.clone(), progress, reached_at })
        })
        .collect()
}

/// The next stage's name, while the application is active.
pub fn next_stage(pipeline: &Pipeline, position: &Position) -> Option<String> {
    if position.status != Status::Active {
        return None;
    }
    let current = pipeline.index_of(&position.stage)?;
    (current < pipeline.decision_index()).then(|| pipeline.stages()[current + 1].name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap()
    }

    #[test]
    fn shows_what_is_behind_where_it_is_and_what_comes() {
        let pipeline = Pipeline::standard();
        let position = Position { stage: "interviews".into(), status: Status::Active };
        let history = [("application".to_owned(), at(1)), ("interviews".to_owned(), at(8))];
        let entries = timeline(&pipeline, &position, &history);
        let progress: Vec<(&str, Progress)> =
            entries.iter().map(|e| (e.stage.as_str(), e.progress)).collect();
        assert_eq!(
            progress,
            [
                ("application", Progress::Passed),
                ("hr_chat", Progress::Skipped),
                ("interviews", Progress::Current),
                ("case_study", Progress::Upcoming),
                ("decision", Progress::Upcoming),
                ("onboarding", Progress::Upcoming),
            ]
        );
        assert_eq!(entries[2].reached_at, Some(at(8)));
        assert_eq!(next_stage(&pipeline, &position).as_deref(), Some("Case study"));
    }

    #[test]
    fn a_finished_application_shows_no_future() {
        let pipeline = Pipeline::standard();
        let rejected = Position { stage: "hr_chat".into(), status: Status::Rejected };
        let history = [("application".to_owned(), at(1)), ("hr_chat".to_owned(), at(3))];
        assert_eq!(timeline(&pipeline, &rejected, &history).len(), 2);
        assert_eq!(next_stage(&pipeline, &rejected), None);
        let at_decision = Position { stage: "decision".into(), status: Status::Active };
        assert_eq!(
            next_stage(&pipeline, &at_decision),
            None,
            "the decision is the last step a candidate waits for"
        );
    }
}
