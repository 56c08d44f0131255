//! The `hiring_settings` table.

use sea_orm::entity::prelude::*;

/// One row of `hiring_settings`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hiring_settings")]
pub struct Model {
    /// The organisation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub org_id: Uuid,
    /// The stages new vacancies start with, as JSON.
    #[sea_orm(column_type = "Text")]
    pub stages: String,
    /// The rejection reasons, as JSON.
    #[sea_orm(column_type = "Text")]
    pub rejection_reasons: String,
    /// When they were last changed.
    pub updated_at: DateTimeUtc,
    /// Whether applicants' GitHub profiles are read for suggested skills.
    pub github_enrichment: bool,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
