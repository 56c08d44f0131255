//! Onboarding checklists: an organisation's template of tasks, each with an owner and a due day
//! relative to the intern's first day, instantiated for every new intern.

use crate::named_enum;
use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

named_enum! {
    /// Who completes a task.
    pub enum Owner {
        /// The intern.
        Intern => "intern",
        /// A recruiter (or admin) of the organisation.
        Recruiter => "recruiter",
        /// The intern's mentor.
        Mentor => "mentor",
        /// The lead of the intern's team.
        TeamLead => "team_lead",
    }
}

/// One task of a template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateTask {
    /// What to do, in a few words.
    pub title: String,
    /// How, and why.
    #[serde(default)]
    pub description: String,
    /// Who does it.
    pub owner: Owner,
    /// When it is due: days after the first day (negative: before it).
    pub due_day: i32,
}

/// The checklist a new organisation starts from.
pub fn default_template() -> Vec<TemplateTask> {
    let task = |title: &str, description: &str, owner, due_day| TemplateTask {
        title: title.into(),
        description: description.into(),
        owner,
        due_day,
    };
    vec![
        task(
            "Sign the internship agreement",
            "Return the signed agreement before your first day.",
            Owner::Intern,
            -7,
        ),
        task(
            "Prepare accounts and a laptop",
            "E-mail, chat, source control and a configured laptop, ready on day one.",
            Owner::Recruiter,
            -1,
        ),
        task(
            "Induction training",
            "The organisation, its products, security basics and how we work.",
            Owner::Intern,
            0,
        ),
        task("Meet your mentor", "A first 1-on-1: expectations, goals, how often to meet.", Owner::Mentor, 2),
        task(
            "Team introduction",
            "Introduce the intern at stand-up and pair them with a buddy.",
            Owner::TeamLead,
            1,
        ),
        task(
            "First-week plan",
            "Agree on a first task and what done looks like by Friday.",
            Owner::TeamLead,
            4,
        ),
        task(
            "Set your learning goals",
            "Write down three goals for the internship with your mentor.",
            Owner::Intern,
            10,
        ),
    ]
}

/// Every problem with a template.
pub fn problems(tasks: &[TemplateTask]) -> Vec<FieldError> {
    let mut v = Validator::new();
    if tasks.is_empty() || tasks.len() > 50 {
        v.fail("tasks", problem::of("task-count"));
    }
    for (i, task) in tasks.iter().enumerate() {
        let title = task.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            v.fail(&format!("tasks[{i}].title"), problem::written(200));
        }
        if task.description.chars().count() > 5_000 {
            v.fail(&format!("tasks[{i}].description"), problem::too_long(5_000));
        }
        if !(-60..=365).contains(&task.due_day) {
            v.fail(&format!("tasks[{i}].due_day"), problem::of("due-day"));
        }
    }
    v.finish().err().unwrap_or_default()
}

/// The date a task is due for an intern starting on `start`.
pub fn due_on(start: NaiveDate, due_day: i32) -> NaiveDate {
    let days = Days::new(u64::from(due_day.unsigned_abs()));
    if due_day >= 0 { start + days } else { start - days }
}

named_enum! {
    /// Where a task stands on a given day.
    pub enum TaskState {
        /// Done.
        Done => "done",
        /// Not done, due date passed.
        Overdue => "overdue",
        /// Not done, still in time.
        Open => "open",
    }
}

/// A task's state on `today`.
pub fn state(due_on: NaiveDate, done: bool, today: NaiveDate) -> TaskState {
    if done {
        TaskState::Done
    } else if today > due_on {
        TaskState::Overdue
    } else {
        TaskState::Open
    }
}

/// The caller's part in an intern's onboarding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// They are the intern.
    pub intern: bool,
    /// They are a recruiter or admin of the organisation.
    pub recruiter: bool,
    /// They are the intern's mentor.
    pub mentor: bool,
    /// They lead the intern's team.
    pub team_lead: bool,
}

/// Whether the caller is the task's owner: only owners complete tasks.
pub fn may_complete(owner: Owner, parts: Parts) -> bool {
    match owner {
        Owner::Intern => parts.intern,
        Owner::Recruiter => parts.recruiter,
        Owner::Mentor => parts.mentor,
        Owner::TeamLead => parts.team_lead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_default_template_is_valid_and_covers_the_first_weeks() {
        let template = default_template();
        assert!(problems(&template).is_empty());
        for owner in Owner::ALL {
            assert!(template.iter().any(|t| t.owner == *owner), "{owner}");
        }
    }

    #[test]
    fn due_days_count_from_the_first_day() {
        let start = day("2027-02-01");
        assert_eq!(due_on(start, 0), start);
        assert_eq!(due_on(start, 4), day("2027-02-05"));
        assert_eq!(due_on(start, -7), day("2027-01-25"));
    }

    #[test]
    fn tasks_are_overdue_the_day_after_they_are_due() {
        let due = day("2027-02-05");
        assert_eq!(state(due, false, due), TaskState::Open);
        assert_eq!(state(due, false, day("2027-02-06")), TaskState::Overdue);
        assert_eq!(state(due, true, day("2027-03-01")), TaskState::Done);
    }

    #[test]
    fn only_the_owner_completes_a_task() {
        let mentor = Parts { mentor: true, ..Parts::default() };
        assert!(may_complete(Owner::Mentor, mentor));
        assert!(!may_complete(Owner::Intern, mentor));
        assert!(!may_complete(Owner::TeamLead, Parts { recruiter: true, ..Parts::default() }));
    }

    #[test]
    fn bad_templates_are_explained() {
        let mut template = default_template();
        template[0].title = " ".into();
        template[1].due_day = 400;
        let fields: Vec<String> = problems(&template).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["tasks[0].title", "tasks[1].due_day"]);
        assert_eq!(problems(&[]).len(), 1);
    }
}
