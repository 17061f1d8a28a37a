//! What the corpus engine needs of a search index: to add articles and to commit them with
//! a watermark it can read back after a crash.

use marsad_store::IndexableArticle;

pub trait SearchSink {
    type Error: std::error::Error + Send + Sync + 'static;

    /// The largest article key of the last commit; none for an empty index.
    fn watermark(&self) -> Option<u64>;

    /// Adds (or replaces) the article with `article.key`.
    fn add(&mut self, article: &IndexableArticle) -> Result<(), Self::Error>;

    /// Makes everything added so far durable and visible, recording `watermark`.
    fn commit(&mut self, watermark: u64) -> Result<(), Self::Error>;
}
