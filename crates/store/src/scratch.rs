//! Throw-away PostgreSQL databases for test suites: one per test, dropped afterwards.

use crate::StoreError;
use sea_orm::sqlx::{AssertSqlSafe, Connection, Executor, PgConnection};

/// A database created for one test on the server of `admin_url`.
#[derive(Debug)]
pub struct ScratchDatabase {
    admin_url: String,
    name: String,
    /// The URL of the new database.
    pub url: String,
}

impl ScratchDatabase {
    /// Creates an empty database with a unique name on the server `admin_url` points at.
    pub async fn create(admin_url: &str) -> Result<Self, StoreError> {
        let name = format!("cohort_test_{}", uuid::Uuid::now_v7().simple());
        let mut conn = PgConnection::connect(admin_url).await?;
        // The name is ours (a UUID), never input, so formatting it into SQL is safe.
        conn.execute(AssertSqlSafe(format!("CREATE DATABASE {name}"))).await?;
        conn.close().await?;
        let (base, _) =
            admin_url.rsplit_once('/').ok_or_else(|| StoreError::UnsupportedUrl(admin_url.into()))?;
        Ok(ScratchDatabase { admin_url: admin_url.to_owned(), url: format!("{base}/{name}"), name })
    }

    /// Drops the database, disconnecting whoever still uses it.
    pub async fn drop_database(&self) -> Result<(), StoreError> {
        let mut conn = PgConnection::connect(&self.admin_url).await?;
        conn.execute(AssertSqlSafe(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))).await?;
        conn.close().await?;
        Ok(())
    }
}
