//! The `enrollments` table.

use sea_orm::entity::prelude::*;

/// An intern's place in a session.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enrollments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub session_id: Uuid,
    pub training_id: Uuid,
    pub intern_id: Uuid,
    pub seat: String,
    pub queued_at: DateTimeUtc,
    pub attended: Option<bool>,
    pub rating: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub comment: Option<String>,
    pub feedback_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
