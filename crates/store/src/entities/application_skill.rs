//! The `application_skills` table: each application's skills, lower-cased, for exact filtering.

use sea_orm::entity::prelude::*;

/// One row of `application_skills`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_skills")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Its organisation (so that a filter stays within one).
    pub org_id: Uuid,
    /// The skill, lower-cased.
    pub skill: String,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
