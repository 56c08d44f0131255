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

use crate::{Backend, StoreError};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use sea_orm_migration::prelude::{ForeignKey, ForeignKeyAction, ForeignKeyCreateStatement, IntoIden};
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
