//! The talent pool: candidates imported in bulk (`cohort import candidates`), to search and
//! approach for future vacancies.

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::talent;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_domain::candidate::CandidateProfile;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A candidate of the pool.
#[derive(Debug, Serialize, ToSchema)]
pub struct PoolEntryView {
    /// Its id.
    pub id: Uuid,
    /// Their e-mail address.
    pub email: String,
    /// What is known of them.
    #[schema(value_type = Object)]
    pub profile: CandidateProfile,
    /// `csv` or `json_resume`.
    pub source: String,
    /// When they were imported.
    pub imported_at: DateTime<Utc>,
    /// The vacancies they were invited to apply to.
    pub invited_to: Vec<Uuid>,
}

impl From<talent::Candidate> for PoolEntryView {
    fn from(talent::Candidate { entry: e, invited }: talent::Candidate) -> Self {
        PoolEntryView {
            invited_to: invited.into_iter().map(|(vacancy, _)| vacancy).collect(),
            id: e.id,
            email: e.email,
            profile: e.profile,
            source: e.source,
            imported_at: e.created_at,
        }
    }
}

/// Which candidates of the pool, and which page.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TalentQuery {
    /// Words to find in a candidate's name, e-mail address or profile (skills, university).
    pub q: Option<String>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The organisation's talent pool, oldest first; `q` finds candidates by name, address, skill.
#[utoipa::path(
    get, path = "/orgs/{org}/talent-pool", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), TalentQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<PoolEntryView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_talent_pool(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<TalentQuery>,
) -> Result<Json<ListResponse<PoolEntryView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let search = query.q.unwrap_or_default();
    let found = talent::pool(&state.store, caller.org.id, &search, page).await?;
    Ok(Json(ListResponse::from_page(found, PoolEntryView::from)))
}

/// Whom to invite to which vacancy.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationBody {
    /// The vacancy to apply to; it must take applications now.
    pub vacancy_id: Uuid,
}

/// An invitation sent.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    /// The candidate of the pool.
    pub entry_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// When it was sent.
    pub invited_at: DateTime<Utc>,
}

/// Invites a candidate of the pool to apply to a vacancy: an e-mail with a link to its public
/// page. Once per candidate and vacancy.
#[utoipa::path(
    post, path = "/orgs/{org}/talent-pool/{id}/invitations", tag = "hiring", request_body = InvitationBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The candidate's id in the pool")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = InvitationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no such candidate or vacancy", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_invited`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`vacancy_closed`: it takes no applications now", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_talent_invitation(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<InvitationBody>,
) -> Result<(StatusCode, Json<InvitationView>), ApiError> {
    let inviter = caller.actor_name();
    let public_url = state.config.public_url();
    let ids = (id, body.vacancy_id);
    let invited_at =
        talent::invite(&state.store, &caller.audit(), &caller.org, &inviter, ids, &public_url).await?;
    let view = InvitationView { entry_id: id, vacancy_id: body.vacancy_id, invited_at };
    Ok((StatusCode::CREATED, Json(view)))
}
