//! The `matching_runs` table.

use sea_orm::entity::prelude::*;

/// A proposed (then published) mentor matching for a programme.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "matching_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub program_id: Uuid,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub pairs: String,
    #[sea_orm(column_type = "Text")]
    pub unmatched: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub version: i32,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
