//! `marsad bench-search`: search latency over a list of queries, in process.
//!
//! Opens the index once, then runs each query of the list as `marsad search` would (the first
//! page of 10 hits, each with its snippet and title highlights, and the count of all hits),
//! timing each search alone: what a server holding the index open would spend per request.
//! The list is a text file, one query a line, optionally followed by tab-separated filters:
//! `query<TAB>source<TAB>from<TAB>to` (an empty field is no filter; blank lines and lines
//! starting with `#` are skipped). Prints the mean, p50, p90, p99 and max latency, and how
//! many queries found at least one article, so that a comparison can show it was fair.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use marsad_corpus::INDEX_DIR;
use marsad_index::{Filters, SearchIndex, SearchRequest};
use serde::Serialize;

/// Hits per query: the first page of `marsad search`.
const PAGE: usize = 10;

/// One line of the query list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryLine {
    query: String,
    filters: Filters,
}

/// The figures of a run; latencies in milliseconds.
#[derive(Debug, Serialize)]
struct Report {
    queries: usize,
    with_hits: usize,
    failed: usize,
    total_hits: u64,
    seconds: f64,
    mean_ms: f64,
    p50_ms: f64,
    p90_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

pub fn run(db: &Path, queries: &Path, json: bool) -> Result<ExitCode> {
    let text =
        std::fs::read_to_string(queries).with_context(|| format!("{}: cannot read", queries.display()))?;
    let lines: Vec<QueryLine> = text.lines().filter_map(parse_line).collect();
    if lines.is_empty() {
        bail!("{}: no queries", queries.display());
    }
    let index_dir = db.join(INDEX_DIR);
    if !index_dir.exists() {
        bail!("{}: no search index here (run `marsad ingest` first)", db.display());
    }
    let index = SearchIndex::open_or_create(&index_dir)?;
    let report = measure(&index, &lines);
    print(&report, json)?;
    Ok(ExitCode::SUCCESS)
}

/// A query line, or `None` for a blank or comment line.
fn parse_line(line: &str) -> Option<QueryLine> {
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('\t');
    let query = fields.next().unwrap_or_default().to_string();
    // Empty fields mean "no filter", so that every line can carry all four columns.
    let mut next = || fields.next().map(str::trim).filter(|f| !f.is_empty()).map(str::to_string);
    let filters = Filters { source: next(), from: next(), to: next(), ..Filters::default() };
    Some(QueryLine { query, filters })
}

/// Runs every query once, timing each; a query the index rejects counts as failed (and is
/// reported on standard error) but its time still counts.
fn measure(index: &SearchIndex, lines: &[QueryLine]) -> Report {
    let mut latencies = Vec::with_capacity(lines.len());
    let (mut with_hits, mut failed, mut total_hits) = (0, 0, 0u64);
    let started = Instant::now();
    for line in lines {
        let request = SearchRequest {
            query: line.query.clone(),
            filters: line.filters.clone(),
            limit: PAGE,
            ..SearchRequest::default()
        };
        let start = Instant::now();
        let outcome = index.search(&request);
        latencies.push(start.elapsed());
        match outcome {
            Ok(results) => {
                with_hits += usize::from(!results.hits.is_empty());
                total_hits += results.total as u64;
            }
            Err(error) => {
                failed += 1;
                eprintln!("marsad: query {:?}: {error}", line.query);
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    summarize(latencies, with_hits, failed, total_hits, seconds)
}

fn summarize(
    mut latencies: Vec<Duration>,
    with_hits: usize,
    failed: usize,
    total_hits: u64,
    seconds: f64,
) -> Report {
    latencies.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let sum: f64 = latencies.iter().copied().map(ms).sum();
    Report {
        queries: latencies.len(),
        with_hits,
        failed,
        total_hits,
        seconds,
        mean_ms: sum / latencies.len().max(1) as f64,
        p50_ms: percentile(&latencies, 50.0).map_or(0.0, ms),
        p90_ms: percentile(&latencies, 90.0).map_or(0.0, ms),
        p99_ms: percentile(&latencies, 99.0).map_or(0.0, ms),
        max_ms: latencies.last().copied().map_or(0.0, ms),
    }
}

/// The nearest-rank percentile of sorted values: the smallest value that at least `p` per
/// cent of the values do not exceed. No interpolation, so the figure is a latency that
/// some query really had.
fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

fn print(report: &Report, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string(report)?);
        return Ok(());
    }
    println!(
        "{} queries in {:.2} s, {} with hits, {} failed",
        report.queries, report.seconds, report.with_hits, report.failed
    );
    println!(
        "latency: mean {:.3} ms, p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        report.mean_ms, report.p50_ms, report.p90_ms, report.p99_ms, report.max_ms
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn millis(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let sorted = millis(&(1..=100).collect::<Vec<_>>());
        assert_eq!(percentile(&sorted, 50.0), Some(Duration::from_millis(50)));
        assert_eq!(percentile(&sorted, 99.0), Some(Duration::from_millis(99)));
        assert_eq!(percentile(&sorted, 100.0), Some(Duration::from_millis(100)));
        assert_eq!(percentile(&millis(&[7]), 99.0), Some(Duration::from_millis(7)));
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn summary_sorts_and_averages() {
        let report = summarize(millis(&[3, 1, 2, 10]), 3, 1, 42, 0.5);
        assert_eq!(report.queries, 4);
        assert!((report.mean_ms - 4.0).abs() < 1e-9);
        assert!((report.p50_ms - 2.0).abs() < 1e-9);
        assert!((report.max_ms - 10.0).abs() < 1e-9);
    }

    #[test]
    fn lines_carry_optional_filters() {
        let plain = parse_line("غزة").unwrap();
        assert_eq!(plain.query, "غزة");
        assert_eq!(plain.filters, Filters::default());
        let filtered = parse_line("\"قوات النظام\"\tskynews\t\t2018-03-31").unwrap();
        assert_eq!(filtered.query, "\"قوات النظام\"");
        assert_eq!(filtered.filters.source.as_deref(), Some("skynews"));
        assert_eq!(filtered.filters.from, None);
        assert_eq!(filtered.filters.to.as_deref(), Some("2018-03-31"));
        assert_eq!(parse_line("   "), None);
        assert_eq!(parse_line("# a comment"), None);
    }
}
