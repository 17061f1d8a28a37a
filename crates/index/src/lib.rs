//! The search index of marsad: articles in a tantivy index, searched with marsad's own Arabic
//! analyzer. Only this crate knows tantivy; its API speaks in articles, keys and characters.
//!
//! - [`analyzer`]: text to search terms (tokens, clitics, folding, light stems, spelling
//!   variants), each with the byte range of the word as written.
//! - [`tokenizer`]: the analyzer as a tantivy tokenizer.
//! - [`query`]: the query language (words, "phrases", `AND` / `OR` / `NOT` / `-`, parentheses)
//!   and its parser, with typed errors.
//! - [`schema`]: the fields, and [`IndexDoc`], an article as the store hands it over.
//! - [`index`]: [`SearchIndex`] (open, watermark, count) and its [`Writer`] (add, delete,
//!   commit with a watermark).
//! - [`search`]: [`SearchRequest`] with [`Filters`] and paging, [`SearchResults`] of [`Hit`]s
//!   with snippets; [`match_ranges`] for a whole article.
//! - [`highlight`]: matches in the original text and the snippet window, in characters.
//!
//! # The contract with the store
//!
//! - `key` is the store's article row id. [`Writer::add`] replaces the document of a key, so
//!   handing an article over twice (after a crash, or when it changed) leaves one document.
//! - Nothing added or deleted is visible or durable before [`Writer::commit`]; a writer dropped
//!   or killed before it loses what came after the last commit and nothing else.
//! - `commit(watermark)` stores the watermark with the commit: pass the highest row id whose
//!   add or delete the commit includes, and after a restart re-index the rows after
//!   [`SearchIndex::watermark`].
//! - Keep one [`Writer`] open while ingesting (it owns the indexing threads and the index's
//!   lock: a second writer on the same folder is an error) and commit every batch; searches
//!   through the same [`SearchIndex`] see each commit at once. A [`SearchIndex`] is `Send +
//!   Sync`: share one between the server's threads.
//! - Entity filters match the keys the caller indexed: resolve what a user typed to keys the
//!   same way before searching.
//!
//! ```
//! use marsad_index::{IndexDoc, SearchIndex, SearchRequest};
//!
//! let index = SearchIndex::open_in_ram().unwrap();
//! let mut writer = index.writer(50_000_000).unwrap();
//! let text = "قالت الخارجية الأميركية إن الهدنة صامدة.";
//! writer.add(&IndexDoc { key: 1, article_id: "a1", text, ..IndexDoc::default() }).unwrap();
//! writer.commit(1).unwrap();
//!
//! let results = index.search(&SearchRequest::new("أمريكية")).unwrap();
//! assert_eq!(results.total, 1);
//! let highlight = &results.hits[0].snippet.highlights[0];
//! assert_eq!(highlight.in_article.start, 14); // الأميركية, as written
//! ```

pub mod analyzer;
pub mod highlight;
pub mod index;
pub mod query;
pub mod schema;
pub mod search;
mod stepwise;
pub mod tokenizer;

pub use highlight::{CharRange, Highlight, Snippet};
pub use index::{IndexError, SearchIndex, Writer};
pub use query::QueryError;
pub use schema::IndexDoc;
pub use search::{match_ranges, Filters, Hit, SearchRequest, SearchResults};
