//! An organisation, as its members see it.

use crate::app::AppState;
use crate::auth::caller::Members;
use crate::auth::{OrgCaller, Principal};
use crate::error::{ApiError, Problem};
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// An organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrgResponse {
    /// Its id.
    pub id: Uuid,
    /// Its address in URLs.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// The caller's roles here.
    pub your_roles: Vec<String>,
}

/// The organisation (any member, or a token of it).
#[utoipa::path(
    get, path = "/orgs/{org}", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OrgResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_org(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<OrgResponse>, ApiError> {
    let your_roles = match &caller.principal {
        Principal::Person { user, .. } => state.store.roles_in(caller.org.id, user.id).await?,
        Principal::Token(token) => token.role.parse().into_iter().collect(),
    };
    let org = caller.org;
    Ok(Json(OrgResponse {
        id: org.id,
        slug: org.slug,
        name: org.name,
        created_at: org.created_at,
        your_roles: your_roles.into_iter().map(|r| r.as_str().to_owned()).collect(),
    }))
}
