//! The `jobs` table.

use sea_orm::entity::prelude::*;

/// One delivery to make (an e-mail, a webhook call), at least once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `email` or `webhook`.
    pub kind: String,
    /// Unique per delivery: fanning out an event twice makes no second job.
    pub dedupe_key: String,
    /// The organisation it concerns.
    pub org_id: Option<Uuid>,
    /// What to deliver, as JSON.
    #[sea_orm(column_type = "Text")]
    pub payload: String,
    /// `pending`, `done` or `dead`.
    pub status: String,
    /// How many times it was claimed.
    pub attempts: i32,
    /// Not before.
    pub available_at: DateTimeUtc,
    /// Claimed by a worker until then.
    pub locked_until: Option<DateTimeUtc>,
    /// Which worker claimed it.
    pub locked_by: Option<String>,
    /// Why the last attempt failed.
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// When it was made.
    pub created_at: DateTimeUtc,
    /// When it was done or given up.
    pub finished_at: Option<DateTimeUtc>,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
