//! The `api_tokens` table.

use sea_orm::entity::prelude::*;

/// One row of `api_tokens`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation it acts for.
    pub org_id: Uuid,
    /// What it is for, in the creator's words.
    pub name: String,
    /// The role it acts with.
    pub role: String,
    /// SHA-256 of the secret: the secret is shown once and never stored.
    #[sea_orm(unique)]
    pub secret_hash: String,
    /// Who created it (none when the operator did, or the creator was erased).
    pub created_by: Option<Uuid>,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// When it stops working, if ever.
    pub expires_at: Option<DateTimeUtc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTimeUtc>,
    /// When it was last used (updated at most once a minute).
    pub last_used_at: Option<DateTimeUtc>,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
