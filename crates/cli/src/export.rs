//! `marsad export`: the events of analysis records as a table (CSV), a map (GeoJSON) or JSON
//! Lines, one row per event with the columns of `marsad_export::COLUMNS`.
//!
//! An input holds records — what `marsad analyze` prints — when it is a `.jsonl` / `.ndjson`
//! file (gzipped or not) or standard input, and its first non-blank line is a JSON object
//! with a `mentions` key. Every other input (text files, JSON Lines of articles, folders) is
//! read as articles and analyzed first, by the same batch loop as `marsad analyze`. Records
//! are read a line at a time; a line that is no record is reported as `file:line`, and the
//! run goes on.

use std::fmt::Display;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use flate2::read::MultiGzDecoder;
use marsad_export::{event_rows, feature, json_line, EventRow, COLUMNS};
use marsad_ingest::lines::{read_bounded_line, BoundedLine};
use marsad_ingest::{read_inputs, Problem, ProblemKind, ReadOptions, MAX_ITEM_BYTES};
use marsad_lexicon::cues::CueData;
use marsad_model::{Article, Record};

use crate::analyze;

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A header row, then one row per event (RFC 4180 quoting).
    Csv,
    /// One FeatureCollection of the events that have a place with coordinates.
    Geojson,
    /// One JSON object per event.
    Jsonl,
}

/// Read buffer: large enough that one read covers most records.
const BUFFER_BYTES: usize = 256 * 1024;

/// File names of JSON Lines, which may hold records; gzipped when they end in `.gz`.
const JSON_LINES_ENDINGS: [&str; 4] = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"];

type Lines = Box<dyn BufRead + Send>;

pub fn run(format: Format, paths: &[PathBuf], published: Option<String>) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut sink = Sink::start(format, BufWriter::with_capacity(1 << 16, stdout.lock()))?;
    let mut exporter = Exporter {
        options: ReadOptions { default_published: published },
        cues: &marsad_lexicon::builtin_cues().data,
        stdin: Some(Box::new(io::stdin())),
        skipped: 0,
    };
    for path in paths {
        exporter.export(path, &mut sink)?;
    }
    sink.finish()?;
    Ok(analyze::exit_code(exporter.skipped))
}

/// Reads the inputs, one after another, into a sink.
struct Exporter {
    options: ReadOptions,
    cues: &'static CueData,
    /// Standard input until the path `-` has read it.
    stdin: Option<Box<dyn Read + Send>>,
    skipped: usize,
}

impl Exporter {
    fn export<W: Write>(&mut self, path: &Path, sink: &mut Sink<W>) -> Result<()> {
        if path.as_os_str() == "-" {
            return self.export_stdin(sink);
        }
        if !names_json_lines(path) {
            return self.export_articles(read_inputs(&[path.to_path_buf()], &self.options), sink);
        }
        match open(path).and_then(sniff) {
            Ok((true, lines)) => self.export_records(path, lines, sink),
            // Articles, or a file that cannot be read: ingest opens it again and says what is wrong.
            _ => self.export_articles(read_inputs(&[path.to_path_buf()], &self.options), sink),
        }
    }

    /// Standard input cannot be opened twice, so what was read to judge it is handed on.
    fn export_stdin<W: Write>(&mut self, sink: &mut Sink<W>) -> Result<()> {
        let path = Path::new("-");
        let Some(stdin) = self.stdin.take() else {
            self.skip(Problem::skipped(path, None, ProblemKind::StdinAlreadyRead));
            return Ok(());
        };
        match sniff(stdin) {
            Ok((true, lines)) => self.export_records(path, lines, sink),
            Ok((false, lines)) => {
                let articles = read_inputs(&[path.to_path_buf()], &self.options).with_stdin(lines);
                self.export_articles(articles, sink)
            }
            Err(error) => {
                let reason = error.to_string();
                self.skip(Problem::skipped(path, None, ProblemKind::StreamBroken { reason }));
                Ok(())
            }
        }
    }

    fn export_articles<W: Write>(
        &mut self,
        articles: impl Iterator<Item = Result<Article, Problem>>,
        sink: &mut Sink<W>,
    ) -> Result<()> {
        let cues = self.cues;
        let to_rows = |record: Record| event_rows(&record, cues);
        self.skipped += analyze::analyze_articles(articles, to_rows, |rows| sink.write(&rows))?;
        Ok(())
    }

    fn export_records<W: Write>(&mut self, path: &Path, mut lines: Lines, sink: &mut Sink<W>) -> Result<()> {
        let mut line = Vec::new();
        for number in 1.. {
            line.clear();
            match read_bounded_line(&mut *lines, &mut line, MAX_ITEM_BYTES) {
                Ok(BoundedLine::End) => break,
                Ok(BoundedLine::TooLong) => {
                    let kind = ProblemKind::LineTooLong { limit: MAX_ITEM_BYTES };
                    self.skip(Problem::skipped(path, Some(number), kind));
                }
                Ok(BoundedLine::Read) if line.trim_ascii().is_empty() => {}
                Ok(BoundedLine::Read) if !without_bom(&line).trim_ascii_start().starts_with(b"{") => {
                    self.skip(Problem::skipped(path, Some(number), ProblemKind::NotAnObject));
                }
                Ok(BoundedLine::Read) => match parse_record(&line) {
                    Ok(mut record) => {
                        // `--published` dates records, as it dates articles, that carry no date.
                        record.published =
                            record.published.or_else(|| self.options.default_published.clone());
                        sink.write(&event_rows(&record, self.cues))?
                    }
                    Err(error) => self.skip(NotARecord { path, line: number, error }),
                },
                Err(error) => {
                    let reason = error.to_string();
                    self.skip(Problem::skipped(path, Some(number), ProblemKind::StreamBroken { reason }));
                    break;
                }
            }
        }
        Ok(())
    }

    fn skip(&mut self, problem: impl Display) {
        eprintln!("marsad: {problem}");
        self.skipped += 1;
    }
}

fn names_json_lines(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    JSON_LINES_ENDINGS.iter().any(|ending| name.ends_with(ending))
}

fn open(path: &Path) -> io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    let gzip = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    Ok(if gzip { Box::new(MultiGzDecoder::new(file)) } else { Box::new(file) })
}

/// Reads `input` up to its first non-blank line and says whether that line is an analysis
/// record; gives back the whole input, the lines read included.
fn sniff(input: Box<dyn Read + Send>) -> io::Result<(bool, Lines)> {
    let mut reader = BufReader::with_capacity(BUFFER_BYTES, input);
    let mut head = Vec::new();
    let first_line = loop {
        let start = head.len();
        let read = (&mut reader).take(MAX_ITEM_BYTES).read_until(b'\n', &mut head)?;
        if read == 0 || !without_bom(&head[start..]).trim_ascii().is_empty() {
            break start;
        }
    };
    let records = is_record(&head[first_line..]);
    Ok((records, Box::new(Cursor::new(head).chain(reader))))
}

/// An analysis record is a JSON object with a `mentions` key; an article has none.
fn is_record(line: &[u8]) -> bool {
    let object = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(without_bom(line));
    object.is_ok_and(|o| o.contains_key("mentions"))
}

fn parse_record(line: &[u8]) -> Result<Record, serde_json::Error> {
    serde_json::from_slice(without_bom(line).trim_ascii_end())
}

/// A UTF-8 byte-order mark starts some files; it is no part of the first line's JSON.
fn without_bom(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
}

/// A line of a records file that does not read as a record.
struct NotARecord<'a> {
    path: &'a Path,
    line: u64,
    error: serde_json::Error,
}

impl Display for NotARecord<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // serde_json counts lines of the one line it saw: of its position, only the column says
        // something.
        let full = self.error.to_string();
        let position = format!(" at line {} column {}", self.error.line(), self.error.column());
        let message = full.strip_suffix(&position).unwrap_or(&full);
        // Its "EOF" is the end of the line.
        let message = message.replace("EOF while", "line ended while");
        let path =
            if self.path.as_os_str() == "-" { "<stdin>".into() } else { self.path.display().to_string() };
        let (line, column) = (self.line, self.error.column());
        write!(f, "{path}:{line}: skipped: not an analysis record ({message} at column {column})")
    }
}

/// Where rows go, in the chosen format.
enum Sink<W: Write> {
    /// Boxed: the writer carries its own buffer, far larger than the other variants.
    Csv(Box<csv::Writer<W>>),
    Jsonl(W),
    /// Features are written as they come, between the collection's opening and its close.
    Geojson {
        out: W,
        features: usize,
    },
}

impl<W: Write> Sink<W> {
    /// A sink that has written what comes before the first row.
    fn start(format: Format, mut out: W) -> Result<Self> {
        Ok(match format {
            Format::Csv => {
                let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(out);
                writer.write_record(COLUMNS).context("writing to standard output")?;
                Sink::Csv(Box::new(writer))
            }
            Format::Jsonl => Sink::Jsonl(out),
            Format::Geojson => {
                write!(out, "{{\"type\":\"FeatureCollection\",\"features\":[")
                    .context("writing to standard output")?;
                Sink::Geojson { out, features: 0 }
            }
        })
    }

    fn write(&mut self, rows: &[EventRow]) -> Result<()> {
        for row in rows {
            self.write_row(row)?;
        }
        Ok(())
    }

    fn write_row(&mut self, row: &EventRow) -> Result<()> {
        match self {
            Sink::Csv(writer) => writer.serialize(row).context("writing to standard output"),
            Sink::Jsonl(out) => writeln!(out, "{}", json_line(row)?).context("writing to standard output"),
            Sink::Geojson { out, features } => {
                let Some(feature) = feature(row)? else { return Ok(()) };
                let separator = if *features == 0 { "\n" } else { ",\n" };
                *features += 1;
                write!(out, "{separator}{feature}").context("writing to standard output")
            }
        }
    }

    /// Closes the collection of a GeoJSON sink and flushes.
    fn finish(self) -> Result<()> {
        let flushed = match self {
            Sink::Csv(mut writer) => writer.flush(),
            Sink::Jsonl(mut out) => out.flush(),
            Sink::Geojson { mut out, .. } => out.write_all(b"\n]}\n").and_then(|()| out.flush()),
        };
        flushed.context("writing to standard output")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = r#"{"id":"a","text":"نص","sentences":[],"mentions":[],"events":[],"claims":[]}"#;
    const ARTICLE: &str = r#"{"id":"a","text":"نص"}"#;

    fn sniffed(input: &str) -> (bool, String) {
        let (records, mut lines) = sniff(Box::new(Cursor::new(input.as_bytes().to_vec()))).unwrap();
        let mut again = String::new();
        lines.read_to_string(&mut again).unwrap();
        (records, again)
    }

    #[test]
    fn records_are_told_from_articles_by_their_first_line() {
        let input = format!("\n  \n{RECORD}\n{ARTICLE}\n");
        assert_eq!(sniffed(&input), (true, input.clone()));
        let input = format!("\u{FEFF}{RECORD}\n");
        assert_eq!(sniffed(&input), (true, input.clone()));
        let input = format!("{ARTICLE}\n{RECORD}\n");
        assert_eq!(sniffed(&input), (false, input.clone()));
        assert_eq!(sniffed("قصفت طائرات\n"), (false, "قصفت طائرات\n".into()));
        assert_eq!(sniffed(""), (false, String::new()));
    }

    #[test]
    fn json_lines_are_told_by_name() {
        for name in ["a.jsonl", "b/c.JSONL.gz", "d.ndjson"] {
            assert!(names_json_lines(Path::new(name)), "{name}");
        }
        for name in ["a.txt", "folder", "-", "a.json"] {
            assert!(!names_json_lines(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn without_rows_the_outputs_are_still_well_formed() {
        let written = |format| {
            let mut out = Vec::new();
            Sink::start(format, &mut out).unwrap().finish().unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(written(Format::Csv), format!("{}\n", COLUMNS.join(",")));
        assert_eq!(written(Format::Jsonl), "");
        let collection: serde_json::Value = serde_json::from_str(&written(Format::Geojson)).unwrap();
        assert_eq!(collection, serde_json::json!({"type": "FeatureCollection", "features": []}));
    }

    #[test]
    fn a_line_that_is_no_record_is_named_by_file_and_line() {
        let error = parse_record(b"{\"id\":\"a\",\"text\":\"b\"}\n").unwrap_err();
        let message = NotARecord { path: Path::new("out/records.jsonl"), line: 7, error }.to_string();
        assert_eq!(
            message,
            "out/records.jsonl:7: skipped: not an analysis record (missing field `sentences` at column 21)"
        );
    }
}
