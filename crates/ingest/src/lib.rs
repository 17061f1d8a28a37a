//! Reading articles from files, folders and standard input, as one stream.
//!
//! [`read_inputs`] turns the paths given to `marsad analyze` into an iterator of
//! `Result<Article, Problem>`: an article for each good input item, and one [`Problem`] for each
//! bad one, naming the file and line, after which reading goes on.
//!
//! | input | read as |
//! |---|---|
//! | `*.txt` | one article, the whole file its body; the id is the file stem |
//! | `*.jsonl`, `*.ndjson` | one article a line: `text`, and optional `id`, `title`, `source`, `url`, `published` |
//! | `*.html`, `*.htm` | one article: the main content (readability, `dom_smoothie`) one paragraph a line; title, date, outlet and url from the page's metadata; the id is the file stem |
//! | `*.sgml`, `*.trec` | TREC `<DOC>` documents, streamed: `<DOCNO>` the id (else `STEM:N`), `<HEADLINE>`/`<TITLE>`, `<DATE>`, `<SOURCE>`, `<TEXT>` |
//! | `*.rss`, `*.atom` | one article an item: its link the id and url (else its guid, else `STEM:N`), content or summary without HTML the text, the feed's title the source |
//! | `*.xml` | TREC documents or a feed, told by the first element |
//! | `*.warc` | each `response` (or `resource`) record holding an HTML page, through the HTML path; the target URI is the id, WARC-Date the date when the page has none |
//! | any of these + `.gz` | the same, gunzipped while read |
//! | a folder | its files of those kinds, recursively, in byte-wise path order; hidden ones left out |
//! | `-` | standard input: JSON Lines if it starts with `{`, TREC, a feed or HTML if it starts with such markup, else one article with id `stdin` |
//! | a file of another name | like `-`; skipped if it is binary |
//!
//! Bodies of `.txt` and JSON Lines are kept exactly as written (offsets index them), except that
//! a leading byte-order mark is removed. JSON Lines, TREC and WARC are streamed; no line or text
//! may exceed [`MAX_ITEM_BYTES`], and no page, `<DOC>`, record or feed item [`MAX_ARTICLE_BYTES`].
//! A `.gz` may expand to [`MAX_DECOMPRESSED_BYTES`], and not at a ratio only a decompression bomb
//! reaches. Text that is not UTF-8 is decoded as windows-1256 when that yields Arabic or Latin
//! text, with a [`Severity::Recovered`] note; HTML follows its declared charset.
//!
//! [`Deboilerplate`] is an adapter over the stream that removes the lines each source repeats
//! across its articles (share buttons, app notices, "اقرأ أيضاً" links); it is opt-in, since it
//! changes the text.

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
