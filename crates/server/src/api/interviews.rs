//! Interviews: interviewers publish availability; recruiters offer slots; candidates book one;
//! either side reschedules or cancels with a reason; everyone gets an iCalendar invitation and a
//! private feed.

use super::list::{ListQuery, ListResponse};
use crate::auth::caller::{Members, Recruiters};
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::interviews::{self as service, InterviewRequest};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::scheduling::{Interval, InterviewKind, InterviewStatus, free_slots};
use cohort_store::interviews::{Interview, InterviewFilter, Side, Window};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// `/orgs/{org}/interviews/{id}` where `{id}` may end in `.ics`.
#[derive(Debug, Deserialize)]
pub struct OrgFilePath {
    /// The id, perhaps with an extension.
    pub id: String,
}

/// A reason, 1 to 500 characters.
fn reason(raw: &str) -> Result<String, ApiError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 500 {
        return Err(ApiError::invalid("reason", "say why, in at most 500 characters"));
    }
    Ok(trimmed.to_owned())
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
    /// Page size.
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
        return calendar_response(&state, &interview).await;
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

/// The interview id of `{id}` or `{id}.ics`, and whether the calendar form was asked for.
fn id_or_calendar(raw: &str) -> Result<(Uuid, bool), ApiError> {
    let (id, ics) = raw.strip_suffix(".ics").map_or((raw, false), |id| (id, true));
    Ok((Uuid::parse_str(id).map_err(|_| ApiError::not_found())?, ics))
}

async fn calendar_response(state: &AppState, interview: &Interview) -> Result<Response, ApiError> {
    let text = service::invitation(&state.store, interview, &state.config.public_url())
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
    let reason = reason(&body.reason)?;
    let interview = state
        .store
        .book_interview(&caller.audit(), Side::Org(caller.org.id), id, body.starts_at, Some(reason))
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
    let reason = reason(&body.reason)?;
    let interview =
        state.store.cancel_interview(&caller.audit(), Side::Org(caller.org.id), id, reason).await?;
    Ok(Json(org_view(&caller.org.slug)(interview)))
}

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

/// Whose availability: the caller's own, or (for recruiters) any member's.
async fn interviewer<R: crate::auth::caller::RoleSet>(
    state: &AppState,
    caller: &OrgCaller<R>,
    asked: Option<Uuid>,
) -> Result<Uuid, ApiError> {
    let me = caller.user_id();
    let who = asked.or(me).ok_or_else(|| {
        ApiError::invalid("user_id", "an API token has no availability: name the interviewer")
    })?;
    if Some(who) != me && !caller.hires() {
        return Err(ApiError::not_found());
    }
    if state.store.roles_in(caller.org.id, who).await?.is_empty() {
        return Err(ApiError::invalid("user_id", "not a member of this organisation"));
    }
    Ok(who)
}

/// Filters of availability.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AvailabilityQuery {
    /// Whose (default: mine).
    pub user_id: Option<Uuid>,
    /// Page size.
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
    let who = interviewer(&state, &caller, query.user_id).await?;
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
    let who = interviewer(&state, &caller, body.user_id).await?;
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
    let who = interviewer(&state, &caller, query.user_id).await?;
    if state.store.remove_availability(&caller.audit(), caller.org.id, who, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
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
    let who = interviewer(&state, &caller, body.user_id).await?;
    if !(1..=12).contains(&body.daily_cap) {
        return Err(ApiError::invalid("daily_cap", "between 1 and 12"));
    }
    let cap = state.store.set_daily_cap(&caller.audit(), caller.org.id, who, body.daily_cap).await?;
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
    let who = interviewer(&state, &caller, query.user_id).await?;
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
        return calendar_response(&state, &interview).await;
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
    let current = state.store.own_interview(caller.user.id, id).await?.ok_or_else(ApiError::not_found)?;
    let why = match (current.status, body.reason.as_deref()) {
        (InterviewStatus::Booked, None) => {
            return Err(ApiError::invalid("reason", "say why you move the interview"));
        }
        (_, Some(raw)) => Some(reason(raw)?),
        (_, None) => None,
    };
    let interview = state
        .store
        .book_interview(&caller.audit(), Side::Candidate(caller.user.id), id, body.starts_at, why)
        .await?;
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
    let reason = reason(&body.reason)?;
    let interview =
        state.store.cancel_interview(&caller.audit(), Side::Candidate(caller.user.id), id, reason).await?;
    Ok(Json(my_view(interview)))
}

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
    let secret = crate::auth::secrets::random_secret().map_err(ApiError::internal)?;
    let token = format!("cal_{secret}");
    state
        .store
        .set_calendar_feed(&caller.audit(), caller.user.id, crate::auth::secrets::digest(&token))
        .await?;
    let url = format!("{}/api/v1/calendar/{token}", state.config.public_url().trim_end_matches('/'));
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
    if state.store.revoke_calendar_feed(&caller.audit(), caller.user.id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
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
