//! The `pending_registrations` table.

use sea_orm::entity::prelude::*;

/// One row of `pending_registrations`: an account asked for, waiting for its e-mail address to
/// be confirmed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pending_registrations")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The (normalised) e-mail address to confirm.
    pub email: String,
    /// The name given.
    pub name: String,
    /// The chosen password's hash (argon2id).
    pub password_hash: String,
    /// SHA-256 (hex) of the secret in the confirmation link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// When it was asked for.
    pub created_at: DateTimeUtc,
    /// When the link stops working.
    pub expires_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
