//! JSON Lines, read one line at a time so that a large (or gzipped) file streams.
//!
//! Lines are read as bytes, so one line in a foreign encoding costs that line only; a read
//! error (a truncated `.gz`) ends the file with one message at the line where it broke.

use std::io::{self, BufRead};
use std::path::PathBuf;

use marsad_model::Article;

use crate::decode::decode_line;
use crate::gz::read_failure;
use crate::lines::{read_bounded_line, BoundedLine};
use crate::problem::{Problem, ProblemKind};
use crate::record::{parse_record, RecordContext};
use crate::Item;

/// A line buffer grown past this by a long line is released rather than kept for the next.
const KEEP_BUFFER_BYTES: usize = 1 << 20;

/// The articles of one JSON Lines input, in order, with a problem for each bad line.
pub(crate) struct JsonlReader {
    path: PathBuf,
    stem: String,
    lines: Box<dyn BufRead + Send>,
    gzip: bool,
    limit: u64,
    default_published: Option<String>,
    line: u64,
    buf: Vec<u8>,
    saw_content: bool,
    done: bool,
    /// The article whose repair note was just returned.
    held: Option<Article>,
}

/// What a JSON Lines reader needs besides its input.
pub(crate) struct JsonlSetup {
    pub path: PathBuf,
    pub stem: String,
    pub gzip: bool,
    pub limit: u64,
    pub default_published: Option<String>,
}

impl JsonlReader {
    pub(crate) fn new(setup: JsonlSetup, lines: Box<dyn BufRead + Send>) -> Self {
        JsonlReader {
            path: setup.path,
            stem: setup.stem,
            lines,
            gzip: setup.gzip,
            limit: setup.limit,
            default_published: setup.default_published,
            line: 0,
            buf: Vec::new(),
            saw_content: false,
            done: false,
            held: None,
        }
    }

    /// Reads the next line into `buf`; `None` at the end of the input or after an error. A
    /// line over the limit is refused after skipping the rest of it.
    fn next_line(&mut self) -> Option<Result<(), Problem>> {
        self.buf.clear();
        if self.buf.capacity() > KEEP_BUFFER_BYTES {
            self.buf = Vec::new();
        }
        match read_bounded_line(self.lines.as_mut(), &mut self.buf, self.limit) {
            Ok(BoundedLine::End) => None,
            Ok(BoundedLine::Read) => {
                self.line += 1;
                Some(Ok(()))
            }
            Ok(BoundedLine::TooLong) => {
                self.line += 1;
                self.buf = Vec::new();
                Some(Err(self.skipped(ProblemKind::LineTooLong { limit: self.limit })))
            }
            Err(error) => Some(Err(self.broken(self.line + 1, &error))),
        }
    }

    /// The one message for a read error; nothing more is read from this input.
    fn broken(&mut self, line: u64, error: &io::Error) -> Problem {
        self.done = true;
        Problem::skipped(&self.path, Some(line), read_failure(error, self.gzip))
    }

    fn skipped(&self, kind: ProblemKind) -> Problem {
        Problem::skipped(&self.path, Some(self.line), kind)
    }

    /// The item for the line in `buf`, or `None` for a blank line.
    fn record(&mut self) -> Option<Item> {
        if self.buf.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        self.saw_content = true;
        let (text, decode_repair) = match decode_line(std::mem::take(&mut self.buf)) {
            Ok(decoded) => decoded,
            Err(kind) => return Some(Err(self.skipped(kind))),
        };
        let context = RecordContext {
            stem: &self.stem,
            line: self.line,
            default_published: self.default_published.as_deref(),
        };
        // Without its line break, an error at the end of the line is placed on this line.
        let parsed = parse_record(text.trim_end_matches(['\n', '\r']), &context);
        // The line's allocation serves the next line.
        self.buf = text.into_bytes();
        let (article, mut repairs) = match parsed {
            Ok(parsed) => parsed,
            Err(kind) => return Some(Err(self.skipped(kind))),
        };
        repairs.splice(0..0, decode_repair);
        if repairs.is_empty() {
            return Some(Ok(article));
        }
        // The note comes first, so it is read next to the article it concerns.
        self.held = Some(article);
        Some(Err(Problem::recovered(&self.path, Some(self.line), repairs)))
    }
}

impl Iterator for JsonlReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(article) = self.held.take() {
            return Some(Ok(article));
        }
        while !self.done {
            match self.next_line() {
                None => {
                    self.done = true;
                    if !self.saw_content {
                        return Some(Err(Problem::skipped(&self.path, None, ProblemKind::Empty)));
                    }
                }
                Some(Err(problem)) => return Some(Err(problem)),
                Some(Ok(())) => {
                    if let Some(item) = self.record() {
                        return Some(item);
                    }
                }
            }
        }
        None
    }
}
