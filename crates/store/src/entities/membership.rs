//! The `memberships` table.

use sea_orm::entity::prelude::*;

/// One row of `memberships`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The member.
    pub user_id: Uuid,
    /// The role (`admin`, `recruiter`, `interviewer`, `mentor`).
    pub role: String,
    /// When the role was given.
    pub created_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
