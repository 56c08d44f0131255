//! Delivery jobs: each outbox event fans out into jobs (an e-mail to an audience, later a webhook
//! delivery per endpoint) that workers claim with a lease, retry with backoff, and finish once.

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
                    .table(a("jobs"))
                    .col(pk_uuid(a("id")))
                    .col(string(a("kind")))
                    .col(string(a("dedupe_key")))
                    .col(uuid_null(a("org_id")))
                    .col(text(a("payload")))
                    .col(string(a("status")))
                    .col(integer(a("attempts")))
                    .col(timestamp_with_time_zone(a("available_at")))
                    .col(timestamp_with_time_zone_null(a("locked_until")))
                    .col(string_null(a("locked_by")))
                    .col(text_null(a("last_error")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone_null(a("finished_at")))
                    .foreign_key(&mut foreign_key(
                        "fk_jobs_org_id",
                        (a("jobs"), a("org_id")),
                        (a("organisations"), a("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_jobs_dedupe_key")
                    .table(a("jobs"))
                    .col(a("dedupe_key"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_jobs_status_available_at")
                    .table(a("jobs"))
                    .col(a("status"))
                    .col(a("available_at"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
