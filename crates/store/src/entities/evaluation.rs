//! The `evaluations` table.

use sea_orm::entity::prelude::*;

/// A midterm or final evaluation by the mentor or the intern.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evaluations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub intern_id: Uuid,
    pub kind: String,
    pub author: String,
    pub author_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub ratings: String,
    #[sea_orm(column_type = "Text")]
    pub comments: String,
    pub submitted_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
