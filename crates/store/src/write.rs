//! Every write is a unit of work run in one transaction.
//!
//! On PostgreSQL each unit gets its own transaction from the pool. On SQLite one connection
//! writes: units queue on a channel and the writer runs whatever has queued up in ONE transaction
//! (group commit), each unit inside its own savepoint so that a failing unit leaves the others
//! untouched. One `fsync` then acknowledges the whole batch: per-request durability without
//! paying one disk flush per request, and no "database is locked" between our own writers.
//! The transaction starts IMMEDIATE, so a write from another process (the CLI) waits its turn
//! (busy timeout) instead of failing half-way.

use crate::{Backend, StoreError};
use futures::FutureExt;
use futures::future::BoxFuture;
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::panic::AssertUnwindSafe;
use tokio::sync::{mpsc, oneshot};

/// The most units one SQLite transaction takes, so that one commit never grows unbounded.
const MAX_BATCH: usize = 256;

/// How a queued unit reports back: after commit (`Ok`) or with the commit's failure.
type Deliver = Box<dyn FnOnce(Result<(), StoreError>) + Send>;

/// A unit of work as the writer runs it; `None` means it failed and has already answered.
type Unit = Box<dyn for<'c> FnOnce(&'c DatabaseTransaction) -> BoxFuture<'c, Option<Deliver>> + Send>;

#[derive(Clone)]
pub(crate) enum Writer {
    Pooled(DatabaseConnection),
    Funnel { queue: mpsc::Sender<Unit>, db: DatabaseConnection },
}

impl Writer {
    pub(crate) fn start(db: DatabaseConnection, backend: Backend) -> Self {
        match backend {
            Backend::Postgres => Writer::Pooled(db),
            Backend::Sqlite => {
                let (queue, units) = mpsc::channel(4 * MAX_BATCH);
                tokio::spawn(run_funnel(db.clone(), units));
                Writer::Funnel { queue, db }
            }
        }
    }

    pub(crate) async fn run<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c DatabaseTransaction) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
    {
        match self {
            Writer::Pooled(db) => {
                let tx = db.begin().await?;
                let value = work(&tx).await?;
                tx.commit().await?;
                Ok(value)
            }
            Writer::Funnel { queue, .. } => {
                let (answer, answered) = oneshot::channel::<Result<T, StoreError>>();
                let unit: Unit = Box::new(move |tx| {
                    async move {
                        match work(tx).await {
                            Ok(value) => Some(Box::new(move |committed: Result<(), StoreError>| {
                                let _ = answer.send(committed.map(|()| value));
                            }) as Deliver),
                            Err(error) => {
                                let _ = answer.send(Err(error));
                                None
                            }
                        }
                    }
                    .boxed()
                });
                queue.send(unit).await.map_err(|_| StoreError::Abandoned)?;
                answered.await.map_err(|_| StoreError::Abandoned)?
            }
        }
    }

    pub(crate) async fn close(&self) {
        match self {
            Writer::Pooled(db) => {
                let _ = db.clone().close().await;
            }
            Writer::Funnel { queue, db } => {
                // Wait until the funnel has drained what was queued, then close its connection.
                let _ = queue.reserve_many(queue.max_capacity()).await;
                let _ = db.clone().close().await;
            }
        }
    }
}

async fn run_funnel(db: DatabaseConnection, mut units: mpsc::Receiver<Unit>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while units.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let committed = commit_batch(&db, batch.drain(..)).await;
        tracing::trace!(committed, "committed a write batch");
    }
}

async fn commit_batch(db: &DatabaseConnection, batch: impl Iterator<Item = Unit>) -> usize {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    let tx = match db.begin_with_options(options).await {
        Ok(tx) => tx,
        Err(error) => {
            // Nothing ran: every unit's answer channel is dropped and its caller told so.
            tracing::error!(%error, "could not begin a write transaction");
            return 0;
        }
    };
    let mut staged: Vec<Deliver> = Vec::new();
    for unit in batch {
        let savepoint = match tx.begin().await {
            Ok(savepoint) => savepoint,
            Err(error) => {
                tracing::error!(%error, "could not open a savepoint");
                continue;
            }
        };
        match AssertUnwindSafe(unit(&savepoint)).catch_unwind().await {
            Ok(Some(deliver)) => match savepoint.commit().await {
                Ok(()) => staged.push(deliver),
                Err(error) => deliver(Err(error.into())),
            },
            Ok(None) => {
                let _ = savepoint.rollback().await;
            }
            Err(_) => {
                tracing::error!("a unit of work panicked; its changes were rolled back");
                let _ = savepoint.rollback().await;
            }
        }
    }
    let count = staged.len();
    match tx.commit().await {
        Ok(()) => staged.into_iter().for_each(|deliver| deliver(Ok(()))),
        Err(error) => {
            tracing::error!(%error, "a write batch failed to commit");
            let message = error.to_string();
            for deliver in staged {
                deliver(Err(StoreError::Database(sea_orm::DbErr::Custom(message.clone()))));
            }
        }
    }
    count
}
