//! Consents per purpose beyond the application itself (keeping the data for future vacancies),
//! each with the privacy notice's version, when it was given and when withdrawn.

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
                    .table(a("consents"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("user_id")))
                    .col(uuid(a("org_id")))
                    .col(string(a("purpose")))
                    .col(string(a("notice_version")))
                    .col(timestamp_with_time_zone(a("given_at")))
                    .col(timestamp_with_time_zone_null(a("withdrawn_at")))
                    .foreign_key(&mut fk("consents", "user_id", "users", ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk("consents", "org_id", "organisations", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "consents", &["user_id", "org_id", "purpose"], false).await
    }
}
