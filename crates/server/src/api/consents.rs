//! The candidate's consents: the privacy notice each application was sent under, and the
//! consents given to organisations beyond it (keeping the data for future vacancies), which
//! they withdraw at any time.

use super::own_internship::OwnItemPath;
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_domain::privacy::ConsentPurpose;
use cohort_store::PageRequest;
use cohort_store::consents::Consent;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// The consent an application was sent with.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationConsent {
    /// The application.
    pub application_id: Uuid,
    /// The organisation's slug.
    pub organisation: String,
    /// The privacy notice's version.
    pub privacy_notice_version: String,
    /// When.
    pub consented_at: DateTime<Utc>,
}

/// A consent beyond the application.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentView {
    /// Its id.
    pub id: Uuid,
    /// The organisation's slug.
    pub organisation: String,
    /// `future_vacancies`.
    #[schema(value_type = String)]
    pub purpose: ConsentPurpose,
    /// What was agreed to.
    pub statement: String,
    /// The privacy notice's version.
    pub privacy_notice_version: String,
    /// When given.
    pub given_at: DateTime<Utc>,
    /// When withdrawn (null: in force).
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// Every consent of the candidate.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentsView {
    /// Per application: the privacy notice it was sent under (withdrawing the application
    /// ends it).
    pub applications: Vec<ApplicationConsent>,
    /// Consents beyond the application, newest first, withdrawn ones included.
    pub consents: Vec<ConsentView>,
}

async fn slugs(state: &AppState, ids: Vec<Uuid>) -> Result<HashMap<Uuid, String>, ApiError> {
    Ok(state.store.orgs_by_ids(ids).await?.into_iter().map(|o| (o.id, o.slug)).collect())
}

fn consent_view(c: Consent, slugs: &HashMap<Uuid, String>) -> ConsentView {
    ConsentView {
        id: c.id,
        organisation: slugs.get(&c.org_id).cloned().unwrap_or_default(),
        purpose: c.purpose,
        statement: c.purpose.statement().into(),
        privacy_notice_version: c.notice_version,
        given_at: c.given_at,
        withdrawn_at: c.withdrawn_at,
    }
}

/// The candidate's consents.
#[utoipa::path(
    get, path = "/me/consents", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = ConsentsView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_consents(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<ConsentsView>, ApiError> {
    let applications =
        state.store.own_applications(caller.user.id, PageRequest { limit: 200, after: None }).await?.items;
    let consents = state.store.consents(caller.user.id).await?;
    let ids = applications.iter().map(|a| a.org_id).chain(consents.iter().map(|c| c.org_id)).collect();
    let slugs = slugs(&state, ids).await?;
    Ok(Json(ConsentsView {
        applications: applications
            .into_iter()
            .map(|a| ApplicationConsent {
                application_id: a.id,
                organisation: slugs.get(&a.org_id).cloned().unwrap_or_default(),
                privacy_notice_version: a.consent_version,
                consented_at: a.consented_at,
            })
            .collect(),
        consents: consents.into_iter().map(|c| consent_view(c, &slugs)).collect(),
    }))
}

/// A consent to give.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentBody {
    /// The organisation's slug (one that holds an application of yours).
    pub organisation: String,
    /// `future_vacancies`.
    #[schema(value_type = String)]
    pub purpose: ConsentPurpose,
    /// The privacy notice's version you read (the current one).
    pub privacy_notice_version: String,
}

/// Gives a consent to an organisation that holds your application.
#[utoipa::path(
    post, path = "/me/consents", tag = "me", request_body = ConsentBody,
    security(("session" = [])),
    responses(
        (status = 201, body = ConsentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`consent_given`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `no_data_held`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_consent(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<ConsentBody>,
) -> Result<(StatusCode, Json<ConsentView>), ApiError> {
    let (given, org) = crate::services::privacy::give_consent(
        &state.store,
        &caller.audit(),
        caller.user.id,
        &body.organisation,
        body.purpose,
        body.privacy_notice_version,
    )
    .await?;
    let slugs = HashMap::from([(org.id, org.slug)]);
    Ok((StatusCode::CREATED, Json(consent_view(given, &slugs))))
}

/// Withdraws a consent, at once.
#[utoipa::path(
    post, path = "/me/consents/{id}/withdrawal", tag = "me",
    params(("id" = Uuid, Path, description = "The consent's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = ConsentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`consent_withdrawn`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
) -> Result<Json<ConsentView>, ApiError> {
    let withdrawn =
        crate::services::privacy::withdraw_consent(&state.store, &caller.audit(), caller.user.id, id).await?;
    let slugs = slugs(&state, vec![withdrawn.org_id]).await?;
    Ok(Json(consent_view(withdrawn, &slugs)))
}
