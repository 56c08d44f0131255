//! Links that let a person choose a password without knowing the old one: a reset asked for
//! with "Forgot your password?", or the invitation an administrator sends a new member. Only
//! the token's hash is kept; a link works once, for a limited time.

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
                    .table(a("password_tokens"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("user_id")))
                    .col(string(a("purpose")))
                    .col(string_uniq(a("token_hash")))
                    .col(uuid_null(a("org_id")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("expires_at")))
                    .foreign_key(&mut fk("password_tokens", "user_id", "users", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "password_tokens", &["user_id"], false).await?;
        index(manager, "password_tokens", &["expires_at"], false).await
    }
}
