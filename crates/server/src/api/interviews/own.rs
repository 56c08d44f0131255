//! The candidate's interviews: theirs to see, book and cancel.

use super::*;
use crate::api::list::{ListQuery, ListResponse};
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_store::interviews::Side;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// The candidate's interviews, newest first.
#[utoipa::path(
    get, path = "/me/interviews", tag = "me",
    params(ListQuery),
    security(("session" = [])),
    responses(
        (status = 200, body = ListResponse<InterviewView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_interviews(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<InterviewView>>, ApiError> {
    let page = state.store.own_interviews(caller.user.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, my_view)))
}

/// One of the candidate's interviews; `{id}.ics` gives its invitation.
#[utoipa::path(
    get, path = "/me/interviews/{id}", tag = "me",
    params(("id" = Uuid, Path, description = "The interview's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_interview(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    let (id, ics) = id_or_calendar(&id)?;
    let interview = state.store.own_interview(caller.user.id, id).await?.ok_or_else(ApiError::not_found)?;
    if ics {
        return calendar_response(&state, &interview, service::CalendarReader::Person(caller.user.id)).await;
    }
    Ok(Json(my_view(interview)).into_response())
}

/// The candidate's copy of an invitation, as `text/calendar`.
#[utoipa::path(
    get, path = "/me/interviews/{id}.ics", tag = "me",
    params(("id" = Uuid, Path, description = "The interview's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The invitation", content_type = "text/calendar", body = String),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also while no time is booked)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)] // Documents the `.ics` form of `get_own_interview`, which serves it.
pub async fn get_own_interview_calendar() {}

/// The slot the candidate picks.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookingBody {
    /// One of the offered start times.
    pub starts_at: DateTime<Utc>,
    /// Why, when moving an interview already booked to another offered slot.
    pub reason: Option<String>,
}

/// Books one of the offered slots, or moves a booked interview to another offered slot (with a
/// reason). Nobody ends up in two interviews at once: of two candidates racing for the same
/// interviewer at the same time, one gets it and the other a 409.
#[utoipa::path(
    post, path = "/me/interviews/{id}/booking", tag = "me", request_body = BookingBody,
    params(("id" = Uuid, Path, description = "The interview's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`double_booking`, `daily_cap_reached`, `slot_in_past`, `slot_not_offered`, `interview_cancelled`, `already_booked`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (a move needs a reason)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_booking(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<BookingBody>,
) -> Result<Json<InterviewView>, ApiError> {
    let why = body.reason.as_deref();
    let interview =
        service::book_own(&state.store, &caller.audit(), caller.user.id, id, body.starts_at, why).await?;
    Ok(Json(my_view(interview)))
}

/// The candidate cancels an interview, with a reason.
#[utoipa::path(
    post, path = "/me/interviews/{id}/cancel", tag = "me", request_body = CancelBody,
    params(("id" = Uuid, Path, description = "The interview's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = InterviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`interview_cancelled`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn cancel_own_interview(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<CancelBody>,
) -> Result<Json<InterviewView>, ApiError> {
    let side = Side::Candidate(caller.user.id);
    let interview = service::cancel(&state.store, &caller.audit(), side, id, &body.reason).await?;
    Ok(Json(my_view(interview)))
}
