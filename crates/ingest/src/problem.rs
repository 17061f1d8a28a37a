//! What went wrong with an input, told as one line a person can act on.
//!
//! A [`Problem`] names the input (`<stdin>` for `-`), the line when there is one, whether the
//! item was lost ([`Severity::Skipped`]) or read with a repair ([`Severity::Recovered`]), and a
//! [`ProblemKind`] saying why.

use std::fmt;
use std::path::{Path, PathBuf};

/// How much a [`Problem`] cost the item it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The item (a file, a line, or the rest of a file) was not read.
    Skipped,
    /// The item was read, but only after a repair the reader should know about.
    Recovered,
}

impl Severity {
    /// The word shown in a message: `skipped` or `note`.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Skipped => "skipped",
            Severity::Recovered => "note",
        }
    }
}

/// One problem with one input item; its `Display` is a single line such as
/// `data/x.jsonl:17: skipped: malformed JSON (expected `,` or `}` at column 40)`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}: {kind}", self.location(), severity.label())]
pub struct Problem {
    /// The input as given or found in a folder; `-` stands for standard input.
    pub path: PathBuf,
    /// The 1-based line in a JSON Lines input, when the problem concerns one line.
    pub line: Option<u64>,
    pub severity: Severity,
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem that cost the item: nothing of it was read.
    pub fn skipped(path: &Path, line: Option<u64>, kind: ProblemKind) -> Self {
        Problem { path: path.to_path_buf(), line, severity: Severity::Skipped, kind }
    }

    /// A note on an item that was read after the given repairs.
    pub fn recovered(path: &Path, line: Option<u64>, repairs: Vec<Repair>) -> Self {
        Problem {
            path: path.to_path_buf(),
            line,
            severity: Severity::Recovered,
            kind: ProblemKind::Repaired(repairs),
        }
    }

    /// True when something was not read, so a caller can exit with a failure status.
    pub fn is_skip(&self) -> bool {
        self.severity == Severity::Skipped
    }

    /// True when the item was read, after a repair.
    pub fn is_recovered(&self) -> bool {
        self.severity == Severity::Recovered
    }

    /// `PATH` or `PATH:LINE`, with `<stdin>` for `-`.
    pub fn location(&self) -> Location<'_> {
        Location { path: &self.path, line: self.line }
    }
}

/// Where a problem is, shown as `PATH` or `PATH:LINE`.
#[derive(Debug, Clone, Copy)]
pub struct Location<'a> {
    path: &'a Path,
    line: Option<u64>,
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.as_os_str() == "-" {
            f.write_str("<stdin>")?;
        } else {
            write!(f, "{}", self.path.display())?;
        }
        match self.line {
            Some(line) => write!(f, ":{line}"),
            None => Ok(()),
        }
    }
}

/// Why an item was skipped, or how it was repaired.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    #[error("cannot open: {reason}")]
    CannotOpen { reason: String },
    #[error("cannot read folder: {reason}")]
    CannotReadFolder { reason: String },
    #[error("standard input was already read")]
    StdinAlreadyRead,
    #[error("empty file")]
    Empty,
    #[error("binary file ({detail})")]
    Binary { detail: String },
    #[error("not text: {detail}")]
    NotText { detail: String },
    #[error("file larger than {}", size(*limit))]
    FileTooLarge { limit: u64 },
    #[error("line longer than {}", size(*limit))]
    LineTooLong { limit: u64 },
    /// Reading failed part way (a truncated or corrupt `.gz`): the rest of the file is lost.
    #[error("stopped reading this file: {reason}")]
    StreamBroken { reason: String },
    #[error("not JSON Lines: starts with {found:?} where `{{` was expected")]
    NotJsonLines { found: char },
    #[error("malformed JSON ({message} at column {column})")]
    MalformedJson { message: String, column: usize },
    #[error("not a JSON object")]
    NotAnObject,
    /// `found` is `None` when there is no `text` key at all.
    #[error("no text field{}", found.map(|f| format!(" (`text` is {f})")).unwrap_or_default())]
    NoText { found: Option<&'static str> },
    #[error("{}", Repairs(.0))]
    Repaired(Vec<Repair>),
    /// One article (an HTML page, a `<DOC>`, a WARC record, a feed item) over the article limit.
    #[error("article larger than {}", size(*limit))]
    ArticleTooLarge { limit: u64 },
    /// A `.gz` that expands too far: the rest of the file is not read.
    #[error("stopped reading this file: {0}")]
    Decompression(#[from] crate::gz::GzLimit),
    #[error("no article text found ({detail})")]
    NoContent { detail: String },
    #[error("not a readable RSS or Atom feed ({reason})")]
    NotAFeed { reason: String },
    #[error("XML that is neither TREC `<DOC>` documents nor an RSS or Atom feed (it starts with {found})")]
    UnknownMarkup { found: String },
    /// A `<DOC>` that has not ended when the file does.
    #[error("`<DOC>` not closed before the end of the file")]
    UnclosedDoc,
    /// A WARC record that cannot be framed; `offset` is its byte offset in the (uncompressed) file.
    #[error("WARC record {record} (byte {offset}): {defect}")]
    Warc { record: u64, offset: u64, defect: WarcDefect },
}

/// What is wrong with a WARC record's framing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WarcDefect {
    #[error("header is not a WARC header ({detail})")]
    BadHeader { detail: String },
    /// The record's Content-Length runs past the end of the file.
    #[error("Content-Length {declared} but only {remaining} bytes remain{}", salvage(*next_record))]
    LengthPastEnd { declared: u64, remaining: u64, next_record: bool },
    /// The record's Content-Length runs into the next record, which starts inside the body.
    #[error("Content-Length {declared} runs into the next record; body cut to its first {actual} bytes")]
    LengthIntoNext { declared: u64, actual: u64 },
    /// The Content-Length ends somewhere other than just before the blank line closing a record.
    #[error("{extra} bytes of garbage after its Content-Length of {declared}; resumed at the next record")]
    GarbageAfter { declared: u64, extra: u64 },
    #[error("body of {declared} bytes is larger than {}; skipped", size(*limit))]
    TooLarge { declared: u64, limit: u64 },
    /// The record holds a page that gave no article.
    #[error("page not read: {0}")]
    Page(Box<ProblemKind>),
    /// The record's page was read after the repairs.
    #[error("{}", Repairs(.0))]
    Repaired(Vec<Repair>),
}

/// How a record whose length ran past the end was read after all.
fn salvage(next_record: bool) -> &'static str {
    if next_record {
        "; its body taken up to the next record, which is read"
    } else {
        "; its body taken to the end of the file"
    }
}

/// A repair made so that an item could be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Repair {
    #[error("not valid UTF-8; decoded as windows-1256")]
    Windows1256,
    #[error("decoded as UTF-16{} (byte-order mark)", if *big_endian { "BE" } else { "LE" })]
    Utf16 { big_endian: bool },
    /// `value` is the JSON as written, shortened; `used` is the date put in its place.
    #[error("`published` {value} is not a date; used {}", used.as_deref().unwrap_or("none"))]
    UnparsablePublished { value: String, used: Option<String> },
    #[error("ignored `{field}`: it is {found}")]
    IgnoredField { field: &'static str, found: &'static str },
}

/// Several repairs of one item, joined so the message stays on one line.
struct Repairs<'a>(&'a [Repair]);

impl fmt::Display for Repairs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, repair) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{repair}")?;
        }
        Ok(())
    }
}

/// A size limit in MiB when it is a whole number of them (the usual case), else in bytes.
pub(crate) fn size(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes >= MIB && bytes & (MIB - 1) == 0 {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_is_named_and_lines_are_appended() {
        let p = Problem::skipped(Path::new("-"), Some(3), ProblemKind::NotAnObject);
        assert_eq!(p.to_string(), "<stdin>:3: skipped: not a JSON object");
        assert!(p.is_skip());
        let p = Problem::recovered(Path::new("a/b.txt"), None, vec![Repair::Windows1256]);
        assert_eq!(p.to_string(), "a/b.txt: note: not valid UTF-8; decoded as windows-1256");
        assert!(p.is_recovered());
    }

    #[test]
    fn limits_and_missing_text_read_well() {
        let limit = crate::MAX_ITEM_BYTES;
        assert_eq!(ProblemKind::LineTooLong { limit }.to_string(), "line longer than 64 MiB");
        assert_eq!(ProblemKind::NoText { found: None }.to_string(), "no text field");
        assert_eq!(
            ProblemKind::NoText { found: Some("a number") }.to_string(),
            "no text field (`text` is a number)"
        );
    }

    #[test]
    fn several_repairs_stay_on_one_line() {
        let kind = ProblemKind::Repaired(vec![
            Repair::Windows1256,
            Repair::UnparsablePublished { value: "\"soon\"".into(), used: Some("2018-05-01".into()) },
        ]);
        assert_eq!(
            kind.to_string(),
            "not valid UTF-8; decoded as windows-1256; `published` \"soon\" is not a date; used 2018-05-01"
        );
    }
}
