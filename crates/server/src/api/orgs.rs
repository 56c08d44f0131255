//! An organisation, as its members see it.

use crate::auth::OrgCaller;
use crate::auth::caller::{Admins, Members};
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiJson;
use crate::services::orgs;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use cohort_domain::access::Role;
use cohort_store::orgs::Org;
use serde::{Deserialize, Serialize};
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
    /// Its own website (the vacancies' structured data links the employer to it).
    #[schema(example = "https://acme.example")]
    pub website: Option<String>,
    /// The country its vacancies are in (ISO 3166-1 alpha-2).
    #[schema(example = "NL")]
    pub country: String,
    /// The language it works in (`en`, `nl`): readers who name none get it, and new vacancies
    /// are written in it unless they say otherwise.
    #[schema(example = "nl")]
    pub language: String,
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
    Json(response(caller.org, &caller.roles))
}

fn response(org: Org, roles: &[Role]) -> OrgResponse {
    OrgResponse {
        id: org.id,
        slug: org.slug,
        name: org.name,
        created_at: org.created_at,
        website: org.website,
        country: org.country,
        language: org.language,
        your_roles: roles.iter().map(|r| r.as_str().to_owned()).collect(),
    }
}

/// What an organisation says of itself.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgProfileBody {
    /// Its name (1 to 120 characters).
    #[schema(example = "Acme Internships B.V.")]
    pub name: String,
    /// Its own website, `https://…`; null or empty for none.
    #[schema(example = "https://acme.example")]
    pub website: Option<String>,
    /// The country its vacancies are in (ISO 3166-1 alpha-2): their address's country.
    #[schema(example = "NL")]
    pub country: String,
    /// The language it works in: `en` or `nl`; absent to keep it as it is.
    #[schema(example = "nl")]
    pub language: Option<String>,
}

/// Changes the organisation's name, website, country and language (admins).
#[utoipa::path(
    put, path = "/orgs/{org}", tag = "orgs", request_body = OrgProfileBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OrgResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_org(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<OrgProfileBody>,
) -> Result<Json<OrgResponse>, ApiError> {
    let org = orgs::update_profile(
        &state.store,
        &caller.audit(),
        &caller.org,
        &body.name,
        body.website.as_deref(),
        &body.country,
        body.language.as_deref(),
    )
    .await?;
    Ok(Json(response(org, &caller.roles)))
}
