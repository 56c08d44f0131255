//! Workshops and trainings: the catalogue, sessions, enrolments with a waiting list promoted in
//! order (race-safe: every roster change reads and writes under the session's lock), attendance,
//! feedback from attendees and completion, which adds the training's skills to the intern.

use crate::audit::{self, Context, Event};
use crate::entities::{enrollment, intern, training, training_completion, training_session};
use crate::error::corrupt;
use crate::internship::{Intern, from_json, lock_row, to_json};
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::add_skills;
use cohort_domain::internship::training::{Level, Roster, RosterError, Seat, Topic, feedback};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A training's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingDraft {
    /// Its title.
    pub title: String,
    /// What it is about.
    pub topic: Topic,
    /// For whom.
    pub level: Level,
    /// What it covers.
    pub description: String,
    /// Skills an intern gains by completing it.
    pub skills: Vec<String>,
    /// The programme for which it is mandatory, if any.
    pub mandatory_program_id: Option<Uuid>,
    /// The date by which a mandatory training must be completed.
    pub complete_by: Option<NaiveDate>,
}

/// A training in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Training {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// Its fields.
    pub draft: TrainingDraft,
}

fn training_from(row: training::Model) -> Result<Training, StoreError> {
    Ok(Training {
        id: row.id,
        org_id: row.org_id,
        draft: TrainingDraft {
            title: row.title,
            topic: Topic::parse(&row.topic).ok_or_else(|| corrupt(&row.topic))?,
            level: Level::parse(&row.level).ok_or_else(|| corrupt(&row.level))?,
            description: row.description,
            skills: from_json(&row.skills)?,
            mandatory_program_id: row.mandatory_program_id,
            complete_by: row.complete_by,
        },
    })
}

/// A session's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// Or the link to join.
    pub link: Option<String>,
    /// Seats.
    pub capacity: u32,
    /// The member who gives it (and marks attendance).
    pub trainer_id: Option<Uuid>,
}

/// A session of a training.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingSession {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// Its fields.
    pub draft: SessionDraft,
    /// Seats taken.
    pub seated: u32,
    /// On the waiting list.
    pub waiting: u32,
}

/// An intern's place in a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrollment {
    /// Its id.
    pub id: Uuid,
    /// The session.
    pub session_id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// Seated, waiting or cancelled.
    pub seat: Seat,
    /// On the waiting list: the position (1 = next).
    pub position: Option<u32>,
    /// When they joined the line.
    pub queued_at: DateTime<Utc>,
    /// Marked present (true) or absent (false) by the trainer.
    pub attended: Option<bool>,
    /// Their rating, 1–5.
    pub rating: Option<u8>,
    /// Their comment.
    pub comment: Option<String>,
}

fn enrollment_from(row: enrollment::Model, position: Option<u32>) -> Result<Enrollment, StoreError> {
    Ok(Enrollment {
        id: row.id,
        session_id: row.session_id,
        training_id: row.training_id,
        intern_id: row.intern_id,
        seat: Seat::parse(&row.seat).ok_or_else(|| corrupt(&row.seat))?,
        position,
        queued_at: row.queued_at,
        attended: row.attended,
        rating: row.rating.and_then(|r| u8::try_from(r).ok()),
        comment: row.comment,
    })
}

/// The session's active enrolments in line order: seats first, then the waiting list.
async fn roster_rows(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<enrollment::Model>, StoreError> {
    let mut rows = enrollment::Entity::find()
        .filter(enrollment::Column::SessionId.eq(session_id))
        .filter(enrollment::Column::Seat.ne(Seat::Cancelled.as_str()))
        .order_by_asc(enrollment::Column::QueuedAt)
        .order_by_asc(enrollment::Column::Id)
        .all(db)
        .await?;
    rows.sort_by_key(|r| r.seat != Seat::Seated.as_str());
    Ok(rows)
}

fn roster_of(capacity: i32, rows: &[enrollment::Model]) -> Roster {
    let (seated, waiting): (Vec<_>, Vec<_>) = rows.iter().partition(|r| r.seat == Seat::Seated.as_str());
    Roster {
        capacity: u32::try_from(capacity).unwrap_or_default(),
        seated: seated.into_iter().map(|r| r.intern_id).collect(),
        waiting: waiting.into_iter().map(|r| r.intern_id).collect(),
    }
}

fn roster_refusal(error: RosterError) -> StoreError {
    match error {
        RosterError::AlreadyEnrolled | RosterError::NotEnrolled | RosterError::BelowSeated(_) => {
            StoreError::Refused(Refusal::Roster(error))
        }
    }
}

/// Sessions with their seats taken and waiting lists counted, in one query for all of them.
async fn with_counts(
    db: &impl ConnectionTrait,
    rows: Vec<training_session::Model>,
) -> Result<Vec<TrainingSession>, StoreError> {
    let places: Vec<(Uuid, String)> = enrollment::Entity::find()
        .select_only()
        .column(enrollment::Column::SessionId)
        .column(enrollment::Column::Seat)
        .filter(enrollment::Column::SessionId.is_in(rows.iter().map(|r| r.id)))
        .filter(enrollment::Column::Seat.ne(Seat::Cancelled.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let count = |session: Uuid, seat: Seat| {
        u32::try_from(places.iter().filter(|(s, p)| *s == session && p == seat.as_str()).count())
            .unwrap_or(u32::MAX)
    };
    Ok(rows
        .into_iter()
        .map(|row| TrainingSession {
            seated: count(row.id, Seat::Seated),
            waiting: count(row.id, Seat::Waiting),
            id: row.id,
            org_id: row.org_id,
            training_id: row.training_id,
            draft: SessionDraft {
                starts_at: row.starts_at,
                ends_at: row.ends_at,
                location: row.location,
                link: row.link,
                capacity: u32::try_from(row.capacity).unwrap_or_default(),
                trainer_id: row.trainer_id,
            },
        })
        .collect())
}

async fn load_session(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<TrainingSession>, StoreError> {
    let rows = training_session::Entity::find_by_id(id).all(db).await?;
    Ok(with_counts(db, rows).await?.pop())
}

/// The organisation's session and its roster, read under the session's lock: every roster
/// change decides on what no concurrent change can alter until it commits.
async fn locked_roster(
    tx: &DatabaseTransaction,
    org_id: Uuid,
    session_id: Uuid,
) -> Result<(training_session::Model, Roster), StoreError> {
    lock_row::<training_session::Entity>(tx, training_session::Column::Id, session_id).await?;
    let session = training_session::Entity::find_by_id(session_id)
        .filter(training_session::Column::OrgId.eq(org_id))
        .one(tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    let roster = roster_of(session.capacity, &roster_rows(tx, session_id).await?);
    Ok((session, roster))
}

/// Writes the promotions a roster change made, announcing each.
async fn promote(
    tx: &DatabaseTransaction,
    ctx: &Context,
    org_id: Uuid,
    session_id: Uuid,
    promoted: &[Uuid],
) -> Result<(), StoreError> {
    for intern_id in promoted {
        enrollment::Entity::update_many()
            .set(enrollment::ActiveModel {
                seat: Set(Seat::Seated.as_str().into()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            })
            .filter(enrollment::Column::SessionId.eq(session_id))
            .filter(enrollment::Column::InternId.eq(*intern_id))
            .exec(tx)
            .await?;
        let application_id = intern::Entity::find_by_id(*intern_id).one(tx).await?.map(|i| i.application_id);
        let event = Event::new(Action::SeatPromoted, Some(org_id), "intern", *intern_id)
            .with_details(serde_json::json!({ "session_id": session_id, "application_id": application_id }));
        audit::announce(tx, ctx, event).await?;
    }
    Ok(())
}

async fn own_enrollment(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    intern_id: Uuid,
) -> Result<Enrollment, StoreError> {
    let rows = roster_rows(db, session_id).await?;
    let waiting_before = |row: &enrollment::Model| {
        rows.iter().filter(|r| r.seat == Seat::Waiting.as_str()).position(|r| r.id == row.id)
    };
    let row = enrollment::Entity::find()
        .filter(enrollment::Column::SessionId.eq(session_id))
        .filter(enrollment::Column::InternId.eq(intern_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let position = waiting_before(&row).map(|p| u32::try_from(p + 1).unwrap_or(u32::MAX));
    enrollment_from(row, position)
}

impl Store {
    /// Adds a training to the catalogue, or changes one (`id`).
    pub async fn save_training(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Option<Uuid>,
        draft: TrainingDraft,
    ) -> Result<Training, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = training::ActiveModel {
                        title: Set(draft.title),
                        topic: Set(draft.topic.as_str().into()),
                        level: Set(draft.level.as_str().into()),
                        description: Set(draft.description),
                        skills: Set(to_json(&draft.skills)?),
                        mandatory_program_id: Set(draft.mandatory_program_id),
                        complete_by: Set(draft.complete_by),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    let saved = match id {
                        None => {
                            row.id = Set(Uuid::now_v7());
                            row.org_id = Set(org_id);
                            row.created_at = Set(now);
                            row.insert(tx).await?
                        }
                        Some(id) => {
                            training::Entity::find_by_id(id)
                                .filter(training::Column::OrgId.eq(org_id))
                                .one(tx)
                                .await?
                                .ok_or(StoreError::NotFound)?;
                            row.id = Set(id);
                            row.update(tx).await?
                        }
                    };
                    let event = Event::new(Action::TrainingChanged, Some(org_id), "training", saved.id);
                    audit::append(tx, &ctx, event).await?;
                    training_from(saved)
                }
                .boxed()
            })
            .await
    }

    /// The catalogue, oldest first.
    pub async fn trainings(&self, org_id: Uuid, page: PageRequest) -> Result<Page<Training>, StoreError> {
        let mut query = training::Entity::find().filter(training::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(training::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(training::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(training_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |t| t.id))
    }

    /// One training of the organisation.
    pub async fn training(&self, org_id: Uuid, id: Uuid) -> Result<Option<Training>, StoreError> {
        training::Entity::find_by_id(id)
            .filter(training::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(training_from)
            .transpose()
    }

    /// The trainings mandatory for a programme.
    pub async fn mandatory_trainings(&self, program_id: Uuid) -> Result<Vec<Training>, StoreError> {
        training::Entity::find()
            .filter(training::Column::MandatoryProgramId.eq(program_id))
            .order_by_asc(training::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?
            .into_iter()
            .map(training_from)
            .collect()
    }

    /// Schedules a session, or changes one (`id`); a larger capacity promotes the waiting list.
    pub async fn save_session(
        &self,
        ctx: &Context,
        org_id: Uuid,
        training_id: Uuid,
        id: Option<Uuid>,
        draft: SessionDraft,
    ) -> Result<TrainingSession, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let capacity = i32::try_from(draft.capacity).unwrap_or(i32::MAX);
                    let mut row = training_session::ActiveModel {
                        starts_at: Set(draft.starts_at),
                        ends_at: Set(draft.ends_at),
                        location: Set(draft.location),
                        link: Set(draft.link),
                        capacity: Set(capacity),
                        trainer_id: Set(draft.trainer_id),
                        ..Default::default()
                    };
                    let id = match id {
                        None => {
                            let id = Uuid::now_v7();
                            row.id = Set(id);
                            row.org_id = Set(org_id);
                            row.training_id = Set(training_id);
                            row.created_at = Set(Utc::now());
                            row.insert(tx).await?;
                            id
                        }
                        Some(id) => {
                            let (session, mut roster) = locked_roster(tx, org_id, id).await?;
                            if session.training_id != training_id {
                                return Err(StoreError::NotFound);
                            }
                            let promoted = roster.resize(draft.capacity).map_err(roster_refusal)?;
                            row.id = Set(id);
                            row.update(tx).await?;
                            promote(tx, &ctx, org_id, id, &promoted).await?;
                            id
                        }
                    };
                    let event =
                        Event::new(Action::TrainingSessionChanged, Some(org_id), "training_session", id)
                            .with_details(serde_json::json!({ "training_id": training_id }));
                    audit::append(tx, &ctx, event).await?;
                    load_session(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// The sessions of these trainings, by time (at most 2,000).
    pub async fn sessions(&self, training_ids: Vec<Uuid>) -> Result<Vec<TrainingSession>, StoreError> {
        let rows = training_session::Entity::find()
            .filter(training_session::Column::TrainingId.is_in(training_ids))
            .order_by_asc(training_session::Column::StartsAt)
            .limit(2000)
            .all(&self.read)
            .await?;
        with_counts(&self.read, rows).await
    }

    /// One session of the organisation.
    pub async fn session(&self, org_id: Uuid, id: Uuid) -> Result<Option<TrainingSession>, StoreError> {
        Ok(load_session(&self.read, id).await?.filter(|s| s.org_id == org_id))
    }

    /// A session's roster in line order: seats, then the waiting list.
    pub async fn roster(&self, session_id: Uuid) -> Result<Vec<Enrollment>, StoreError> {
        let mut position = 0;
        roster_rows(&self.read, session_id)
            .await?
            .into_iter()
            .map(|row| {
                let waiting = row.seat == Seat::Waiting.as_str();
                position += u32::from(waiting);
                enrollment_from(row, waiting.then_some(position))
            })
            .collect()
    }

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

async fn complete(
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
