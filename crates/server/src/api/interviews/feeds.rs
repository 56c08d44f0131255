//! Personal calendar feeds: a secret address a calendar app subscribes to.

use super::*;
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiPath;
use crate::services::interviews::{self as service};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

/// A private calendar feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    /// Subscribe to this URL in a calendar app. Shown once; creating a new feed revokes the old.
    pub url: String,
}

/// Creates the caller's private calendar feed (their interviews as candidate or interviewer),
/// replacing any earlier one.
#[utoipa::path(
    post, path = "/me/calendar-feed", tag = "me",
    security(("session" = [])),
    responses(
        (status = 201, body = CalendarFeed),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_calendar_feed(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<(StatusCode, Json<CalendarFeed>), ApiError> {
    let url =
        service::new_feed(&state.store, &caller.audit(), caller.user.id, &state.config.public_url()).await?;
    Ok((StatusCode::CREATED, Json(CalendarFeed { url })))
}

/// Revokes the caller's calendar feed.
#[utoipa::path(
    delete, path = "/me/calendar-feed", tag = "me",
    security(("session" = [])),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: there is none", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_calendar_feed(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<StatusCode, ApiError> {
    service::revoke_feed(&state.store, &caller.audit(), caller.user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A private calendar feed (`text/calendar`); the URL is the secret.
#[utoipa::path(
    get, path = "/calendar/{token}", tag = "me",
    params(("token" = String, Path, description = "The feed's secret")),
    responses(
        (status = 200, description = "The feed", content_type = "text/calendar", body = String),
        (status = 404, description = "`not_found`: unknown or revoked", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_calendar(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<Response, ApiError> {
    let owner = state
        .store
        .calendar_feed_owner(&crate::auth::secrets::digest(&token))
        .await?
        .ok_or_else(ApiError::not_found)?;
    let text = service::feed(&state.store, owner, &state.config.public_url()).await?;
    Ok(ics(text, "cohort.ics"))
}
