//! The search index as the corpus engine's [`SearchSink`]: a writer over the server's one
//! [`SearchIndex`], so each commit is seen by the server's searches at once.
//!
//! The lead is adding the same adapter to `marsad-corpus`; until it lands, this minimal one
//! serves.

use std::sync::Arc;

use marsad_corpus::SearchSink;
use marsad_index::{IndexDoc, IndexError, SearchIndex, Writer};
use marsad_store::IndexableArticle;

/// Indexing memory of the server's writer: small, ingests over HTTP are small batches.
const WRITER_HEAP: usize = 32_000_000;

pub struct IndexSink {
    index: Arc<SearchIndex>,
    writer: Writer,
}

impl IndexSink {
    /// A writer over `index` (which holds the folder's lock from now on).
    pub fn new(index: Arc<SearchIndex>) -> Result<Self, IndexError> {
        let writer = index.writer(WRITER_HEAP)?;
        Ok(IndexSink { index, writer })
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
