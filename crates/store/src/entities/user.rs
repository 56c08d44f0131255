//! The `users` table.

use sea_orm::entity::prelude::*;

/// One row of `users`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The normalised e-mail address, unique.
    #[sea_orm(unique)]
    pub email: String,
    /// The display name.
    pub name: String,
    /// The argon2id PHC string.
    pub password_hash: String,
    /// Set while the password is a one-time password that an operator or admin handed out.
    pub must_change_password: bool,
    /// When the account was created.
    pub created_at: DateTimeUtc,
    /// When the password was last set.
    pub password_changed_at: DateTimeUtc,
    /// When its personal data was erased (the row stays, anonymous, for the counts).
    pub erased_at: Option<DateTimeUtc>,
    /// The language they chose to read Cohort in (`en`, `nl`), if they chose one.
    pub language: Option<String>,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
