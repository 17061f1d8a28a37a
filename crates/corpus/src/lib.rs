//! The corpus engine: articles go in, and come out analyzed, grouped with their duplicates,
//! stored, and searchable.
//!
//! [`Corpus::ingest`] takes a stream of articles and, a batch at a time:
//! 1. fingerprints each text (in parallel) and decides what it is: already stored (the same
//!    id and content: nothing is added), an exact copy of a stored text (stored as a member
//!    of that text's duplicate group, not analyzed again), a near-duplicate (stored and
//!    analyzed in full, as a member of the group) or new;
//! 2. analyzes the texts that need it (in parallel);
//! 3. writes the batch to the [`Store`] in one transaction, then hands the analyzed
//!    articles to the search index — while the next batch is analyzed: writing is serial,
//!    so it overlaps the parallel analysis instead of following it.
//!
//! **The store is the truth; the index follows it.** The index is committed with a
//! watermark, the largest article key it holds; opening a corpus first indexes whatever the
//! store holds above the watermark. So a run killed at any moment, then started again, ends
//! with every article stored once and the index consistent with the store.

mod index_sink;
mod ingest;
mod search_sink;

pub use index_sink::{IndexSink, BULK_WRITER_HEAP, INDEX_DIR};
pub use ingest::{Corpus, CorpusError, IngestSummary, Outcome, BATCH};
pub use search_sink::SearchSink;
