//! Webhook endpoints per organisation and the log of every delivery attempt.

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
                    .table(a("webhook_endpoints"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(string(a("url")))
                    .col(string(a("description")))
                    .col(text(a("event_types")))
                    .col(string(a("secret")))
                    .col(string_null(a("previous_secret")))
                    .col(timestamp_with_time_zone_null(a("previous_secret_until")))
                    .col(timestamp_with_time_zone_null(a("disabled_at")))
                    .col(string_null(a("disabled_reason")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut foreign_key(
                        "fk_webhook_endpoints_org_id",
                        (a("webhook_endpoints"), a("org_id")),
                        (a("organisations"), a("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_webhook_endpoints_org_id")
                    .table(a("webhook_endpoints"))
                    .col(a("org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(a("webhook_deliveries"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("endpoint_id")))
                    .col(uuid(a("job_id")))
                    .col(string(a("webhook_id")))
                    .col(string(a("event_type")))
                    .col(integer(a("attempt")))
                    .col(integer_null(a("status_code")))
                    .col(text_null(a("error")))
                    .col(integer(a("duration_ms")))
                    .col(timestamp_with_time_zone(a("at")))
                    .foreign_key(&mut foreign_key(
                        "fk_webhook_deliveries_endpoint_id",
                        (a("webhook_deliveries"), a("endpoint_id")),
                        (a("webhook_endpoints"), a("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_webhook_deliveries_endpoint_id_id")
                    .table(a("webhook_deliveries"))
                    .col(a("endpoint_id"))
                    .col(a("id"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
