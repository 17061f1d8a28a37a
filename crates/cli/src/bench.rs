//! `marsad bench`: the text engine's throughput on a real corpus, per core.
//!
//! Loads the articles first (reading and decompressing are not the engine), then times each
//! stage of the text engine alone and all of them together, the recognizers (lexicon,
//! quantities, dates) alone and together (the record without claims and events), and the
//! whole analysis, on one thread, over several passes, and
//! reports the best pass: the figure least disturbed by a noisy machine. Beside the wall time
//! it reports the thread's time on a CPU (Linux), which leaves out the time the thread waited
//! for a core while other processes ran. MB are 10^6 bytes of
//! UTF-8 text. Peak RSS is the process's high-water mark. The lexicon is compiled before any
//! timing, so no pass pays for it; nor for copying the articles, which each pass gets afresh
//! before its clock starts (the analysis takes them by value, as `marsad analyze` does).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use marsad_extract::publication_date;
use marsad_ingest::{read_inputs, ReadOptions};
use marsad_lexicon::Lexicon;
use marsad_model::Article;
use marsad_text::clitic::Segmenter;
use marsad_text::date::find_dates;
use marsad_text::fold::fold;
use marsad_text::number::find_quantities;
use marsad_text::sentence::split_sentences;
use marsad_text::token::tokenize;
use serde::Serialize;

#[derive(Serialize)]
struct StageFigure {
    stage: &'static str,
    seconds: f64,
    mb_per_s: f64,
    /// The thread's time on a CPU (Linux), which a busy machine's other work leaves out.
    cpu_seconds: Option<f64>,
    mb_per_cpu_s: Option<f64>,
}

#[derive(Serialize)]
struct Report {
    articles: usize,
    megabytes: f64,
    tokens: usize,
    passes: usize,
    stages: Vec<StageFigure>,
    peak_rss_mb: Option<f64>,
}

/// A stage reads the articles of one pass: a fresh copy each pass, made before the clock
/// starts, which the stages that analyze take (as `marsad analyze` takes each article it
/// reads) and the others only read.
type Stage = fn(&mut Vec<Article>, &mut Segmenter) -> usize;

/// The stages, each returning a count so the work cannot be optimised away.
const STAGES: &[(&str, Stage)] = &[
    ("fold", |articles, _| articles.iter().map(|a| fold(&a.text).as_bytes().len()).sum()),
    ("tokenize", |articles, _| articles.iter().map(|a| tokenize(&a.text).len()).sum()),
    ("segment", |articles, segmenter| segment_all(articles, segmenter)),
    ("sentences", |articles, _| articles.iter().map(|a| split_sentences(&a.text).len()).sum()),
    ("text engine (all four)", |articles, segmenter| engine_all(articles, segmenter)),
    ("recognize (lexicon)", |articles, _| recognize_all(articles)),
    ("quantities (+fold, tokens)", |articles, _| quantities_all(articles)),
    ("dates (+fold, tokens)", |articles, _| dates_all(articles)),
    ("recognizers (mentions, no JSON)", recognizers_all),
    ("record (analyze, no JSON)", record_all),
    ("analyze (record + JSON)", analyze_all),
];

fn segment_all(articles: &[Article], segmenter: &mut Segmenter) -> usize {
    let mut segments = 0;
    for article in articles {
        for token in tokenize(&article.text) {
            segments += segmenter.segment(&article.text, &token).len();
        }
    }
    segments
}

fn engine_all(articles: &[Article], segmenter: &mut Segmenter) -> usize {
    let mut count = 0;
    for article in articles {
        let text = &article.text;
        count += fold(text).as_bytes().len();
        for token in tokenize(text) {
            count += segmenter.segment(text, &token).len();
        }
        count += split_sentences(text).len();
    }
    count
}

fn recognize_all(articles: &[Article]) -> usize {
    let lexicon = Lexicon::builtin();
    let year = |a: &Article| a.published.as_deref().and_then(|p| p.get(..4)).and_then(|y| y.parse().ok());
    articles.iter().map(|a| lexicon.recognize(&a.text, year(a)).len()).sum()
}

fn quantities_all(articles: &[Article]) -> usize {
    articles.iter().map(|a| find_quantities(&a.text, &tokenize(&a.text)).len()).sum()
}

fn dates_all(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| find_dates(&a.text, &tokenize(&a.text), publication_date(a.published.as_deref())).len())
        .sum()
}

fn recognizers_all(articles: &mut Vec<Article>, _: &mut Segmenter) -> usize {
    std::mem::take(articles).into_iter().map(|a| marsad_extract::analyze_mentions(a).mentions.len()).sum()
}

fn record_all(articles: &mut Vec<Article>, _: &mut Segmenter) -> usize {
    std::mem::take(articles).into_iter().map(|a| marsad_extract::analyze(a).mentions.len()).sum()
}

fn analyze_all(articles: &mut Vec<Article>, _: &mut Segmenter) -> usize {
    std::mem::take(articles)
        .into_iter()
        .map(|a| crate::analyze::record_line(&marsad_extract::analyze(a)).map_or(0, |line| line.len()))
        .sum()
}

pub fn run(
    path: &Path,
    limit: Option<usize>,
    passes: usize,
    only: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let articles = load(path, limit)?;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    let tokens = articles.iter().map(|a| tokenize(&a.text).len()).sum();
    let mut segmenter = Segmenter::new();
    // Compiled once per process, as `marsad analyze` does: not part of any pass. Analyzing
    // one article builds the rest of the lazy tables (cue index, date and number words).
    black_box(Lexicon::builtin());
    if let Some(first) = articles.first() {
        black_box(marsad_extract::analyze(first.clone()));
    }
    let stages = STAGES
        .iter()
        .filter(|(stage, _)| only.is_none_or(|wanted| stage.starts_with(wanted)))
        .map(|(stage, run_stage)| {
            let (wall, cpu) =
                best_of(passes.max(1), || articles.clone(), |batch| run_stage(batch, &mut segmenter));
            let (seconds, cpu_seconds) = (wall.as_secs_f64(), cpu.map(|c| c.as_secs_f64()));
            let mb_per_cpu_s = cpu_seconds.map(|c| megabytes / c);
            StageFigure { stage, seconds, mb_per_s: megabytes / seconds, cpu_seconds, mb_per_cpu_s }
        })
        .collect();
    let report =
        Report { articles: articles.len(), megabytes, tokens, passes, stages, peak_rss_mb: peak_rss_mb() };
    print_report(&report, json)?;
    Ok(ExitCode::SUCCESS)
}

fn load(path: &Path, limit: Option<usize>) -> Result<Vec<Article>> {
    let options = ReadOptions { default_published: None };
    let articles: Vec<Article> = read_inputs(&[PathBuf::from(path)], &options)
        .filter_map(Result::ok)
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    if articles.is_empty() {
        bail!("no articles could be read from {}", path.display());
    }
    Ok(articles)
}

/// The best wall time of `passes` runs of `work`, and the best time on a CPU. Each run gets
/// its own input from `prepare`, made before the clock starts and dropped after it stops.
fn best_of<T>(
    passes: usize,
    mut prepare: impl FnMut() -> T,
    mut work: impl FnMut(&mut T) -> usize,
) -> (Duration, Option<Duration>) {
    let mut best_wall = Duration::MAX;
    let mut best_cpu = None;
    for _ in 0..passes {
        let mut input = prepare();
        let (started, cpu_before) = (Instant::now(), thread_cpu_time());
        black_box(work(&mut input));
        best_wall = best_wall.min(started.elapsed());
        if let (Some(before), Some(after)) = (cpu_before, thread_cpu_time()) {
            let cpu = after.saturating_sub(before);
            best_cpu = Some(best_cpu.map_or(cpu, |best: Duration| best.min(cpu)));
        }
    }
    (best_wall, best_cpu)
}

/// The time this thread has run on a CPU (Linux `schedstat`): waiting for a core while
/// other processes run is not in it.
fn thread_cpu_time() -> Option<Duration> {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: u64 = schedstat.split_whitespace().next()?.parse().ok()?;
    (nanoseconds > 0).then(|| Duration::from_nanos(nanoseconds))
}

/// The process's peak resident set (Linux `VmHWM`), in MB.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024.0 / 1e6)
}

fn print_report(report: &Report, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
        return Ok(());
    }
    println!(
        "{} articles, {:.1} MB of text, {} tokens; best of {} passes, one thread",
        report.articles, report.megabytes, report.tokens, report.passes
    );
    for figure in &report.stages {
        let cpu = figure.mb_per_cpu_s.map_or(String::new(), |m| format!("  ({m:.1} MB/s of CPU time)"));
        println!(
            "  {:<26} {:>8.3} s  {:>8.1} MB/s per core{cpu}",
            figure.stage, figure.seconds, figure.mb_per_s
        );
    }
    if let Some(rss) = report.peak_rss_mb {
        println!("  peak RSS {rss:.0} MB (the corpus is held in memory for timing)");
    }
    Ok(())
}
