//! Programmes: cohorts of interns (recruiters and admins write; every member reads).

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::programs;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::program::{ProgramDraft, StructureItem};
use cohort_store::programs::Program;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A programme as written by the organisation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgramBody {
    /// The name, e.g. "Backend Talent Programme 2027".
    pub name: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// City or address (required unless remote).
    pub location: Option<String>,
    /// Whether interns may work remotely.
    #[serde(default)]
    pub remote: bool,
    /// How many interns.
    pub capacity: u32,
    /// Components: `[{"component": "induction" | "mentorship" | "workshops" | "training" |
    /// "networking" | "shadowing", "description": "..."}]`.
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub structure: Vec<StructureItem>,
}

impl From<ProgramBody> for ProgramDraft {
    fn from(b: ProgramBody) -> Self {
        ProgramDraft {
            name: b.name,
            description: b.description,
            starts_on: b.starts_on,
            ends_on: b.ends_on,
            location: b.location,
            remote: b.remote,
            capacity: b.capacity,
            structure: b.structure,
        }
    }
}

/// A programme.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramView {
    /// Its id.
    pub id: Uuid,
    /// The name.
    pub name: String,
    /// Markdown.
    pub description: String,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// City or address.
    pub location: Option<String>,
    /// Whether interns may work remotely.
    pub remote: bool,
    /// How many interns.
    pub capacity: u32,
    /// Components.
    #[schema(value_type = Vec<Object>)]
    pub structure: Vec<StructureItem>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<Program> for ProgramView {
    fn from(p: Program) -> Self {
        let d = p.draft;
        ProgramView {
            id: p.id,
            name: d.name,
            description: d.description,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            location: d.location,
            remote: d.remote,
            capacity: d.capacity,
            structure: d.structure,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

/// The organisation's programmes, oldest first.
#[utoipa::path(
    get, path = "/orgs/{org}/programs", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<ProgramView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_programs(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<ProgramView>>, ApiError> {
    let page = state.store.programs_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, ProgramView::from)))
}

/// Creates a programme.
#[utoipa::path(
    post, path = "/orgs/{org}/programs", tag = "hiring", request_body = ProgramBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = ProgramView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_program(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<ProgramBody>,
) -> Result<(StatusCode, Json<ProgramView>), ApiError> {
    let draft = ProgramDraft::from(body);
    let program = programs::save(&state.store, &caller.audit(), caller.org.id, None, draft).await?;
    Ok((StatusCode::CREATED, Json(program.into())))
}

/// One programme.
#[utoipa::path(
    get, path = "/orgs/{org}/programs/{id}", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The programme's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ProgramView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_program(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<Json<ProgramView>, ApiError> {
    let program = state.store.program(caller.org.id, path.id).await?.ok_or_else(ApiError::not_found)?;
    Ok(Json(program.into()))
}

/// Replaces a programme's details.
#[utoipa::path(
    put, path = "/orgs/{org}/programs/{id}", tag = "hiring", request_body = ProgramBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The programme's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ProgramView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_program(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<ProgramBody>,
) -> Result<Json<ProgramView>, ApiError> {
    let draft = ProgramDraft::from(body);
    let program = programs::save(&state.store, &caller.audit(), caller.org.id, Some(path.id), draft).await?;
    Ok(Json(program.into()))
}
