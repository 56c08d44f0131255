//! An organisation, as its members see it.

use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::Problem;
use axum::Json;
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
pub async fn get_org(caller: OrgCaller<Members>) -> Json<OrgResponse> {
    let org = caller.org;
    Json(OrgResponse {
        id: org.id,
        slug: org.slug,
        name: org.name,
        created_at: org.created_at,
        your_roles: caller.roles.iter().map(|r| r.as_str().to_owned()).collect(),
    })
}
