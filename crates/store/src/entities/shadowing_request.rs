//! The `shadowing_requests` table.

use sea_orm::entity::prelude::*;

/// An intern's request to shadow a team for a day.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "shadowing_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub intern_id: Uuid,
    pub team_id: Uuid,
    pub on_date: Date,
    pub week_of: Date,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
