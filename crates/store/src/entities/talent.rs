//! The `talent_pool` table.

use sea_orm::entity::prelude::*;

/// A candidate in an organisation's talent pool.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "talent_pool")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// Their e-mail address, lower-cased; unique per organisation.
    pub email: String,
    /// Their name.
    pub name: String,
    /// The profile, as JSON.
    #[sea_orm(column_type = "Text")]
    pub profile: String,
    /// Where it came from (`csv`, `json_resume`).
    pub source: String,
    /// When it was imported.
    pub created_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
