//! Each organisation's hiring settings: the stages new vacancies start with, and its rejection
//! reasons.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum HiringSettings {
    Table,
    OrgId,
    Stages,
    RejectionReasons,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HiringSettings::Table)
                    .col(uuid(HiringSettings::OrgId).primary_key())
                    .col(text(HiringSettings::Stages))
                    .col(text(HiringSettings::RejectionReasons))
                    .col(timestamp_with_time_zone(HiringSettings::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_hiring_settings_org",
                        (HiringSettings::Table, HiringSettings::OrgId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
