//! The `case_reviews` table.

use sea_orm::entity::prelude::*;

/// One reviewer's grade of one assignment.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "case_reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub assignment_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub reviewer_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub scores: Option<String>,
    #[sea_orm(column_type = "Double")]
    pub total: Option<f64>,
    #[sea_orm(column_type = "Text")]
    pub comment: Option<String>,
    pub graded_at: Option<DateTimeUtc>,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
