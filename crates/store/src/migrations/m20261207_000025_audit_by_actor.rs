//! The audit trail read by person (what one member or token did) and by action, newest first,
//! each from an index rather than a scan of the organisation's whole trail.

use sea_orm_migration::prelude::*;

use super::index;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        index(manager, "audit_events", &["org_id", "actor_id", "id"], false).await?;
        index(manager, "audit_events", &["org_id", "action", "id"], false).await
    }
}
