//! Webhook endpoints: where an organisation's events are delivered, which events, and the secret
//! deliveries are signed with.

use crate::services::{Outcome, ServiceError};
use cohort_domain::audit::Action;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::webhooks::Endpoint;
use uuid::Uuid;

/// An endpoint as asked for.
#[derive(Debug)]
pub struct EndpointAsked {
    /// Where to deliver (https; not an internal address unless allowed).
    pub url: String,
    /// What it is for, at most 200 characters.
    pub description: String,
    /// The event types, or `["*"]`.
    pub event_types: Vec<String>,
    /// Whether deliveries go out.
    pub enabled: bool,
}

/// The endpoint's event types, checked along with its address and description.
async fn checked(asked: &EndpointAsked, allow_private: bool) -> Outcome<Vec<String>> {
    crate::jobs::webhooks::check_url(&asked.url, allow_private)
        .await
        .map_err(|m| ServiceError::invalid("url", m))?;
    let mut types: Vec<String> = asked.event_types.iter().map(|t| t.trim().to_owned()).collect();
    types.sort();
    types.dedup();
    if types.is_empty() || types.len() > 50 {
        return Err(ServiceError::invalid("event_types", problem::of("event-types")));
    }
    if let Some(unknown) =
        types.iter().find(|t| *t != "*" && *t != "webhook.test" && Action::parse(t).is_none())
    {
        return Err(ServiceError::invalid(
            "event_types",
            problem::of("event-type").text("given", unknown.clone()),
        ));
    }
    if asked.description.chars().count() > 200 {
        return Err(ServiceError::invalid("description", problem::too_long(200)));
    }
    Ok(types)
}

/// Adds an endpoint with a new signing secret (`allow_private`: whether internal addresses are
/// allowed, from the configuration).
pub async fn create(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    asked: EndpointAsked,
    allow_private: bool,
) -> Outcome<Endpoint> {
    let types = checked(&asked, allow_private).await?;
    let secret = crate::jobs::webhooks::new_secret().map_err(ServiceError::internal)?;
    let url = asked.url.trim().to_owned();
    let endpoint = store.create_endpoint(ctx, org_id, url, asked.description, types, secret).await?;
    if asked.enabled {
        return Ok(endpoint);
    }
    let change = (endpoint.url.clone(), endpoint.description.clone(), endpoint.event_types.clone(), false);
    Ok(store.update_endpoint(ctx, org_id, endpoint.id, change).await?)
}

/// Changes an endpoint's address, description, events and whether it is on.
pub async fn update(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    asked: EndpointAsked,
    allow_private: bool,
) -> Outcome<Endpoint> {
    store.endpoint(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let types = checked(&asked, allow_private).await?;
    let change = (asked.url.trim().to_owned(), asked.description, types, asked.enabled);
    Ok(store.update_endpoint(ctx, org_id, id, change).await?)
}

/// Removes an endpoint and its delivery log.
pub async fn delete(store: &Store, ctx: &Context, org_id: Uuid, id: Uuid) -> Outcome<()> {
    if store.delete_endpoint(ctx, org_id, id).await? { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// Gives an endpoint a new signing secret.
pub async fn rotate_secret(store: &Store, ctx: &Context, org_id: Uuid, id: Uuid) -> Outcome<Endpoint> {
    let secret = crate::jobs::webhooks::new_secret().map_err(ServiceError::internal)?;
    Ok(store.rotate_endpoint_secret(ctx, org_id, id, secret).await?)
}

/// Queues a `webhook.test` delivery to the endpoint; the job and the webhook id it is signed with.
pub async fn send_test(store: &Store, org_id: Uuid, org_slug: &str, id: Uuid) -> Outcome<(Uuid, String)> {
    store.endpoint(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let webhook_id = format!("msg_{}", Uuid::now_v7().simple());
    let body = serde_json::json!({ "type": "webhook.test", "timestamp": chrono::Utc::now(), "data": { "org": org_slug } });
    let job_id = store
        .enqueue_webhook(org_id, id, webhook_id.clone(), "webhook.test".into(), body.to_string())
        .await?;
    Ok((job_id, webhook_id))
}

/// Queues a logged delivery again, as it was (same webhook id, so receivers can tell).
pub async fn redeliver(store: &Store, org_id: Uuid, id: Uuid, delivery: Uuid) -> Outcome<(Uuid, String)> {
    store.endpoint(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let (webhook_id, event_type, body) =
        store.delivery_body(id, delivery).await?.ok_or(ServiceError::NotFound)?;
    let job_id = store.enqueue_webhook(org_id, id, webhook_id.clone(), event_type, body).await?;
    Ok((job_id, webhook_id))
}
