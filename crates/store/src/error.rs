//! What can go wrong with a store.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Database {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{}: schema version {found} is newer than this marsad knows ({known}); use a newer marsad", path.display())]
    NewerSchema { path: PathBuf, found: u32, known: u32 },
    #[error("{}: the stored analysis of article {key} cannot be read: {message}", path.display())]
    Corrupt { path: PathBuf, key: u64, message: String },
    #[error("{}: {message}", path.display())]
    Io { path: PathBuf, message: String },
}
