//! The signed-in person: who they are, where they belong, where they are logged in.

use crate::auth::AccountCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath};
use crate::services::accounts;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_domain::language::Lang;
use cohort_store::Store;
use cohort_store::users::User;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// The signed-in person.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeResponse {
    /// The account's id.
    pub id: Uuid,
    /// The e-mail address (login).
    pub email: String,
    /// The name.
    pub name: String,
    /// True after logging in with a one-time password: change it before anything else.
    pub password_change_required: bool,
    /// When the account was created.
    pub created_at: DateTime<Utc>,
    /// The organisations this person belongs to, one entry per role.
    pub memberships: Vec<MembershipView>,
    /// The language they chose to read Cohort in (`en`, `nl`), or null for their browser's.
    #[schema(example = "nl")]
    pub language: Option<String>,
}

/// One role in one organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipView {
    /// The organisation's slug.
    pub org: String,
    /// The organisation's name.
    pub org_name: String,
    /// The role.
    #[schema(example = "recruiter")]
    pub role: String,
}

/// One logged-in browser.
#[derive(Debug, Serialize, ToSchema)]
pub struct SignInSessionView {
    /// The session's id (not its secret).
    pub id: Uuid,
    /// When it started.
    pub created_at: DateTime<Utc>,
    /// When it was last used (to the minute).
    pub last_seen_at: DateTime<Utc>,
    /// When it ends.
    pub expires_at: DateTime<Utc>,
    /// The address it started from.
    pub ip: Option<String>,
    /// The browser.
    pub user_agent: Option<String>,
    /// Whether this is the session of this request.
    pub current: bool,
}

pub(crate) async fn me_response(store: &Store, user: &User) -> Result<MeResponse, ApiError> {
    let memberships = store.memberships_of(user.id).await?;
    let orgs: HashMap<Uuid, _> = store
        .orgs_by_ids(memberships.iter().map(|m| m.org_id).collect())
        .await?
        .into_iter()
        .map(|org| (org.id, org))
        .collect();
    let memberships = memberships
        .into_iter()
        .filter_map(|m| {
            orgs.get(&m.org_id).map(|org| MembershipView {
                org: org.slug.clone(),
                org_name: org.name.clone(),
                role: m.role,
            })
        })
        .collect();
    Ok(MeResponse {
        id: user.id,
        email: user.email.clone(),
        name: user.name.clone(),
        password_change_required: user.must_change_password,
        created_at: user.created_at,
        memberships,
        language: user.language.clone(),
    })
}

/// The language to read Cohort in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageBody {
    /// `en`, `nl`, or null for the browser's (`Accept-Language`).
    #[schema(value_type = Option<String>, example = "nl")]
    pub language: Option<Lang>,
}

/// Chooses the language Cohort's pages speak to this person on every device (the switch at
/// the foot of every page does the same).
#[utoipa::path(
    put, path = "/me/language", tag = "me", request_body = LanguageBody,
    security(("session" = [])),
    responses(
        (status = 200, body = MeResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_language(
    State(state): State<AppState>,
    caller: AccountCaller,
    ApiJson(body): ApiJson<LanguageBody>,
) -> Result<Json<MeResponse>, ApiError> {
    let user = accounts::set_language(&state.store, caller.user.id, body.language).await?;
    Ok(Json(me_response(&state.store, &user).await?))
}

/// Who is signed in.
#[utoipa::path(
    get, path = "/me", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = MeResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_me(
    State(state): State<AppState>,
    caller: AccountCaller,
) -> Result<Json<MeResponse>, ApiError> {
    Ok(Json(me_response(&state.store, &caller.user).await?))
}

/// The browsers where this person is logged in.
#[utoipa::path(
    get, path = "/me/sessions", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<SignInSessionView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    caller: AccountCaller,
) -> Result<Json<Vec<SignInSessionView>>, ApiError> {
    let sessions = state.store.sessions_of(caller.user.id, Utc::now()).await?;
    Ok(Json(
        sessions
            .into_iter()
            .map(|s| SignInSessionView {
                current: s.id == caller.session.id,
                id: s.id,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                expires_at: s.expires_at,
                ip: s.ip,
                user_agent: s.user_agent,
            })
            .collect(),
    ))
}

/// Logs out another browser (or this one).
#[utoipa::path(
    delete, path = "/me/sessions/{id}", tag = "me",
    params(("id" = Uuid, Path, description = "The session's id")),
    security(("session" = [])),
    responses(
        (status = 204, description = "Ended"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no such session of yours", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_session(
    State(state): State<AppState>,
    caller: AccountCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    let own = id == caller.session.id;
    crate::services::accounts::end_session(&state.store, &caller.audit(), caller.user.id, id, own).await?;
    Ok(StatusCode::NO_CONTENT)
}
