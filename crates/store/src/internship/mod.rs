//! The internship after the offer: teams, interns and their onboarding checklists, mentors and
//! matching runs, 1-on-1s, goals, evaluations and completion.

mod interns;
mod mentors;
mod onboarding;
mod records;
mod teams;

pub use interns::*;
pub use mentors::*;
pub use onboarding::*;
pub use records::*;
pub use teams::*;

use crate::StoreError;
use crate::error::corrupt;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter, QuerySelect,
};
use serde::Serialize;
use uuid::Uuid;

pub(crate) fn to_json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(corrupt)
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(corrupt)
}

/// On PostgreSQL, locks one row of `E` for the rest of the transaction (SQLite's single writer
/// already serialises): decisions that count rows (seats, a team's guests) read under it.
pub(crate) async fn lock_row<E: EntityTrait>(
    tx: &DatabaseTransaction,
    id_column: E::Column,
    id: Uuid,
) -> Result<(), StoreError> {
    if tx.get_database_backend() == DbBackend::Postgres {
        E::find().filter(id_column.eq(id)).lock_exclusive().one(tx).await?;
    }
    Ok(())
}
