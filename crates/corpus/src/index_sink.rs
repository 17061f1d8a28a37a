//! The tantivy search index (`marsad-index`) as the corpus engine's [`SearchSink`]: for a
//! bulk load (`marsad ingest`) over an index of its own, or for a server over the index its
//! searches share, so each commit is seen by them at once.

use std::path::Path;
use std::sync::Arc;

use marsad_index::{IndexDoc, IndexError, SearchIndex, Writer};
use marsad_store::IndexableArticle;

use crate::search_sink::SearchSink;

/// The index folder inside a store folder.
pub const INDEX_DIR: &str = "index";

/// Indexing memory of a bulk load: tantivy flushes a segment when it is full, so more
/// means fewer merges.
pub const BULK_WRITER_HEAP: usize = 256 * 1024 * 1024;

/// A search index with its one writer, which holds the index folder's lock until dropped.
pub struct IndexSink {
    index: Arc<SearchIndex>,
    writer: Writer,
}

impl IndexSink {
    /// Opens (or creates) the index in `store_dir/index` and takes its writer lock.
    pub fn open(store_dir: &Path) -> Result<Self, IndexError> {
        let index = SearchIndex::open_or_create(&store_dir.join(INDEX_DIR))?;
        Self::shared(Arc::new(index), BULK_WRITER_HEAP)
    }

    /// An index in memory, for tests.
    pub fn in_ram() -> Result<Self, IndexError> {
        Self::shared(Arc::new(SearchIndex::open_in_ram()?), BULK_WRITER_HEAP)
    }

    /// A writer with `heap_bytes` of indexing memory over an index others search too.
    pub fn shared(index: Arc<SearchIndex>, heap_bytes: usize) -> Result<Self, IndexError> {
        let writer = index.writer(heap_bytes)?;
        Ok(IndexSink { index, writer })
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Waits for background merges, so a bulk load leaves few segments behind.
    pub fn finish(self) -> Result<(), IndexError> {
        self.writer.finish()
    }
}

impl SearchSink for IndexSink {
    type Error = IndexError;

    fn watermark(&self) -> Option<u64> {
        self.index.watermark()
    }

    fn add(&mut self, article: &IndexableArticle) -> Result<(), IndexError> {
        self.writer.add(&IndexDoc {
            key: article.key,
            article_id: &article.article_id,
            source: article.source.as_deref(),
            published: article.published.as_deref(),
            title: article.title.as_deref(),
            text: &article.text,
            actors: &article.actors,
            places: &article.places,
            event_types: &article.event_types,
        })
    }

    fn commit(&mut self, watermark: u64) -> Result<(), IndexError> {
        self.writer.commit(watermark)
    }
}
