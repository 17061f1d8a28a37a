//! The corpus store: every ingested article with its analysis — mentions, events, claims —
//! and its duplicate group, kept on disk and queried by canonical entity.
//!
//! [`Store`] is what the rest of marsad asks of a store; [`SqliteStore`] keeps it in one
//! embedded SQLite file (WAL, one transaction per batch, a versioned schema migrated on
//! open). A PostgreSQL store for a corpus that outgrows one machine implements the same
//! trait. Only this crate knows the disk format.
//!
//! Keys: each stored article has a `key`, given by the writer in increasing order
//! ([`Store::next_key`]); the search index and duplicate groups refer to articles by it.

mod analysis;
mod entity;
mod error;
mod packed;
mod query;
mod rows;
mod schema;
mod sqlite;
mod types;

pub use entity::{ClaimSummary, OutletCount};
pub use error::StoreError;
pub use sqlite::SqliteStore;
pub use types::*;

/// What marsad asks of a corpus store.
pub trait Store {
    /// The key the next stored article gets: one more than the largest stored.
    fn next_key(&self) -> Result<u64, StoreError>;

    /// The content hash stored for the article `article_id` of `source`, if it is stored:
    /// re-reading the same input adds nothing.
    fn stored_content(&self, source: Option<&str>, article_id: &str) -> Result<Option<[u8; 16]>, StoreError>;

    /// The duplicate group (its first article's key) of the stored text with exactly this
    /// content, if any.
    fn key_of_content(&self, content: &[u8; 16]) -> Result<Option<u64>, StoreError>;

    /// Every stored SimHash with its duplicate group (the key of the group's first article,
    /// or of the article itself), in key order: the near-duplicate detector is rebuilt from
    /// them when a run starts.
    fn simhashes(&self) -> Result<Vec<(u64, u64)>, StoreError>;

    /// Writes a batch of articles in one transaction: all of them are stored, or none.
    fn write(&mut self, batch: &[NewArticle]) -> Result<(), StoreError>;

    /// Before a bulk load: a store may put off, until [`Store::end_bulk_load`], the work
    /// only queries need (SQLite: the query indexes, when the store is empty). Queries stay
    /// right in between, only slower.
    fn begin_bulk_load(&mut self) -> Result<(), StoreError> {
        Ok(())
    }

    /// After a bulk load: what [`Store::begin_bulk_load`] put off is done. A store opened
    /// for writing after a load that never ended does it then.
    fn end_bulk_load(&mut self) -> Result<(), StoreError> {
        Ok(())
    }

    /// Up to `limit` analyzed articles with keys above `after`, in key order, with what the
    /// search index holds of each.
    fn indexable_after(&self, after: Option<u64>, limit: usize) -> Result<Vec<IndexableArticle>, StoreError>;

    /// One stored article with its analysis.
    fn article(&self, key: u64) -> Result<Option<StoredArticle>, StoreError>;

    /// The keys of the articles stored under `article_id` (one per source that used it).
    fn keys_of_id(&self, article_id: &str) -> Result<Vec<u64>, StoreError>;

    /// Events matching `query`, newest first.
    fn events(&self, query: &EventQuery) -> Result<Vec<EventSummary>, StoreError>;

    /// How many events matching `query` (its paging aside) fall on each day, per type.
    fn event_days(&self, query: &EventQuery) -> Result<Vec<DayCount>, StoreError>;

    /// How many events matching `query` name each place with coordinates, per type, most
    /// first, at most `query.limit` rows.
    fn event_places(&self, query: &EventQuery) -> Result<Vec<PlaceCount>, StoreError>;

    /// Actors or places with how often they are mentioned and when first and last seen.
    fn entities(&self, query: &EntityQuery) -> Result<Vec<EntitySummary>, StoreError>;

    /// Per outlet: articles, events and claims.
    fn sources(&self) -> Result<Vec<SourceSummary>, StoreError>;

    /// The largest duplicate groups, each with its members.
    fn duplicate_groups(&self, limit: usize) -> Result<Vec<DuplicateGroup>, StoreError>;

    /// Counts of everything stored.
    fn stats(&self) -> Result<Stats, StoreError>;
}
