//! An organisation's API tokens (admins only).

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Admins;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::tokens;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_store::api_tokens::ApiToken;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// An API token (never its secret).
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiTokenView {
    /// Its id.
    pub id: Uuid,
    /// What it is for.
    pub name: String,
    /// The role it acts with.
    #[schema(example = "recruiter")]
    pub role: String,
    /// Who created it (null when the operator did).
    pub created_by: Option<Uuid>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it stops working (null: never).
    pub expires_at: Option<DateTime<Utc>>,
    /// When it was revoked (null: it was not).
    pub revoked_at: Option<DateTime<Utc>>,
    /// When it was last used (to the minute).
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<ApiToken> for ApiTokenView {
    fn from(t: ApiToken) -> Self {
        ApiTokenView {
            id: t.id,
            name: t.name,
            role: t.role,
            created_by: t.created_by,
            created_at: t.created_at,
            expires_at: t.expires_at,
            revoked_at: t.revoked_at,
            last_used_at: t.last_used_at,
        }
    }
}

/// A token to create.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiTokenRequest {
    /// What it is for.
    #[schema(example = "HR system sync")]
    pub name: String,
    /// The role it acts with: `admin`, `recruiter`, `interviewer` or `mentor`.
    #[schema(example = "recruiter")]
    pub role: String,
    /// When it stops working (default: never).
    pub expires_at: Option<DateTime<Utc>>,
}

/// A new token with its secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedApiToken {
    /// The token.
    pub token: ApiTokenView,
    /// Send as `Authorization: Bearer <secret>`. Store it now: it is never shown again.
    #[schema(example = "cohort_pat_3q2-7wEvUj3F3b5mXx1l0S0fP6m4cXk9v6fJtq8GJ1M")]
    pub secret: String,
}

/// The tokens, revoked ones included, oldest first.
#[utoipa::path(
    get, path = "/orgs/{org}/api-tokens", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<ApiTokenView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_api_tokens(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<ApiTokenView>>, ApiError> {
    let page = state.store.api_tokens_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, ApiTokenView::from)))
}

/// Creates a token; its secret is in this response only.
#[utoipa::path(
    post, path = "/orgs/{org}/api-tokens", tag = "orgs", request_body = CreateApiTokenRequest,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = CreatedApiToken),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_api_token(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<CreateApiTokenRequest>,
) -> Result<(StatusCode, Json<CreatedApiToken>), ApiError> {
    let created_by = caller.principal.user().map(|u| u.id);
    let (token, secret) = tokens::create(
        &state.store,
        &caller.audit(),
        caller.org.id,
        &body.name,
        &body.role,
        body.expires_at,
        created_by,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(CreatedApiToken { token: token.into(), secret })))
}

/// Revokes a token: it stops working at once.
#[utoipa::path(
    delete, path = "/orgs/{org}/api-tokens/{id}", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The token's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_api_token(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<StatusCode, ApiError> {
    crate::services::tokens::revoke(&state.store, &caller.audit(), caller.org.id, path.id).await?;
    Ok(StatusCode::NO_CONTENT)
}
