//! Programmes and vacancies. A vacancy keeps the columns that lists filter and search on, and the
//! rest of what the organisation wrote as JSON (`details`); `vacancy_skills` indexes its skills.

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
enum Programs {
    Table,
    Id,
    OrgId,
    Name,
    Description,
    StartsOn,
    EndsOn,
    Location,
    Remote,
    Capacity,
    Structure,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Vacancies {
    Table,
    Id,
    OrgId,
    ProgramId,
    Title,
    Description,
    Location,
    WorkMode,
    OpensOn,
    ClosesOn,
    Status,
    PublishedAt,
    Details,
    Pipeline,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum VacancySkills {
    Table,
    Id,
    VacancyId,
    Skill,
    Required,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Programs::Table)
                    .col(pk_uuid(Programs::Id))
                    .col(uuid(Programs::OrgId))
                    .col(string(Programs::Name))
                    .col(text(Programs::Description))
                    .col(date(Programs::StartsOn))
                    .col(date(Programs::EndsOn))
                    .col(string_null(Programs::Location))
                    .col(boolean(Programs::Remote))
                    .col(integer(Programs::Capacity))
                    .col(text(Programs::Structure))
                    .col(timestamp_with_time_zone(Programs::CreatedAt))
                    .col(timestamp_with_time_zone(Programs::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_programs_org",
                        (Programs::Table, Programs::OrgId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_programs_org")
                    .table(Programs::Table)
                    .col(Programs::OrgId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Vacancies::Table)
                    .col(pk_uuid(Vacancies::Id))
                    .col(uuid(Vacancies::OrgId))
                    .col(uuid(Vacancies::ProgramId))
                    .col(string(Vacancies::Title))
                    .col(text(Vacancies::Description))
                    .col(string_null(Vacancies::Location))
                    .col(string(Vacancies::WorkMode))
                    .col(date(Vacancies::OpensOn))
                    .col(date(Vacancies::ClosesOn))
                    .col(string(Vacancies::Status))
                    .col(timestamp_with_time_zone_null(Vacancies::PublishedAt))
                    .col(text(Vacancies::Details))
                    .col(text(Vacancies::Pipeline))
                    .col(integer(Vacancies::Version))
                    .col(timestamp_with_time_zone(Vacancies::CreatedAt))
                    .col(timestamp_with_time_zone(Vacancies::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_vacancies_org",
                        (Vacancies::Table, Vacancies::OrgId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_vacancies_program",
                        (Vacancies::Table, Vacancies::ProgramId),
                        (Programs::Table, Programs::Id),
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("ix_vacancies_org", vec![Vacancies::OrgId, Vacancies::Id]),
            ("ix_vacancies_board", vec![Vacancies::Status, Vacancies::ClosesOn]),
            ("ix_vacancies_program", vec![Vacancies::ProgramId]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Vacancies::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(VacancySkills::Table)
                    .col(pk_uuid(VacancySkills::Id))
                    .col(uuid(VacancySkills::VacancyId))
                    .col(string(VacancySkills::Skill))
                    .col(boolean(VacancySkills::Required))
                    .foreign_key(&mut foreign_key(
                        "fk_vacancy_skills_vacancy",
                        (VacancySkills::Table, VacancySkills::VacancyId),
                        (Vacancies::Table, Vacancies::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_vacancy_skills")
                    .table(VacancySkills::Table)
                    .col(VacancySkills::Skill)
                    .col(VacancySkills::VacancyId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
