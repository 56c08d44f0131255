//! The onboarding checklist: how far each intern is, who may tick which task, ticking it.

use crate::services::{Outcome, ServiceError, Staff};
use chrono::{NaiveDate, Utc};
use cohort_domain::internship::InternStatus;
use cohort_domain::internship::onboarding::{self, Parts, TaskState};
use cohort_domain::internship::training::mandatory_overdue;
use cohort_domain::refusal::Refusal;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::{Intern, Task};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// How far an intern's onboarding is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Tasks done.
    pub done: u32,
    /// Tasks in all.
    pub total: u32,
    /// Tasks past their due date and not done.
    pub overdue: u32,
}

impl Progress {
    fn add(&mut self, due_on: NaiveDate, done: bool, today: NaiveDate) {
        self.total += 1;
        match onboarding::state(due_on, done, today) {
            TaskState::Done => self.done += 1,
            TaskState::Overdue => self.overdue += 1,
            TaskState::Open => {}
        }
    }
}

/// How far a checklist is on `today`.
pub fn progress(tasks: &[Task], today: NaiveDate) -> Progress {
    let mut progress = Progress::default();
    for task in tasks {
        progress.add(task.due_on, task.done_at.is_some(), today);
    }
    progress
}

/// An intern with how they stand: onboarding progress and the mandatory trainings of their
/// programme not completed by their date.
#[derive(Clone, Debug)]
pub struct Standing {
    /// The intern.
    pub intern: Intern,
    /// Their onboarding.
    pub onboarding: Progress,
    /// Mandatory trainings overdue.
    pub overdue_trainings: Vec<Uuid>,
}

/// How each intern stands (read in a few queries for the whole list).
pub async fn standings(store: &Store, interns: Vec<Intern>) -> Outcome<Vec<Standing>> {
    let today = Utc::now().date_naive();
    let ids: Vec<Uuid> = interns.iter().map(|i| i.id).collect();
    let mut progress: HashMap<Uuid, Progress> = HashMap::new();
    for (intern, due, done) in store.onboarding_progress(ids.clone()).await? {
        progress.entry(intern).or_default().add(due, done, today);
    }
    let completed: HashSet<(Uuid, Uuid)> = store.completions_of(ids).await?.into_iter().collect();
    let mut mandatory = HashMap::new();
    for program in interns.iter().filter_map(|i| i.program_id).collect::<HashSet<_>>() {
        mandatory.insert(program, store.mandatory_trainings(program).await?);
    }
    Ok(interns
        .into_iter()
        .map(|intern| {
            let onboarding = progress.remove(&intern.id).unwrap_or_default();
            let overdue_trainings = intern
                .program_id
                .and_then(|program| mandatory.get(&program))
                .into_iter()
                .flatten()
                .filter(|t| {
                    let done = completed.contains(&(intern.id, t.id));
                    intern.status == InternStatus::Active
                        && mandatory_overdue(t.draft.complete_by, done, today)
                })
                .map(|t| t.id)
                .collect();
            Standing { intern, onboarding, overdue_trainings }
        })
        .collect())
}

/// The intern, with `staff`'s part in their onboarding (coordinator, mentor, team lead); not
/// found unless they have one.
pub async fn onboarding_parts(store: &Store, staff: Staff, intern_id: Uuid) -> Outcome<(Intern, Parts)> {
    let intern = store.intern(staff.org_id, intern_id).await?.ok_or(ServiceError::NotFound)?;
    let user = staff.user_id;
    let team_lead = match (intern.team_id, user) {
        (Some(team), Some(user)) => {
            store.team(staff.org_id, team).await?.is_some_and(|t| t.lead_id == Some(user))
        }
        _ => false,
    };
    let parts = Parts {
        intern: false,
        recruiter: staff.coordinator,
        mentor: user.is_some() && intern.mentor_id == user,
        team_lead,
    };
    if parts == Parts::default() {
        return Err(ServiceError::NotFound);
    }
    Ok((intern, parts))
}

/// Ticks one task of the intern's checklist; only its owner (by `parts`) may.
pub async fn finish_task(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    task_id: Uuid,
    parts: Parts,
    by: Option<Uuid>,
) -> Outcome<Task> {
    let tasks = store.onboarding_tasks(intern.id).await?;
    let task = tasks.into_iter().find(|t| t.id == task_id).ok_or(ServiceError::NotFound)?;
    if !onboarding::may_complete(task.owner, parts) {
        return Err(Refusal::NotTaskOwner(task.owner).into());
    }
    Ok(store.complete_task(ctx, intern.id, task_id, by).await?)
}
