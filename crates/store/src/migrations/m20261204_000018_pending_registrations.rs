//! Registrations waiting for their e-mail address to be confirmed: the account is made only
//! when the link sent to the address is opened, so registering tells no one whether an address
//! already has an account.

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
                    .table(a("pending_registrations"))
                    .col(pk_uuid(a("id")))
                    .col(string(a("email")))
                    .col(string(a("name")))
                    .col(string(a("password_hash")))
                    .col(string_uniq(a("token_hash")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("expires_at")))
                    .to_owned(),
            )
            .await?;
        index(manager, "pending_registrations", &["email"], false).await?;
        index(manager, "pending_registrations", &["expires_at"], false).await
    }
}
