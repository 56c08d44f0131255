//! The `profile_views` table.

use sea_orm::entity::prelude::*;

/// One view of a candidate's data by a member of an organisation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "profile_views")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub candidate_id: Uuid,
    pub application_id: Option<Uuid>,
    pub viewer_kind: String,
    pub viewer_id: Option<Uuid>,
    pub viewer_label: String,
    pub resource: String,
    pub purpose: String,
    pub at: DateTimeUtc,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
