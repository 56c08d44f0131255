//! Webhook endpoints and their delivery log. Deliveries themselves are jobs (see `jobs`): an
//! outbox event makes one per subscribed, enabled endpoint.

use crate::audit::{self, Context, Event};
use crate::entities::{job, webhook_delivery, webhook_endpoint};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::audit::Action;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// How long the previous secret still signs after a rotation.
pub const ROTATION_OVERLAP_HOURS: i64 = 24;

/// An endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// Where deliveries go.
    pub url: String,
    /// What it is for.
    pub description: String,
    /// The event types it receives (`*` for all).
    pub event_types: Vec<String>,
    /// The signing secret, `whsec_...`.
    pub secret: String,
    /// The secret before the last rotation, still signing until `previous_secret_until`.
    pub previous_secret: Option<(String, DateTime<Utc>)>,
    /// When and why it was disabled.
    pub disabled: Option<(DateTime<Utc>, String)>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}

impl Endpoint {
    /// Whether it takes events of `topic`.
    pub fn wants(&self, topic: &str) -> bool {
        self.disabled.is_none() && self.event_types.iter().any(|t| t == "*" || t == topic)
    }

    /// The secrets that sign a delivery now: the current one, and the previous one during the
    /// rotation overlap.
    pub fn signing_secrets(&self, now: DateTime<Utc>) -> Vec<&str> {
        let mut secrets = vec![self.secret.as_str()];
        if let Some((previous, until)) = &self.previous_secret
            && *until > now
        {
            secrets.push(previous);
        }
        secrets
    }
}

fn from_row(row: webhook_endpoint::Model) -> Result<Endpoint, StoreError> {
    Ok(Endpoint {
        id: row.id,
        org_id: row.org_id,
        url: row.url,
        description: row.description,
        event_types: serde_json::from_str(&row.event_types).map_err(corrupt)?,
        secret: row.secret,
        previous_secret: row.previous_secret.zip(row.previous_secret_until),
        disabled: row.disabled_at.zip(row.disabled_reason),
        created_at: row.created_at,
    })
}

/// One delivery attempt, as logged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// Its id.
    pub id: Uuid,
    /// The job (redelivering makes a new one).
    pub job_id: Uuid,
    /// The `webhook-id` sent (the same on every retry).
    pub webhook_id: String,
    /// The event type.
    pub event_type: String,
    /// Which attempt of the job.
    pub attempt: u32,
    /// The HTTP status answered, if any.
    pub status_code: Option<u16>,
    /// What went wrong, if anything.
    pub error: Option<String>,
    /// How long it took.
    pub duration_ms: u32,
    /// When.
    pub at: DateTime<Utc>,
}

/// Plans the webhook calls of an event: one per subscribed endpoint of its organisation.
pub struct WebhookPlanner;

impl crate::jobs::Planner for WebhookPlanner {
    fn plan<'a>(
        &'a self,
        reader: crate::jobs::Reader<'a>,
        event: &'a crate::outbox::OutboxMessage,
        now: DateTime<Utc>,
    ) -> futures::future::BoxFuture<'a, Result<Vec<crate::jobs::NewJob>, StoreError>> {
        futures::FutureExt::boxed(webhook_jobs(reader.0, event, now))
    }
}

/// The jobs an event makes for the organisation's endpoints: one per subscribed endpoint, the
/// body fixed now so that every retry sends the same bytes under the same `webhook-id`.
async fn webhook_jobs(
    tx: &impl ConnectionTrait,
    event: &crate::outbox::OutboxMessage,
    now: DateTime<Utc>,
) -> Result<Vec<crate::jobs::NewJob>, StoreError> {
    let Some(org_id) = event.org_id else { return Ok(Vec::new()) };
    let endpoints = webhook_endpoint::Entity::find()
        .filter(webhook_endpoint::Column::OrgId.eq(org_id))
        .filter(webhook_endpoint::Column::DisabledAt.is_null())
        .limit(100)
        .all(tx)
        .await?;
    let mut jobs = Vec::new();
    for endpoint in endpoints.into_iter().map(from_row) {
        let endpoint = endpoint?;
        if !endpoint.wants(&event.topic) {
            continue;
        }
        let body = serde_json::json!({
            "type": event.topic,
            "timestamp": now,
            "data": event.payload["data"],
            "subject": event.payload["subject"],
        });
        jobs.push(crate::jobs::NewJob {
            kind: "webhook".into(),
            dedupe_key: format!("{}:webhook:{}", event.id, endpoint.id),
            org_id: Some(org_id),
            payload: serde_json::json!({
                "endpoint_id": endpoint.id,
                "webhook_id": format!("msg_{}", event.id.simple()),
                "type": event.topic,
                "body": body.to_string(),
            }),
        });
    }
    Ok(jobs)
}

impl Store {
    /// Adds an endpoint.
    pub async fn create_endpoint(
        &self,
        ctx: &Context,
        org_id: Uuid,
        url: String,
        description: String,
        event_types: Vec<String>,
        secret: String,
    ) -> Result<Endpoint, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let row = webhook_endpoint::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        url: Set(url.clone()),
                        description: Set(description),
                        event_types: Set(serde_json::to_string(&event_types).map_err(corrupt)?),
                        secret: Set(secret),
                        previous_secret: Set(None),
                        previous_secret_until: Set(None),
                        disabled_at: Set(None),
                        disabled_reason: Set(None),
                        created_at: Set(now),
                        updated_at: Set(now),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::WebhookChanged, Some(org_id), "webhook_endpoint", row.id)
                        .with_details(serde_json::json!({ "created": url }));
                    audit::append(tx, &ctx, event).await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// Changes an endpoint's address, event types, description, or whether it is enabled.
    pub async fn update_endpoint(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        change: (String, String, Vec<String>, bool),
    ) -> Result<Endpoint, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let (url, description, event_types, enabled) = change;
                    let current = webhook_endpoint::Entity::find_by_id(id)
                        .filter(webhook_endpoint::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    let (disabled_at, disabled_reason) = match (enabled, current.disabled_at) {
                        (true, _) => (None, None),
                        (false, Some(at)) => (Some(at), current.disabled_reason.clone()),
                        (false, None) => (Some(Utc::now()), Some("disabled by an administrator".into())),
                    };
                    let row = webhook_endpoint::ActiveModel {
                        id: Set(id),
                        url: Set(url),
                        description: Set(description),
                        event_types: Set(serde_json::to_string(&event_types).map_err(corrupt)?),
                        disabled_at: Set(disabled_at),
                        disabled_reason: Set(disabled_reason),
                        updated_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::WebhookChanged, Some(org_id), "webhook_endpoint", id),
                    )
                    .await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// Replaces the signing secret; the old one keeps signing for a day, so receivers can switch.
    pub async fn rotate_endpoint_secret(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        secret: String,
    ) -> Result<Endpoint, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = webhook_endpoint::Entity::find_by_id(id)
                        .filter(webhook_endpoint::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    let row = webhook_endpoint::ActiveModel {
                        id: Set(id),
                        secret: Set(secret),
                        previous_secret: Set(Some(current.secret)),
                        previous_secret_until: Set(Some(
                            Utc::now() + Duration::hours(ROTATION_OVERLAP_HOURS),
                        )),
                        updated_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event = Event::new(Action::WebhookChanged, Some(org_id), "webhook_endpoint", id)
                        .with_details(serde_json::json!({ "secret": "rotated" }));
                    audit::append(tx, &ctx, event).await?;
                    from_row(row)
                }
                .boxed()
            })
            .await
    }

    /// Removes an endpoint and its log; `false` when there is none.
    pub async fn delete_endpoint(&self, ctx: &Context, org_id: Uuid, id: Uuid) -> Result<bool, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let deleted = webhook_endpoint::Entity::delete_many()
                        .filter(webhook_endpoint::Column::Id.eq(id))
                        .filter(webhook_endpoint::Column::OrgId.eq(org_id))
                        .exec(tx)
                        .await?;
                    if deleted.rows_affected == 0 {
                        return Ok(false);
                    }
                    let event = Event::new(Action::WebhookChanged, Some(org_id), "webhook_endpoint", id)
                        .with_details(serde_json::json!({ "deleted": true }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(true)
                }
                .boxed()
            })
            .await
    }

    /// Disables an endpoint (its receiver answered 410 Gone).
    pub async fn disable_endpoint(&self, id: Uuid, reason: String) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    let Some(current) = webhook_endpoint::Entity::find_by_id(id).one(tx).await? else {
                        return Ok(());
                    };
                    webhook_endpoint::ActiveModel {
                        id: Set(id),
                        disabled_at: Set(Some(Utc::now())),
                        disabled_reason: Set(Some(reason.clone())),
                        updated_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event =
                        Event::new(Action::WebhookChanged, Some(current.org_id), "webhook_endpoint", id)
                            .with_details(serde_json::json!({ "disabled": reason }));
                    audit::append(tx, &Context::operator(), event).await
                }
                .boxed()
            })
            .await
    }

    /// One endpoint of the organisation.
    pub async fn endpoint(&self, org_id: Uuid, id: Uuid) -> Result<Option<Endpoint>, StoreError> {
        webhook_endpoint::Entity::find_by_id(id)
            .filter(webhook_endpoint::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(from_row)
            .transpose()
    }

    /// An endpoint by id alone (for deliveries).
    pub async fn endpoint_by_id(&self, id: Uuid) -> Result<Option<Endpoint>, StoreError> {
        webhook_endpoint::Entity::find_by_id(id).one(&self.read).await?.map(from_row).transpose()
    }

    /// The organisation's endpoints, oldest first.
    pub async fn endpoints_page(
        &self,
        org_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<Endpoint>, StoreError> {
        let mut query = webhook_endpoint::Entity::find().filter(webhook_endpoint::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(webhook_endpoint::Column::Id.gt(after));
        }
        let rows =
            query.order_by_asc(webhook_endpoint::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |e| e.id))
    }

    /// Logs one delivery attempt.
    pub async fn record_delivery(&self, endpoint_id: Uuid, delivery: Delivery) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    webhook_delivery::ActiveModel {
                        id: Set(delivery.id),
                        endpoint_id: Set(endpoint_id),
                        job_id: Set(delivery.job_id),
                        webhook_id: Set(delivery.webhook_id),
                        event_type: Set(delivery.event_type),
                        attempt: Set(i32::try_from(delivery.attempt).unwrap_or(i32::MAX)),
                        status_code: Set(delivery.status_code.map(i32::from)),
                        error: Set(delivery.error),
                        duration_ms: Set(i32::try_from(delivery.duration_ms).unwrap_or(i32::MAX)),
                        at: Set(delivery.at),
                    }
                    .insert(tx)
                    .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// An endpoint's delivery log, newest first.
    pub async fn deliveries_page(
        &self,
        endpoint_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<Delivery>, StoreError> {
        let mut query =
            webhook_delivery::Entity::find().filter(webhook_delivery::Column::EndpointId.eq(endpoint_id));
        if let Some(after) = page.after {
            query = query.filter(webhook_delivery::Column::Id.lt(after));
        }
        let rows =
            query.order_by_desc(webhook_delivery::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows
            .into_iter()
            .map(|r| Delivery {
                id: r.id,
                job_id: r.job_id,
                webhook_id: r.webhook_id,
                event_type: r.event_type,
                attempt: u32::try_from(r.attempt).unwrap_or(0),
                status_code: r.status_code.and_then(|c| u16::try_from(c).ok()),
                error: r.error,
                duration_ms: u32::try_from(r.duration_ms).unwrap_or(0),
                at: r.at,
            })
            .collect();
        Ok(Page::from_overfetch(items, page.limit, |d| d.id))
    }

    /// Queues a delivery outside the outbox: a test ping, or a redelivery of a logged one
    /// (same `webhook-id` and body, new job).
    pub async fn enqueue_webhook(
        &self,
        org_id: Uuid,
        endpoint_id: Uuid,
        webhook_id: String,
        event_type: String,
        body: String,
    ) -> Result<Uuid, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    let key = Uuid::now_v7();
                    let job = crate::jobs::NewJob {
                        kind: "webhook".into(),
                        dedupe_key: format!("manual:{key}:webhook:{endpoint_id}"),
                        org_id: Some(org_id),
                        payload: serde_json::json!({
                            "endpoint_id": endpoint_id, "webhook_id": webhook_id, "type": event_type, "body": body,
                        }),
                    };
                    crate::jobs::insert(tx, job, Utc::now()).await
                }
                .boxed()
            })
            .await
    }

    /// The body a logged delivery sent (from its job), for redelivery.
    pub async fn delivery_body(
        &self,
        endpoint_id: Uuid,
        delivery_id: Uuid,
    ) -> Result<Option<(String, String, String)>, StoreError> {
        let Some(delivery) = webhook_delivery::Entity::find_by_id(delivery_id)
            .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id))
            .one(&self.read)
            .await?
        else {
            return Ok(None);
        };
        let Some(job) = job::Entity::find_by_id(delivery.job_id).one(&self.read).await? else {
            return Ok(None);
        };
        let payload: serde_json::Value = serde_json::from_str(&job.payload).map_err(corrupt)?;
        Ok(Some((
            delivery.webhook_id,
            delivery.event_type,
            payload["body"].as_str().unwrap_or_default().to_owned(),
        )))
    }
}
