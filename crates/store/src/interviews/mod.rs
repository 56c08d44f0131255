//! Interviews: interviewers' availability and daily caps, slots offered to candidates, bookings
//! that never put anyone in two interviews at once, reschedules and cancellations, calendar feeds.
//!
//! A booking reads everyone's other interviews and writes the new one in one transaction. On
//! SQLite the single writer serialises those transactions; on PostgreSQL the transaction first
//! locks the rows of every person involved (in id order, so two bookings cannot deadlock), so
//! that a racing booking of the same people waits and then sees this one.

mod booking;
mod listings;
mod windows;

use booking::*;

use crate::StoreError;
use crate::entities::interview::{self, Entity};
use crate::entities::interview_panelist;
use crate::error::corrupt;
use chrono::{DateTime, Utc};
use cohort_domain::scheduling::{Interval, InterviewKind, InterviewStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// An interview as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interview {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The stage's key.
    pub stage: String,
    /// What kind of interview.
    pub kind: InterviewKind,
    /// How long.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// Offered, booked or cancelled.
    pub status: InterviewStatus,
    /// The starts offered.
    pub slots: Vec<DateTime<Utc>>,
    /// When, once booked.
    pub time: Option<Interval>,
    /// The iCalendar SEQUENCE: raised by every change of a booked interview.
    pub sequence: u32,
    /// Raised by every change.
    pub version: i32,
    /// Who set it up.
    pub organizer_id: Option<Uuid>,
    /// Why it was cancelled or last rescheduled.
    pub cancel_reason: Option<String>,
    /// The interviewers.
    pub panel: Vec<Uuid>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn from_row(row: interview::Model, panel: Vec<Uuid>) -> Result<Interview, StoreError> {
    let time = match (row.starts_at, row.ends_at) {
        (Some(start), Some(end)) => Some(Interval { start, end }),
        _ => None,
    };
    Ok(Interview {
        id: row.id,
        org_id: row.org_id,
        application_id: row.application_id,
        candidate_id: row.candidate_id,
        stage: row.stage,
        kind: InterviewKind::parse(&row.kind).ok_or_else(|| corrupt(&row.kind))?,
        minutes: u32::try_from(row.minutes).map_err(corrupt)?,
        location: row.location,
        video_url: row.video_url,
        status: InterviewStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
        slots: serde_json::from_str(&row.slots).map_err(corrupt)?,
        time,
        sequence: u32::try_from(row.sequence).map_err(corrupt)?,
        version: row.version,
        organizer_id: row.organizer_id,
        cancel_reason: row.cancel_reason,
        panel,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// An interview about to be offered.
#[derive(Clone, Debug)]
pub struct NewInterview {
    /// The application.
    pub application_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The stage's key.
    pub stage: String,
    /// What kind.
    pub kind: InterviewKind,
    /// How long.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// The starts offered.
    pub slots: Vec<DateTime<Utc>>,
    /// The interviewers.
    pub panel: Vec<Uuid>,
}

/// An availability window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// Its id.
    pub id: Uuid,
    /// Whose.
    pub user_id: Uuid,
    /// When.
    pub interval: Interval,
}

/// Who cancels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The organisation.
    Org(Uuid),
    /// The candidate.
    Candidate(Uuid),
}

/// Filters of the organisation's interview list.
#[derive(Clone, Debug, Default)]
pub struct InterviewFilter {
    /// Only this application's.
    pub application_id: Option<Uuid>,
    /// Only those with this interviewer on the panel.
    pub panelist: Option<Uuid>,
}

async fn panels(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(interview_panelist::Entity::find()
        .filter(interview_panelist::Column::InterviewId.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.interview_id, p.user_id))
        .collect())
}

async fn with_panels(
    db: &impl ConnectionTrait,
    rows: Vec<interview::Model>,
) -> Result<Vec<Interview>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let members = panels(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let mut panel: Vec<Uuid> =
                members.iter().filter(|(i, _)| *i == row.id).map(|(_, u)| *u).collect();
            panel.sort();
            from_row(row, panel)
        })
        .collect()
}

async fn load(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Interview>, StoreError> {
    let Some(row) = Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    Ok(with_panels(db, vec![row]).await?.pop())
}
