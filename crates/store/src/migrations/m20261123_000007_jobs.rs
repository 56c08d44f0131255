//! Delivery jobs: each outbox event fans out into jobs (an e-mail to an audience, later a webhook
//! delivery per endpoint) that workers claim with a lease, retry with backoff, and finish once.

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
                    .foreign_key(&mut fk("jobs", "org_id", "organisations", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "jobs", &["dedupe_key"], true).await?;
        index(manager, "jobs", &["status", "available_at"], false).await?;
        Ok(())
    }
}
