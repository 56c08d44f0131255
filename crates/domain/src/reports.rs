//! Hiring reports, computed from applications' histories: the funnel (how many reached each
//! stage, and the conversion from the stage before), the median time spent in each stage, the
//! time to a decision, rejection reasons, applications per week and interviewers' load. Erased
//! applications count like any other: erasure takes the person out, not the numbers.

use crate::pipeline::Status;
use chrono::{DateTime, Datelike, Duration, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

/// One move in an application's history (its first is where it started).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// When.
    pub at: DateTime<Utc>,
    /// The stage it moved to.
    pub stage: String,
    /// The status after the move.
    pub status: Status,
    /// Why (a rejection's reason).
    pub reason: Option<String>,
}

/// An application's history, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    /// When the application was made.
    pub created_at: DateTime<Utc>,
    /// Where it came from (`job_board`, `api`, a campaign's label).
    pub source: String,
    /// Its moves, oldest first.
    pub steps: Vec<Step>,
}

/// One stage of the funnel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FunnelStage {
    /// The stage's key.
    pub stage: String,
    /// Its name.
    pub name: String,
    /// Applications that reached it.
    pub reached: usize,
    /// Of those that reached the stage before, the share that reached this one (0 to 1).
    pub conversion: Option<f64>,
    /// The median time applications spent in it before moving on or out, in hours.
    pub median_hours: Option<f64>,
}

/// A count of something, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    /// What.
    pub label: String,
    /// How many.
    pub count: usize,
}

/// The hiring report of a set of applications.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HiringReport {
    /// How many applications.
    pub applications: usize,
    /// By status now.
    pub by_status: Vec<Count>,
    /// The funnel, in the pipeline's order.
    pub funnel: Vec<FunnelStage>,
    /// The median time from applying to the decision (hired or rejected), in days.
    pub median_days_to_decision: Option<f64>,
    /// Decisions taken.
    pub decisions: usize,
    /// Rejection reasons, most frequent first.
    pub rejection_reasons: Vec<Count>,
    /// Where applications came from, most frequent first.
    pub sources: Vec<Count>,
    /// Applications per ISO week (`2026-W47`), in order.
    pub per_week: Vec<Count>,
}

/// The median of some numbers.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[mid - 1] + values[mid]) / 2.0 } else { values[mid] })
}

fn hours(d: Duration) -> f64 {
    d.num_seconds() as f64 / 3600.0
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The ISO week of a time, as `2026-W47`.
pub fn iso_week(at: DateTime<Utc>) -> String {
    let week = at.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The report over `applications`, whose stages are `stages` (key, name) in pipeline order.
pub fn hiring_report(stages: &[(String, String)], applications: &[History]) -> HiringReport {
    let position = |key: &str| stages.iter().position(|(k, _)| k == key);
    let mut reached = vec![0usize; stages.len()];
    let mut durations: Vec<Vec<f64>> = vec![Vec::new(); stages.len()];
    let mut to_decision = Vec::new();
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut weeks: BTreeMap<String, usize> = BTreeMap::new();
    let mut statuses: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut sources: BTreeMap<String, usize> = BTreeMap::new();
    for application in applications {
        *sources.entry(application.source.clone()).or_default() += 1;
        *weeks.entry(iso_week(application.created_at)).or_default() += 1;
        let now_status = application.steps.last().map_or(Status::Active, |s| s.status);
        *statuses.entry(now_status.as_str()).or_default() += 1;
        let mut seen = vec![false; stages.len()];
        for (i, step) in application.steps.iter().enumerate() {
            if let Some(p) = position(&step.stage) {
                seen[p] = true;
                // Time in this stage: until the next move (to another stage or out of the
                // process); the last stage of an active application has not ended.
                if let Some(next) = application.steps.get(i + 1)
                    && (next.stage != step.stage || next.status != step.status)
                    && step.status == Status::Active
                {
                    durations[p].push(hours(next.at - step.at));
                }
            }
            if step.status == Status::Rejected
                && let Some(reason) = &step.reason
            {
                *reasons.entry(reason.clone()).or_default() += 1;
            }
        }
        for (p, was) in seen.iter().enumerate() {
            if *was {
                reached[p] += 1;
            }
        }
        if let Some(decided) =
            application.steps.iter().find(|s| matches!(s.status, Status::Hired | Status::Rejected))
        {
            to_decision.push(hours(decided.at - application.created_at) / 24.0);
        }
    }
    let funnel = stages
        .iter()
        .enumerate()
        .map(|(i, (key, name))| FunnelStage {
            stage: key.clone(),
            name: name.clone(),
            reached: reached[i],
            conversion: (i > 0 && reached[i - 1] > 0)
                .then(|| (reached[i] as f64 / reached[i - 1] as f64 * 1000.0).round() / 1000.0),
            median_hours: median(durations[i].clone()).map(round),
        })
        .collect();
    let most_first = |counts: BTreeMap<String, usize>| {
        let mut counts: Vec<Count> =
            counts.into_iter().map(|(label, count)| Count { label, count }).collect();
        counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        counts
    };
    HiringReport {
        applications: applications.len(),
        by_status: statuses.into_iter().map(|(label, count)| Count { label: label.into(), count }).collect(),
        funnel,
        decisions: to_decision.len(),
        median_days_to_decision: median(to_decision).map(round),
        rejection_reasons: most_first(reasons),
        sources: most_first(sources),
        per_week: weeks.into_iter().map(|(label, count)| Count { label, count }).collect(),
    }
}

/// An interview, for the load report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterviewFacts {
    /// When it ended (`None`: not scheduled yet).
    pub ends_at: Option<DateTime<Utc>>,
    /// Whether it was cancelled.
    pub cancelled: bool,
    /// Who was on the panel.
    pub panel: Vec<uuid::Uuid>,
    /// Who sent a scorecard.
    pub scored_by: Vec<uuid::Uuid>,
}

/// One interviewer's load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Load {
    /// Who.
    pub user_id: uuid::Uuid,
    /// Interviews they sit on (not cancelled).
    pub interviews: usize,
    /// Scorecards they sent.
    pub scorecards: usize,
    /// Interviews that ended more than a day ago without their scorecard.
    pub overdue_scorecards: usize,
}

/// How long after an interview a scorecard is due.
pub const SCORECARD_DUE: Duration = Duration::hours(24);

/// Each interviewer's load, busiest first.
pub fn interviewer_load(interviews: &[InterviewFacts], now: DateTime<Utc>) -> Vec<Load> {
    let mut loads: BTreeMap<uuid::Uuid, Load> = BTreeMap::new();
    for interview in interviews.iter().filter(|i| !i.cancelled) {
        for person in &interview.panel {
            let load = loads.entry(*person).or_insert(Load {
                user_id: *person,
                interviews: 0,
                scorecards: 0,
                overdue_scorecards: 0,
            });
            load.interviews += 1;
            if interview.scored_by.contains(person) {
                load.scorecards += 1;
            } else if interview.ends_at.is_some_and(|end| end + SCORECARD_DUE < now) {
                load.overdue_scorecards += 1;
            }
        }
    }
    let mut loads: Vec<Load> = loads.into_values().collect();
    loads.sort_by(|a, b| b.interviews.cmp(&a.interviews).then(a.user_id.cmp(&b.user_id)));
    loads
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(day: i64, hour: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 0, 0, 0).unwrap() + Duration::days(day) + Duration::hours(hour)
    }

    fn step(at: DateTime<Utc>, stage: &str, status: Status) -> Step {
        Step { at, stage: stage.into(), status, reason: None }
    }

    fn stages() -> Vec<(String, String)> {
        [("application", "Application"), ("interviews", "Interviews"), ("decision", "Decision")]
            .iter()
            .map(|(k, n)| ((*k).to_owned(), (*n).to_owned()))
            .collect()
    }

    #[test]
    fn the_funnel_counts_who_reached_each_stage_and_how_long_they_stayed() {
        let hired = History {
            created_at: t(0, 0),
            source: "job_board".into(),
            steps: vec![
                step(t(0, 0), "application", Status::Active),
                step(t(2, 0), "interviews", Status::Active),
                step(t(5, 0), "decision", Status::Active),
                step(t(6, 0), "decision", Status::Hired),
            ],
        };
        let mut rejected = History {
            created_at: t(1, 0),
            source: "tu_delft_fair".into(),
            steps: vec![
                step(t(1, 0), "application", Status::Active),
                step(t(2, 0), "interviews", Status::Active),
                step(t(3, 0), "interviews", Status::Rejected),
            ],
        };
        rejected.steps[2].reason = Some("Position filled".into());
        let waiting = History {
            created_at: t(8, 0),
            source: "job_board".into(),
            steps: vec![step(t(8, 0), "application", Status::Active)],
        };
        let report = hiring_report(&stages(), &[hired, rejected, waiting]);
        assert_eq!(report.applications, 3);
        let reached: Vec<usize> = report.funnel.iter().map(|s| s.reached).collect();
        assert_eq!(reached, [3, 2, 1]);
        let conversion: Vec<Option<f64>> = report.funnel.iter().map(|s| s.conversion).collect();
        assert_eq!(conversion, [None, Some(0.667), Some(0.5)]);
        // In Application: 48 h and 24 h (the waiting one has not left it); median 36 h.
        assert_eq!(report.funnel[0].median_hours, Some(36.0));
        // In Interviews: 72 h (then Decision) and 24 h (then rejected).
        assert_eq!(report.funnel[1].median_hours, Some(48.0));
        assert_eq!(report.decisions, 2);
        // Decided after 6 days and after 2 days.
        assert_eq!(report.median_days_to_decision, Some(4.0));
        assert_eq!(report.rejection_reasons, [Count { label: "Position filled".into(), count: 1 }]);
        let sources: Vec<(&str, usize)> =
            report.sources.iter().map(|c| (c.label.as_str(), c.count)).collect();
        assert_eq!(sources, [("job_board", 2), ("tu_delft_fair", 1)]);
        assert_eq!(report.per_week.iter().map(|c| c.count).sum::<usize>(), 3);
        assert_eq!(report.per_week[0].label, "2026-W45");
    }

    #[test]
    fn an_empty_report_has_no_medians() {
        let report = hiring_report(&stages(), &[]);
        assert!(report.funnel.iter().all(|s| s.reached == 0 && s.median_hours.is_none()));
        assert_eq!(report.median_days_to_decision, None);
    }

    #[test]
    fn interviewers_are_loaded_by_their_panels_and_late_scorecards_show() {
        let (ian, jo) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
        let now = t(10, 0);
        let interviews = [
            InterviewFacts {
                ends_at: Some(t(5, 0)),
                cancelled: false,
                panel: vec![ian, jo],
                scored_by: vec![jo],
            },
            InterviewFacts { ends_at: Some(t(9, 20)), cancelled: false, panel: vec![ian], scored_by: vec![] },
            InterviewFacts { ends_at: Some(t(4, 0)), cancelled: true, panel: vec![jo], scored_by: vec![] },
        ];
        let load = interviewer_load(&interviews, now);
        assert_eq!(
            load,
            [
                Load { user_id: ian, interviews: 2, scorecards: 0, overdue_scorecards: 1 },
                Load { user_id: jo, interviews: 1, scorecards: 1, overdue_scorecards: 0 },
            ]
        );
    }

    #[test]
    fn medians_of_even_and_odd_counts() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(vec![]), None);
    }
}
