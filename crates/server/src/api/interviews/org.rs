//! An organisation's interviews: scheduling, listing, one with its calendar file, moving and cancelling.

use super::*;
use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::interviews::{self as service, InterviewRequest};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_store::interviews::{InterviewFilter, Side};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Offers an interview to the candidate of an application: they book one of the slots.
#[utoipa::path(
    post, path = "/orgs/{org}/applications/{id}/interviews", tag = "interviews", request_body = InterviewBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`application_not_active`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `slot_unavailable` (names the slot and why)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_interview(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<InterviewBody>,
) -> Result<(StatusCode, Json<InterviewView>), ApiError> {
    let request = InterviewRequest {
        stage: body.stage,
        kind: body.kind,
        minutes: body.minutes,
        location: body.location,
        video_url: body.video_url,
        panel: body.panel,
        slots: body.slots,
    };
    let interview = service::offer(&state.store, &caller.audit(), caller.org.id, id, request).await?;
    Ok((StatusCode::CREATED, Json(org_view(&caller.org.slug)(interview))))
}

/// Filters of the interview list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InterviewQuery {
    /// Only this application's interviews.
    pub application_id: Option<Uuid>,
    /// Only those where I am on the panel (always so for members who do not hire).
    #[serde(default)]
    pub mine: bool,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// Where the previous page ended.
    pub cursor: Option<String>,
}

/// The organisation's interviews, newest first. Interviewers see those they are on the panel of.
#[utoipa::path(
    get, path = "/orgs/{org}/interviews", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), InterviewQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<InterviewView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_interviews(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<InterviewQuery>,
) -> Result<Json<ListResponse<InterviewView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let panelist = if query.mine || !caller.hires() {
        Some(caller.user_id().ok_or_else(|| ApiError::invalid("mine", "an API token is on no panel"))?)
    } else {
        None
    };
    let filter = InterviewFilter { application_id: query.application_id, panelist };
    let page = state.store.org_interviews(caller.org.id, &filter, page).await?;
    Ok(Json(ListResponse::from_page(page, org_view(&caller.org.slug))))
}

/// One interview (recruiters, and the interview's panel).
#[utoipa::path(
    get, path = "/orgs/{org}/interviews/{id}", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The interview's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_interview(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgFilePath { id }): ApiPath<OrgFilePath>,
) -> Result<Response, ApiError> {
    // `{id}.ics` shares this route: the router cannot split a segment.
    let (id, ics) = id_or_calendar(&id)?;
    let interview = state.store.interview(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    check_org(&caller, &interview)?;
    if ics {
        let reader = caller
            .user_id()
            .map_or(service::CalendarReader::In(caller.org.works_in()), service::CalendarReader::Person);
        return calendar_response(&state, &interview, reader).await;
    }
    Ok(Json(org_view(&caller.org.slug)(interview)).into_response())
}

/// The invitation of one interview as `text/calendar` (RFC 5545): `METHOD:REQUEST` with a
/// stable UID and a SEQUENCE raised by every change; `METHOD:CANCEL` once cancelled.
#[utoipa::path(
    get, path = "/orgs/{org}/interviews/{id}.ics", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The interview's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The invitation", content_type = "text/calendar", body = String),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also while no time is booked)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)] // Documents the `.ics` form of `get_interview`, which serves it.
pub async fn get_interview_calendar() {}

/// A new time, with a reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RescheduleBody {
    /// The new start.
    pub starts_at: DateTime<Utc>,
    /// Why it moves.
    pub reason: String,
}

/// Moves a booked (or still offered) interview to a new time, clear of everyone's interviews and
/// caps; the invitation keeps its UID with a higher SEQUENCE.
#[utoipa::path(
    post, path = "/orgs/{org}/interviews/{id}/reschedule", tag = "interviews", request_body = RescheduleBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The interview's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`double_booking`, `daily_cap_reached`, `slot_in_past`, `interview_cancelled`, `already_booked`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_interview_time(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<RescheduleBody>,
) -> Result<Json<InterviewView>, ApiError> {
    let interview =
        service::move_to(&state.store, &caller.audit(), caller.org.id, id, body.starts_at, &body.reason)
            .await?;
    Ok(Json(org_view(&caller.org.slug)(interview)))
}

/// Why an interview is called off.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelBody {
    /// The reason, told to the other side.
    pub reason: String,
}

/// Cancels an interview; the invitation becomes `METHOD:CANCEL`.
#[utoipa::path(
    post, path = "/orgs/{org}/interviews/{id}/cancel", tag = "interviews", request_body = CancelBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The interview's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`interview_cancelled`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn cancel_interview(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<CancelBody>,
) -> Result<Json<InterviewView>, ApiError> {
    let side = Side::Org(caller.org.id);
    let interview = service::cancel(&state.store, &caller.audit(), side, id, &body.reason).await?;
    Ok(Json(org_view(&caller.org.slug)(interview)))
}
