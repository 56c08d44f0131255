//! Registrations per address, counted for the registration limit: when and from where, nothing
//! about who.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, index};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("registration_attempts"))
                    .col(pk_uuid(a("id")))
                    .col(timestamp_with_time_zone(a("at")))
                    .col(string(a("ip")))
                    .to_owned(),
            )
            .await?;
        index(manager, "registration_attempts", &["ip", "at"], false).await
    }
}
