//! The `offers` table.

use sea_orm::entity::prelude::*;

/// An offer to one candidate.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "offers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub application_id: Uuid,
    pub vacancy_id: Uuid,
    pub candidate_id: Uuid,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub terms: String,
    pub expires_at: DateTimeUtc,
    pub version: i32,
    #[sea_orm(column_type = "Text")]
    pub decline_reason: Option<String>,
    pub sent_at: Option<DateTimeUtc>,
    pub answered_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
