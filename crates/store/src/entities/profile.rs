//! The `profiles` table: a candidate's profile, kept on the account and reused.

use sea_orm::entity::prelude::*;

/// One row of `profiles`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "profiles")]
pub struct Model {
    /// The candidate.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The profile, as JSON.
    #[sea_orm(column_type = "Text")]
    pub data: String,
    /// When it was last changed.
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
