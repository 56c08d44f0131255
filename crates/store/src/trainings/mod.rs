//! Workshops and trainings: the catalogue, sessions, enrolments with a waiting list promoted in
//! order (race-safe: every roster change reads and writes under the session's lock), attendance,
//! feedback from attendees and completion, which adds the training's skills to the intern.

mod catalogue;
mod places;

use crate::StoreError;
use crate::audit::{self, Context, Event};
use crate::entities::{enrollment, intern, training, training_session};
use crate::error::corrupt;
use crate::internship::{from_json, lock_row};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::training::{Level, Roster, RosterError, Seat, Topic};
use cohort_domain::refusal::Refusal;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
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
