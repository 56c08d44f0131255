//! An organisation's talent pool: candidates imported in bulk (CSV, JSON Resume), not tied to
//! an application.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

fn a(name: &str) -> Alias {
    Alias::new(name)
}

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
                    .foreign_key(&mut foreign_key(
                        "fk_talent_pool_org_id",
                        (a("talent_pool"), a("org_id")),
                        (a("organisations"), a("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_talent_pool_org_id_email")
                    .table(a("talent_pool"))
                    .col(a("org_id"))
                    .col(a("email"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
