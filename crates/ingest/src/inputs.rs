//! [`Inputs`]: the paths given, opened one at a time, as one stream of articles and problems.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::decode::{binary_reason, has_utf16_bom, strip_utf8_bom};
use crate::feed::read_feed;
use crate::gz::{read_failure, GuardedGz, MAX_DECOMPRESSED_BYTES};
use crate::head::{Head, Input};
use crate::html::{read_page, PageContext};
use crate::jsonl::{JsonlReader, JsonlSetup};
use crate::markup::{classify_markup, opening, Markup};
use crate::problem::{Problem, ProblemKind};
use crate::text::read_text;
use crate::trec::{TrecReader, TrecSetup};
use crate::walk::{describe_io_error, format_of, walk, Format, Found, Named};
use crate::warc::{WarcReader, WarcSetup};
use crate::{Item, ReadOptions, MAX_ARTICLE_BYTES, MAX_ITEM_BYTES};

/// The id of an article read as plain text from standard input.
const STDIN_ID: &str = "stdin";

/// The articles of all inputs, in order, with a [`Problem`] wherever something went wrong.
///
/// Made by [`crate::read_inputs`]. Inputs are opened one at a time, and JSON Lines are read a
/// line at a time, so memory stays small whatever the size of the inputs.
pub struct Inputs {
    default_published: Option<String>,
    limit: u64,
    article_limit: u64,
    gz_limit: u64,
    queue: VecDeque<Source>,
    current: Current,
    stdin: Option<Input>,
}

/// An input not opened yet.
enum Source {
    /// A path as the caller gave it: `-`, a file of any name, or a folder.
    Given(PathBuf),
    /// A file or a problem found in a folder.
    Found(Found),
}

/// The input being read.
enum Current {
    Nothing,
    Items(std::vec::IntoIter<Item>),
    Jsonl(Box<JsonlReader>),
    /// A format streamed record by record (TREC, WARC).
    Stream(Box<dyn Iterator<Item = Item> + Send>),
}

impl Inputs {
    pub(crate) fn new(paths: &[PathBuf], options: &ReadOptions) -> Self {
        Inputs {
            default_published: options.default_published.clone(),
            limit: MAX_ITEM_BYTES,
            article_limit: MAX_ARTICLE_BYTES,
            gz_limit: MAX_DECOMPRESSED_BYTES,
            queue: paths.iter().cloned().map(Source::Given).collect(),
            current: Current::Nothing,
            stdin: Some(Box::new(io::stdin())),
        }
    }

    /// Reads the path `-` from `reader` instead of the process's standard input.
    pub fn with_stdin(mut self, reader: impl Read + Send + 'static) -> Self {
        self.stdin = Some(Box::new(reader));
        self
    }

    /// Sets the largest article read from HTML, TREC, WARC and feeds (default
    /// [`MAX_ARTICLE_BYTES`]): one page, `<DOC>`, record or item over it is skipped with a message.
    pub fn with_article_limit(mut self, bytes: u64) -> Self {
        self.article_limit = bytes;
        self
    }

    /// Sets how far one `.gz` file may expand (default [`MAX_DECOMPRESSED_BYTES`]); past it, the
    /// rest of the file is skipped with a message. A very large JSON Lines dump may need more.
    pub fn with_decompressed_limit(mut self, bytes: u64) -> Self {
        self.gz_limit = bytes;
        self
    }

    /// Lowers the size limit of a line or a text, so tests need not write 64 MiB.
    #[cfg(test)]
    pub(crate) fn with_limit(mut self, limit: u64) -> Self {
        self.limit = limit;
        self
    }

    /// Makes the next source the current input.
    fn start(&mut self, source: Source) {
        self.current = match source {
            Source::Found(Found::Problem(problem)) => one(problem),
            Source::Found(Found::File(path)) => self.open_file(&path),
            Source::Given(path) if path.as_os_str() == "-" => self.open_stdin(),
            Source::Given(path) => self.open_given(path),
        };
    }

    fn open_given(&mut self, path: PathBuf) -> Current {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                // The folder's files go before the paths given after it.
                for found in walk(&path).into_iter().rev() {
                    self.queue.push_front(Source::Found(found));
                }
                Current::Nothing
            }
            Ok(_) => self.open_file(&path),
            Err(error) => cannot_open(&path, &error),
        }
    }

    fn open_stdin(&mut self) -> Current {
        let path = Path::new("-");
        match self.stdin.take() {
            Some(input) => self.sniffed(path, STDIN_ID.into(), input),
            None => one(Problem::skipped(path, None, ProblemKind::StdinAlreadyRead)),
        }
    }

    fn open_file(&mut self, path: &Path) -> Current {
        let file = match File::open(path) {
            Ok(file) => file,
            Err(error) => return cannot_open(path, &error),
        };
        let Some(named) = format_of(path) else { return self.unknown_file(path, file) };
        let Named { format, gzip, stem } = named;
        if format == Format::Text && !gzip {
            return self.text_file(path, stem, file);
        }
        let input: Input = if gzip { Box::new(GuardedGz::new(file, self.gz_limit)) } else { Box::new(file) };
        match format {
            Format::Text => self.text(path, stem, Head::read(input)),
            Format::Jsonl => self.jsonl(path, stem, input, gzip),
            Format::Html => self.html(path, stem, Head::read(input), gzip),
            Format::Xml => self.markup(path, stem, Head::read(input), gzip, None),
            Format::Trec => self.trec(path, stem, Head::read(input), gzip),
            Format::Feed => self.feed(path, &stem, Head::read(input), gzip),
            Format::Warc => self.warc(path, stem, input, gzip),
        }
    }

    fn text_file(&self, path: &Path, id: String, file: File) -> Current {
        // The size is known up front for a regular file: no need to read 64 MiB to refuse it.
        if let Ok(meta) = file.metadata() {
            if meta.is_file() && meta.len() > self.limit {
                let limit = self.limit;
                return one(Problem::skipped(path, None, ProblemKind::FileTooLarge { limit }));
            }
        }
        self.text(path, id, Head::read(Box::new(file)))
    }

    /// A whole input as one article, unless its head already shows it is not text.
    fn text(&self, path: &Path, id: String, mut head: Head) -> Current {
        // UTF-16 is full of NUL bytes, but it is text: `read_text` decodes it.
        let binary = (!has_utf16_bom(&head.bytes)).then(|| binary_reason(&head.bytes));
        if let Some(detail) = binary.flatten() {
            return one(Problem::skipped(path, None, ProblemKind::Binary { detail: detail.into() }));
        }
        if let Some(error) = head.take_error() {
            let reason = format!("read error ({error})");
            return one(Problem::skipped(path, None, ProblemKind::StreamBroken { reason }));
        }
        let (start, rest) = head.into_parts();
        let default_published = self.default_published.as_deref();
        Current::Items(read_text(path, id, start, rest, self.limit, default_published).into_iter())
    }

    fn jsonl(&self, path: &Path, stem: String, input: Input, gzip: bool) -> Current {
        let head = Head::read(input);
        if head.is_blank_input() {
            return one(Problem::skipped(path, None, ProblemKind::Empty));
        }
        if has_utf16_bom(&head.bytes) {
            let detail = "UTF-16 (byte-order mark); JSON Lines must be UTF-8".into();
            return one(Problem::skipped(path, None, ProblemKind::NotText { detail }));
        }
        if let Some(detail) = binary_reason(&head.bytes) {
            return one(Problem::skipped(path, None, ProblemKind::Binary { detail: detail.into() }));
        }
        if let Some(found) = first_char_if_not_brace(&head) {
            return one(Problem::skipped(path, None, ProblemKind::NotJsonLines { found }));
        }
        let setup = JsonlSetup {
            path: path.to_path_buf(),
            stem,
            gzip,
            limit: self.limit,
            default_published: self.default_published.clone(),
        };
        Current::Jsonl(Box::new(JsonlReader::new(setup, head.into_lines())))
    }

    /// A file named explicitly but not by a known extension: read it if it is text.
    fn unknown_file(&self, path: &Path, file: File) -> Current {
        let id = path.file_stem().map_or_else(|| STDIN_ID.into(), |stem| stem.to_string_lossy().into_owned());
        match self.sniffed(path, id, Box::new(file)) {
            Current::Items(items) => Current::Items(explain_unknown(path, items).into_iter()),
            other => other,
        }
    }

    /// JSON Lines when the first non-blank character is `{`, else one text article.
    fn sniffed(&self, path: &Path, id: String, input: Input) -> Current {
        let head = Head::read(input);
        if head.is_blank_input() {
            return one(Problem::skipped(path, None, ProblemKind::Empty));
        }
        if head.first_non_blank() == Some(b'{') {
            return self.jsonl(path, id, head_input(head), false);
        }
        if head.first_non_blank() == Some(b'<') {
            if let Some(markup) = classify_markup(without_bom(&head.bytes)) {
                return self.markup(path, id, head, false, Some(markup));
            }
        }
        self.text(path, id, head)
    }

    /// A file of markup: TREC documents, a feed, or an HTML page, told by its first element
    /// unless already known. An `.xml` file of another kind is one message.
    fn markup(&self, path: &Path, stem: String, head: Head, gzip: bool, known: Option<Markup>) -> Current {
        if let Some(current) = self.unreadable_head(path, &head) {
            return current;
        }
        match known.or_else(|| classify_markup(without_bom(&head.bytes))) {
            Some(Markup::Trec) => self.trec(path, stem, head, gzip),
            Some(Markup::Feed) => self.feed(path, &stem, head, gzip),
            Some(Markup::Html) => self.html(path, stem, head, gzip),
            None => {
                let found = opening(without_bom(&head.bytes));
                one(Problem::skipped(path, None, ProblemKind::UnknownMarkup { found }))
            }
        }
    }

    /// The message for a head that is empty or broke while it was read, if it did.
    fn unreadable_head(&self, path: &Path, head: &Head) -> Option<Current> {
        if head.is_blank_input() {
            return Some(one(Problem::skipped(path, None, ProblemKind::Empty)));
        }
        None
    }

    /// One HTML page: the file is one article, with the file stem as its id.
    fn html(&self, path: &Path, stem: String, head: Head, gzip: bool) -> Current {
        let too_large = ProblemKind::ArticleTooLarge { limit: self.article_limit };
        let bytes = match self.whole(path, head, gzip, self.article_limit, too_large) {
            Ok(bytes) => bytes,
            Err(current) => return current,
        };
        let context = PageContext {
            id: stem,
            default_published: self.default_published.as_deref(),
            ..PageContext::default()
        };
        match read_page(&bytes, &context) {
            Ok((article, repairs)) if repairs.is_empty() => Current::Items(vec![Ok(article)].into_iter()),
            Ok((article, repairs)) => {
                Current::Items(vec![Err(Problem::recovered(path, None, repairs)), Ok(article)].into_iter())
            }
            Err(kind) => one(Problem::skipped(path, None, kind)),
        }
    }

    /// A feed, read whole (up to the item limit): one article an item.
    fn feed(&self, path: &Path, stem: &str, head: Head, gzip: bool) -> Current {
        let too_large = ProblemKind::FileTooLarge { limit: self.limit };
        let bytes = match self.whole(path, head, gzip, self.limit, too_large) {
            Ok(bytes) => bytes,
            Err(current) => return current,
        };
        let default_published = self.default_published.as_deref();
        Current::Items(read_feed(path, stem, &bytes, self.article_limit, default_published).into_iter())
    }

    fn trec(&self, path: &Path, stem: String, head: Head, gzip: bool) -> Current {
        if let Some(current) = self.unreadable_head(path, &head) {
            return current;
        }
        let setup = TrecSetup {
            path: path.to_path_buf(),
            stem,
            gzip,
            limit: self.article_limit,
            default_published: self.default_published.clone(),
        };
        Current::Stream(Box::new(TrecReader::new(setup, head.into_lines())))
    }

    fn warc(&self, path: &Path, stem: String, input: Input, gzip: bool) -> Current {
        let head = Head::read(input);
        if let Some(current) = self.unreadable_head(path, &head) {
            return current;
        }
        let setup = WarcSetup {
            path: path.to_path_buf(),
            stem,
            gzip,
            limit: self.article_limit,
            default_published: self.default_published.clone(),
        };
        Current::Stream(Box::new(WarcReader::new(setup, head.into_lines())))
    }

    /// The whole input, at most `limit` bytes; `too_large` is the message for a longer one.
    fn whole(
        &self,
        path: &Path,
        mut head: Head,
        gzip: bool,
        limit: u64,
        too_large: ProblemKind,
    ) -> Result<Vec<u8>, Current> {
        if let Some(current) = self.unreadable_head(path, &head) {
            return Err(current);
        }
        if let Some(error) = head.take_error() {
            return Err(one(Problem::skipped(path, None, read_failure(&error, gzip))));
        }
        let (mut bytes, rest) = head.into_parts();
        // One byte over the limit is enough to know the input is too large.
        let room = (limit + 1).saturating_sub(bytes.len() as u64);
        if let Err(error) = rest.take(room).read_to_end(&mut bytes) {
            return Err(one(Problem::skipped(path, None, read_failure(&error, gzip))));
        }
        if bytes.len() as u64 > limit {
            return Err(one(Problem::skipped(path, None, too_large)));
        }
        strip_utf8_bom(&mut bytes);
        Ok(bytes)
    }
}

/// Bytes without a leading UTF-8 byte-order mark.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(crate::decode::UTF8_BOM).unwrap_or(bytes)
}

impl Iterator for Inputs {
    type Item = Result<marsad_model::Article, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = match &mut self.current {
                Current::Nothing => None,
                Current::Items(items) => items.next(),
                Current::Jsonl(reader) => reader.next(),
                Current::Stream(reader) => reader.next(),
            };
            if item.is_some() {
                return item;
            }
            let source = self.queue.pop_front()?;
            self.start(source);
        }
    }
}

impl std::iter::FusedIterator for Inputs {}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inputs")
            .field("default_published", &self.default_published)
            .field("waiting", &self.queue.len())
            .finish_non_exhaustive()
    }
}

/// A head put back together as an input, so the JSON Lines path can read its own head.
fn head_input(head: Head) -> Input {
    Box::new(head.into_lines())
}

/// The first non-blank character of a head when it is not the `{` a JSON object starts with.
fn first_char_if_not_brace(head: &Head) -> Option<char> {
    let bytes = head.bytes.strip_prefix(crate::decode::UTF8_BOM).unwrap_or(&head.bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let end = bytes.len().min(start + 4);
    let found = String::from_utf8_lossy(&bytes[start..end]).chars().next()?;
    (found != '{').then_some(found)
}

/// Adds to a binary file's message that its extension is not one marsad reads either.
fn explain_unknown(path: &Path, items: std::vec::IntoIter<Item>) -> Vec<Item> {
    let extension = path
        .extension()
        .map(|e| format!("`.{}` is not", e.to_string_lossy()))
        .unwrap_or_else(|| "a name without extension is not".into());
    items
        .map(|item| match item {
            Err(mut problem) => {
                if let ProblemKind::Binary { detail } = &mut problem.kind {
                    detail.push_str(&format!(
                        "; {extension} one marsad reads: .txt, .jsonl, .ndjson, .html, .htm, .xml, .sgml, .trec, .rss, .atom, .warc, each also .gz"
                    ));
                }
                Err(problem)
            }
            ok => ok,
        })
        .collect()
}

fn one(problem: Problem) -> Current {
    Current::Items(vec![Err(problem)].into_iter())
}

fn cannot_open(path: &Path, error: &io::Error) -> Current {
    let reason = describe_io_error(error);
    one(Problem::skipped(path, None, ProblemKind::CannotOpen { reason }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read_stdin(input: &str, limit: u64) -> Vec<Item> {
        let options = ReadOptions { default_published: Some("2018-05-01".into()) };
        Inputs::new(&[PathBuf::from("-")], &options)
            .with_stdin(Cursor::new(input.as_bytes().to_vec()))
            .with_limit(limit)
            .collect()
    }

    #[test]
    fn stdin_starting_with_a_brace_is_json_lines() {
        let items = read_stdin("\n  {\"text\":\"a\"}\n\n{\"id\":7,\"text\":\"b\"}\n", 1000);
        let ids: Vec<_> = items.iter().map(|i| i.as_ref().unwrap().id.clone()).collect();
        assert_eq!(ids, ["stdin:2", "7"]);
    }

    #[test]
    fn other_stdin_is_one_text_kept_exactly() {
        let items = read_stdin("\u{FEFF}  سطر أول\r\nسطر ثان\n", 1000);
        let article = items[0].as_ref().unwrap();
        assert_eq!(article.id, "stdin");
        assert_eq!(article.text, "  سطر أول\r\nسطر ثان\n");
        assert_eq!(article.published.as_deref(), Some("2018-05-01"));
        assert_eq!(items.len(), 1);
    }

    #[test]
    fn empty_stdin_and_a_second_dash_are_reported() {
        let options = ReadOptions::default();
        let items: Vec<_> = Inputs::new(&["-".into(), "-".into()], &options)
            .with_stdin(Cursor::new(b" \n".to_vec()))
            .map(|item| item.unwrap_err().to_string())
            .collect();
        assert_eq!(
            items,
            ["<stdin>: skipped: empty file", "<stdin>: skipped: standard input was already read"]
        );
    }

    #[test]
    fn lines_over_the_limit_are_skipped_and_reading_goes_on() {
        let long = "x".repeat(100);
        let input = format!(
            "{{\"text\":\"a\"}}\n{{\"text\":\"{long}\"}}\n{{\"text\":\"{}\"}}\n{{\"text\":\"b\"}}",
            "y".repeat(32)
        );
        // Line 3 is exactly 44 bytes, the limit: it is kept.
        let items = read_stdin(&input, 44);
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].as_ref().unwrap().text, "a");
        let problem = items[1].as_ref().unwrap_err();
        assert_eq!(problem.to_string(), "<stdin>:2: skipped: line longer than 44 bytes");
        assert_eq!(items[2].as_ref().unwrap().text, "y".repeat(32));
        assert_eq!(items[3].as_ref().unwrap().id, "stdin:4");
    }

    #[test]
    fn texts_over_the_limit_are_skipped() {
        let items = read_stdin(&"z".repeat(101), 100);
        assert_eq!(items.len(), 1);
        assert!(matches!(items[0].as_ref().unwrap_err().kind, ProblemKind::FileTooLarge { limit: 100 }));
        assert!(read_stdin(&"z".repeat(100), 100)[0].is_ok());
    }

    #[test]
    fn inputs_can_move_to_another_thread() {
        fn is_send<T: Send>(_: &T) {}
        is_send(&read_inputs_for_send());
    }

    fn read_inputs_for_send() -> Inputs {
        crate::read_inputs(&[], &ReadOptions::default())
    }
}
