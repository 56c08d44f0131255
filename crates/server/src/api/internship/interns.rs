//! Interns: the list with how each stands, one intern, placing them, completing the internship.

use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::internship::{self, Standing};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::internship::{InternStatus, Summary};
use cohort_store::internship::{Intern, InternChange, InternFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// How far an intern's onboarding is.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct Progress {
    /// Tasks done.
    pub done: u32,
    /// Tasks in all.
    pub total: u32,
    /// Tasks past their due date and not done.
    pub overdue: u32,
}

impl From<internship::Progress> for Progress {
    fn from(p: internship::Progress) -> Self {
        Progress { done: p.done, total: p.total, overdue: p.overdue }
    }
}

/// An intern.
#[derive(Debug, Serialize, ToSchema)]
pub struct InternView {
    /// Its id.
    pub id: Uuid,
    /// The application that led here.
    pub application_id: Uuid,
    /// The intern's account.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// The programme.
    pub program_id: Option<Uuid>,
    /// Their team.
    pub team_id: Option<Uuid>,
    /// Their mentor.
    pub mentor_id: Option<Uuid>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// The skill profile (grows with completed trainings).
    pub skills: Vec<String>,
    /// Interests (for mentor matching).
    pub interests: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// `active` or `completed`.
    #[schema(value_type = String)]
    pub status: InternStatus,
    /// Onboarding progress.
    pub onboarding: Progress,
    /// Mandatory trainings of the programme not completed by their date (flagged).
    pub overdue_trainings: Vec<Uuid>,
    /// The summary recorded at completion.
    #[schema(value_type = Option<Object>)]
    pub summary: Option<Summary>,
    /// When completed.
    pub completed_at: Option<DateTime<Utc>>,
    /// When the offer was accepted.
    pub created_at: DateTime<Utc>,
}

fn intern_view(standing: Standing) -> InternView {
    let Standing { intern: i, onboarding, overdue_trainings } = standing;
    InternView {
        id: i.id,
        application_id: i.application_id,
        user_id: i.user_id,
        name: i.name,
        program_id: i.program_id,
        team_id: i.team_id,
        mentor_id: i.mentor_id,
        starts_on: i.starts_on,
        ends_on: i.ends_on,
        skills: i.skills,
        interests: i.interests,
        languages: i.languages,
        status: i.status,
        onboarding: onboarding.into(),
        overdue_trainings,
        summary: i.summary,
        completed_at: i.completed_at,
        created_at: i.created_at,
    }
}

/// One intern as the API shows them.
pub(crate) async fn intern_view_of(state: &AppState, intern: Intern) -> Result<InternView, ApiError> {
    let standing = internship::standings(&state.store, vec![intern]).await?.pop();
    standing.map(intern_view).ok_or_else(ApiError::not_found)
}

/// Filters of the interns list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct InternsQuery {
    /// Of one programme.
    pub program_id: Option<Uuid>,
    /// In one team.
    pub team_id: Option<Uuid>,
    /// Mentored by this member.
    pub mentor_id: Option<Uuid>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The organisation's interns with their onboarding progress. Coordinators see all; a mentor
/// sees their own mentees.
#[utoipa::path(
    get, path = "/orgs/{org}/interns", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), InternsQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<InternView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_interns(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<InternsQuery>,
) -> Result<Json<ListResponse<InternView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let mut filter =
        InternFilter { program_id: query.program_id, team_id: query.team_id, mentor_id: query.mentor_id };
    if !caller.hires() {
        filter.mentor_id = Some(caller.user_id().ok_or_else(ApiError::not_found)?);
    }
    let found = state.store.interns(caller.org.id, filter, page).await?;
    let next_cursor = found.next.map(|id| id.to_string());
    let standings = internship::standings(&state.store, found.items).await?;
    Ok(Json(ListResponse { items: standings.into_iter().map(intern_view).collect(), next_cursor }))
}

/// One intern (their mentor and coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_intern(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<InternView>, ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}

/// A coordinator's change to an intern: team placement and dates.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InternBody {
    /// The team (null: not placed).
    pub team_id: Option<Uuid>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
}

/// Places an intern in a team and sets their dates.
#[utoipa::path(
    put, path = "/orgs/{org}/interns/{id}", tag = "internship", request_body = InternBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `unknown_team`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_intern(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<InternBody>,
) -> Result<Json<InternView>, ApiError> {
    let change = InternChange { team_id: body.team_id, starts_on: body.starts_on, ends_on: body.ends_on };
    let intern = internship::place(&state.store, &caller.audit(), caller.org.id, id, change).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}

/// What completion would record now (trainings, goals, shadowing, 1-on-1s, final evaluations).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/summary", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Object),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_intern_summary(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Summary>, ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok(Json(match intern.summary.clone() {
        Some(recorded) => recorded,
        None => state.store.internship_summary(&intern).await?,
    }))
}

/// Completes the internship (after the mentor's final evaluation), recording its summary.
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/completion", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`final_evaluation_missing`, `already_completed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn complete_internship(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<InternView>, ApiError> {
    let intern = internship::complete(&state.store, &caller.audit(), caller.org.id, id).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}
