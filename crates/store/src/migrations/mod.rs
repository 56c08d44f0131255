//! Forward-only migrations, embedded in the binary, written once for SQLite and PostgreSQL.

mod m20261123_000001_foundation;
mod m20261123_000002_programs_vacancies;
mod m20261123_000003_applications;
mod m20261123_000004_application_search;
mod m20261123_000005_hiring_settings;
mod m20261123_000006_interviews_offers;
mod m20261123_000007_jobs;
mod m20261123_000008_webhooks;
mod m20261123_000009_talent_pool;
mod m20261123_000010_github;
mod m20261123_000011_email_templates;
mod m20261123_000012_internship;
mod m20261124_000013_consents;
mod m20261124_000014_view_log;
mod m20261124_000015_retention;
mod m20261124_000016_application_source;
mod m20261204_000017_registration_attempts;
mod m20261204_000018_pending_registrations;
mod m20261204_000019_organisation_profile;
mod m20261204_000020_application_language;
mod m20261204_000021_email_templates_per_language;
mod m20261204_000022_user_language;
mod m20261204_000023_languages_of_organisations_and_vacancies;
mod m20261207_000024_password_tokens;
mod m20261207_000025_audit_by_actor;
mod m20261207_000026_talent_invitations;

use crate::{Backend, StoreError};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use sea_orm_migration::prelude::{
    Alias, DbErr, ForeignKey, ForeignKeyAction, ForeignKeyCreateStatement, Index, IntoIden,
};
use sea_orm_migration::{MigrationTrait, MigratorTrait};

pub(crate) struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_foundation::Migration),
            Box::new(m20261123_000002_programs_vacancies::Migration),
            Box::new(m20261123_000003_applications::Migration),
            Box::new(m20261123_000004_application_search::Migration),
            Box::new(m20261123_000005_hiring_settings::Migration),
            Box::new(m20261123_000006_interviews_offers::Migration),
            Box::new(m20261123_000007_jobs::Migration),
            Box::new(m20261123_000008_webhooks::Migration),
            Box::new(m20261123_000009_talent_pool::Migration),
            Box::new(m20261123_000010_github::Migration),
            Box::new(m20261123_000011_email_templates::Migration),
            Box::new(m20261123_000012_internship::Migration),
            Box::new(m20261124_000013_consents::Migration),
            Box::new(m20261124_000014_view_log::Migration),
            Box::new(m20261124_000015_retention::Migration),
            Box::new(m20261124_000016_application_source::Migration),
            Box::new(m20261204_000017_registration_attempts::Migration),
            Box::new(m20261204_000018_pending_registrations::Migration),
            Box::new(m20261204_000019_organisation_profile::Migration),
            Box::new(m20261204_000020_application_language::Migration),
            Box::new(m20261204_000021_email_templates_per_language::Migration),
            Box::new(m20261204_000022_user_language::Migration),
            Box::new(m20261204_000023_languages_of_organisations_and_vacancies::Migration),
            Box::new(m20261207_000024_password_tokens::Migration),
            Box::new(m20261207_000025_audit_by_actor::Migration),
            Box::new(m20261207_000026_talent_invitations::Migration),
        ]
    }
}

/// An arbitrary constant that names Cohort's migration lock among PostgreSQL advisory locks.
const MIGRATION_LOCK: i64 = 0x00C0_4087;

pub(crate) async fn run(db: &DatabaseConnection, backend: Backend) -> Result<(), StoreError> {
    match backend {
        // Several servers may start at once on one PostgreSQL: the first migrates, the others
        // wait for its lock and then find nothing left to do.
        Backend::Postgres => {
            let tx = db.begin().await?;
            tx.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")).await?;
            Migrator::up(&tx, None).await?;
            tx.commit().await?;
        }
        Backend::Sqlite => Migrator::up(db, None).await?,
    }
    Ok(())
}

/// A foreign key from `from` to `to`; every one names what deleting the parent does.
fn foreign_key(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to.0, to.1).on_delete(on_delete).to_owned()
}

/// A table or column name, for migrations written with plain names.
pub(super) fn a(name: &str) -> Alias {
    Alias::new(name)
}

/// A foreign key from `table.column` to `parent.id`.
pub(super) fn fk(
    table: &str,
    column: &str,
    parent: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    foreign_key(&format!("fk_{table}_{column}"), (a(table), a(column)), (a(parent), a("id")), on_delete)
}

pub(super) async fn index(
    manager: &sea_orm_migration::SchemaManager<'_>,
    table: &str,
    columns: &[&str],
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement
        .name(format!("{}_{table}_{}", if unique { "uq" } else { "ix" }, columns.join("_")))
        .table(a(table));
    for column in columns {
        statement.col(a(column));
    }
    if unique {
        statement.unique();
    }
    manager.create_index(statement.to_owned()).await
}
