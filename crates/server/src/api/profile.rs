//! A candidate's own profile, kept on the account and reused for every application.

use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiJson;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use cohort_domain::candidate::CandidateProfile;

/// The signed-in candidate's profile (empty until saved).
#[utoipa::path(
    get, path = "/me/profile", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, description = "The profile", body = Object),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_profile(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<CandidateProfile>, ApiError> {
    let profile = state.store.profile(caller.user.id).await?;
    Ok(Json(profile.unwrap_or_else(|| CandidateProfile {
        name: caller.user.name.clone(),
        ..CandidateProfile::default()
    })))
}

/// Saves the profile: `{name, phone?, institution?, institution_country?, field_of_study?,
/// enrollment?: {start, end}, graduation?, skills, languages, work_authorisation, github?,
/// portfolio_url?}`.
#[utoipa::path(
    put, path = "/me/profile", tag = "me", request_body = Object,
    security(("session" = [])),
    responses(
        (status = 200, description = "The saved profile", body = Object),
        (status = 400, description = "`invalid_body`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_profile(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(profile): ApiJson<CandidateProfile>,
) -> Result<Json<CandidateProfile>, ApiError> {
    Ok(Json(crate::services::applications::save_profile(&state.store, caller.user.id, profile).await?))
}
