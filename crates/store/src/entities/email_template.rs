//! The `email_template_texts` table.

use sea_orm::entity::prelude::*;

/// An organisation's own template for one notice in one language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_template_texts")]
pub struct Model {
    /// The organisation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub org_id: Uuid,
    /// The notice's stable name.
    #[sea_orm(primary_key, auto_increment = false)]
    pub notice: String,
    /// The language (`en`, `nl`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub language: String,
    /// The subject.
    pub subject: String,
    /// The body.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// When it was last changed.
    pub updated_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
