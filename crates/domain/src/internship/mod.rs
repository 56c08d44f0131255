//! The internship after the offer: who may see an intern's records, goals, shadowing requests
//! within a team's weekly capacity, and completion. Onboarding, trainings and evaluations have
//! their own modules.

pub mod evaluation;
pub mod onboarding;
pub mod training;

use crate::named_enum;
use chrono::{Datelike, Days, NaiveDate};
use uuid::Uuid;

named_enum! {
    /// Where an internship stands.
    pub enum InternStatus {
        /// Under way (or about to start).
        Active => "active",
        /// Finished, with a summary.
        Completed => "completed",
    }
}

/// How a caller relates to one intern's records (1-on-1 notes, goals, evaluations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The intern themselves.
    Intern,
    /// Their mentor.
    Mentor,
    /// A coordinator of the programme (a recruiter or admin of the organisation).
    Coordinator,
}

/// Who may read an intern's private records: the intern, their mentor and the coordinators.
/// Anyone else gets `None` — reported as "not found", so nobody learns the records exist.
pub fn viewer(caller: Uuid, coordinator: bool, intern_user: Uuid, mentor: Option<Uuid>) -> Option<Viewer> {
    if caller == intern_user {
        Some(Viewer::Intern)
    } else if mentor == Some(caller) {
        Some(Viewer::Mentor)
    } else if coordinator {
        Some(Viewer::Coordinator)
    } else {
        None
    }
}

named_enum! {
    /// Where a goal stands.
    pub enum GoalStatus {
        /// Set, not started.
        Open => "open",
        /// Being worked on.
        InProgress => "in_progress",
        /// Reached.
        Met => "met",
        /// Let go.
        Dropped => "dropped",
    }
}

named_enum! {
    /// A request to shadow another team for a day.
    pub enum ShadowingStatus {
        /// Waiting for the team lead.
        Pending => "pending",
        /// The team expects the intern.
        Accepted => "accepted",
        /// The team lead said no.
        Declined => "declined",
        /// The intern called it off.
        Cancelled => "cancelled",
    }
}

/// The Monday of the ISO week of `day`: teams host a number of guests per week.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Why a shadowing request cannot be accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShadowingRefusal {
    /// It was already answered or cancelled.
    #[error("this request is already {0}")]
    Answered(ShadowingStatus),
    /// The team hosts no more guests that week.
    #[error("the team already hosts {0} guest(s) in the week of {1}, its weekly capacity")]
    Full(u32, NaiveDate),
}

/// Decides whether a team lead may accept a request for `day`, given how many guests the team
/// already accepted that week.
pub fn accept_shadowing(
    status: ShadowingStatus,
    day: NaiveDate,
    weekly_capacity: u32,
    accepted_that_week: u32,
) -> Result<ShadowingStatus, ShadowingRefusal> {
    if status != ShadowingStatus::Pending {
        return Err(ShadowingRefusal::Answered(status));
    }
    if accepted_that_week >= weekly_capacity {
        return Err(ShadowingRefusal::Full(accepted_that_week, week_of(day)));
    }
    Ok(ShadowingStatus::Accepted)
}

/// Whether a request may move from `status` by a decline or a cancellation.
pub fn close_shadowing(
    status: ShadowingStatus,
    to: ShadowingStatus,
) -> Result<ShadowingStatus, ShadowingRefusal> {
    match (status, to) {
        (ShadowingStatus::Pending, ShadowingStatus::Declined)
        | (ShadowingStatus::Pending | ShadowingStatus::Accepted, ShadowingStatus::Cancelled) => Ok(to),
        _ => Err(ShadowingRefusal::Answered(status)),
    }
}

/// What completing an internship records.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Titles of the trainings completed.
    pub trainings_completed: Vec<String>,
    /// Titles of mandatory trainings never completed.
    pub mandatory_missed: Vec<String>,
    /// Goals met.
    pub goals_met: u32,
    /// Goals set (dropped ones excluded).
    pub goals_total: u32,
    /// Shadowing visits accepted.
    pub shadowing_visits: u32,
    /// 1-on-1 sessions logged.
    pub one_on_ones: u32,
    /// The mentor's final evaluation: average over the rubric, 1–5.
    pub final_mentor_average: Option<f64>,
    /// The intern's final self-assessment: average over the rubric, 1–5.
    pub final_self_average: Option<f64>,
    /// The skill profile at completion.
    pub skills: Vec<String>,
}

/// Why an internship cannot be completed yet.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompletionRefusal {
    /// Already completed.
    #[error("this internship is already completed")]
    AlreadyCompleted,
    /// The mentor has not filled the final evaluation.
    #[error("the mentor's final evaluation is missing")]
    FinalEvaluationMissing,
}

/// Decides whether an internship may be completed: once, and after the mentor's final evaluation.
pub fn may_complete(status: InternStatus, final_mentor_evaluation: bool) -> Result<(), CompletionRefusal> {
    if status == InternStatus::Completed {
        return Err(CompletionRefusal::AlreadyCompleted);
    }
    if !final_mentor_evaluation {
        return Err(CompletionRefusal::FinalEvaluationMissing);
    }
    Ok(())
}

/// Adds `learned` to a skill profile: case-insensitively new skills only, order kept.
pub fn add_skills(profile: &mut Vec<String>, learned: &[String]) -> Vec<String> {
    let mut added = Vec::new();
    for skill in learned {
        if !profile.iter().any(|s| s.eq_ignore_ascii_case(skill)) {
            profile.push(skill.clone());
            added.push(skill.clone());
        }
    }
    added
}

impl crate::phrase::Said for ShadowingRefusal {
    fn said(&self) -> crate::phrase::Phrase {
        match self {
            ShadowingRefusal::Answered(status) => {
                crate::phrase::Phrase::new("refusal-shadowing-answered").choice("status", status.as_str())
            }
            ShadowingRefusal::Full(n, week) => {
                crate::phrase::Phrase::new("refusal-shadowing-full").number("guests", *n).date("week", *week)
            }
        }
    }
}

impl crate::phrase::Said for CompletionRefusal {
    fn said(&self) -> crate::phrase::Phrase {
        crate::phrase::Phrase::new(match self {
            CompletionRefusal::AlreadyCompleted => "refusal-already-completed",
            CompletionRefusal::FinalEvaluationMissing => "refusal-final-evaluation-missing",
        })
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn only_the_pair_and_coordinators_see_an_interns_records() {
        let (intern, mentor, other) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        assert_eq!(viewer(intern, false, intern, Some(mentor)), Some(Viewer::Intern));
        assert_eq!(viewer(mentor, false, intern, Some(mentor)), Some(Viewer::Mentor));
        assert_eq!(viewer(other, true, intern, Some(mentor)), Some(Viewer::Coordinator));
        assert_eq!(viewer(other, false, intern, Some(mentor)), None);
        // Another mentor, or an intern looking at someone else's records, sees nothing.
        assert_eq!(viewer(other, false, intern, None), None);
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_of(day("2027-03-03")), day("2027-03-01"));
        assert_eq!(week_of(day("2027-03-01")), day("2027-03-01"));
        assert_eq!(week_of(day("2027-03-07")), day("2027-03-01"));
    }

    #[test]
    fn a_team_hosts_at_most_its_weekly_capacity() {
        let wednesday = day("2027-03-03");
        assert_eq!(
            accept_shadowing(ShadowingStatus::Pending, wednesday, 2, 1),
            Ok(ShadowingStatus::Accepted)
        );
        assert_eq!(
            accept_shadowing(ShadowingStatus::Pending, wednesday, 2, 2),
            Err(ShadowingRefusal::Full(2, day("2027-03-01")))
        );
        assert!(accept_shadowing(ShadowingStatus::Declined, wednesday, 2, 0).is_err());
        assert_eq!(
            close_shadowing(ShadowingStatus::Pending, ShadowingStatus::Declined),
            Ok(ShadowingStatus::Declined)
        );
        assert!(close_shadowing(ShadowingStatus::Accepted, ShadowingStatus::Declined).is_err());
        assert!(close_shadowing(ShadowingStatus::Accepted, ShadowingStatus::Cancelled).is_ok());
    }

    #[test]
    fn completion_needs_the_final_evaluation_and_happens_once() {
        assert_eq!(may_complete(InternStatus::Active, false), Err(CompletionRefusal::FinalEvaluationMissing));
        assert_eq!(may_complete(InternStatus::Active, true), Ok(()));
        assert_eq!(may_complete(InternStatus::Completed, true), Err(CompletionRefusal::AlreadyCompleted));
    }

    #[test]
    fn learned_skills_are_added_once() {
        let mut profile = vec!["Rust".to_owned()];
        let added = add_skills(&mut profile, &["rust".into(), "Threat modelling".into()]);
        assert_eq!(added, vec!["Threat modelling".to_owned()]);
        assert_eq!(profile, vec!["Rust".to_owned(), "Threat modelling".to_owned()]);
    }
}
