//! `marsad analyze`: articles in, analysis records out, streaming and in input order.
//!
//! Articles are read lazily and analyzed in parallel batches; each batch is written in input
//! order before the next is read, so memory stays flat on a corpus of any size.
//! [`analyze_articles`] is that loop, shared with `marsad export`.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use marsad_ingest::{read_inputs, Problem, ReadOptions};
use marsad_model::{Article, Record};
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
    let encode = |record: Record| record_line(&record);
    let skipped = analyze_articles(read_inputs(paths, &options), encode, |line| {
        let line = line.context("encoding a record as JSON")?;
        out.write_all(&line).context("writing to standard output")
    })?;
    out.flush().context("writing to standard output")?;
    Ok(exit_code(skipped))
}

/// Analyzes `articles` in parallel batches and hands each record, turned into `T` by `finish`
/// on the worker threads (so encoding is parallel too), to `emit` in input order. Problems
/// with the input are reported on standard error; returns how many items were skipped.
pub fn analyze_articles<T: Send>(
    articles: impl Iterator<Item = Result<Article, Problem>>,
    finish: impl Fn(Record) -> T + Sync,
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<usize> {
    let mut skipped = 0usize;
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    for item in articles {
        match item {
            Ok(article) => batch.push(article),
            Err(problem) => {
                eprintln!("marsad: {problem}");
                skipped += usize::from(problem.is_skip());
            }
        }
        if batch.len() == BATCH {
            analyze_batch(std::mem::take(&mut batch), &finish, &mut emit)?;
        }
    }
    analyze_batch(batch, &finish, &mut emit)?;
    Ok(skipped)
}

fn analyze_batch<T: Send>(
    batch: Vec<Article>,
    finish: &(impl Fn(Record) -> T + Sync),
    emit: &mut impl FnMut(T) -> Result<()>,
) -> Result<()> {
    let done: Vec<T> =
        batch.into_par_iter().map(|article| finish(marsad_extract::analyze(article))).collect();
    done.into_iter().try_for_each(emit)
}

/// Success, or [`EXIT_SKIPPED`] (said on standard error) when some input was skipped.
pub fn exit_code(skipped: usize) -> ExitCode {
    if skipped == 0 {
        return ExitCode::SUCCESS;
    }
    eprintln!("marsad: {skipped} input item(s) skipped");
    ExitCode::from(EXIT_SKIPPED)
}

/// A record as a line of JSON, newline included.
pub fn record_line(record: &Record) -> serde_json::Result<Vec<u8>> {
    // Sized up front so the line is written without growing its buffer (a growth copies the
    // text again): the text, escaped only where JSON needs it, and each mention, event, claim
    // and sentence at most the bytes below (on ANT 3k and the eval sets no line outgrows it;
    // the old guess, half the text again, was outgrown by 5 lines in 6).
    let items = 192 * record.mentions.len()
        + 384 * (record.events.len() + record.claims.len())
        + 24 * record.sentences.len();
    let mut line = Vec::with_capacity(record.text.len() * 17 / 16 + items + 512);
    crate::json::write_record(&mut line, record)?;
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
