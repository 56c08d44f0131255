//! What each subcommand does.

pub mod admin;
pub mod serve;

use crate::config::Config;
use anyhow::Context as _;
use cohort_store::{Backend, Store, StoreOptions};

/// Opens (and migrates) the configured database, creating the data directory for SQLite.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let url = config.database_url();
    if Backend::of_url(&url)? == Backend::Sqlite {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating the data directory {}", config.data_dir.display()))?;
    }
    let options = StoreOptions { url, max_connections: config.database_max_connections };
    Store::open(&options).await.with_context(|| format!("opening the database {options:?}"))
}
