//! The `case_studies` table.

use sea_orm::entity::prelude::*;

/// A case study in an organisation's library.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_studies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub brief: String,
    #[sea_orm(column_type = "Text")]
    pub rubric: String,
    pub hours_allowed: i32,
    pub reviewers_required: i32,
    pub late_policy: String,
    #[sea_orm(column_type = "Text")]
    pub attachments: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
