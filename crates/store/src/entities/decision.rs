//! The `decisions` table.

use sea_orm::entity::prelude::*;

/// The decision on an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: Uuid,
    pub outcome: String,
    #[sea_orm(column_type = "Text")]
    pub rationale: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
