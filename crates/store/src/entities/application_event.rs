//! The `application_events` table: every move of an application, append-only.

use sea_orm::entity::prelude::*;

/// One row of `application_events`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_events")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// When.
    pub at: DateTimeUtc,
    /// `candidate`, `user` or `token`.
    pub actor_kind: String,
    /// Who.
    pub actor_id: Option<Uuid>,
    /// The stage before (none when the application was made).
    pub from_stage: Option<String>,
    /// The stage after.
    pub to_stage: String,
    /// The status before.
    pub from_status: Option<String>,
    /// The status after.
    pub to_status: String,
    /// Why (a rejection reason, a note).
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
