//! The `login_attempts` table.

use sea_orm::entity::prelude::*;

/// One row of `login_attempts`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_attempts")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// When.
    pub at: DateTimeUtc,
    /// The normalised e-mail address tried (known or not).
    pub email: String,
    /// The client's address.
    pub ip: Option<String>,
    /// Whether the password was right.
    pub succeeded: bool,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
