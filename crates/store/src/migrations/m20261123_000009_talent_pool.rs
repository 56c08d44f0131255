//! An organisation's talent pool: candidates imported in bulk (CSV, JSON Resume), not tied to
//! an application.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("talent_pool"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(string(a("email")))
                    .col(string(a("name")))
                    .col(text(a("profile")))
                    .col(string(a("source")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .foreign_key(&mut fk("talent_pool", "org_id", "organisations", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "talent_pool", &["org_id", "email"], true).await?;
        Ok(())
    }
}
