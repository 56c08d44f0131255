//! Networking and shadowing: interns ask to shadow a team for a day; the team's lead (or a
//! coordinator) accepts within the team's weekly capacity or declines; a rotation planner
//! proposes a fair schedule; networking events take RSVPs.

use super::own_internship::OwnItemPath;
use crate::auth::caller::{Members, Recruiters};
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::internship;
use crate::services::shadowing::{self, Ask, Event, NewEvent, Rotation};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::internship::ShadowingStatus;
use cohort_store::shadowing::{RequestFilter, ShadowingRequest};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A shadowing request.
#[derive(Debug, Serialize, ToSchema)]
pub struct ShadowingView {
    /// Its id.
    pub id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// The team.
    pub team_id: Uuid,
    /// The day.
    pub on_date: NaiveDate,
    /// `pending`, `accepted`, `declined` or `cancelled`.
    #[schema(value_type = String)]
    pub status: ShadowingStatus,
    /// What the intern hopes to learn.
    pub note: String,
    /// When answered.
    pub decided_at: Option<DateTime<Utc>>,
    /// When asked.
    pub created_at: DateTime<Utc>,
}

fn shadowing_view(r: ShadowingRequest) -> ShadowingView {
    ShadowingView {
        id: r.id,
        intern_id: r.intern_id,
        team_id: r.team_id,
        on_date: r.on_date,
        status: r.status,
        note: r.note,
        decided_at: r.decided_at,
        created_at: r.created_at,
    }
}

/// Filters of the requests list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ShadowingQuery {
    /// In one status.
    #[param(value_type = Option<String>)]
    pub status: Option<ShadowingStatus>,
}

/// Shadowing requests: coordinators see all; a team lead sees those for their teams.
#[utoipa::path(
    get, path = "/orgs/{org}/shadowing-requests", tag = "shadowing",
    params(("org" = String, Path, description = "The organisation's slug"), ShadowingQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<ShadowingView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_shadowing_requests(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<ShadowingQuery>,
) -> Result<Json<Vec<ShadowingView>>, ApiError> {
    let requests = shadowing::requests_for(&state.store, &caller.staff(), query.status).await?;
    Ok(Json(requests.into_iter().map(shadowing_view).collect()))
}

/// A team lead's answer.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShadowingDecisionBody {
    /// Accept (within the team's weekly capacity) or decline.
    pub accept: bool,
}

/// Accepts or declines a request (the team's lead, or a coordinator). Accepting beyond the
/// team's weekly capacity is 409 `team_full`.
#[utoipa::path(
    post, path = "/orgs/{org}/shadowing-requests/{id}/decision", tag = "shadowing", request_body = ShadowingDecisionBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The request's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ShadowingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`team_full`, `request_answered`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn record_shadowing_decision(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<ShadowingDecisionBody>,
) -> Result<Json<ShadowingView>, ApiError> {
    let decided = shadowing::decide(&state.store, &caller.audit(), &caller.staff(), id, body.accept).await?;
    Ok(Json(shadowing_view(decided)))
}

/// A rotation to plan.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotationBody {
    /// The programme whose active interns rotate.
    pub program_id: Uuid,
    /// The first week (any day of it).
    pub first_week: NaiveDate,
    /// How many weeks (1 to 26).
    pub weeks: u32,
}

/// One planned visit.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlannedVisit {
    /// The Monday of the week.
    pub week_of: NaiveDate,
    /// The intern.
    pub intern_id: Uuid,
    /// Their name.
    pub intern_name: String,
    /// The team visited.
    pub team_id: Uuid,
    /// Its name.
    pub team_name: String,
}

/// A proposed rotation.
#[derive(Debug, Serialize, ToSchema)]
pub struct RotationView {
    /// The visits, week by week.
    pub visits: Vec<PlannedVisit>,
    /// Visits per intern: the fewest and the most (fairness).
    pub fewest_visits: u32,
    /// The most visits any intern gets.
    pub most_visits: u32,
}

/// Proposes a shadowing rotation for a programme: no intern visits their own team or a team they
/// visited before, no team exceeds its weekly capacity, and visits are spread fairly. Nothing is
/// booked: interns request the visits they want.
#[utoipa::path(
    post, path = "/orgs/{org}/shadowing-rotations", tag = "shadowing", request_body = RotationBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = RotationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn plan_shadowing_rotation(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<RotationBody>,
) -> Result<Json<RotationView>, ApiError> {
    let asked = Rotation { program_id: body.program_id, first_week: body.first_week, weeks: body.weeks };
    let plan = shadowing::plan_rotation(&state.store, caller.org.id, asked).await?;
    Ok(Json(RotationView {
        visits: plan
            .visits
            .into_iter()
            .map(|v| PlannedVisit {
                week_of: v.week_of,
                intern_id: v.intern_id,
                intern_name: v.intern_name,
                team_id: v.team_id,
                team_name: v.team_name,
            })
            .collect(),
        fewest_visits: plan.fewest_visits,
        most_visits: plan.most_visits,
    }))
}

// ---------------------------------------------------------------- networking events

/// A networking event to create.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventBody {
    /// Its title.
    pub title: String,
    /// What happens.
    #[serde(default)]
    pub description: String,
    /// For one programme's interns (null: every intern of the organisation).
    pub program_id: Option<Uuid>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// How many can come (null: no limit).
    pub capacity: Option<u32>,
}

/// A networking event with its answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    /// Its id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// What happens.
    pub description: String,
    /// The programme.
    pub program_id: Option<Uuid>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// How many can come.
    pub capacity: Option<i32>,
    /// How many said yes.
    pub coming: u32,
    /// The caller's own answer (interns).
    pub my_response: Option<String>,
}

fn event_view(e: Event) -> EventView {
    let Event { event: e, coming, my_response } = e;
    EventView {
        id: e.id,
        title: e.title,
        description: e.description,
        program_id: e.program_id,
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        location: e.location,
        capacity: e.capacity,
        coming,
        my_response,
    }
}

impl From<EventBody> for NewEvent {
    fn from(b: EventBody) -> Self {
        NewEvent {
            title: b.title,
            description: b.description,
            program_id: b.program_id,
            starts_at: b.starts_at,
            ends_at: b.ends_at,
            location: b.location,
            capacity: b.capacity,
        }
    }
}

/// Upcoming networking events.
#[utoipa::path(
    get, path = "/orgs/{org}/events", tag = "shadowing",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<EventView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_events(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<Vec<EventView>>, ApiError> {
    Ok(Json(shadowing::org_events(&state.store, caller.org.id).await?.into_iter().map(event_view).collect()))
}

/// Creates a networking event.
#[utoipa::path(
    post, path = "/orgs/{org}/events", tag = "shadowing", request_body = EventBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = EventView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_event(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<EventBody>,
) -> Result<(StatusCode, Json<EventView>), ApiError> {
    let saved = shadowing::create_event(&state.store, &caller.audit(), caller.org.id, body.into()).await?;
    Ok((StatusCode::CREATED, Json(event_view(saved))))
}

// ---------------------------------------------------------------- the intern's side

/// A visit to ask for.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShadowingBody {
    /// The team to shadow.
    pub team_id: Uuid,
    /// The day.
    pub on_date: NaiveDate,
    /// What the intern hopes to learn.
    #[serde(default)]
    pub note: String,
}

/// The intern's shadowing requests.
#[utoipa::path(
    get, path = "/me/shadowing", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<ShadowingView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_shadowing(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<ShadowingView>>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let filter = RequestFilter { intern_id: Some(intern.id), ..RequestFilter::default() };
    Ok(Json(
        state
            .store
            .shadowing_requests(intern.org_id, filter)
            .await?
            .into_iter()
            .map(shadowing_view)
            .collect(),
    ))
}

/// Asks to shadow a team (not the intern's own) on a day within the internship.
#[utoipa::path(
    post, path = "/me/shadowing", tag = "me", request_body = ShadowingBody,
    security(("session" = [])),
    responses(
        (status = 201, body = ShadowingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `unknown_team`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_shadowing_request(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<ShadowingBody>,
) -> Result<(StatusCode, Json<ShadowingView>), ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let ask = Ask { team_id: body.team_id, on_date: body.on_date, note: body.note };
    let request = shadowing::request(&state.store, &caller.audit(), &intern, ask).await?;
    Ok((StatusCode::CREATED, Json(shadowing_view(request))))
}

/// Calls off one of the intern's requests (pending or accepted).
#[utoipa::path(
    post, path = "/me/shadowing/{id}/cancellation", tag = "me",
    params(("id" = Uuid, Path, description = "The request's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = ShadowingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`request_answered`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn cancel_shadowing_request(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
) -> Result<Json<ShadowingView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(shadowing_view(shadowing::cancel(&state.store, &caller.audit(), &intern, id).await?)))
}

/// Upcoming networking events of the intern's organisation (for their programme or everyone).
#[utoipa::path(
    get, path = "/me/events", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<EventView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_events(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<EventView>>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(shadowing::own_events(&state.store, &intern).await?.into_iter().map(event_view).collect()))
}

/// An answer to an event.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RsvpBody {
    /// `yes`, `no` or `maybe`.
    pub response: String,
}

/// Answers an event; `yes` beyond its capacity is 409 `event_full`.
#[utoipa::path(
    put, path = "/me/events/{id}/rsvp", tag = "me", request_body = RsvpBody,
    params(("id" = Uuid, Path, description = "The event's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = EventView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`event_full`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_rsvp(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
    ApiJson(body): ApiJson<RsvpBody>,
) -> Result<Json<EventView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(event_view(
        shadowing::answer_event(&state.store, &caller.audit(), &intern, id, body.response).await?,
    )))
}
