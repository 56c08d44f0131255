use crate::StoreError;
use sea_orm::sqlx::postgres::PgPoolOptions;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sea_orm::{DatabaseConnection, SqlxPostgresConnector, SqlxSqliteConnector};
use std::{str::FromStr, time::Duration};

/// The database engines Cohort runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file: one server process.
    Sqlite,
    /// PostgreSQL (or a compatible engine): any number of server processes.
    Postgres,
}

/// How to reach the database.
#[derive(Clone)]
pub struct StoreOptions {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub url: String,
    /// The most connections one process opens (PostgreSQL; SQLite readers).
    pub max_connections: u32,
}

impl std::fmt::Debug for StoreOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreOptions")
            .field("url", &redact_url(&self.url))
            .field("max_connections", &self.max_connections)
            .finish()
    }
}

/// The URL with any password replaced, for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

pub(crate) struct Pools {
    pub read: DatabaseConnection,
    pub write: DatabaseConnection,
    pub backend: Backend,
}

impl Backend {
    /// The backend a URL names by its scheme.
    pub fn of_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact_url(url)))
        }
    }
}

pub(crate) async fn connect(options: &StoreOptions) -> Result<Pools, StoreError> {
    match Backend::of_url(&options.url)? {
        Backend::Sqlite => {
            // WAL lets readers run beside the writer; FULL syncs every commit to disk before the
            // client hears "done"; the busy timeout covers another process (the CLI) writing.
            let connect = SqliteConnectOptions::from_str(&options.url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                // Deleted and overwritten content is zeroed, not left in free space: erasure
                // (retention, a person's request) must leave no trace in the file.
                .pragma("secure_delete", "on")
                .busy_timeout(Duration::from_secs(30));
            // One connection writes (the funnel in `write.rs` batches onto it); the others read.
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(connect.clone())
                .await?;
            let read = SqlitePoolOptions::new()
                .max_connections(options.max_connections.max(2))
                .connect_with(connect)
                .await?;
            Ok(Pools {
                read: SqlxSqliteConnector::from_sqlx_sqlite_pool(read),
                write: SqlxSqliteConnector::from_sqlx_sqlite_pool(write),
                backend: Backend::Sqlite,
            })
        }
        Backend::Postgres => {
            let pool = PgPoolOptions::new()
                .max_connections(options.max_connections)
                .acquire_timeout(Duration::from_secs(10))
                .connect(&options.url)
                .await?;
            let db = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
            Ok(Pools { read: db.clone(), write: db, backend: Backend::Postgres })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(redact_url("postgres://app:s3cret@db:5432/cohort"), "postgres://app:***@db:5432/cohort");
        assert_eq!(redact_url("postgres://app@db/cohort"), "postgres://app@db/cohort");
        assert_eq!(redact_url("sqlite://cohort-data/cohort.db"), "sqlite://cohort-data/cohort.db");
    }

    #[test]
    fn the_scheme_picks_the_backend() {
        assert_eq!(Backend::of_url("sqlite://x.db").ok(), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgresql://h/db").ok(), Some(Backend::Postgres));
        assert!(Backend::of_url("mysql://h/db").is_err());
    }
}
