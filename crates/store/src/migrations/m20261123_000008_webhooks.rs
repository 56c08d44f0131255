//! Webhook endpoints per organisation and the log of every delivery attempt.

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
                    .foreign_key(&mut fk(
                        "webhook_endpoints",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "webhook_endpoints", &["org_id"], false).await?;
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
                    .foreign_key(&mut fk(
                        "webhook_deliveries",
                        "endpoint_id",
                        "webhook_endpoints",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "webhook_deliveries", &["endpoint_id", "id"], false).await?;
        Ok(())
    }
}
