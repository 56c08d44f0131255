//! Webhook endpoints (organisation admins): subscribe to event types, rotate the secret, ping,
//! read the delivery log, redeliver.

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Admins;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::webhooks::{self, EndpointAsked};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_store::webhooks::{Delivery, Endpoint};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// An endpoint as written.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndpointBody {
    /// Where deliveries go (http or https; not an internal address unless the operator allows).
    pub url: String,
    /// What it is for.
    #[serde(default)]
    pub description: String,
    /// Event types, e.g. `application.moved`, `offer.accepted`, or `*` for all.
    pub event_types: Vec<String>,
    /// Whether deliveries are made (default true).
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

/// An endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct EndpointView {
    /// Its id.
    pub id: Uuid,
    /// Where deliveries go.
    pub url: String,
    /// What it is for.
    pub description: String,
    /// Event types.
    pub event_types: Vec<String>,
    /// Whether deliveries are made.
    pub enabled: bool,
    /// Why it was disabled (e.g. the receiver answered 410 Gone).
    pub disabled_reason: Option<String>,
    /// The signing secret: only in the answers that create or rotate it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}

fn view(endpoint: Endpoint, reveal: bool) -> EndpointView {
    EndpointView {
        id: endpoint.id,
        url: endpoint.url,
        description: endpoint.description,
        event_types: endpoint.event_types,
        enabled: endpoint.disabled.is_none(),
        disabled_reason: endpoint.disabled.map(|(_, reason)| reason),
        secret: reveal.then_some(endpoint.secret),
        created_at: endpoint.created_at,
    }
}

impl From<EndpointBody> for EndpointAsked {
    fn from(b: EndpointBody) -> Self {
        EndpointAsked {
            url: b.url,
            description: b.description,
            event_types: b.event_types,
            enabled: b.enabled,
        }
    }
}

/// The organisation's webhook endpoints.
#[utoipa::path(
    get, path = "/orgs/{org}/webhooks", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<EndpointView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_webhooks(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<EndpointView>>, ApiError> {
    let page = state.store.endpoints_page(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, |e| view(e, false))))
}

/// Adds an endpoint; the answer carries its signing secret, shown this once.
#[utoipa::path(
    post, path = "/orgs/{org}/webhooks", tag = "webhooks", request_body = EndpointBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = EndpointView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (also an internal address)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_webhook(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<EndpointBody>,
) -> Result<(StatusCode, Json<EndpointView>), ApiError> {
    let allow_private = state.config.webhook_allow_private;
    let endpoint =
        webhooks::create(&state.store, &caller.audit(), caller.org.id, body.into(), allow_private).await?;
    Ok((StatusCode::CREATED, Json(view(endpoint, true))))
}

/// One endpoint.
#[utoipa::path(
    get, path = "/orgs/{org}/webhooks/{id}", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = EndpointView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_webhook(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<EndpointView>, ApiError> {
    Ok(Json(view(state.store.endpoint(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?, false)))
}

/// Changes an endpoint (re-enabling one that was disabled, too).
#[utoipa::path(
    put, path = "/orgs/{org}/webhooks/{id}", tag = "webhooks", request_body = EndpointBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = EndpointView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_webhook(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<EndpointBody>,
) -> Result<Json<EndpointView>, ApiError> {
    let allow_private = state.config.webhook_allow_private;
    let endpoint =
        webhooks::update(&state.store, &caller.audit(), caller.org.id, id, body.into(), allow_private)
            .await?;
    Ok(Json(view(endpoint, false)))
}

/// Removes an endpoint and its delivery log.
#[utoipa::path(
    delete, path = "/orgs/{org}/webhooks/{id}", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_webhook(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<StatusCode, ApiError> {
    webhooks::delete(&state.store, &caller.audit(), caller.org.id, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Rotates the signing secret; the previous one keeps signing (a second signature) for 24 hours.
#[utoipa::path(
    post, path = "/orgs/{org}/webhooks/{id}/rotate-secret", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = EndpointView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_webhook_secret(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<EndpointView>, ApiError> {
    Ok(Json(view(webhooks::rotate_secret(&state.store, &caller.audit(), caller.org.id, id).await?, true)))
}

/// A queued delivery.
#[derive(Debug, Serialize, ToSchema)]
pub struct Queued {
    /// The job that makes it.
    pub job_id: Uuid,
    /// The `webhook-id` it carries.
    pub webhook_id: String,
}

/// Sends a `webhook.test` ping to the endpoint.
#[utoipa::path(
    post, path = "/orgs/{org}/webhooks/{id}/test", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 202, body = Queued),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_webhook_test(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<(StatusCode, Json<Queued>), ApiError> {
    let (job_id, webhook_id) = webhooks::send_test(&state.store, caller.org.id, &caller.org.slug, id).await?;
    Ok((StatusCode::ACCEPTED, Json(Queued { job_id, webhook_id })))
}

/// One logged delivery attempt.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryView {
    /// Its id.
    pub id: Uuid,
    /// The `webhook-id` sent.
    pub webhook_id: String,
    /// The event type.
    pub event_type: String,
    /// Which attempt.
    pub attempt: u32,
    /// The receiver's HTTP status, if it answered.
    pub status_code: Option<u16>,
    /// What went wrong, if anything.
    pub error: Option<String>,
    /// How long it took.
    pub duration_ms: u32,
    /// When.
    pub at: DateTime<Utc>,
}

impl From<Delivery> for DeliveryView {
    fn from(d: Delivery) -> Self {
        DeliveryView {
            id: d.id,
            webhook_id: d.webhook_id,
            event_type: d.event_type,
            attempt: d.attempt,
            status_code: d.status_code,
            error: d.error,
            duration_ms: d.duration_ms,
            at: d.at,
        }
    }
}

/// An endpoint's delivery log, newest first.
#[utoipa::path(
    get, path = "/orgs/{org}/webhooks/{id}/deliveries", tag = "webhooks",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The endpoint's id"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<DeliveryView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_webhook_deliveries(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<DeliveryView>>, ApiError> {
    state.store.endpoint(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let page = state.store.deliveries_page(id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, DeliveryView::from)))
}

/// Path of one logged delivery.
#[derive(Debug, Deserialize)]
pub struct DeliveryPath {
    /// The endpoint.
    pub id: Uuid,
    /// The delivery.
    pub delivery: Uuid,
}

/// Sends a logged delivery again: same `webhook-id` and body, fresh timestamp and signature.
#[utoipa::path(
    post, path = "/orgs/{org}/webhooks/{id}/deliveries/{delivery}/redeliver", tag = "webhooks",
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The endpoint's id"),
        ("delivery" = Uuid, Path, description = "The delivery's id"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 202, body = Queued),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_redelivery(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiPath(DeliveryPath { id, delivery }): ApiPath<DeliveryPath>,
) -> Result<(StatusCode, Json<Queued>), ApiError> {
    let (job_id, webhook_id) = webhooks::redeliver(&state.store, caller.org.id, id, delivery).await?;
    Ok((StatusCode::ACCEPTED, Json(Queued { job_id, webhook_id })))
}
