//! Cohort's persistence, the only crate that speaks SQL. One code path (sea-orm) serves SQLite and
//! PostgreSQL; each write is one transaction that records the change and its audit event together.

mod connect;
pub mod email_templates;
pub mod entities;
pub mod erasure;
mod error;
pub mod export;
mod migrations;
mod write;

pub mod api_tokens;
pub mod applications;
pub mod audit;
pub mod blobs;
pub mod case_studies;
pub mod consents;
pub mod data_map;
pub mod hiring_settings;
pub mod internship;
pub mod interviews;
pub mod jobs;
pub mod login_attempts;
pub mod members;
pub mod offers;
pub mod orgs;
pub mod outbox;
pub mod page;
pub mod password_tokens;
pub mod profiles;
pub mod programs;
pub mod registrations;
pub mod reports;
pub mod retention;
pub mod scorecards;
pub mod scratch;
pub mod search;
pub mod sessions;
pub mod shadowing;
pub mod talent;
pub mod trainings;
pub mod users;
pub mod vacancies;
pub mod view_log;
pub mod webhooks;

pub use connect::{Backend, StoreOptions, redact_url};
pub use error::StoreError;
pub use page::{Page, PageRequest};

use sea_orm::{ConnectionTrait, DatabaseConnection};

/// The database: a connection pool for reads and a funnel for writes.
#[derive(Clone)]
pub struct Store {
    read: DatabaseConnection,
    writer: write::Writer,
    backend: Backend,
}

impl Store {
    /// Opens the database named by `options.url`, creating a SQLite file if needed, and brings its
    /// schema up to date.
    pub async fn open(options: &StoreOptions) -> Result<Self, StoreError> {
        let pools = connect::connect(options).await?;
        migrations::run(&pools.write, pools.backend).await?;
        let writer = write::Writer::start(pools.write, pools.backend);
        Ok(Self { read: pools.read, writer, backend: pools.backend })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.read.execute_unprepared("SELECT 1").await?;
        Ok(())
    }

    /// Closes the pools after the writer has committed what it was given.
    pub async fn close(&self) {
        self.writer.close().await;
        let _ = self.read.clone().close().await;
    }
}
