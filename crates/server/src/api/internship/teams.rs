//! Teams and the onboarding checklist template.

use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::internship;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use cohort_domain::internship::onboarding::TemplateTask;
use cohort_store::internship::{Team, TeamDraft};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A team's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamBody {
    /// Its name, unique in the organisation.
    pub name: String,
    /// What it does.
    #[serde(default)]
    pub description: String,
    /// The member who leads it (accepts shadowing guests, completes team-lead tasks).
    pub lead_id: Option<Uuid>,
    /// How many shadowing guests it hosts a week.
    #[serde(default)]
    pub weekly_guests: u32,
}

/// A team.
#[derive(Debug, Serialize, ToSchema)]
pub struct TeamView {
    /// Its id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// What it does.
    pub description: String,
    /// Its lead.
    pub lead_id: Option<Uuid>,
    /// Shadowing guests a week.
    pub weekly_guests: i32,
}

impl From<Team> for TeamView {
    fn from(t: Team) -> Self {
        TeamView {
            id: t.id,
            name: t.name,
            description: t.description,
            lead_id: t.lead_id,
            weekly_guests: t.weekly_guests,
        }
    }
}

impl From<TeamBody> for TeamDraft {
    fn from(b: TeamBody) -> Self {
        TeamDraft {
            name: b.name,
            description: b.description,
            lead_id: b.lead_id,
            weekly_guests: b.weekly_guests,
        }
    }
}

/// The organisation's teams, oldest first.
#[utoipa::path(
    get, path = "/orgs/{org}/teams", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<TeamView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_teams(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<TeamView>>, ApiError> {
    let page = state.store.teams_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, TeamView::from)))
}

/// Creates a team.
#[utoipa::path(
    post, path = "/orgs/{org}/teams", tag = "internship", request_body = TeamBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = TeamView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`team_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_team(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<TeamBody>,
) -> Result<(StatusCode, Json<TeamView>), ApiError> {
    let team = internship::save_team(&state.store, &caller.audit(), caller.org.id, None, body.into()).await?;
    Ok((StatusCode::CREATED, Json(team.into())))
}

/// Changes a team.
#[utoipa::path(
    put, path = "/orgs/{org}/teams/{id}", tag = "internship", request_body = TeamBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The team's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TeamView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`team_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_team(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<TeamBody>,
) -> Result<Json<TeamView>, ApiError> {
    let team =
        internship::save_team(&state.store, &caller.audit(), caller.org.id, Some(id), body.into()).await?;
    Ok(Json(team.into()))
}

// ---------------------------------------------------------------- onboarding template

/// The onboarding checklist template.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OnboardingTemplateBody {
    /// Tasks: `{"title", "description", "owner": "intern" | "recruiter" | "mentor" | "team_lead",
    /// "due_day": days after the first day (negative: before)}`.
    #[schema(value_type = Vec<Object>)]
    pub tasks: Vec<TemplateTask>,
}

/// The organisation's onboarding checklist template (Cohort's default until it sets its own).
#[utoipa::path(
    get, path = "/orgs/{org}/onboarding-template", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OnboardingTemplateBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_onboarding_template(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<OnboardingTemplateBody>, ApiError> {
    Ok(Json(OnboardingTemplateBody { tasks: state.store.onboarding_template(caller.org.id).await? }))
}

/// Replaces the onboarding template; interns hired from now on get it.
#[utoipa::path(
    put, path = "/orgs/{org}/onboarding-template", tag = "internship", request_body = OnboardingTemplateBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OnboardingTemplateBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_onboarding_template(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<OnboardingTemplateBody>,
) -> Result<Json<OnboardingTemplateBody>, ApiError> {
    let tasks =
        internship::set_onboarding_template(&state.store, &caller.audit(), caller.org.id, body.tasks).await?;
    Ok(Json(OnboardingTemplateBody { tasks }))
}
