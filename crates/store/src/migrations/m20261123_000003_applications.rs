//! Candidate profiles, applications, their stage history, and idempotency keys.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Vacancies {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Profiles {
    Table,
    UserId,
    Data,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    OrgId,
    VacancyId,
    CandidateId,
    Stage,
    Status,
    Version,
    Profile,
    CoverLetter,
    Answers,
    GithubUrl,
    PortfolioUrl,
    CvBlob,
    CvFilename,
    CvContentType,
    Evaluation,
    MatchScore,
    ConsentVersion,
    ConsentedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApplicationEvents {
    Table,
    Id,
    ApplicationId,
    At,
    ActorKind,
    ActorId,
    FromStage,
    ToStage,
    FromStatus,
    ToStatus,
    Reason,
}

#[derive(DeriveIden)]
enum IdempotencyKeys {
    Table,
    Id,
    UserId,
    Key,
    RequestHash,
    ResponseStatus,
    ResponseBody,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Profiles::Table)
                    .col(uuid(Profiles::UserId).primary_key())
                    .col(text(Profiles::Data))
                    .col(timestamp_with_time_zone(Profiles::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_profiles_user",
                        (Profiles::Table, Profiles::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(pk_uuid(Applications::Id))
                    .col(uuid(Applications::OrgId))
                    .col(uuid(Applications::VacancyId))
                    .col(uuid(Applications::CandidateId))
                    .col(string(Applications::Stage))
                    .col(string(Applications::Status))
                    .col(integer(Applications::Version))
                    .col(text(Applications::Profile))
                    .col(text(Applications::CoverLetter))
                    .col(text(Applications::Answers))
                    .col(string_null(Applications::GithubUrl))
                    .col(string_null(Applications::PortfolioUrl))
                    .col(string_null(Applications::CvBlob))
                    .col(string_null(Applications::CvFilename))
                    .col(string_null(Applications::CvContentType))
                    .col(text(Applications::Evaluation))
                    .col(integer(Applications::MatchScore))
                    .col(string(Applications::ConsentVersion))
                    .col(timestamp_with_time_zone(Applications::ConsentedAt))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_applications_org",
                        (Applications::Table, Applications::OrgId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_applications_vacancy",
                        (Applications::Table, Applications::VacancyId),
                        (Vacancies::Table, Vacancies::Id),
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_applications_candidate",
                        (Applications::Table, Applications::CandidateId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_applications_vacancy_candidate")
                    .table(Applications::Table)
                    .col(Applications::VacancyId)
                    .col(Applications::CandidateId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        for (name, first) in [
            ("ix_applications_org", Applications::OrgId),
            ("ix_applications_candidate", Applications::CandidateId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Applications::Table)
                        .col(first)
                        .col(Applications::Id)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ApplicationEvents::Table)
                    .col(pk_uuid(ApplicationEvents::Id))
                    .col(uuid(ApplicationEvents::ApplicationId))
                    .col(timestamp_with_time_zone(ApplicationEvents::At))
                    .col(string(ApplicationEvents::ActorKind))
                    .col(uuid_null(ApplicationEvents::ActorId))
                    .col(string_null(ApplicationEvents::FromStage))
                    .col(string(ApplicationEvents::ToStage))
                    .col(string_null(ApplicationEvents::FromStatus))
                    .col(string(ApplicationEvents::ToStatus))
                    .col(text_null(ApplicationEvents::Reason))
                    .foreign_key(&mut foreign_key(
                        "fk_application_events_application",
                        (ApplicationEvents::Table, ApplicationEvents::ApplicationId),
                        (Applications::Table, Applications::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_application_events_application")
                    .table(ApplicationEvents::Table)
                    .col(ApplicationEvents::ApplicationId)
                    .col(ApplicationEvents::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IdempotencyKeys::Table)
                    .col(pk_uuid(IdempotencyKeys::Id))
                    .col(uuid(IdempotencyKeys::UserId))
                    .col(string(IdempotencyKeys::Key))
                    .col(string(IdempotencyKeys::RequestHash))
                    .col(integer(IdempotencyKeys::ResponseStatus))
                    .col(text(IdempotencyKeys::ResponseBody))
                    .col(timestamp_with_time_zone(IdempotencyKeys::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_idempotency_keys_user",
                        (IdempotencyKeys::Table, IdempotencyKeys::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_idempotency_keys_user_key")
                    .table(IdempotencyKeys::Table)
                    .col(IdempotencyKeys::UserId)
                    .col(IdempotencyKeys::Key)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
