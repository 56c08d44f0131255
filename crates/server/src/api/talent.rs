//! The talent pool: candidates imported in bulk (`cohort import candidates`), to search and
//! approach for future vacancies.

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiQuery;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use cohort_domain::candidate::CandidateProfile;
use cohort_store::talent::PoolEntry;
use serde::Serialize;
use utoipa::ToSchema;
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
}

impl From<PoolEntry> for PoolEntryView {
    fn from(e: PoolEntry) -> Self {
        PoolEntryView {
            id: e.id,
            email: e.email,
            profile: e.profile,
            source: e.source,
            imported_at: e.created_at,
        }
    }
}

/// The organisation's talent pool, oldest first.
#[utoipa::path(
    get, path = "/orgs/{org}/talent-pool", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<PoolEntryView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_talent_pool(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<PoolEntryView>>, ApiError> {
    let page = state.store.talent_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, PoolEntryView::from)))
}
