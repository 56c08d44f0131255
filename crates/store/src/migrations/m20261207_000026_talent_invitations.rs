//! Invitations to apply sent to candidates of the talent pool: one per candidate and vacancy, so
//! nobody is asked twice for the same internship.

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
                    .table(a("talent_invitations"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("entry_id")))
                    .col(uuid(a("vacancy_id")))
                    .col(string(a("email")))
                    .col(uuid_null(a("invited_by")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .foreign_key(&mut fk(
                        "talent_invitations",
                        "org_id",
                        "organisations",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "talent_invitations",
                        "entry_id",
                        "talent_pool",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "talent_invitations",
                        "vacancy_id",
                        "vacancies",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "talent_invitations",
                        "invited_by",
                        "users",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "talent_invitations", &["entry_id", "vacancy_id"], true).await?;
        index(manager, "talent_invitations", &["org_id", "email"], false).await
    }
}
