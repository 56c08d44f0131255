//! The outbox: every pipeline event is written here by the same unit of work as the change it
//! announces, so that e-mails and webhooks (delivered later, at least once) never announce a
//! change that was rolled back, nor miss one that was committed.

use crate::StoreError;
use crate::entities::outbox_message::{self, Column, Entity};
use crate::error::corrupt;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// Writes one event to the outbox within the caller's transaction.
pub(crate) async fn publish(
    tx: &impl ConnectionTrait,
    org_id: Option<Uuid>,
    topic: &str,
    subject_id: Uuid,
    payload: serde_json::Value,
) -> Result<(), StoreError> {
    outbox_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        org_id: Set(org_id),
        topic: Set(topic.to_owned()),
        subject_id: Set(subject_id),
        payload: Set(payload.to_string()),
        created_at: Set(Utc::now()),
        delivered_at: Set(None),
    }
    .insert(tx)
    .await?;
    Ok(())
}

/// One event in the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Its id (time-ordered).
    pub id: Uuid,
    /// The organisation it concerns.
    pub org_id: Option<Uuid>,
    /// What happened, e.g. `offer.accepted`.
    pub topic: String,
    /// The record it is about.
    pub subject_id: Uuid,
    /// Details.
    pub payload: serde_json::Value,
}

impl crate::Store {
    /// The latest events, delivered or not, newest first, at most `limit`.
    pub async fn recent_outbox(&self, limit: u64) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows = Entity::find().order_by_desc(Column::Id).limit(limit).all(&self.read).await?;
        rows.into_iter()
            .map(|row| {
                Ok(OutboxMessage {
                    id: row.id,
                    org_id: row.org_id,
                    topic: row.topic,
                    subject_id: row.subject_id,
                    payload: serde_json::from_str(&row.payload).map_err(corrupt)?,
                })
            })
            .collect()
    }
}
