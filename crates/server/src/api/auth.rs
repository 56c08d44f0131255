//! Registering, logging in and out, changing the password, resetting a forgotten one.

use super::me::{MeResponse, me_response};
use crate::auth::{AccountCaller, CONFIRMATION_LIFETIME, RESET_LIFETIME, SESSION_LIFETIME};
use crate::error::{ApiError, Problem};
use crate::http::context::RequestMeta;
use crate::http::extract::ApiJson;
use crate::i18n::Reader;
use crate::services::accounts::{self, LoggedIn};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A new candidate account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// Your e-mail address: your login.
    #[schema(example = "ada@student.tudelft.nl")]
    pub email: String,
    /// 8 to 128 characters; common passwords are refused.
    #[schema(example = "tulips in Delft at dawn")]
    pub password: String,
    /// How you want to be called.
    #[schema(example = "Ada Lovelace")]
    pub name: String,
}

/// E-mail and password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The account's e-mail address.
    pub email: String,
    /// Its password.
    pub password: String,
}

/// The current password and the new one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    /// The password (or one-time password) you logged in with.
    pub current_password: String,
    /// 8 to 128 characters; common passwords are refused.
    pub new_password: String,
}

/// Asks for a candidate account.
///
/// Nothing is made yet: the address gets an e-mail with a link that works for 24 hours and makes the account (`POST /auth/register/confirm` with its
/// token). An address that has an account gets a notice to its owner instead, and the answer
/// is the same, so registering tells no one whether an address has an account.
#[utoipa::path(
    post, path = "/auth/register", tag = "auth", request_body = RegisterRequest,
    responses(
        (status = 202, description = "The confirmation e-mail is on its way", body = RegistrationStarted),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_registrations` from this address in the last hour (`Retry-After` says when to try again)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn register_account(
    State(state): State<AppState>,
    Reader(language): Reader,
    meta: RequestMeta,
    ApiJson(body): ApiJson<RegisterRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let fields = accounts::Registration {
        email: &body.email,
        password: &body.password,
        name: &body.name,
        next: "/me",
        language,
    };
    let email = accounts::register(&state.store, state.config.registration_limit(), &meta, fields).await?;
    let started = RegistrationStarted {
        email: email.as_str().to_owned(),
        expires_in_hours: CONFIRMATION_LIFETIME.num_hours(),
    };
    Ok((StatusCode::ACCEPTED, axum::Json(started)))
}

/// A registration waiting for its address to be confirmed.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationStarted {
    /// Where the confirmation link went.
    #[schema(example = "ada@student.tudelft.nl")]
    pub email: String,
    /// How long the link works.
    #[schema(example = 24)]
    pub expires_in_hours: i64,
}

/// The token from a confirmation link (`/register/confirm?token=…`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmRequest {
    /// The link's `token`.
    pub token: String,
}

/// Confirms a registration with the token from its e-mail: makes the account and logs it in.
#[utoipa::path(
    post, path = "/auth/register/confirm", tag = "auth", request_body = ConfirmRequest,
    responses(
        (status = 201, description = "Registered and logged in; the session cookie is set", body = MeResponse),
        (status = 404, description = "`confirmation_invalid`: the link was used already or expired", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`email_taken`: the address got an account in the meantime; log in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_account(
    State(state): State<AppState>,
    meta: RequestMeta,
    ApiJson(body): ApiJson<ConfirmRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let logged_in = accounts::confirm_registration(&state.store, &meta, &body.token).await?;
    Ok((StatusCode::CREATED, signed_in(&state, logged_in).await?))
}

/// Logs in with e-mail and password; sets the session cookie.
///
/// Failed logins are limited per account and per address (429 with `Retry-After`). An unknown
/// e-mail and a wrong password get the same answer.
#[utoipa::path(
    post, path = "/auth/login", tag = "auth", request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in; the session cookie is set", body = MeResponse),
        (status = 401, description = "`invalid_credentials`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_attempts`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_session(
    State(state): State<AppState>,
    meta: RequestMeta,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let logged_in =
        accounts::log_in(&state.store, &state.decoy_hash, &meta, &body.email, &body.password).await?;
    signed_in(&state, logged_in).await
}

/// Logs out: ends this session and clears the cookie.
#[utoipa::path(
    post, path = "/auth/logout", tag = "auth",
    security(("session" = [])),
    responses(
        (status = 204, description = "Logged out"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_current_session(
    State(state): State<AppState>,
    caller: AccountCaller,
) -> Result<impl IntoResponse, ApiError> {
    accounts::end_session(&state.store, &caller.audit(), caller.user.id, caller.session.id, true).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::SET_COOKIE, session_cookie(&state, "", 0)?);
    Ok((StatusCode::NO_CONTENT, headers))
}

/// Changes the password. Every session of the account ends; this browser gets a new one.
#[utoipa::path(
    post, path = "/auth/password", tag = "auth", request_body = ChangePasswordRequest,
    security(("session" = [])),
    responses(
        (status = 200, description = "Changed; a new session cookie is set", body = MeResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_password(
    State(state): State<AppState>,
    caller: AccountCaller,
    ApiJson(body): ApiJson<ChangePasswordRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let logged_in = accounts::change_password(
        &state.store,
        &caller.audit(),
        &caller.meta,
        &caller.user,
        Some(&body.current_password),
        &body.new_password,
    )
    .await?;
    signed_in(&state, logged_in).await
}

/// An address that forgot its password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    /// The account's e-mail address.
    #[schema(example = "ada@student.tudelft.nl")]
    pub email: String,
}

/// A reset asked for.
#[derive(Debug, Serialize, ToSchema)]
pub struct PasswordResetStarted {
    /// How long the link works, when the address has an account.
    #[schema(example = 60)]
    pub expires_in_minutes: i64,
}

/// Asks for a link that sets a new password.
///
/// When the address has an account, it gets an e-mail with a link (`/password/reset?token=…`)
/// that works once, for an hour; using it ends every session of the account. The answer is the
/// same whether or not the address has an account. Requests are limited per address and per
/// network like logins (429 with `Retry-After`).
#[utoipa::path(
    post, path = "/auth/password-reset", tag = "auth", request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "If the address has an account, the e-mail is on its way", body = PasswordResetStarted),
        (status = 422, description = "`validation_failed`: not an e-mail address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_reset_requests` (`Retry-After` says when to try again)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_password_reset(
    State(state): State<AppState>,
    Reader(language): Reader,
    meta: RequestMeta,
    ApiJson(body): ApiJson<PasswordResetRequest>,
) -> Result<impl IntoResponse, ApiError> {
    accounts::request_password_reset(&state.store, &meta, &body.email, language).await?;
    let started = PasswordResetStarted { expires_in_minutes: RESET_LIFETIME.num_minutes() };
    Ok((StatusCode::ACCEPTED, axum::Json(started)))
}

/// The token of a reset or invitation link, and the password to set.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordLinkRequest {
    /// The link's `token`.
    pub token: String,
    /// 8 to 128 characters; common passwords are refused.
    pub password: String,
}

/// Sets a new password with the token of a reset link (or an invitation's first one) and logs
/// in. Every other session of the account ends; the link works once.
#[utoipa::path(
    post, path = "/auth/password-reset/confirm", tag = "auth", request_body = PasswordLinkRequest,
    responses(
        (status = 200, description = "Set and logged in; the session cookie is set", body = MeResponse),
        (status = 404, description = "`password_link_invalid`: the link was used already or expired", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_forgotten_password(
    State(state): State<AppState>,
    meta: RequestMeta,
    ApiJson(body): ApiJson<PasswordLinkRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let (logged_in, _) =
        accounts::use_password_link(&state.store, &meta, &body.token, &body.password).await?;
    signed_in(&state, logged_in).await
}

async fn signed_in(state: &AppState, logged_in: LoggedIn) -> Result<impl IntoResponse + use<>, ApiError> {
    let cookie = session_cookie(state, &logged_in.secret, SESSION_LIFETIME.num_seconds())?;
    let me = me_response(&state.store, &logged_in.user).await?;
    Ok(([(header::SET_COOKIE, cookie)], axum::Json(me)))
}

/// The session cookie for `secret` (empty with `max_age` 0 to sign out).
pub(crate) fn session_cookie(state: &AppState, secret: &str, max_age: i64) -> Result<HeaderValue, ApiError> {
    crate::http::cookies::session(&state.config, secret, max_age)
        .ok_or_else(|| ApiError::internal("a session cookie that is no header value"))
}
