//! The `idempotency_keys` table: the first response to each `Idempotency-Key`, to repeat it.

use sea_orm::entity::prelude::*;

/// One row of `idempotency_keys`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotency_keys")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose key it is.
    pub user_id: Uuid,
    /// The key the client chose.
    pub key: String,
    /// SHA-256 of the request it came with.
    pub request_hash: String,
    /// The response status.
    pub response_status: i32,
    /// The response body.
    #[sea_orm(column_type = "Text")]
    pub response_body: String,
    /// When.
    pub created_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
