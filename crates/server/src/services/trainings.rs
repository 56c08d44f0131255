//! Trainings and workshops: the catalogue's trainings and their sessions, checked before they
//! are saved, and who may run a session's roster.

use crate::services::{Outcome, ServiceError, Staff};
use chrono::{DateTime, Utc};
use cohort_domain::internship::training::mandatory_overdue;
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::audit::Context;
use cohort_store::internship::Intern;
use cohort_store::trainings::{Enrollment, SessionDraft, Training, TrainingDraft, TrainingSession};
use cohort_store::{PageRequest, Store};
use std::collections::HashMap;
use uuid::Uuid;

/// A training as asked, checked and tidied (text trimmed, skills as labels), or every field that
/// does not hold.
async fn checked_training(store: &Store, org_id: Uuid, asked: TrainingDraft) -> Outcome<TrainingDraft> {
    let mut v = Validator::new();
    let title = v.text("title", &asked.title, 200, true);
    let description = v.text("description", &asked.description, 10_000, false);
    let skills = v.labels("skills", &asked.skills, 30);
    if let Some(program) = asked.mandatory_program_id
        && store.program(org_id, program).await?.is_none()
    {
        v.fail("mandatory_program_id", problem::no_such_programme());
    }
    if asked.complete_by.is_some() && asked.mandatory_program_id.is_none() {
        v.fail("complete_by", problem::of("complete-by-mandatory"));
    }
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(TrainingDraft { title, description, skills, ..asked })
}

/// A session as asked, checked and tidied, or every field that does not hold.
async fn checked_session(store: &Store, org_id: Uuid, asked: SessionDraft) -> Outcome<SessionDraft> {
    let mut v = Validator::new();
    if asked.ends_at <= asked.starts_at {
        v.fail("ends_at", problem::end_after_start());
    }
    if !(1..=500).contains(&asked.capacity) {
        v.fail("capacity", problem::between(1, 500));
    }
    let location = asked.location.as_deref().map(|l| v.text("location", l, 200, true));
    let link = asked.link.as_deref().map(|l| v.text("link", l, 500, true));
    if let Some(link) = &link
        && !(link.starts_with("https://") || link.starts_with("http://"))
    {
        v.fail("link", problem::of("web-address"));
    }
    if let Some(trainer) = asked.trainer_id
        && store.roles_in(org_id, trainer).await?.is_empty()
    {
        v.fail("trainer_id", problem::not_member());
    }
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(SessionDraft { location, link, ..asked })
}

/// The session for `staff` who gives it or coordinates: not found for anyone else.
pub async fn trainer_session(store: &Store, staff: &Staff, id: Uuid) -> Outcome<TrainingSession> {
    let session = store.session(staff.org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let trainer = staff.user_id.is_some() && session.draft.trainer_id == staff.user_id;
    if !(trainer || staff.coordinator) {
        return Err(ServiceError::NotFound);
    }
    Ok(session)
}

/// A training of the catalogue as an intern sees it.
#[derive(Clone, Debug)]
pub struct OwnTraining {
    /// The training.
    pub training: Training,
    /// Its sessions.
    pub sessions: Vec<TrainingSession>,
    /// Mandatory for the intern's programme.
    pub mandatory: bool,
    /// Completed, and when.
    pub completed_at: Option<DateTime<Utc>>,
    /// Mandatory, not completed, and past its date.
    pub overdue: bool,
}

/// The intern's trainings: the catalogue with sessions, what is mandatory and what overdue; and
/// their places (seated, waiting with position, cancelled).
pub async fn own_trainings(store: &Store, intern: &Intern) -> Outcome<(Vec<OwnTraining>, Vec<Enrollment>)> {
    let completed: HashMap<Uuid, DateTime<Utc>> = store.completions(intern.id).await?.into_iter().collect();
    let today = Utc::now().date_naive();
    let catalogue = store.trainings(intern.org_id, PageRequest { limit: 200, after: None }).await?.items;
    let mut sessions = store.sessions(catalogue.iter().map(|t| t.id).collect()).await?;
    let mut trainings = Vec::with_capacity(catalogue.len());
    for training in catalogue {
        let mandatory = training.draft.mandatory_program_id.is_some()
            && training.draft.mandatory_program_id == intern.program_id;
        let completed_at = completed.get(&training.id).copied();
        let overdue =
            mandatory && mandatory_overdue(training.draft.complete_by, completed_at.is_some(), today);
        let (own, rest) = sessions.into_iter().partition(|s| s.training_id == training.id);
        sessions = rest;
        trainings.push(OwnTraining { training, sessions: own, mandatory, completed_at, overdue });
    }
    Ok((trainings, store.own_enrollments(intern.id).await?))
}

/// Records an attendee's rating of a session, 1 to 5, with a comment (again: replaces it).
pub async fn feedback(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    id: Uuid,
    rating: u8,
    comment: Option<String>,
) -> Outcome<Enrollment> {
    let mut v = Validator::new();
    if !(1..=5).contains(&rating) {
        v.fail("rating", problem::between(1, 5));
    }
    let comment = comment.as_deref().map(|c| v.text("comment", c, 5_000, false)).filter(|c| !c.is_empty());
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(store.give_feedback(ctx, intern, id, rating, comment).await?)
}

/// Adds a training to the catalogue (`id`: none) or changes one, checked first.
pub async fn save_training(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Option<Uuid>,
    asked: TrainingDraft,
) -> Outcome<Training> {
    if let Some(id) = id {
        store.training(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    }
    let draft = checked_training(store, org_id, asked).await?;
    Ok(store.save_training(ctx, org_id, id, draft).await?)
}

/// Schedules a session of the training `training_id`, checked first; the training and the session.
pub async fn schedule_session(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    training_id: Uuid,
    asked: SessionDraft,
) -> Outcome<(Training, TrainingSession)> {
    let training = store.training(org_id, training_id).await?.ok_or(ServiceError::NotFound)?;
    let draft = checked_session(store, org_id, asked).await?;
    let session = store.save_session(ctx, org_id, training_id, None, draft).await?;
    Ok((training, session))
}

/// Changes the session `id` (more seats go to the waiting list in order); the session before and
/// after.
pub async fn change_session(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    asked: SessionDraft,
) -> Outcome<(TrainingSession, TrainingSession)> {
    let before = store.session(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let draft = checked_session(store, org_id, asked).await?;
    let after = store.save_session(ctx, org_id, before.training_id, Some(id), draft).await?;
    Ok((before, after))
}

/// Marks an attendee of the session present (the training is completed) or absent; the session's
/// trainer or a coordinator.
pub async fn mark_attendance(
    store: &Store,
    ctx: &Context,
    staff: &Staff,
    session_id: Uuid,
    intern_id: Uuid,
    attended: bool,
) -> Outcome<Enrollment> {
    let session = trainer_session(store, staff, session_id).await?;
    Ok(store.mark_attendance(ctx, staff.org_id, session.id, intern_id, attended).await?)
}

/// A seat for the intern in the session while one is free, else a place on its waiting list.
pub async fn enroll(store: &Store, ctx: &Context, intern: &Intern, session_id: Uuid) -> Outcome<Enrollment> {
    Ok(store.enroll(ctx, intern, session_id).await?)
}

/// Gives up the intern's place; a freed seat goes to the first on the waiting list.
pub async fn give_up_place(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    session_id: Uuid,
) -> Outcome<Enrollment> {
    Ok(store.cancel_enrollment(ctx, intern, session_id).await?)
}
