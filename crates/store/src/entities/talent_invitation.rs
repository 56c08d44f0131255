//! The `talent_invitations` table.

use sea_orm::entity::prelude::*;

/// An invitation to apply sent to a candidate of the talent pool.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "talent_invitations")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The candidate of the pool.
    pub entry_id: Uuid,
    /// The vacancy they were invited to apply to.
    pub vacancy_id: Uuid,
    /// The address it went to (the pool's, lower-cased).
    pub email: String,
    /// The member who sent it.
    pub invited_by: Option<Uuid>,
    /// When it was sent.
    pub created_at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
