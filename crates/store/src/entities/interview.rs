//! The `interviews` table.

use sea_orm::entity::prelude::*;

/// An interview of one application at one stage.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub application_id: Uuid,
    pub candidate_id: Uuid,
    pub stage: String,
    pub kind: String,
    pub minutes: i32,
    pub location: Option<String>,
    pub video_url: Option<String>,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub slots: String,
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    pub sequence: i32,
    pub version: i32,
    pub organizer_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub cancel_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
