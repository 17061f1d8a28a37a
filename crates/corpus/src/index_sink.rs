//! The tantivy search index (`marsad-index`) as the corpus engine's [`SearchSink`].

use std::path::Path;

use marsad_index::{IndexDoc, IndexError, SearchIndex, Writer};
use marsad_store::IndexableArticle;

use crate::search_sink::SearchSink;

/// The index folder inside a store folder.
pub const INDEX_DIR: &str = "index";

/// Indexing memory: tantivy flushes a segment when it is full, so more means fewer merges.
const WRITER_HEAP_BYTES: usize = 256 * 1024 * 1024;

/// A search index with its one writer.
pub struct IndexSink {
    index: SearchIndex,
    writer: Writer,
}

impl IndexSink {
    /// Opens (or creates) the index in `store_dir/index` and takes its writer lock.
    pub fn open(store_dir: &Path) -> Result<Self, IndexError> {
        Self::over(SearchIndex::open_or_create(&store_dir.join(INDEX_DIR))?)
    }

    /// An index in memory, for tests.
    pub fn in_ram() -> Result<Self, IndexError> {
        Self::over(SearchIndex::open_in_ram()?)
    }

    fn over(index: SearchIndex) -> Result<Self, IndexError> {
        let writer = index.writer(WRITER_HEAP_BYTES)?;
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
