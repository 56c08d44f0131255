//! The `consents` table.

use sea_orm::entity::prelude::*;

/// A consent for one purpose, given to one organisation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub org_id: Uuid,
    pub purpose: String,
    pub notice_version: String,
    pub given_at: DateTimeUtc,
    pub withdrawn_at: Option<DateTimeUtc>,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
