//! The decision and the offer: the recruiter records the decision with its rationale, drafts and
//! sends an offer; only the candidate accepts or declines it, before it expires. Accepting fills
//! one of the vacancy's positions and moves the application to Onboarding.

use super::list::{ListQuery, ListResponse};
use crate::auth::caller::Recruiters;
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::versioning::{IfMatch, etag};
use crate::services::offers::{self, Answer};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::offer::{OfferMove, OfferStatus, Outcome, Terms};
use cohort_store::offers::{Decision, Offer};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// The decision on an application.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// `offer` or `reject`.
    #[schema(value_type = String)]
    pub outcome: Outcome,
    /// Why, for the file (never shown to the candidate).
    pub rationale: String,
    /// For `reject`: one of the organisation's rejection reasons.
    pub reason: Option<String>,
}

/// A recorded decision.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    /// `offer` or `reject`.
    #[schema(value_type = String)]
    pub outcome: Outcome,
    /// Why.
    pub rationale: String,
    /// Who decided.
    pub decided_by: Option<Uuid>,
    /// When.
    pub decided_at: DateTime<Utc>,
}

impl From<Decision> for DecisionView {
    fn from(d: Decision) -> Self {
        DecisionView {
            outcome: d.outcome,
            rationale: d.rationale,
            decided_by: d.decided_by,
            decided_at: d.decided_at,
        }
    }
}

/// Records the decision on an application in its Decision stage (If-Match: the application's
/// ETag). `reject` rejects it with the reason, in the same step; `offer` lets an offer be drafted.
#[utoipa::path(
    post, path = "/orgs/{org}/applications/{id}/decision", tag = "offers", request_body = DecisionBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = DecisionView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not_at_decision`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn record_decision(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<Json<DecisionView>, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.org_application(caller.org.id, id).await?.map(|a| a.version)) })
        .await?;
    let decision = crate::services::offers::decide(
        &state.store,
        &caller.audit(),
        caller.org.id,
        id,
        version,
        body.outcome,
        &body.rationale,
        body.reason.clone(),
    )
    .await?;
    Ok(Json(decision.into()))
}

/// The decision on an application, if recorded.
#[utoipa::path(
    get, path = "/orgs/{org}/applications/{id}/decision", tag = "offers",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = DecisionView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also before a decision)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_decision(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<DecisionView>, ApiError> {
    state.store.org_application(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    Ok(Json(state.store.decision(id).await?.ok_or_else(ApiError::not_found)?.into()))
}

/// An offer's terms and expiry.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferBody {
    /// `{"starts_on", "ends_on", "hours_per_week", "stipend": {"monthly_cents", "currency"} | null,
    /// "location", "team"}`.
    #[schema(value_type = Object)]
    pub terms: Terms,
    /// When it lapses unanswered.
    pub expires_at: DateTime<Utc>,
}

/// An offer.
#[derive(Debug, Serialize, ToSchema)]
pub struct OfferView {
    /// Its id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// `draft`, `sent`, `accepted`, `declined`, `expired` or `withdrawn`.
    #[schema(value_type = String)]
    pub status: OfferStatus,
    /// The terms.
    #[schema(value_type = Object)]
    pub terms: Terms,
    /// When it lapses unanswered.
    pub expires_at: DateTime<Utc>,
    /// When it was sent.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was answered, expired or withdrawn.
    pub answered_at: Option<DateTime<Utc>>,
    /// Why the candidate declined, if they said.
    pub decline_reason: Option<String>,
    /// Raised by every change (the ETag).
    pub version: i32,
}

impl From<Offer> for OfferView {
    fn from(o: Offer) -> Self {
        OfferView {
            id: o.id,
            application_id: o.application_id,
            vacancy_id: o.vacancy_id,
            status: o.status,
            terms: o.terms,
            expires_at: o.expires_at,
            sent_at: o.sent_at,
            answered_at: o.answered_at,
            decline_reason: o.decline_reason,
            version: o.version,
        }
    }
}

fn versioned(offer: Offer, status: StatusCode) -> Response {
    let tag = etag(offer.version);
    (status, [(header::ETAG, tag)], Json(OfferView::from(offer))).into_response()
}

/// Drafts an offer for an application the decision said to make one to.
#[utoipa::path(
    post, path = "/orgs/{org}/applications/{id}/offers", tag = "offers", request_body = OfferBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`decision_required`, `offer_open`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_offer(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<OfferBody>,
) -> Result<Response, ApiError> {
    let offer = crate::services::offers::draft(
        &state.store,
        &caller.audit(),
        caller.org.id,
        id,
        body.terms,
        body.expires_at,
    )
    .await?;
    Ok(versioned(offer, StatusCode::CREATED))
}

/// Filters of the offer list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct OfferQuery {
    /// Only this application's offers.
    pub application_id: Option<Uuid>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// Where the previous page ended.
    pub cursor: Option<String>,
}

/// The organisation's offers, newest first.
#[utoipa::path(
    get, path = "/orgs/{org}/offers", tag = "offers",
    params(("org" = String, Path, description = "The organisation's slug"), OfferQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<OfferView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_offers(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<OfferQuery>,
) -> Result<Json<ListResponse<OfferView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let page = state.store.org_offers(caller.org.id, query.application_id, page).await?;
    Ok(Json(ListResponse::from_page(page, OfferView::from)))
}

/// One offer, with its ETag.
#[utoipa::path(
    get, path = "/orgs/{org}/offers/{id}", tag = "offers",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The offer's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OfferView, headers(("etag" = String, description = "The version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_offer(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    Ok(versioned(
        state.store.offer(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?,
        StatusCode::OK,
    ))
}

/// Changes a draft's terms or expiry (If-Match).
#[utoipa::path(
    put, path = "/orgs/{org}/offers/{id}", tag = "offers", request_body = OfferBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The offer's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offer_refused`: no longer a draft", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_offer(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<OfferBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.offer(caller.org.id, id).await?.map(|o| o.version)) })
        .await?;
    let offer = crate::services::offers::revise(
        &state.store,
        &caller.audit(),
        caller.org.id,
        id,
        version,
        body.terms,
        body.expires_at,
    )
    .await?;
    Ok(versioned(offer, StatusCode::OK))
}

async fn org_act(
    state: &AppState,
    caller: &OrgCaller<Recruiters>,
    id: Uuid,
    version: i32,
    action: OfferMove,
) -> Result<Response, ApiError> {
    let offer = offers::act(&state.store, &caller.audit(), caller.org.id, id, version, action).await?;
    Ok(versioned(offer, StatusCode::OK))
}

/// Sends a draft to the candidate (If-Match).
#[utoipa::path(
    post, path = "/orgs/{org}/offers/{id}/send", tag = "offers",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The offer's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offer_refused`, `offer_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn send_offer(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    if_match: IfMatch,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.offer(caller.org.id, id).await?.map(|o| o.version)) })
        .await?;
    org_act(&state, &caller, id, version, OfferMove::Send).await
}

/// Withdraws a draft or sent offer (If-Match); the application stays at Decision.
#[utoipa::path(
    post, path = "/orgs/{org}/offers/{id}/withdraw", tag = "offers",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The offer's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offer_refused`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn withdraw_offer(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    if_match: IfMatch,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.offer(caller.org.id, id).await?.map(|o| o.version)) })
        .await?;
    org_act(&state, &caller, id, version, OfferMove::Withdraw).await
}

/// The candidate's offers (sent and answered), newest first.
#[utoipa::path(
    get, path = "/me/offers", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<OfferView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_offers(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<OfferView>>, ApiError> {
    Ok(Json(state.store.own_offers(caller.user.id).await?.into_iter().map(OfferView::from).collect()))
}

/// One of the candidate's offers.
#[utoipa::path(
    get, path = "/me/offers/{id}", tag = "me",
    params(("id" = Uuid, Path, description = "The offer's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_offer(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<OfferView>, ApiError> {
    Ok(Json(state.store.own_offer(caller.user.id, id).await?.ok_or_else(ApiError::not_found)?.into()))
}

/// Accepts an offer: one of the vacancy's positions is the candidate's, and the application moves
/// to Onboarding. Refused when it expired or every position is filled.
#[utoipa::path(
    post, path = "/me/offers/{id}/accept", tag = "me",
    params(("id" = Uuid, Path, description = "The offer's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also another candidate's offer)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offer_expired`, `offer_refused`, `positions_filled`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn accept_offer(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<OfferView>, ApiError> {
    Ok(Json(offers::answer(&state.store, &caller.audit(), caller.user.id, id, Answer::Accept).await?.into()))
}

/// Why the candidate declines (optional).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclineBody {
    /// The reason, if they want to say.
    pub reason: Option<String>,
}

/// Declines an offer; the application returns to the organisation's Decision.
#[utoipa::path(
    post, path = "/me/offers/{id}/decline", tag = "me", request_body = DeclineBody,
    params(("id" = Uuid, Path, description = "The offer's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = OfferView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offer_expired`, `offer_refused`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn decline_offer(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<DeclineBody>,
) -> Result<Json<OfferView>, ApiError> {
    let answer = Answer::Decline(body.reason);
    Ok(Json(offers::answer(&state.store, &caller.audit(), caller.user.id, id, answer).await?.into()))
}
