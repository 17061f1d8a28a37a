//! `marsad ingest`: articles from files and folders into a corpus store and its search
//! index, with duplicates grouped, a progress bar, and a summary of what became of the input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use marsad_corpus::{Corpus, IndexSink, IngestSummary};
use marsad_index::IndexError;
use marsad_ingest::{read_inputs, Deboilerplate, Problem, ReadOptions};
use marsad_model::Article;
use marsad_store::SqliteStore;
use serde::Serialize;

/// Articles read ahead of the batch being ingested: a few batches' worth.
const READ_AHEAD: usize = 4 * marsad_corpus::BATCH;

/// A `.gz` may expand this far: a whole corpus dump is one file.
const MAX_DECOMPRESSED_BYTES: u64 = 16 * 1024 * 1024 * 1024;

/// How to ingest.
pub struct IngestOptions {
    pub db: PathBuf,
    pub published: Option<String>,
    pub keep_boilerplate: bool,
    pub json: bool,
}

/// Opens the corpus in `db`: its store and its index (taking the index's writer lock).
pub fn open_corpus(db: &Path) -> Result<Corpus<SqliteStore, IndexSink>> {
    let store = SqliteStore::open(db)?;
    let index = IndexSink::open(db).map_err(|error| match error {
        IndexError::Locked => anyhow!(
            "{}: another process is writing this store (another `marsad ingest`, or a \
             `marsad serve` with a token ingesting articles); try again when it ends",
            db.display()
        ),
        other => anyhow!(other).context(format!("{}: cannot open the search index", db.display())),
    })?;
    Ok(Corpus::open(store, index)?)
}

pub fn run(paths: &[PathBuf], options: &IngestOptions) -> Result<ExitCode> {
    let started = Instant::now();
    let mut corpus = open_corpus(&options.db)?;
    let read_options = ReadOptions { default_published: options.published.clone() };
    let inputs = read_inputs(paths, &read_options).with_decompressed_limit(MAX_DECOMPRESSED_BYTES);
    let mut skipped = SkipCounts::default();
    let progress = progress_bar();
    let keep_boilerplate = options.keep_boilerplate;
    let (summary, boilerplate_lines) = std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::sync_channel(READ_AHEAD);
        let reader = scope.spawn(move || read_into(inputs, keep_boilerplate, &sender));
        let articles = receiver.into_iter().filter_map(|item| skipped.take(item, &progress));
        let summary = ingest_all(&mut corpus, articles, &progress, started);
        // The receiver is gone by now, so a reader still sending stops at once.
        let boilerplate_lines = reader.join().unwrap_or_default();
        summary.map(|summary| (summary, boilerplate_lines))
    })?;
    let (_, index) = corpus.into_parts()?;
    index.finish().context("merging the search index")?;
    progress.finish_and_clear();
    let report = Report::new(&summary, skipped, boilerplate_lines, started);
    report.print(options.json)?;
    Ok(crate::analyze::exit_code(report.skipped as usize))
}

/// Reads the inputs, boilerplate stripped unless `keep_boilerplate`, into `sender`; returns
/// how many boilerplate lines were removed. Runs on a thread of its own, so that reading and
/// decompressing overlap the analysis and the writes instead of preceding each batch.
fn read_into(
    inputs: impl Iterator<Item = Result<Article, Problem>>,
    keep_boilerplate: bool,
    sender: &mpsc::SyncSender<Result<Article, Problem>>,
) -> u64 {
    let send_all = |items: &mut dyn Iterator<Item = Result<Article, Problem>>| {
        // A send fails only once the ingest has stopped: then reading stops too.
        for item in items {
            if sender.send(item).is_err() {
                break;
            }
        }
    };
    if keep_boilerplate {
        send_all(&mut { inputs });
        return 0;
    }
    let mut stripped = Deboilerplate::new(inputs);
    send_all(&mut stripped);
    stripped.report().lines_removed
}

fn ingest_all(
    corpus: &mut Corpus<SqliteStore, IndexSink>,
    articles: impl Iterator<Item = Article>,
    progress: &ProgressBar,
    started: Instant,
) -> Result<IngestSummary> {
    let summary = corpus.ingest(articles, |summary| {
        progress.set_message(progress_line(summary, started));
        progress.tick();
    })?;
    progress.set_message("merging index segments…");
    Ok(summary)
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    let style = ProgressStyle::with_template("{spinner} {elapsed} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar
}

fn progress_line(summary: &IngestSummary, started: Instant) -> String {
    format!(
        "{} read, {} new, {} duplicates, {} near-duplicates, {:.1} MB/s",
        summary.read,
        summary.new,
        summary.duplicates,
        summary.near_duplicates,
        megabytes_per_second(summary.bytes, started)
    )
}

fn megabytes_per_second(bytes: u64, started: Instant) -> f64 {
    bytes as f64 / 1e6 / started.elapsed().as_secs_f64().max(1e-9)
}

/// Input items skipped, by reason; each problem is also printed as it comes.
#[derive(Default)]
struct SkipCounts(BTreeMap<String, u64>);

impl SkipCounts {
    fn take(&mut self, item: Result<Article, Problem>, progress: &ProgressBar) -> Option<Article> {
        match item {
            Ok(article) => Some(article),
            Err(problem) => {
                progress.suspend(|| eprintln!("marsad: {problem}"));
                if problem.is_skip() {
                    *self.0.entry(reason(&problem)).or_default() += 1;
                }
                None
            }
        }
    }
}

/// The kind of a problem without its particulars: `malformed JSON`, `empty file` …
fn reason(problem: &Problem) -> String {
    let text = problem.kind.to_string();
    let end = text.find([':', '(']).unwrap_or(text.len());
    text[..end].trim().to_string()
}

/// What a run did, printed at its end.
#[derive(Serialize)]
struct Report {
    read: u64,
    new: u64,
    duplicates: u64,
    near_duplicates: u64,
    already_stored: u64,
    changed_text: u64,
    skipped: u64,
    skipped_reasons: BTreeMap<String, u64>,
    boilerplate_lines_removed: u64,
    indexed_after_restart: u64,
    seconds: f64,
    megabytes_per_second: f64,
}

impl Report {
    fn new(summary: &IngestSummary, skipped: SkipCounts, boilerplate_lines: u64, started: Instant) -> Self {
        Report {
            read: summary.read,
            new: summary.new,
            duplicates: summary.duplicates,
            near_duplicates: summary.near_duplicates,
            already_stored: summary.already_stored,
            changed_text: summary.changed_text,
            skipped: skipped.0.values().sum(),
            skipped_reasons: skipped.0,
            boilerplate_lines_removed: boilerplate_lines,
            indexed_after_restart: summary.indexed_on_open,
            seconds: started.elapsed().as_secs_f64(),
            megabytes_per_second: megabytes_per_second(summary.bytes, started),
        }
    }

    fn print(&self, json: bool) -> Result<()> {
        if json {
            println!("{}", serde_json::to_string(self)?);
            return Ok(());
        }
        eprintln!(
            "marsad: {} read: {} new, {} duplicates, {} near-duplicates, {} already stored, {} stored before with other text (kept), {} skipped",
            self.read, self.new, self.duplicates, self.near_duplicates, self.already_stored, self.changed_text, self.skipped
        );
        for (reason, count) in &self.skipped_reasons {
            eprintln!("marsad:   skipped {count}: {reason}");
        }
        if self.indexed_after_restart > 0 {
            eprintln!(
                "marsad: {} stored articles were indexed first (the last run stopped early)",
                self.indexed_after_restart
            );
        }
        eprintln!(
            "marsad: {} boilerplate lines removed; {:.1} s, {:.1} MB/s",
            self.boilerplate_lines_removed, self.seconds, self.megabytes_per_second
        );
        Ok(())
    }
}
