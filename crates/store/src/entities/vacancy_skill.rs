//! The `vacancy_skills` table: each vacancy's skills, lower-cased, for the job board's filter.

use sea_orm::entity::prelude::*;

/// One row of `vacancy_skills`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vacancy_skills")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The skill, lower-cased.
    pub skill: String,
    /// Required (or only preferred).
    pub required: bool,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
