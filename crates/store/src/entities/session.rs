//! The `sessions` table.

use sea_orm::entity::prelude::*;

/// One row of `sessions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose session it is.
    pub user_id: Uuid,
    /// SHA-256 of the cookie secret: the secret itself is never stored.
    #[sea_orm(unique)]
    pub secret_hash: String,
    /// When the person logged in.
    pub created_at: DateTimeUtc,
    /// When the session was last used (updated at most once a minute).
    pub last_seen_at: DateTimeUtc,
    /// When it stops working.
    pub expires_at: DateTimeUtc,
    /// The address it was created from.
    pub ip: Option<String>,
    /// The browser it was created from.
    pub user_agent: Option<String>,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
