//! What the handlers share: the store folder, a pool of read-only SQLite connections, the
//! search index, and (with a token) the one writer.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use marsad_corpus::Corpus;
use marsad_index::SearchIndex;
use marsad_store::SqliteStore;

use crate::error::ApiError;
use crate::sink::IndexSink;
use crate::ServerError;

/// Idle read connections kept for the next requests; more are opened when needed.
const POOL_SIZE: usize = 8;

pub type Writer = Corpus<SqliteStore, IndexSink>;

pub struct AppState {
    dir: PathBuf,
    index: Arc<SearchIndex>,
    /// SQLite connections are `Send` but not `Sync`: each request takes one for itself.
    readers: Mutex<Vec<SqliteStore>>,
    writer: Option<Mutex<Writer>>,
    token: Option<String>,
}

impl AppState {
    /// Opens the store in `dir`: read-only without a token (the store must exist), for
    /// writing with one (created when missing).
    pub fn open(dir: &Path, token: Option<String>) -> Result<Self, ServerError> {
        let token = token.filter(|token| !token.is_empty());
        let index = Arc::new(SearchIndex::open_or_create(&dir.join("index"))?);
        let writer = match token {
            Some(_) => {
                let store = SqliteStore::open(dir)?;
                let sink = IndexSink::new(Arc::clone(&index))?;
                Some(Mutex::new(Corpus::open(store, sink)?))
            }
            None => None,
        };
        let first = SqliteStore::open_read_only(dir)?;
        Ok(AppState { dir: dir.to_path_buf(), index, readers: Mutex::new(vec![first]), writer, token })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    pub fn writer(&self) -> Option<&Mutex<Writer>> {
        self.writer.as_ref()
    }

    /// Runs `read` on a pooled read-only connection, off the async threads.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        read: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = Arc::clone(self);
        blocking(move || {
            let store = state.take_reader()?;
            let result = read(&store);
            state.give_back(store);
            result
        })
        .await
    }

    fn take_reader(&self) -> Result<SqliteStore, ApiError> {
        let pooled = self.readers.lock().ok().and_then(|mut pool| pool.pop());
        match pooled {
            Some(store) => Ok(store),
            None => Ok(SqliteStore::open_read_only(&self.dir)?),
        }
    }

    fn give_back(&self, store: SqliteStore) {
        if let Ok(mut pool) = self.readers.lock() {
            if pool.len() < POOL_SIZE {
                pool.push(store);
            }
        }
    }
}

/// Runs blocking work (SQLite, tantivy, analysis) on the blocking threads.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|_| Err(ApiError::internal("the request failed inside the server")))
}
