//! The `organisations` table.

use sea_orm::entity::prelude::*;

/// One row of `organisations`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The address in URLs.
    #[sea_orm(unique)]
    pub slug: String,
    /// The display name.
    pub name: String,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// Its own website, if it gave one.
    pub website: Option<String>,
    /// The country its vacancies are in (ISO 3166-1 alpha-2).
    pub country: String,
    /// The language it works in (`en`, `nl`): readers who name none get this one.
    pub language: String,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
