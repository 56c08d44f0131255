//! Interviews: interviewers publish availability; recruiters offer slots; candidates book one;
//! either side reschedules or cancels with a reason; everyone gets an iCalendar invitation and a
//! private feed.

mod feeds;
mod org;
mod own;
mod windows;

pub use feeds::*;
pub use org::*;
pub use own::*;
pub use windows::*;

use crate::auth::OrgCaller;
use crate::error::ApiError;
use crate::services::interviews::{self as service};
use crate::state::AppState;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::scheduling::{InterviewKind, InterviewStatus};
use cohort_store::interviews::Interview;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// `/orgs/{org}/interviews/{id}` where `{id}` may end in `.ics`.
#[derive(Debug, Deserialize)]
pub struct OrgFilePath {
    /// The id, perhaps with an extension.
    pub id: String,
}

/// An interview as the organisation sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InterviewView {
    /// Its id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The stage's key.
    pub stage: String,
    /// `hr_chat`, `technical`, `presentation` or `behavioural`.
    #[schema(value_type = String)]
    pub kind: InterviewKind,
    /// How long, in minutes.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// `offered`, `booked` or `cancelled`.
    #[schema(value_type = String)]
    pub status: InterviewStatus,
    /// The start times offered to the candidate.
    pub offered_slots: Vec<DateTime<Utc>>,
    /// When it starts, once booked.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ends, once booked.
    pub ends_at: Option<DateTime<Utc>>,
    /// The invitation's SEQUENCE, raised by every change.
    pub sequence: u32,
    /// The interviewers' user ids.
    pub panel: Vec<Uuid>,
    /// Why it was cancelled or last moved.
    pub reason: Option<String>,
    /// The invitation (`text/calendar`), once booked.
    pub calendar_href: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn view(interview: Interview, href_prefix: &str) -> InterviewView {
    InterviewView {
        id: interview.id,
        application_id: interview.application_id,
        stage: interview.stage,
        kind: interview.kind,
        minutes: interview.minutes,
        location: interview.location,
        video_url: interview.video_url,
        status: interview.status,
        offered_slots: interview.slots,
        starts_at: interview.time.map(|t| t.start),
        ends_at: interview.time.map(|t| t.end),
        sequence: interview.sequence,
        panel: interview.panel,
        reason: interview.cancel_reason,
        calendar_href: interview.time.map(|_| format!("{href_prefix}/{}.ics", interview.id)),
        created_at: interview.created_at,
        updated_at: interview.updated_at,
    }
}

fn org_view(slug: &str) -> impl Fn(Interview) -> InterviewView {
    let prefix = format!("/api/v1/orgs/{slug}/interviews");
    move |interview| view(interview, &prefix)
}

fn my_view(interview: Interview) -> InterviewView {
    view(interview, "/api/v1/me/interviews")
}

/// An interview as the organisation asks for it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InterviewBody {
    /// The key of one of the vacancy's HR-chat or interview stages.
    pub stage: String,
    /// `hr_chat`, `technical`, `presentation` or `behavioural`.
    #[schema(value_type = String)]
    pub kind: InterviewKind,
    /// How long, 10 to 480 minutes.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// An https video link, if online.
    pub video_url: Option<String>,
    /// 1 to 6 interviewers (user ids of members).
    pub panel: Vec<Uuid>,
    /// 1 to 20 start times the candidate may choose from; each inside every interviewer's
    /// availability and clear of everyone's interviews.
    pub slots: Vec<DateTime<Utc>>,
}

fn check_org<R: crate::auth::caller::RoleSet>(
    caller: &OrgCaller<R>,
    interview: &Interview,
) -> Result<(), ApiError> {
    let on_panel = caller.user_id().is_some_and(|me| interview.panel.contains(&me));
    if caller.hires() || on_panel { Ok(()) } else { Err(ApiError::not_found()) }
}

/// The interview id of `{id}` or `{id}.ics`, and whether the calendar form was asked for.
fn id_or_calendar(raw: &str) -> Result<(Uuid, bool), ApiError> {
    let (id, ics) = raw.strip_suffix(".ics").map_or((raw, false), |id| (id, true));
    Ok((Uuid::parse_str(id).map_err(|_| ApiError::not_found())?, ics))
}

/// The calendar text of `interview`, worded for `reader`.
async fn calendar_response(
    state: &AppState,
    interview: &Interview,
    reader: service::CalendarReader,
) -> Result<Response, ApiError> {
    let text = service::invitation(&state.store, interview, &state.config.public_url(), reader)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(ics(text, &format!("interview-{}.ics", interview.id)))
}

fn ics(text: String, filename: &str) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        text,
    )
        .into_response()
}
