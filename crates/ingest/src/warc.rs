//! WARC files (web archives): each `response` record holding an HTML page becomes an article
//! through the HTML path, with the record's target URI and date filling what the page omits.
//!
//! Record headers are parsed by the `warc` crate; the framing around them is done here, because
//! archives in the wild have records whose Content-Length lies. A length running past the end
//! of the file, or bytes left over after a record, get one [`Problem`] naming the record's
//! number and byte offset, and reading resumes at the next `WARC/` header line. Bodies are
//! read one at a time and never beyond the article limit, so a file of any size streams.

use std::collections::VecDeque;
use std::io::{self, BufRead, Cursor, Read};
use std::path::PathBuf;

use flate2::read::{GzDecoder, ZlibDecoder};

use crate::charset::charset_param;
use crate::gz::read_failure;
use crate::html::{read_page, PageContext};
use crate::lines::{read_bounded_line, BoundedLine};
use crate::markup::find;
use crate::problem::{Problem, ProblemKind, Severity, WarcDefect};
use crate::Item;

/// Longest header line kept; a longer one is not a WARC header.
const MAX_HEADER_LINE: u64 = 64 * 1024;

/// Most header lines in one record.
const MAX_HEADER_LINES: usize = 1000;

/// How much of an oversized body is read to see whether it is an HTML page worth a message.
const PEEK_BYTES: u64 = 8 * 1024;

/// The blank line that ends every record, after its body.
const RECORD_END: &[u8] = b"\r\n\r\n";

/// What a WARC reader needs besides its input.
pub(crate) struct WarcSetup {
    pub path: PathBuf,
    pub stem: String,
    pub gzip: bool,
    pub limit: u64,
    pub default_published: Option<String>,
}

/// One record's header: where it starts and what it says.
struct Header {
    number: u64,
    offset: u64,
    fields: Vec<(String, String)>,
    length: u64,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// The articles of one WARC file, in order, with a problem for each bad record.
pub(crate) struct WarcReader {
    setup: WarcSetup,
    input: Box<dyn BufRead + Send>,
    /// Bytes consumed from the (uncompressed) file, for offsets in messages.
    offset: u64,
    records: u64,
    ready: VecDeque<Item>,
    done: bool,
}

impl WarcReader {
    pub(crate) fn new(setup: WarcSetup, input: Box<dyn BufRead + Send>) -> Self {
        WarcReader { setup, input, offset: 0, records: 0, ready: VecDeque::new(), done: false }
    }

    /// Puts bytes back in front of the input: the start of a record found inside another.
    fn unread(&mut self, bytes: Vec<u8>) {
        self.offset -= bytes.len() as u64;
        let rest = std::mem::replace(&mut self.input, Box::new(io::empty()));
        self.input = Box::new(Cursor::new(bytes).chain(rest));
    }

    fn warc_problem(&mut self, header: &Header, severity: Severity, defect: WarcDefect) {
        let kind = ProblemKind::Warc { record: header.number, offset: header.offset, defect };
        let problem = Problem { path: self.setup.path.clone(), line: None, severity, kind };
        self.ready.push_back(Err(problem));
    }

    fn stop(&mut self, error: &io::Error) {
        let kind = read_failure(error, self.setup.gzip);
        self.ready.push_back(Err(Problem::skipped(&self.setup.path, None, kind)));
        self.done = true;
    }

    /// Reads one record and queues what it gives; false at the end of the file.
    fn advance(&mut self) -> bool {
        match self.read_header() {
            Ok(Some(header)) => {
                if let Err(error) = self.read_record(header) {
                    self.stop(&error);
                }
                !self.done
            }
            Ok(None) => false,
            Err(error) => {
                self.stop(&error);
                false
            }
        }
    }

    /// The next record's header, passing over blank lines and, with a message, anything that is
    /// not a header; `None` at the end of the file.
    fn read_header(&mut self) -> io::Result<Option<Header>> {
        loop {
            let Some((block, offset)) = self.next_header_block()? else { return Ok(None) };
            match parse_header(&block, self.records, offset) {
                Ok(header) => return Ok(Some(header)),
                // The body cannot be framed: the next header line is looked for instead.
                Err(detail) => {
                    let placeholder = Header { number: self.records, offset, fields: Vec::new(), length: 0 };
                    self.warc_problem(&placeholder, Severity::Skipped, WarcDefect::BadHeader { detail });
                }
            }
        }
    }

    /// The lines from the next `WARC/` line to the blank line after them, and their offset.
    fn next_header_block(&mut self) -> io::Result<Option<(Vec<u8>, u64)>> {
        let mut first = Vec::new();
        let mut skipped = 0u64;
        loop {
            first.clear();
            let found = read_bounded_line(self.input.as_mut(), &mut first, MAX_HEADER_LINE)?;
            if found == BoundedLine::End {
                return Ok(None);
            }
            self.offset += first.len() as u64;
            if found == BoundedLine::Read && first.starts_with(b"WARC/") {
                break;
            }
            skipped += count_non_blank(&first);
        }
        self.records += 1;
        let offset = self.offset - first.len() as u64;
        if skipped > 0 && self.records == 1 {
            let detail = format!("{skipped} bytes before the first record are not WARC");
            let start = Header { number: 1, offset: 0, fields: Vec::new(), length: 0 };
            self.warc_problem(&start, Severity::Skipped, WarcDefect::BadHeader { detail });
        }
        let mut block = first;
        for _ in 0..MAX_HEADER_LINES {
            let start = block.len();
            if read_bounded_line(self.input.as_mut(), &mut block, MAX_HEADER_LINE)? != BoundedLine::Read {
                break;
            }
            self.offset += (block.len() - start) as u64;
            if block[start..].iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        Ok(Some((block, offset)))
    }

    /// Reads the body after `header`, with the blank line after it, and queues its article.
    fn read_record(&mut self, header: Header) -> io::Result<()> {
        if header.length > self.setup.limit {
            return self.pass_over_large(&header);
        }
        let mut body = Vec::new();
        (&mut self.input).take(header.length).read_to_end(&mut body)?;
        self.offset += body.len() as u64;
        if (body.len() as u64) < header.length {
            self.salvage_short(&header, &mut body);
        } else {
            self.read_record_end(&header, Some(&mut body))?;
        }
        self.page_of(&header, &body);
        Ok(())
    }

    /// A body that ends with the file before its Content-Length: whatever follows the next
    /// record start inside it is put back to be read as records.
    fn salvage_short(&mut self, header: &Header, body: &mut Vec<u8>) {
        let remaining = body.len() as u64;
        let next_record = self.split_at_next_record(body, Vec::new());
        let defect = WarcDefect::LengthPastEnd { declared: header.length, remaining, next_record };
        self.warc_problem(header, Severity::Recovered, defect);
    }

    /// Cuts `body` where a swallowed record starts, if one does, and puts that record back
    /// (followed by `after`, bytes already read past the body); true if one was found.
    fn split_at_next_record(&mut self, body: &mut Vec<u8>, after: Vec<u8>) -> bool {
        let Some(end) = find(body, b"\r\n\r\nWARC/").or_else(|| find(body, b"\n\nWARC/")) else {
            return false;
        };
        let next = end + body[end..].iter().position(|&b| b == b'W').unwrap_or(0);
        let mut rest = body.split_off(next);
        rest.extend(after);
        body.truncate(end);
        self.unread(rest);
        true
    }

    /// Checks for the blank line that ends a record. When something else follows, the body
    /// either swallowed the start of the next record (the Content-Length is too long: the body
    /// is cut there) or is followed by garbage up to the next `WARC/` line (passed over).
    fn read_record_end(&mut self, header: &Header, body: Option<&mut Vec<u8>>) -> io::Result<()> {
        let mut end = Vec::new();
        (&mut self.input).take(RECORD_END.len() as u64).read_to_end(&mut end)?;
        self.offset += end.len() as u64;
        if end == RECORD_END || end.is_empty() || end == b"\r\n" || end == b"\n\n" {
            return Ok(());
        }
        if let Some(body) = body {
            let declared = header.length;
            if self.split_at_next_record(body, end.clone()) {
                let actual = body.len() as u64;
                self.warc_problem(
                    header,
                    Severity::Recovered,
                    WarcDefect::LengthIntoNext { declared, actual },
                );
                return Ok(());
            }
        }
        let extra = self.skip_to_next_record(end)?;
        let defect = WarcDefect::GarbageAfter { declared: header.length, extra };
        self.warc_problem(header, Severity::Recovered, defect);
        Ok(())
    }

    /// Passes over lines up to one starting with `WARC/`, which is put back; returns the number
    /// of bytes passed over, not counting blank lines.
    fn skip_to_next_record(&mut self, start: Vec<u8>) -> io::Result<u64> {
        let mut line = start;
        let mut passed = 0u64;
        loop {
            if !line.ends_with(b"\n") {
                let before = line.len();
                if read_bounded_line(self.input.as_mut(), &mut line, MAX_HEADER_LINE)? == BoundedLine::End {
                    return Ok(passed + count_non_blank(&line));
                }
                self.offset += (line.len() - before) as u64;
            }
            if let Some(at) = find(&line, b"WARC/") {
                let is_line_start = at == 0 || line[at - 1] == b'\n';
                if is_line_start {
                    passed += count_non_blank(&line[..at]);
                    let rest = line.split_off(at);
                    self.unread(rest);
                    return Ok(passed);
                }
            }
            passed += count_non_blank(&line);
            line.clear();
        }
    }

    /// A body over the limit is read past without being kept; an HTML page is reported.
    fn pass_over_large(&mut self, header: &Header) -> io::Result<()> {
        let mut peek = Vec::new();
        (&mut self.input).take(PEEK_BYTES.min(header.length)).read_to_end(&mut peek)?;
        let rest = io::copy(&mut (&mut self.input).take(header.length - peek.len() as u64), &mut io::sink())?;
        let read = peek.len() as u64 + rest;
        self.offset += read;
        if read < header.length {
            let defect =
                WarcDefect::LengthPastEnd { declared: header.length, remaining: read, next_record: false };
            self.warc_problem(header, Severity::Skipped, defect);
            self.done = true;
            return Ok(());
        }
        if is_html_response(header, &peek) {
            let defect = WarcDefect::TooLarge { declared: header.length, limit: self.setup.limit };
            self.warc_problem(header, Severity::Skipped, defect);
        }
        self.read_record_end(header, None)
    }

    /// Queues the article of an HTML response or resource record; other records are ignored.
    fn page_of(&mut self, header: &Header, body: &[u8]) {
        let Some(page) = html_payload(header, body) else { return };
        let payload = match page.payload(self.setup.limit) {
            Ok(payload) => payload,
            Err(reason) => {
                let defect = WarcDefect::Page(Box::new(ProblemKind::NoContent { detail: reason }));
                return self.warc_problem(header, Severity::Skipped, defect);
            }
        };
        let uri = header.get("WARC-Target-URI").map(|uri| uri.trim_matches(['<', '>']));
        let context = PageContext {
            id: uri.map_or_else(|| format!("{}:{}", self.setup.stem, header.number), str::to_string),
            fetched_url: uri,
            fetched_date: header.get("WARC-Date"),
            http_charset: page.content_type.as_deref().and_then(charset_param),
            default_published: self.setup.default_published.as_deref(),
        };
        match read_page(&payload, &context) {
            Ok((article, repairs)) => {
                if !repairs.is_empty() {
                    self.warc_problem(header, Severity::Recovered, WarcDefect::Repaired(repairs));
                }
                self.ready.push_back(Ok(article));
            }
            Err(kind) => self.warc_problem(header, Severity::Skipped, WarcDefect::Page(Box::new(kind))),
        }
    }
}

impl Iterator for WarcReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            if !self.advance() {
                self.done = true;
            }
        }
    }
}

fn count_non_blank(bytes: &[u8]) -> u64 {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        0
    } else {
        bytes.len() as u64
    }
}

/// The header block parsed by the `warc` crate, or why it is not a header.
fn parse_header(block: &[u8], number: u64, offset: u64) -> Result<Header, String> {
    // The crate's parser wants CRLF; some tools write bare LF.
    let block = if block.windows(2).any(|w| w == b"\r\n") { block.to_vec() } else { lf_to_crlf(block) };
    let (_, (_version, fields, length)) = warc::parser::headers(&block)
        .map_err(|_| "unparsable header fields or Content-Length".to_string())?;
    let fields = fields
        .into_iter()
        .map(|(name, value)| (name.to_string(), String::from_utf8_lossy(value).trim().to_string()));
    Ok(Header { number, offset, fields: fields.collect(), length: length as u64 })
}

fn lf_to_crlf(block: &[u8]) -> Vec<u8> {
    block.iter().flat_map(|&b| if b == b'\n' { vec![b'\r', b'\n'] } else { vec![b] }).collect()
}

/// An HTML page inside a record: the HTTP payload and what the HTTP header said about it.
struct HtmlPayload<'a> {
    body: &'a [u8],
    content_type: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
}

impl HtmlPayload<'_> {
    /// The page's bytes, with the transfer and content encodings undone.
    fn payload(&self, limit: u64) -> Result<Vec<u8>, String> {
        let body = if self.chunked {
            dechunk(self.body).unwrap_or_else(|| self.body.to_vec())
        } else {
            self.body.to_vec()
        };
        let encoding = self.content_encoding.as_deref().map(str::to_ascii_lowercase);
        let mut out = Vec::new();
        let decoded = match encoding.as_deref() {
            Some("gzip") | Some("x-gzip") => GzDecoder::new(&body[..]).take(limit + 1).read_to_end(&mut out),
            Some("deflate") => ZlibDecoder::new(&body[..]).take(limit + 1).read_to_end(&mut out),
            _ => return Ok(body),
        };
        decoded.map_err(|error| format!("content encoding {}: {error}", encoding.unwrap_or_default()))?;
        if out.len() as u64 > limit {
            return Err(format!("page expands past {}", crate::problem::size(limit)));
        }
        Ok(out)
    }
}

/// The HTML page of a `response` record (HTTP 2xx, an HTML content type) or of a `resource`
/// record of an HTML type; `None` for every other record.
fn html_payload<'a>(header: &Header, body: &'a [u8]) -> Option<HtmlPayload<'a>> {
    let kind = header.get("WARC-Type")?.to_ascii_lowercase();
    if kind == "resource" {
        let content_type = header.get("Content-Type")?.to_string();
        return is_html_type(&content_type).then_some(HtmlPayload {
            body,
            content_type: Some(content_type),
            content_encoding: None,
            chunked: false,
        });
    }
    if kind != "response" {
        return None;
    }
    let head_end =
        find(body, b"\r\n\r\n").map(|at| (at, 4)).or_else(|| find(body, b"\n\n").map(|at| (at, 2)))?;
    let head = String::from_utf8_lossy(&body[..head_end.0]);
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse::<u16>().ok()?;
    let fields: Vec<(&str, &str)> =
        lines.filter_map(|line| line.split_once(':')).map(|(n, v)| (n.trim(), v.trim())).collect();
    let field =
        |name: &str| fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.to_string());
    let content_type = field("Content-Type");
    let payload = &body[head_end.0 + head_end.1..];
    let html = match &content_type {
        Some(content_type) => is_html_type(content_type),
        None => crate::markup::classify_markup(payload) == Some(crate::markup::Markup::Html),
    };
    ((200..300).contains(&status) && html).then(|| HtmlPayload {
        body: payload,
        content_type,
        content_encoding: field("Content-Encoding"),
        chunked: field("Transfer-Encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")),
    })
}

/// Whether a record over the limit (of which `peek` is the start) holds an HTML page.
fn is_html_response(header: &Header, peek: &[u8]) -> bool {
    html_payload(header, peek).is_some()
}

fn is_html_type(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    media == "text/html" || media == "application/xhtml+xml"
}

/// An HTTP chunked body put back together; `None` when it is not well-formed chunks (archives
/// often keep the header but store the body already joined).
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?.strip_prefix(b"\r\n")?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_joined() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").as_deref(), Some(&b"Wikipedia"[..]));
        assert_eq!(dechunk(b"<html>"), None);
    }

    #[test]
    fn headers_with_bare_line_feeds_are_read() {
        let header = parse_header(b"WARC/1.0\nWARC-Type: response\nContent-Length: 12\n\n", 1, 0).unwrap();
        assert_eq!(header.get("warc-type"), Some("response"));
        assert_eq!(header.length, 12);
    }
}
