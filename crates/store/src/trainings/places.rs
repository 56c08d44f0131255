//! Places in sessions: enrolling with a waiting list promoted in order, attendance, feedback, completion.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{enrollment, intern, training, training_completion};
use crate::internship::{Intern, from_json, to_json};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::add_skills;
use cohort_domain::internship::training::{Seat, feedback};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use uuid::Uuid;

impl Store {
    /// Enrolls an intern: a seat if one is free, else the end of the waiting list.
    pub async fn enroll(
        &self,
        ctx: &Context,
        intern: &Intern,
        session_id: Uuid,
    ) -> Result<Enrollment, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    let (session, mut roster) = locked_roster(tx, org_id, session_id).await?;
                    let (seat, _) = roster.enroll(intern_id).map_err(roster_refusal)?;
                    let now = Utc::now();
                    let existing = enrollment::Entity::find()
                        .filter(enrollment::Column::SessionId.eq(session_id))
                        .filter(enrollment::Column::InternId.eq(intern_id))
                        .one(tx)
                        .await?;
                    let mut row = enrollment::ActiveModel {
                        seat: Set(seat.as_str().into()),
                        queued_at: Set(now),
                        attended: Set(None),
                        rating: Set(None),
                        comment: Set(None),
                        feedback_at: Set(None),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    match existing {
                        // Came back after cancelling: the end of the line again.
                        Some(previous) => {
                            row.id = Set(previous.id);
                            row.update(tx).await?;
                        }
                        None => {
                            row.id = Set(Uuid::now_v7());
                            row.org_id = Set(org_id);
                            row.session_id = Set(session_id);
                            row.training_id = Set(session.training_id);
                            row.intern_id = Set(intern_id);
                            row.insert(tx).await?;
                        }
                    }
                    let event = Event::new(Action::EnrollmentChanged, Some(org_id), "intern", intern_id)
                        .with_details(serde_json::json!({ "session_id": session_id, "seat": seat.as_str() }));
                    audit::append(tx, &ctx, event).await?;
                    own_enrollment(tx, session_id, intern_id).await
                }
                .boxed()
            })
            .await
    }

    /// Cancels an intern's enrolment; a freed seat goes to the first on the waiting list.
    pub async fn cancel_enrollment(
        &self,
        ctx: &Context,
        intern: &Intern,
        session_id: Uuid,
    ) -> Result<Enrollment, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    let (_, mut roster) = locked_roster(tx, org_id, session_id).await?;
                    let promoted = roster.cancel(intern_id).map_err(roster_refusal)?;
                    enrollment::Entity::update_many()
                        .set(enrollment::ActiveModel {
                            seat: Set(Seat::Cancelled.as_str().into()),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(enrollment::Column::SessionId.eq(session_id))
                        .filter(enrollment::Column::InternId.eq(intern_id))
                        .exec(tx)
                        .await?;
                    promote(tx, &ctx, org_id, session_id, &promoted).await?;
                    let event = Event::new(Action::EnrollmentChanged, Some(org_id), "intern", intern_id)
                        .with_details(serde_json::json!({ "session_id": session_id, "seat": "cancelled" }));
                    audit::append(tx, &ctx, event).await?;
                    own_enrollment(tx, session_id, intern_id).await
                }
                .boxed()
            })
            .await
    }

    /// The intern's enrolments (at most 500).
    pub async fn own_enrollments(&self, intern_id: Uuid) -> Result<Vec<Enrollment>, StoreError> {
        let rows = enrollment::Entity::find()
            .filter(enrollment::Column::InternId.eq(intern_id))
            .order_by_asc(enrollment::Column::Id)
            .limit(500)
            .all(&self.read)
            .await?;
        let mut found = Vec::with_capacity(rows.len());
        for row in rows {
            found.push(own_enrollment(&self.read, row.session_id, intern_id).await?);
        }
        Ok(found)
    }

    /// Marks a seated intern present or absent. Present completes the training: it is recorded on
    /// the intern and its skills join their skill profile.
    pub async fn mark_attendance(
        &self,
        ctx: &Context,
        org_id: Uuid,
        session_id: Uuid,
        intern_id: Uuid,
        attended: bool,
    ) -> Result<Enrollment, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = enrollment::Entity::find()
                        .filter(enrollment::Column::SessionId.eq(session_id))
                        .filter(enrollment::Column::InternId.eq(intern_id))
                        .filter(enrollment::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if row.seat != Seat::Seated.as_str() {
                        return Err(StoreError::Refused(Refusal::NotSeated));
                    }
                    enrollment::Entity::update_many()
                        .set(enrollment::ActiveModel {
                            attended: Set(Some(attended)),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(enrollment::Column::Id.eq(row.id))
                        .exec(tx)
                        .await?;
                    let event = Event::new(Action::AttendanceMarked, Some(org_id), "intern", intern_id)
                        .with_details(serde_json::json!({ "session_id": session_id, "attended": attended }));
                    audit::append(tx, &ctx, event).await?;
                    let done =
                        training_completion::Entity::find_by_id((intern_id, row.training_id)).one(tx).await?;
                    if attended && done.is_none() {
                        complete(tx, &ctx, org_id, intern_id, row.training_id, session_id).await?;
                    }
                    own_enrollment(tx, session_id, intern_id).await
                }
                .boxed()
            })
            .await
    }

    /// An attendee's rating and comment of a session (again: replaces it).
    pub async fn give_feedback(
        &self,
        ctx: &Context,
        intern: &Intern,
        session_id: Uuid,
        rating: u8,
        comment: Option<String>,
    ) -> Result<Enrollment, StoreError> {
        let ctx = ctx.clone();
        let (org_id, intern_id) = (intern.org_id, intern.id);
        self.writer
            .run(move |tx| {
                async move {
                    let row = enrollment::Entity::find()
                        .filter(enrollment::Column::SessionId.eq(session_id))
                        .filter(enrollment::Column::InternId.eq(intern_id))
                        .one(tx)
                        .await?;
                    let attended = row.as_ref().and_then(|r| r.attended);
                    feedback(attended, rating).map_err(|e| StoreError::Refused(Refusal::Feedback(e)))?;
                    let row = row.ok_or(StoreError::NotFound)?;
                    enrollment::Entity::update_many()
                        .set(enrollment::ActiveModel {
                            rating: Set(Some(i32::from(rating))),
                            comment: Set(comment),
                            feedback_at: Set(Some(Utc::now())),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(enrollment::Column::Id.eq(row.id))
                        .exec(tx)
                        .await?;
                    let event = Event::new(
                        Action::TrainingFeedbackGiven,
                        Some(org_id),
                        "training_session",
                        session_id,
                    )
                    .with_details(serde_json::json!({ "rating": rating }));
                    audit::append(tx, &ctx, event).await?;
                    own_enrollment(tx, session_id, intern_id).await
                }
                .boxed()
            })
            .await
    }

    /// Which of these interns completed which trainings: (intern, training).
    pub async fn completions_of(&self, intern_ids: Vec<Uuid>) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
        Ok(training_completion::Entity::find()
            .select_only()
            .column(training_completion::Column::InternId)
            .column(training_completion::Column::TrainingId)
            .filter(training_completion::Column::InternId.is_in(intern_ids))
            .into_tuple()
            .all(&self.read)
            .await?)
    }

    /// The trainings an intern completed: (training, when).
    pub async fn completions(&self, intern_id: Uuid) -> Result<Vec<(Uuid, DateTime<Utc>)>, StoreError> {
        Ok(training_completion::Entity::find()
            .filter(training_completion::Column::InternId.eq(intern_id))
            .order_by_asc(training_completion::Column::CompletedAt)
            .all(&self.read)
            .await?
            .into_iter()
            .map(|c| (c.training_id, c.completed_at))
            .collect())
    }
}

pub(super) async fn complete(
    tx: &DatabaseTransaction,
    ctx: &Context,
    org_id: Uuid,
    intern_id: Uuid,
    training_id: Uuid,
    session_id: Uuid,
) -> Result<(), StoreError> {
    training_completion::ActiveModel {
        intern_id: Set(intern_id),
        training_id: Set(training_id),
        session_id: Set(session_id),
        completed_at: Set(Utc::now()),
    }
    .insert(tx)
    .await?;
    let learned: Vec<String> = match training::Entity::find_by_id(training_id).one(tx).await? {
        Some(t) => from_json(&t.skills)?,
        None => Vec::new(),
    };
    let row = intern::Entity::find_by_id(intern_id).one(tx).await?.ok_or(StoreError::NotFound)?;
    let mut skills: Vec<String> = from_json(&row.skills)?;
    let added = add_skills(&mut skills, &learned);
    if !added.is_empty() {
        intern::Entity::update_many()
            .set(intern::ActiveModel {
                skills: Set(to_json(&skills)?),
                updated_at: Set(Utc::now()),
                ..Default::default()
            })
            .filter(intern::Column::Id.eq(intern_id))
            .exec(tx)
            .await?;
    }
    let event = Event::new(Action::TrainingCompleted, Some(org_id), "intern", intern_id)
        .with_details(serde_json::json!({ "training_id": training_id, "skills_added": added }));
    audit::announce(tx, ctx, event).await
}
