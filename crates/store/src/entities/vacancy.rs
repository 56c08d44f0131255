//! The `vacancies` table.

use sea_orm::entity::prelude::*;

/// One row of `vacancies`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vacancies")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The programme it belongs to.
    pub program_id: Uuid,
    /// The title (searched).
    pub title: String,
    /// Markdown (searched).
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// City or address (filtered).
    pub location: Option<String>,
    /// `on_site`, `hybrid` or `remote` (filtered).
    pub work_mode: String,
    /// First day of applications.
    pub opens_on: Date,
    /// Last day of applications.
    pub closes_on: Date,
    /// `draft`, `published` or `closed`.
    pub status: String,
    /// When it was first published.
    pub published_at: Option<DateTimeUtc>,
    /// The rest of the draft, as JSON.
    #[sea_orm(column_type = "Text")]
    pub details: String,
    /// The stages, as JSON.
    #[sea_orm(column_type = "Text")]
    pub pipeline: String,
    /// Raised by every change (optimistic concurrency, the ETag).
    pub version: i32,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// When it was last changed.
    pub updated_at: DateTimeUtc,
    /// How many of its positions are filled (hires); never more than `positions`.
    pub hired: i32,
    /// The language the title and description are written in (`en`, `nl`).
    pub language: String,
    /// The title and description of its versions in other languages, lower-cased (searched).
    #[sea_orm(column_type = "Text")]
    pub translated_words: String,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
