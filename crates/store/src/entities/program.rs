//! The `programs` table.

use sea_orm::entity::prelude::*;

/// One row of `programs`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programs")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The name.
    pub name: String,
    /// Markdown.
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// The first day.
    pub starts_on: Date,
    /// The last day.
    pub ends_on: Date,
    /// City or address.
    pub location: Option<String>,
    /// Whether remote work is possible.
    pub remote: bool,
    /// How many interns.
    pub capacity: i32,
    /// JSON list of structure items.
    #[sea_orm(column_type = "Text")]
    pub structure: String,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// When it was last changed.
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
