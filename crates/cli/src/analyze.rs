//! `marsad analyze`: articles in, analysis records out, streaming and in input order.
//!
//! Articles are read lazily and analyzed in parallel batches; each batch is written in input
//! order before the next is read, so memory stays flat on a corpus of any size.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use marsad_ingest::{read_inputs, ReadOptions};
use marsad_model::Article;
use rayon::prelude::*;

/// Articles analyzed together: enough to keep every core busy, few enough to stay small.
const BATCH: usize = 256;
/// Exit code when the run finished but some input was skipped.
pub const EXIT_SKIPPED: u8 = 3;

/// Checks a `--published` value: a real calendar date written YYYY-MM-DD.
pub fn parse_date(value: &str) -> Result<String, String> {
    let parts: Vec<&str> = value.split('-').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let valid = match (parts.as_slice(), numbers.as_deref()) {
        ([y, m, d], Some(&[_, month, day])) => {
            y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && (1..=12).contains(&month)
                && (1..=31).contains(&day)
        }
        _ => false,
    };
    if valid {
        Ok(value.to_string())
    } else {
        Err(format!("`{value}` is not a date written YYYY-MM-DD"))
    }
}

pub fn run(paths: &[PathBuf], published: Option<String>, jobs: Option<usize>) -> Result<ExitCode> {
    if let Some(threads) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global()
            .context("starting the worker threads")?;
    }
    let options = ReadOptions { default_published: published };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut skipped = 0usize;
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    for item in read_inputs(paths, &options) {
        match item {
            Ok(article) => batch.push(article),
            Err(problem) => {
                eprintln!("marsad: {problem}");
                skipped += usize::from(problem.is_skip());
            }
        }
        if batch.len() == BATCH {
            write_batch(&mut out, std::mem::take(&mut batch))?;
        }
    }
    write_batch(&mut out, batch)?;
    out.flush().context("writing to standard output")?;
    if skipped > 0 {
        eprintln!("marsad: {skipped} input item(s) skipped");
        return Ok(ExitCode::from(EXIT_SKIPPED));
    }
    Ok(ExitCode::SUCCESS)
}

fn write_batch(out: &mut impl Write, batch: Vec<Article>) -> Result<()> {
    let lines: Vec<Vec<u8>> = batch
        .into_par_iter()
        .map(record_line)
        .collect::<Result<_, _>>()
        .context("encoding a record as JSON")?;
    for line in lines {
        out.write_all(&line).context("writing to standard output")?;
    }
    Ok(())
}

/// One article's record as a line of JSON, newline included.
pub fn record_line(article: Article) -> serde_json::Result<Vec<u8>> {
    let record = marsad_extract::analyze(article);
    // The record carries the text, escaped only where JSON needs it, and its mentions: sized
    // for that up front, the line is written without growing its buffer again and again.
    let mut line = Vec::with_capacity(record.text.len() * 3 / 2 + 1024);
    serde_json::to_writer(&mut line, &record)?;
    line.push(b'\n');
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn accepts_only_calendar_dates() {
        assert!(parse_date("2018-10-10").is_ok());
        for bad in ["2018-13-01", "2018-1-1", "18-10-10", "yesterday", "2018-10-10T00:00"] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
