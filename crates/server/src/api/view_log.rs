//! The view log: the candidate learns when and why an organisation opened their application or
//! CV; the organisation's admins see who did.

use super::list::{ListQuery, ListResponse};
use crate::auth::caller::Admins;
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiQuery;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A view as the candidate sees it: which organisation, when, what and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct OwnView {
    /// The organisation's slug.
    pub organisation: String,
    /// When.
    pub at: DateTime<Utc>,
    /// `application` or `cv`.
    pub resource: String,
    /// Why: `recruitment`.
    pub purpose: String,
}

/// When and why organisations viewed the candidate's applications and CVs, newest first.
#[utoipa::path(
    get, path = "/me/profile-views", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<OwnView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_profile_views(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<OwnView>>, ApiError> {
    let views = state.store.views_of(caller.user.id).await?;
    let slugs: HashMap<Uuid, String> = state
        .store
        .orgs_by_ids(views.iter().map(|v| v.org_id).collect())
        .await?
        .into_iter()
        .map(|o| (o.id, o.slug))
        .collect();
    Ok(Json(
        views
            .into_iter()
            .map(|v| OwnView {
                organisation: slugs.get(&v.org_id).cloned().unwrap_or_default(),
                at: v.at,
                resource: v.resource,
                purpose: v.purpose,
            })
            .collect(),
    ))
}

/// Filters of the organisation's view log.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ViewsQuery {
    /// Of one candidate.
    pub candidate_id: Option<Uuid>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A view in full.
#[derive(Debug, Serialize, ToSchema)]
pub struct ViewRecord {
    /// Its id.
    pub id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The application.
    pub application_id: Option<Uuid>,
    /// `user` or `token`.
    pub viewer_kind: String,
    /// The viewer's id.
    pub viewer_id: Option<Uuid>,
    /// Their e-mail, or the token's name.
    pub viewer: String,
    /// `application` or `cv`.
    pub resource: String,
    /// Why.
    pub purpose: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// Who in the organisation viewed which candidate's data, when and why (admins).
#[utoipa::path(
    get, path = "/orgs/{org}/profile-views", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ViewsQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<ViewRecord>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_profile_views(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiQuery(query): ApiQuery<ViewsQuery>,
) -> Result<Json<ListResponse<ViewRecord>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let found = state.store.org_views(caller.org.id, query.candidate_id, page).await?;
    Ok(Json(ListResponse::from_page(found, |v| ViewRecord {
        id: v.id,
        candidate_id: v.candidate_id,
        application_id: v.application_id,
        viewer_kind: v.viewer_kind,
        viewer_id: v.viewer_id,
        viewer: v.viewer_label,
        resource: v.resource,
        purpose: v.purpose,
        at: v.at,
    })))
}
