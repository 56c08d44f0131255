//! Each organisation's own words for the e-mails it sends (the defaults live in the code).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("email_templates"))
                    .col(uuid(a("org_id")))
                    .col(string(a("notice")))
                    .col(string(a("subject")))
                    .col(text(a("body")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .primary_key(Index::create().col(a("org_id")).col(a("notice")))
                    .foreign_key(&mut fk(
                        "email_templates",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
