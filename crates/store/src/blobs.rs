//! Uploaded files, stored by the SHA-256 of their content under `<data dir>/blobs/`: the same
//! file uploaded twice is stored once, and a name never points at changed content.

use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The blob store.
#[derive(Clone, Debug)]
pub struct BlobStore {
    root: PathBuf,
}

/// A stored blob's name: its SHA-256, hex.
pub type BlobId = String;

impl BlobStore {
    /// A blob store in `root`, created when first written to.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BlobStore { root: root.into() }
    }

    fn path(&self, id: &str) -> Option<PathBuf> {
        let valid = id.len() == 64 && id.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
        valid.then(|| self.root.join(&id[..2]).join(id))
    }

    /// Stores `bytes` durably (written, synced, then renamed into place) and names them.
    /// Returns whether the blob is new (so that a caller whose later step fails can remove it).
    pub async fn put(&self, bytes: Vec<u8>) -> std::io::Result<(BlobId, bool)> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || {
            let id: BlobId = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
            let dir = root.join(&id[..2]);
            let path = dir.join(&id);
            if path.exists() {
                return Ok((id, false));
            }
            std::fs::create_dir_all(&dir)?;
            let temporary = dir.join(format!(".{id}.{}", uuid::Uuid::now_v7().simple()));
            let mut file = std::fs::File::create(&temporary)?;
            file.write_all(&bytes)?;
            file.sync_all()?;
            std::fs::rename(&temporary, &path)?;
            sync_dir(&dir);
            Ok((id, true))
        })
        .await
        .map_err(std::io::Error::other)?
    }

    /// The content of a blob, if it exists.
    pub async fn get(&self, id: &str) -> std::io::Result<Option<Vec<u8>>> {
        let Some(path) = self.path(id) else { return Ok(None) };
        match tokio::fs::read(path).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Removes a blob (one that a failed write had just added).
    pub async fn remove(&self, id: &str) -> std::io::Result<()> {
        match self.path(id) {
            Some(path) => tokio::fs::remove_file(path).await,
            None => Ok(()),
        }
    }

    /// How many blobs are stored (for tests and reports).
    pub fn count(&self) -> usize {
        std::fs::read_dir(&self.root)
            .map(|dirs| {
                dirs.filter_map(Result::ok)
                    .filter_map(|d| std::fs::read_dir(d.path()).ok())
                    .map(|files| {
                        files
                            .filter_map(Result::ok)
                            .filter(|f| !f.file_name().to_string_lossy().starts_with('.'))
                            .count()
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
}

/// Makes a rename durable (best effort: not every platform syncs directories).
fn sync_dir(dir: &Path) {
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn content_names_the_blob() {
        let root = std::env::temp_dir().join(format!("cohort-blobs-{}", uuid::Uuid::now_v7().simple()));
        let blobs = BlobStore::new(&root);
        let (id, new) = blobs.put(b"%PDF-1.7 hello".to_vec()).await.unwrap();
        assert!(new);
        assert_eq!(id.len(), 64);
        let (again, new_again) = blobs.put(b"%PDF-1.7 hello".to_vec()).await.unwrap();
        assert_eq!((again.as_str(), new_again), (id.as_str(), false));
        assert_eq!(blobs.get(&id).await.unwrap().unwrap(), b"%PDF-1.7 hello");
        assert_eq!(blobs.count(), 1);
        assert!(blobs.get("../../etc/passwd").await.unwrap().is_none());
        blobs.remove(&id).await.unwrap();
        assert!(blobs.get(&id).await.unwrap().is_none());
        let _ = std::fs::remove_dir_all(root);
    }
}
