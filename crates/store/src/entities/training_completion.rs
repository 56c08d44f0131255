//! The `training_completions` table.

use sea_orm::entity::prelude::*;

/// A training an intern completed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "training_completions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub intern_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub training_id: Uuid,
    pub session_id: Uuid,
    pub completed_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
