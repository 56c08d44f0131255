//! The `scorecards` table.

use sea_orm::entity::prelude::*;

/// One interviewer's scorecard for one interview.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "scorecards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub interview_id: Uuid,
    pub application_id: Uuid,
    pub interviewer_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub ratings: String,
    pub recommendation: String,
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    pub submitted_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
