//! Organisations' own e-mail texts per language: the rejection a Dutch applicant gets is the
//! organisation's Dutch text. The texts written so far were English.

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
                    .table(a("email_template_texts"))
                    .col(uuid(a("org_id")))
                    .col(string(a("notice")))
                    .col(string(a("language")))
                    .col(string(a("subject")))
                    .col(text(a("body")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .primary_key(Index::create().col(a("org_id")).col(a("notice")).col(a("language")))
                    .foreign_key(&mut fk(
                        "email_template_texts",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO email_template_texts (org_id, notice, language, subject, body, updated_at) \
                 SELECT org_id, notice, 'en', subject, body, updated_at FROM email_templates",
            )
            .await?;
        manager.drop_table(Table::drop().table(a("email_templates")).to_owned()).await
    }
}
