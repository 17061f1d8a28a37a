//! What the handlers share: the store folder, a pool of read-only SQLite connections, the
//! search index, and (with a token) the right to write.
//!
//! The index's writer lock is taken only while an ingest runs, not for the server's life,
//! so `marsad ingest` can load the same store while the server serves it; whichever comes
//! second while the other writes is told so plainly.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use marsad_corpus::{Corpus, CorpusError, IndexSink, INDEX_DIR};
use marsad_index::{IndexError, SearchIndex};
use marsad_store::SqliteStore;

use crate::error::ApiError;
use crate::pool::WorkPool;
use crate::ServerError;

/// Idle read connections kept for the next requests; more are opened when needed.
const POOL_SIZE: usize = 8;

/// How stale the index may be to searches when another process (`marsad ingest`) commits:
/// reloading opens every segment again, far too costly to do for each search.
const RELOAD_EVERY: Duration = Duration::from_secs(1);

/// Indexing memory of an ingest: small, ingests over HTTP are small batches.
const WRITER_HEAP: usize = 32_000_000;

/// The store and index as one ingest writes them.
pub type Writer = Corpus<SqliteStore, IndexSink>;

pub struct AppState {
    dir: PathBuf,
    index: Arc<SearchIndex>,
    /// SQLite connections are `Send` but not `Sync`: each request takes one for itself.
    readers: Mutex<Vec<SqliteStore>>,
    /// Held while this server ingests, so its own ingests take turns.
    ingesting: Mutex<()>,
    token: Option<String>,
    started: Instant,
    /// When the index was last reloaded, in milliseconds after `started`.
    reloaded_at: AtomicU64,
    searches: WorkPool,
}

impl AppState {
    /// Opens the store in `dir`: read-only without a token (the store must exist), for
    /// writing with one (created when missing).
    pub fn open(dir: &Path, token: Option<String>) -> Result<Self, ServerError> {
        let token = token.filter(|token| !token.is_empty());
        let index = Arc::new(SearchIndex::open_or_create(&dir.join(INDEX_DIR))?);
        if token.is_some() {
            // Creates (or migrates) the store, so the read-only connections find one.
            SqliteStore::open(dir)?;
        }
        let first = SqliteStore::open_read_only(dir)?;
        let readers = Mutex::new(vec![first]);
        Ok(AppState {
            dir: dir.to_path_buf(),
            index,
            readers,
            ingesting: Mutex::new(()),
            token,
            started: Instant::now(),
            reloaded_at: AtomicU64::new(0),
            searches: WorkPool::per_core("search"),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The index, reloaded first when another process may have committed since the last
    /// reload more than [`RELOAD_EVERY`] ago. This server's own ingests reload it at once.
    pub fn fresh_index(&self) -> &SearchIndex {
        let now = self.started.elapsed().as_millis() as u64;
        let last = self.reloaded_at.load(Ordering::Relaxed);
        let due = now.saturating_sub(last) >= RELOAD_EVERY.as_millis() as u64;
        // One search of those arriving together does the reload.
        if due && self.reloaded_at.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
            let _ = self.index.reload();
        }
        &self.index
    }

    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Runs a search on the search threads (one per core, first come first served).
    pub async fn search<T: Send + 'static>(
        self: &Arc<Self>,
        search: impl FnOnce(&SearchIndex) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = Arc::clone(self);
        self.searches.run(move || search(state.fresh_index())).await
    }

    /// Runs `write` on the store and index, holding the index's writer lock only meanwhile.
    /// Blocking: call it from [`blocking`].
    pub fn write<T>(&self, write: impl FnOnce(&mut Writer) -> Result<T, CorpusError>) -> Result<T, ApiError> {
        let _turn = self.ingesting.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let sink = IndexSink::shared(Arc::clone(&self.index), WRITER_HEAP).map_err(|error| match error {
            IndexError::Locked => busy(),
            other => failed(other),
        })?;
        let store = SqliteStore::open(&self.dir).map_err(failed)?;
        // Opening reads the store afresh (keys, fingerprints), as another process may have
        // written it since, and indexes what that process stored but did not index.
        let mut corpus = Corpus::open(store, sink).map_err(failed)?;
        write(&mut corpus).map_err(failed)
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

/// Another process (`marsad ingest`) holds the index's writer lock.
fn busy() -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "another process (a marsad ingest) is writing this store: try again when it ends",
    )
}

fn failed(error: impl std::fmt::Display) -> ApiError {
    // The message may name files, which are the operator's business: log it, answer plainly.
    eprintln!("marsad serve: ingest: {error}");
    ApiError::internal("the articles could not be stored")
}

/// Runs blocking work (SQLite, tantivy, analysis) on the blocking threads.
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|_| Err(ApiError::internal("the request failed inside the server")))
}
