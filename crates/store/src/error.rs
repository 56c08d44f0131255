use cohort_domain::refusal::Refusal;
use sea_orm::{DbErr, RuntimeErr, SqlErr};

/// What can go wrong in the store, in terms the server can answer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was broken; names the constraint (or, on SQLite, the columns).
    #[error("conflicts with an existing record ({0})")]
    Conflict(String),
    /// The record to change does not exist.
    #[error("not found")]
    NotFound,
    /// A rule checked inside the unit of work refused the change (for example, removing the
    /// last administrator).
    #[error(transparent)]
    Refused(Refusal),
    /// The record changed since the caller read it (its version moved on).
    #[error("the record changed since it was read")]
    Stale,
    /// A stored value could not be read back (a bug or a hand-edited database).
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    /// The database URL is not one Cohort can use.
    #[error("unsupported database URL: {0}")]
    UnsupportedUrl(String),
    /// The write was not committed because the writer stopped (shutdown or a panic in the work).
    #[error("the write was abandoned")]
    Abandoned,
    /// Any other database failure.
    #[error(transparent)]
    Database(DbErr),
}

/// A stored value that cannot be read back.
pub(crate) fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}

impl From<DbErr> for StoreError {
    fn from(error: DbErr) -> Self {
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(detail)) => StoreError::Conflict(detail),
            _ => StoreError::Database(error),
        }
    }
}

impl From<sea_orm::sqlx::Error> for StoreError {
    fn from(error: sea_orm::sqlx::Error) -> Self {
        StoreError::Database(DbErr::Conn(RuntimeErr::SqlxError(error.into())))
    }
}

impl StoreError {
    /// Whether this is a conflict on the named column or constraint (matched loosely, because
    /// SQLite names columns where PostgreSQL names constraints).
    pub fn is_conflict_on(&self, name: &str) -> bool {
        matches!(self, StoreError::Conflict(detail) if detail.contains(name))
    }
}

impl From<Refusal> for StoreError {
    fn from(refusal: Refusal) -> Self {
        StoreError::Refused(refusal)
    }
}
