//! The `case_assignments` table.

use sea_orm::entity::prelude::*;

/// A case study given to one application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub application_id: Uuid,
    pub candidate_id: Uuid,
    pub case_study_id: Uuid,
    pub assigned_at: DateTimeUtc,
    pub deadline: DateTimeUtc,
    pub repository_url: Option<String>,
    pub archive_blob: Option<String>,
    pub archive_filename: Option<String>,
    pub archive_size: Option<i64>,
    pub submitted_at: Option<DateTimeUtc>,
    pub late: bool,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
