//! Retention: each organisation's policy, and a mark on what has been erased (the row stays, with
//! no personal data left in it, so that reports keep their counts). On SQLite the full-text index
//! deletes for real (FTS5 `secure-delete`), so an erased application's words leave the file.

use sea_orm::{ConnectionTrait, DbBackend};
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
                    .table(a("retention_policies"))
                    .col(uuid(a("org_id")).primary_key())
                    .col(integer(a("after_procedure_days")))
                    .col(integer(a("with_consent_days")))
                    .col(integer(a("after_internship_days")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk(
                        "retention_policies",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        for table in ["users", "applications", "interns"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a(table))
                        .add_column(timestamp_with_time_zone_null(a("erased_at")))
                        .to_owned(),
                )
                .await?;
        }
        if manager.get_database_backend() == DbBackend::Sqlite {
            manager
                .get_connection()
                .execute_unprepared(
                    "INSERT INTO application_search (application_search, rank) VALUES ('secure-delete', 1)",
                )
                .await?;
        }
        Ok(())
    }
}
