//! The `audit_events` table.

use sea_orm::entity::prelude::*;

/// One row of `audit_events`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// When it happened.
    pub at: DateTimeUtc,
    /// The organisation it concerns, if any.
    pub org_id: Option<Uuid>,
    /// `user`, `token`, `operator` or `anonymous`.
    pub actor_kind: String,
    /// The user or token, when known.
    pub actor_id: Option<Uuid>,
    /// A readable name of the actor (an e-mail, a token name, `cli`).
    pub actor_label: String,
    /// The stable action name (`member.added`).
    pub action: String,
    /// The kind of thing acted on (`user`, `api_token`, ...).
    pub target_kind: Option<String>,
    /// Its id.
    pub target_id: Option<String>,
    /// The request it happened in.
    pub request_id: Option<String>,
    /// The client's address.
    pub ip: Option<String>,
    /// JSON with details that belong to the action.
    #[sea_orm(column_type = "Text", nullable)]
    pub details: Option<String>,
}

/// No navigable relations: queries join explicitly where they need to.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
