//! The `mentors` table.

use sea_orm::entity::prelude::*;

/// A member's mentor profile in an organisation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentors")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub org_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub capacity: i32,
    #[sea_orm(column_type = "Text")]
    pub skills: String,
    #[sea_orm(column_type = "Text")]
    pub interests: String,
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    pub team_id: Option<Uuid>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
