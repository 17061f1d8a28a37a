//! TREC-style SGML: many `<DOC>` … `</DOC>` documents a file, read as a stream.
//!
//! The file is read a line at a time and only the document being read is held, so a file of
//! any size streams. Each document gives one article: `<DOCNO>` (or the `id` attribute of
//! `<DOC>`) is its id, `<HEADLINE>` or `<TITLE>` its title, `<DATE>`/`<DATETIME>` its date,
//! `<SOURCE>` its outlet, and its `<TEXT>` its body. A problem names the line the `<DOC>` began on.

use std::collections::VecDeque;
use std::io::BufRead;
use std::path::PathBuf;

use marsad_model::Article;

use crate::date::loose_date;
use crate::decode::decode_line;
use crate::gz::read_failure;
use crate::lines::{read_bounded_line, BoundedLine};
use crate::markup::{attribute, elements, find_ci, find_start_tag, tagged_text_as_lines};
use crate::problem::{Problem, ProblemKind, Repair};
use crate::Item;

const END_TAG: &[u8] = b"</doc>";

/// Where the reader is in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between documents: text here is ignored.
    Outside,
    /// Inside a document, which is being kept.
    Inside,
    /// Inside a document that is too large: passed over to its end.
    Skipping,
}

/// What a TREC reader needs besides its input.
pub(crate) struct TrecSetup {
    pub path: PathBuf,
    pub stem: String,
    pub gzip: bool,
    pub limit: u64,
    pub default_published: Option<String>,
}

/// The articles of one TREC file, in order, with a problem for each bad document.
pub(crate) struct TrecReader {
    setup: TrecSetup,
    lines: Box<dyn BufRead + Send>,
    state: State,
    line: u64,
    /// The document being read, from its `<DOC`.
    doc: Vec<u8>,
    doc_line: u64,
    docs_seen: u64,
    ready: VecDeque<Item>,
    done: bool,
}

impl TrecReader {
    pub(crate) fn new(setup: TrecSetup, lines: Box<dyn BufRead + Send>) -> Self {
        TrecReader {
            setup,
            lines,
            state: State::Outside,
            line: 0,
            doc: Vec::new(),
            doc_line: 0,
            docs_seen: 0,
            ready: VecDeque::new(),
            done: false,
        }
    }

    /// Reads one more line and turns what it completes into items; false at the end.
    fn advance(&mut self) -> bool {
        let mut buf = Vec::new();
        match read_bounded_line(self.lines.as_mut(), &mut buf, self.setup.limit) {
            Ok(BoundedLine::End) => {
                self.finish();
                false
            }
            Ok(BoundedLine::Read) => {
                self.line += 1;
                self.take_line(&buf);
                true
            }
            Ok(BoundedLine::TooLong) => {
                self.line += 1;
                self.too_long_line(&buf);
                true
            }
            Err(error) => {
                let reason = read_failure(&error, self.setup.gzip);
                self.ready.push_back(Err(self.problem(Some(self.line + 1), reason)));
                self.done = true;
                false
            }
        }
    }

    fn problem(&self, line: Option<u64>, kind: ProblemKind) -> Problem {
        Problem::skipped(&self.setup.path, line, kind)
    }

    /// Feeds one line to the state machine; a line may end one document and start another.
    fn take_line(&mut self, mut rest: &[u8]) {
        while !rest.is_empty() {
            rest = match self.state {
                State::Outside => match find_start_tag(rest, b"doc") {
                    Some(start) => {
                        self.start_doc();
                        &rest[start..]
                    }
                    None => &[],
                },
                State::Inside => self.continue_doc(rest),
                State::Skipping => self.skip_doc(rest),
            };
        }
    }

    fn start_doc(&mut self) {
        self.state = State::Inside;
        self.doc.clear();
        self.doc_line = self.line;
        self.docs_seen += 1;
    }

    /// Adds to the document up to its end tag, and returns what follows the end tag.
    fn continue_doc<'a>(&mut self, bytes: &'a [u8]) -> &'a [u8] {
        // The end tag may straddle two lines only in broken files; it is looked for in the line.
        let (part, rest) = match find_ci(bytes, END_TAG) {
            Some(end) => bytes.split_at(end + END_TAG.len()),
            None => (bytes, &[][..]),
        };
        self.doc.extend_from_slice(part);
        if self.doc.len() as u64 > self.setup.limit {
            self.drop_doc();
            return rest;
        }
        if part.len() < bytes.len() || find_ci(part, END_TAG).is_some() {
            self.state = State::Outside;
            let doc = std::mem::take(&mut self.doc);
            self.emit(doc);
        }
        rest
    }

    /// Passes over a document that is too large: up to its end tag, or a new `<DOC>`.
    fn skip_doc<'a>(&mut self, bytes: &'a [u8]) -> &'a [u8] {
        let end = find_ci(bytes, END_TAG);
        let start = find_start_tag(bytes, b"doc");
        match (end, start) {
            (_, Some(start)) if end.is_none_or(|end| start < end) => {
                self.state = State::Outside;
                &bytes[start..]
            }
            (Some(end), _) => {
                self.state = State::Outside;
                &bytes[end + END_TAG.len()..]
            }
            _ => &[],
        }
    }

    fn drop_doc(&mut self) {
        self.doc = Vec::new();
        self.state = State::Skipping;
        let limit = self.setup.limit;
        self.ready.push_back(Err(self.problem(Some(self.doc_line), ProblemKind::ArticleTooLarge { limit })));
    }

    /// A line over the limit: the document it is in (or starts) is too large.
    fn too_long_line(&mut self, start: &[u8]) {
        if self.state == State::Outside && find_start_tag(start, b"doc").is_some() {
            self.start_doc();
        }
        if self.state == State::Inside {
            self.drop_doc();
        }
    }

    fn finish(&mut self) {
        self.done = true;
        if self.state == State::Inside {
            self.ready.push_back(Err(self.problem(Some(self.doc_line), ProblemKind::UnclosedDoc)));
        }
        if self.docs_seen == 0 {
            let detail = "no `<DOC>` in the file".into();
            self.ready.push_back(Err(self.problem(None, ProblemKind::NoContent { detail })));
        }
    }

    /// Turns one complete document into its article (and the note on its decoding, if any).
    fn emit(&mut self, doc: Vec<u8>) {
        let line = Some(self.doc_line);
        let (text, repair) = match decode_line(doc) {
            Ok(decoded) => decoded,
            Err(kind) => return self.ready.push_back(Err(self.problem(line, kind))),
        };
        match self.article(&text) {
            Ok(article) => {
                if let Some(repair) = repair {
                    let repairs: Vec<Repair> = vec![repair];
                    self.ready.push_back(Err(Problem::recovered(&self.setup.path, line, repairs)));
                }
                self.ready.push_back(Ok(article));
            }
            Err(kind) => self.ready.push_back(Err(self.problem(line, kind))),
        }
    }

    fn article(&self, doc: &str) -> Result<Article, ProblemKind> {
        let body: Vec<String> = elements(doc, "text").into_iter().map(tagged_text_as_lines).collect();
        let text = body.into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join("\n");
        if text.is_empty() {
            return Err(ProblemKind::NoContent { detail: "no `<TEXT>` in the document".into() });
        }
        let id = first_field(doc, &["docno", "docid"])
            .or_else(|| attribute(doc, "id").map(str::to_string))
            .unwrap_or_else(|| format!("{}:{}", self.setup.stem, self.docs_seen));
        let published = first_field(doc, &["date", "datetime", "date_time", "pubdate"])
            .and_then(|date| loose_date(&date))
            .or_else(|| loose_date(&id))
            .or_else(|| self.setup.default_published.clone());
        Ok(Article {
            title: first_field(doc, &["headline", "title"]),
            source: first_field(doc, &["source"]),
            published,
            url: first_field(doc, &["url"]),
            text,
            id,
        })
    }
}

/// The text of the first of `names` present and not blank, on one line.
fn first_field(doc: &str, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let value = tagged_text_as_lines(elements(doc, name).first()?);
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        (!value.is_empty()).then_some(value)
    })
}

impl Iterator for TrecReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if self.done || !self.advance() && self.ready.is_empty() {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read(input: &str, limit: u64) -> Vec<Item> {
        let setup = TrecSetup {
            path: "t.sgml".into(),
            stem: "t".into(),
            gzip: false,
            limit,
            default_published: None,
        };
        TrecReader::new(setup, Box::new(Cursor::new(input.as_bytes().to_vec()))).collect()
    }

    #[test]
    fn documents_on_one_line_and_on_many() {
        let input = "<DOC><DOCNO>A1</DOCNO><TEXT>نص أول</TEXT></DOC><DOC><TEXT>نص ثان</TEXT></DOC>\n\
                     <DOC id=\"AFA_ARB_20010521.0001\">\n<HEADLINE>\nعنوان\n</HEADLINE>\n<TEXT>\n<P>\nفقرة\nأولى\n</P>\n</TEXT>\n</DOC>\n";
        let items = read(input, 1000);
        let articles: Vec<&Article> = items.iter().map(|item| item.as_ref().unwrap()).collect();
        assert_eq!(articles[0].id, "A1");
        assert_eq!(articles[0].text, "نص أول");
        assert_eq!(articles[1].id, "t:2");
        assert_eq!(articles[2].id, "AFA_ARB_20010521.0001");
        assert_eq!(articles[2].published.as_deref(), Some("2001-05-21"));
        assert_eq!(articles[2].title.as_deref(), Some("عنوان"));
        assert_eq!(articles[2].text, "فقرة أولى");
        assert_eq!(items.len(), 3);
    }

    #[test]
    fn a_large_document_is_skipped_with_its_line_and_the_next_is_read() {
        let big = "كلمة ".repeat(100);
        let input = format!("<DOC>\n<DOCNO>1</DOCNO>\n<TEXT>\n{big}\n{big}\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>2</DOCNO>\n<TEXT>قصير</TEXT>\n</DOC>\n<DOC>\n<TEXT>\nبلا نهاية");
        let items = read(&input, 800);
        let summary: Vec<String> = items
            .iter()
            .map(|item| match item {
                Ok(article) => article.id.clone(),
                Err(problem) => problem.to_string(),
            })
            .collect();
        assert_eq!(
            summary,
            [
                "t.sgml:1: skipped: article larger than 800 bytes",
                "2",
                "t.sgml:12: skipped: `<DOC>` not closed before the end of the file"
            ]
        );
    }
}
