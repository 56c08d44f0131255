//! The `password_tokens` table.

use sea_orm::entity::prelude::*;

/// One row of `password_tokens`: a link that lets its holder choose the account's password.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "password_tokens")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose password the link sets.
    pub user_id: Uuid,
    /// `reset` (asked for by the person) or `invitation` (sent by an administrator).
    pub purpose: String,
    /// SHA-256 (hex) of the secret in the link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// The organisation that invited the person (invitations only).
    pub org_id: Option<Uuid>,
    /// When the link was made.
    pub created_at: DateTimeUtc,
    /// When it stops working.
    pub expires_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
