//! The `interns` table.

use sea_orm::entity::prelude::*;

/// An intern: a hired candidate in a programme.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interns")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub application_id: Uuid,
    pub user_id: Uuid,
    pub program_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    pub mentor_id: Option<Uuid>,
    pub name: String,
    pub starts_on: Date,
    pub ends_on: Date,
    #[sea_orm(column_type = "Text")]
    pub skills: String,
    #[sea_orm(column_type = "Text")]
    pub interests: String,
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub summary: Option<String>,
    pub completed_at: Option<DateTimeUtc>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When its personal data was erased (the row stays, anonymous, for the counts).
    pub erased_at: Option<DateTimeUtc>,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
