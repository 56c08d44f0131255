//! Searching applications: exact skills (portable) and full text (SQLite FTS5 or PostgreSQL
//! tsvector with a GIN index: each engine's own, behind `search.rs`).

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ApplicationSkills {
    Table,
    Id,
    ApplicationId,
    OrgId,
    Skill,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ApplicationSkills::Table)
                    .col(pk_uuid(ApplicationSkills::Id))
                    .col(uuid(ApplicationSkills::ApplicationId))
                    .col(uuid(ApplicationSkills::OrgId))
                    .col(string(ApplicationSkills::Skill))
                    .foreign_key(&mut foreign_key(
                        "fk_application_skills_application",
                        (ApplicationSkills::Table, ApplicationSkills::ApplicationId),
                        (Applications::Table, Applications::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_application_skills_org_skill")
                    .table(ApplicationSkills::Table)
                    .col(ApplicationSkills::OrgId)
                    .col(ApplicationSkills::Skill)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE application_search USING fts5(\
                     application_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2')",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE TABLE application_search (\
                     application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE, \
                     document tsvector NOT NULL)",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX ix_application_search ON application_search USING GIN (document)",
                )
                .await?;
            }
        }
        Ok(())
    }
}
