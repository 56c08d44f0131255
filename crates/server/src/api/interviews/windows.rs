//! Interviewers' availability windows and settings, and the free slots of a panel.

use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::interviews::{self as service};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use cohort_domain::scheduling::{Interval, free_slots};
use cohort_store::interviews::Window;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// An availability window.
#[derive(Debug, Serialize, ToSchema)]
pub struct WindowView {
    /// Its id.
    pub id: Uuid,
    /// The interviewer.
    pub user_id: Uuid,
    /// From.
    pub starts_at: DateTime<Utc>,
    /// Until.
    pub ends_at: DateTime<Utc>,
}

impl From<Window> for WindowView {
    fn from(w: Window) -> Self {
        WindowView { id: w.id, user_id: w.user_id, starts_at: w.interval.start, ends_at: w.interval.end }
    }
}

/// A window to add.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WindowBody {
    /// Whose (default: mine). Recruiters may set anyone's.
    pub user_id: Option<Uuid>,
    /// From.
    pub starts_at: DateTime<Utc>,
    /// Until; at most 14 days later.
    pub ends_at: DateTime<Utc>,
}

/// Filters of availability.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AvailabilityQuery {
    /// Whose (default: mine).
    pub user_id: Option<Uuid>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// Where the previous page ended.
    pub cursor: Option<String>,
}

/// An interviewer's availability windows that have not ended.
#[utoipa::path(
    get, path = "/orgs/{org}/availability", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), AvailabilityQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<WindowView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_availability(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<AvailabilityQuery>,
) -> Result<Json<ListResponse<WindowView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let who = service::interviewer(&state.store, &caller.staff(), query.user_id).await?;
    let page = state.store.availability_of(caller.org.id, who, Utc::now(), page).await?;
    Ok(Json(ListResponse::from_page(page, WindowView::from)))
}

/// Adds an availability window.
#[utoipa::path(
    post, path = "/orgs/{org}/availability", tag = "interviews", request_body = WindowBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = WindowView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_availability(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiJson(body): ApiJson<WindowBody>,
) -> Result<(StatusCode, Json<WindowView>), ApiError> {
    let who = service::interviewer(&state.store, &caller.staff(), body.user_id).await?;
    let window = Interval { start: body.starts_at, end: body.ends_at };
    let window = service::add_availability(&state.store, &caller.audit(), caller.org.id, who, window).await?;
    Ok((StatusCode::CREATED, Json(window.into())))
}

/// Which window, and whose.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct WhoseQuery {
    /// Whose (default: mine).
    pub user_id: Option<Uuid>,
}

/// Removes an availability window (booked interviews stay).
#[utoipa::path(
    delete, path = "/orgs/{org}/availability/{id}", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The window's id"), WhoseQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_availability(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiQuery(query): ApiQuery<WhoseQuery>,
) -> Result<StatusCode, ApiError> {
    let who = service::interviewer(&state.store, &caller.staff(), query.user_id).await?;
    service::remove_availability(&state.store, &caller.audit(), caller.org.id, who, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An interviewer's limits.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InterviewerSettings {
    /// Whose (default: mine).
    pub user_id: Option<Uuid>,
    /// At most this many interviews a day (UTC), 1 to 12.
    pub daily_cap: u32,
}

/// Sets an interviewer's daily cap.
#[utoipa::path(
    put, path = "/orgs/{org}/interviewer-settings", tag = "interviews", request_body = InterviewerSettings,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InterviewerSettings),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_interviewer_settings(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiJson(body): ApiJson<InterviewerSettings>,
) -> Result<Json<InterviewerSettings>, ApiError> {
    let who = service::interviewer(&state.store, &caller.staff(), body.user_id).await?;
    let cap =
        service::set_daily_cap(&state.store, &caller.audit(), caller.org.id, who, body.daily_cap).await?;
    Ok(Json(InterviewerSettings { user_id: Some(who), daily_cap: cap }))
}

/// An interviewer's limits.
#[utoipa::path(
    get, path = "/orgs/{org}/interviewer-settings", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), WhoseQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InterviewerSettings),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_interviewer_settings(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<WhoseQuery>,
) -> Result<Json<InterviewerSettings>, ApiError> {
    let who = service::interviewer(&state.store, &caller.staff(), query.user_id).await?;
    let cap = state.store.daily_cap(caller.org.id, who).await?;
    Ok(Json(InterviewerSettings { user_id: Some(who), daily_cap: cap }))
}

/// What to look for.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FreeSlotsQuery {
    /// The interviewers' user ids, comma-separated.
    pub panel: String,
    /// How long, in minutes.
    pub minutes: u32,
    /// Look from this time on (default: now).
    pub from: Option<DateTime<Utc>>,
    /// How many days ahead to look (default 14, at most 60).
    pub days: Option<u32>,
}

/// Times the whole panel is free, on the half hour, for the next days: what to offer.
#[derive(Debug, Serialize, ToSchema)]
pub struct FreeSlots {
    /// Start times, earliest first, at most 50.
    pub starts: Vec<DateTime<Utc>>,
}

/// Suggests start times when every interviewer of a panel is available and free.
#[utoipa::path(
    get, path = "/orgs/{org}/free-slots", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), FreeSlotsQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = FreeSlots),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_free_slots(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<FreeSlotsQuery>,
) -> Result<Json<FreeSlots>, ApiError> {
    let panel: Vec<Uuid> = query
        .panel
        .split(',')
        .map(|id| Uuid::parse_str(id.trim()))
        .collect::<Result<_, _>>()
        .map_err(|_| ApiError::invalid("panel", "comma-separated user ids"))?;
    if panel.is_empty() || panel.len() > 6 {
        return Err(ApiError::invalid("panel", "1 to 6 interviewers"));
    }
    if !(10..=cohort_domain::scheduling::MAX_MINUTES).contains(&query.minutes) {
        return Err(ApiError::invalid("minutes", "between 10 and 480"));
    }
    let now = Utc::now();
    let span =
        Interval { start: now, end: now + Duration::days(i64::from(query.days.unwrap_or(14).clamp(1, 60))) };
    let members = state.store.panel_for(caller.org.id, &panel, span).await?;
    Ok(Json(FreeSlots { starts: free_slots(&members, query.minutes, 30, now, 50) }))
}
