//! What each subcommand does.

pub mod admin;
pub mod demo;
pub mod serve;
pub mod transfer;
pub mod worker;

use crate::config::Config;
use anyhow::Context as _;
use cohort_store::{Backend, Store, StoreOptions};

/// Opens (and migrates) the configured database, creating the SQLite file's directory.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let url = config.database_url();
    if Backend::of_url(&url)? == Backend::Sqlite
        && let Some(directory) = sqlite_directory(&url)
    {
        std::fs::create_dir_all(&directory)
            .with_context(|| format!("creating the database directory {}", directory.display()))?;
    }
    let options = StoreOptions { url, max_connections: config.database_max_connections };
    Store::open(&options).await.with_context(|| format!("opening the database {options:?}"))
}

/// `cohort retention run [--dry-run]`: erases what is due now and prints what it did.
pub async fn retention(config: Config, dry_run: bool) -> anyhow::Result<()> {
    let store = open_store(&config).await?;
    let blobs = cohort_store::blobs::BlobStore::new(config.data_dir.join("blobs"));
    let report = crate::services::privacy::run_retention(&store, &blobs, chrono::Utc::now(), dry_run).await;
    store.close().await;
    for line in report?.lines() {
        println!("{line}");
    }
    Ok(())
}

/// The directory of the file a `sqlite://` URL names (without its `?options`).
fn sqlite_directory(url: &str) -> Option<std::path::PathBuf> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(std::path::Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_file_decides_which_directory_is_made() {
        assert_eq!(sqlite_directory("sqlite://cohort-data/cohort.db"), Some("cohort-data".into()));
        assert_eq!(sqlite_directory("sqlite:///tmp/x/c.db?mode=rwc"), Some("/tmp/x".into()));
        assert_eq!(sqlite_directory("sqlite://c.db"), None);
    }
}
