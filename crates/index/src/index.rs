//! The index on disk (or in memory): opening it, writing to it, its watermark.
//!
//! Tantivy changes an index only by commits: a commit writes the new segments, then replaces
//! `meta.json` atomically. A process killed between commits leaves the last committed state,
//! and its writer lock (an OS file lock) dies with it. Each commit carries the store's
//! **watermark** as its payload — the highest article row the store has handed over — so after
//! a crash the store re-indexes what came after [`SearchIndex::watermark`]; [`Writer::add`]
//! replaces a key's document, so indexing a row twice is harmless.

use std::path::{Path, PathBuf};

use tantivy::directory::MmapDirectory;
use tantivy::{
    Index, IndexBuilder, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};
use thiserror::Error;

use crate::query::QueryError;
use crate::schema::{Fields, IndexDoc};
use crate::tokenizer::{ArabicTokenizer, TOKENIZER_NAME};

/// What can go wrong with the index.
#[derive(Debug, Error)]
pub enum IndexError {
    #[error("index directory {path}: {source}")]
    Directory { path: PathBuf, source: std::io::Error },
    /// A failure of the search engine underneath (I/O, a corrupt or foreign index, a lock
    /// held by another writer), with what was being done.
    #[error("search index, {doing}: {message}")]
    Engine { doing: &'static str, message: String },
    /// Another writer (another process, or another writer in this one) holds the index's
    /// lock: one writer at a time.
    #[error("the search index is being written by another writer")]
    Locked,
    #[error("query: {0}")]
    Query(#[from] QueryError),
    #[error("date {value:?} is not YYYY-MM-DD")]
    BadDate { value: String },
    #[error("page start {offset} is past the deepest, {max}: narrow the search instead")]
    PageTooDeep { offset: usize, max: usize },
}

/// Wraps an engine error with what was being done.
pub(crate) fn engine(doing: &'static str) -> impl FnOnce(tantivy::TantivyError) -> IndexError {
    move |error| IndexError::Engine { doing, message: error.to_string() }
}

/// The search index of articles.
pub struct SearchIndex {
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").field("docs", &self.doc_count()).finish()
    }
}

/// The document store's block: a hit's stored fields are read by decompressing the whole
/// block that holds them. Tantivy's default (16 KiB) holds about five articles, so a page of
/// ten hits decompressed ~50 articles; a block of 4 KiB holds one or two, at the cost of a
/// store about 10% larger (measured on ANT).
const DOCSTORE_BLOCK_BYTES: usize = 4096;

/// The index's settings: tantivy's, with the smaller document-store block.
fn settings() -> IndexSettings {
    IndexSettings { docstore_blocksize: DOCSTORE_BLOCK_BYTES, ..IndexSettings::default() }
}

/// Indexing memory tantivy insists on for its indexing thread.
const MIN_HEAP: usize = 15_000_000;

/// Tantivy's indexing threads of a writer. One: marsad's ingest analyzes each article on
/// every core before it reaches the index, so the cores are busy already, and each more
/// thread only cut the same documents into more segments, each with its own terms to write,
/// then merged again (one thread took 5–10% off the CPU time of an ingest of ANT, with the
/// same search results).
const INDEXING_THREADS: usize = 1;

impl SearchIndex {
    /// Opens the index in `dir`, creating the folder and an empty index when there is none.
    pub fn open_or_create(dir: &Path) -> Result<Self, IndexError> {
        std::fs::create_dir_all(dir)
            .map_err(|source| IndexError::Directory { path: dir.to_path_buf(), source })?;
        let directory = MmapDirectory::open(dir).map_err(|error| IndexError::Engine {
            doing: "opening the directory",
            message: error.to_string(),
        })?;
        let (schema, fields) = Fields::build();
        let mut index = IndexBuilder::new()
            .schema(schema)
            .settings(settings())
            .open_or_create(directory)
            .map_err(engine("opening the index"))?;
        // An index made before keeps its settings on disk: its new segments (and merges that
        // rewrite the document store) take these.
        *index.settings_mut() = settings();
        Self::ready(index, fields)
    }

    /// A new index in memory (tests, small tools).
    pub fn open_in_ram() -> Result<Self, IndexError> {
        let (schema, fields) = Fields::build();
        let index = IndexBuilder::new()
            .schema(schema)
            .settings(settings())
            .create_in_ram()
            .map_err(engine("creating"))?;
        Self::ready(index, fields)
    }

    fn ready(index: Index, fields: Fields) -> Result<Self, IndexError> {
        index.tokenizers().register(TOKENIZER_NAME, ArabicTokenizer::default());
        // Reloaded by our own commits (and `reload`), not by a watcher thread.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(engine("opening a reader"))?;
        Ok(SearchIndex { index, reader, fields })
    }

    /// A writer with about `heap_bytes` of indexing memory (at least 15 MB: less is raised
    /// to that), on [`INDEXING_THREADS`] thread. One writer at a time per index: a second is
    /// [`IndexError::Locked`].
    pub fn writer(&self, heap_bytes: usize) -> Result<Writer, IndexError> {
        let heap = heap_bytes.max(INDEXING_THREADS * MIN_HEAP);
        let writer =
            self.index.writer_with_num_threads(INDEXING_THREADS, heap).map_err(|error| match error {
                tantivy::TantivyError::LockFailure(..) => IndexError::Locked,
                other => engine("opening a writer")(other),
            })?;
        Ok(Writer { writer, reader: self.reader.clone(), fields: self.fields })
    }

    /// The watermark stored with the last commit; `None` before the first.
    pub fn watermark(&self) -> Option<u64> {
        let metas = self.index.load_metas().ok()?;
        metas.payload?.trim().parse().ok()
    }

    /// The number of documents searches see.
    pub fn doc_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Sees the last commit, made by a writer of another `SearchIndex` on the same folder
    /// (this index's own writers reload it when they commit).
    pub fn reload(&self) -> Result<(), IndexError> {
        self.reader.reload().map_err(engine("reloading"))
    }
}

/// Adds and deletes articles; nothing is visible, or durable, before [`Writer::commit`].
pub struct Writer {
    writer: IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
}

impl Writer {
    /// Adds an article, replacing any document with its key (the delete comes first, so it
    /// spares the document added after it).
    pub fn add(&mut self, doc: &IndexDoc) -> Result<(), IndexError> {
        self.delete(doc.key);
        self.writer.add_document(self.fields.document(doc)).map_err(engine("adding a document"))?;
        Ok(())
    }

    /// Deletes the article with `key`, if there is one.
    pub fn delete(&mut self, key: u64) {
        self.writer.delete_term(Term::from_field_u64(self.fields.key, key));
    }

    /// Makes everything added and deleted so far durable and visible, with `watermark`
    /// stored alongside (see [`SearchIndex::watermark`]).
    pub fn commit(&mut self, watermark: u64) -> Result<(), IndexError> {
        let mut prepared = self.writer.prepare_commit().map_err(engine("preparing a commit"))?;
        prepared.set_payload(&watermark.to_string());
        prepared.commit().map_err(engine("committing"))?;
        self.reader.reload().map_err(engine("reloading"))
    }

    /// Drops what was added and deleted since the last commit.
    pub fn rollback(&mut self) -> Result<(), IndexError> {
        self.writer.rollback().map_err(engine("rolling back"))?;
        Ok(())
    }

    /// Waits for the background segment merges to end: call it before exiting after a bulk
    /// load, so the index is left in few segments.
    pub fn finish(self) -> Result<(), IndexError> {
        self.writer.wait_merging_threads().map_err(engine("merging"))
    }
}
