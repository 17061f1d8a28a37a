//! Reading articles from files, folders and standard input, as one stream.
//!
//! [`read_inputs`] turns the paths given to `marsad analyze` into an iterator of
//! `Result<Article, Problem>`: an article for each good input item, and one [`Problem`] for each
//! bad one, naming the file and line, after which reading goes on.
//!
//! | input | read as |
//! |---|---|
//! | `*.txt` | one article, the whole file its body; the id is the file stem |
//! | `*.jsonl`, `*.ndjson`, and gzipped `*.jsonl.gz`, `*.ndjson.gz` | one article a line: `text`, and optional `id`, `title`, `source`, `url`, `published` |
//! | a folder | its files of those kinds, recursively, in byte-wise path order; hidden ones left out |
//! | `-` | standard input: JSON Lines if it starts with `{`, else one article with id `stdin` |
//! | a file of another name | like `-`; skipped if it is binary |
//!
//! Bodies are kept exactly as written (offsets index them), except that a leading byte-order
//! mark is removed. JSON Lines are streamed a line at a time; no line or text may exceed
//! [`MAX_ITEM_BYTES`]. Text that is not UTF-8 is decoded as windows-1256 when that yields
//! Arabic or Latin text, with a [`Severity::Recovered`] note.

mod boilerplate;
mod charset;
mod date;
mod decode;
mod feed;
mod gz;
mod head;
mod html;
mod inputs;
mod jsonl;
pub mod lines;
mod markup;
mod problem;
mod record;
mod text;
mod trec;
mod walk;
mod warc;

use std::path::PathBuf;

use marsad_model::Article;

pub use boilerplate::{BoilerplateReport, Deboilerplate, DEFAULT_WINDOW};
pub use gz::{GzLimit, MAX_DECOMPRESSED_BYTES};
pub use inputs::Inputs;
pub use problem::{Location, Problem, ProblemKind, Repair, Severity, WarcDefect};

/// The largest line of JSON Lines, or text file, or feed file, that is read: 64 MiB.
pub const MAX_ITEM_BYTES: u64 = 64 * 1024 * 1024;

/// The largest single article of HTML, TREC, WARC or a feed: one page, `<DOC>`, record body or
/// item over 10 MiB is skipped with a message (a news article is some kilobytes).
pub const MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// What every input item yields.
pub(crate) type Item = Result<Article, Problem>;

/// How to read inputs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// `YYYY-MM-DD` given to articles whose input has no (readable) publication date.
    pub default_published: Option<String>,
}

/// The articles of `paths`, in order: files, folders, and `-` for standard input.
///
/// Nothing is opened until the iterator is advanced; a bad input yields an `Err` and the
/// iteration goes on with the next item.
pub fn read_inputs(paths: &[PathBuf], options: &ReadOptions) -> Inputs {
    Inputs::new(paths, options)
}
