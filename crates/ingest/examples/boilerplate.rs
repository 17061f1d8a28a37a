//! Lists the lines that boilerplate removal takes out of a corpus, per source, most removed
//! first, to look them over for real content removed by mistake:
//! `cargo run -p marsad-ingest --example boilerplate -- CORPUS [WINDOW]`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use marsad_ingest::{read_inputs, Deboilerplate, ReadOptions, DEFAULT_WINDOW};

/// Lines shown per source.
const SHOWN: usize = 15;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: boilerplate CORPUS [WINDOW]");
        std::process::exit(2);
    };
    let window = args.next().and_then(|w| w.parse().ok()).unwrap_or(DEFAULT_WINDOW);
    let mut stripped =
        Deboilerplate::with_window(read_inputs(&[PathBuf::from(path)], &ReadOptions::default()), window);
    let articles = stripped.by_ref().filter(Result::is_ok).count();
    let report = stripped.report();
    println!(
        "{articles} articles; {} lines removed from {} articles",
        report.lines_removed, report.articles_changed
    );
    let mut by_source: BTreeMap<&str, Vec<(u64, &str)>> = BTreeMap::new();
    for ((source, line), count) in &report.removed {
        by_source.entry(source).or_default().push((*count, line));
    }
    for (source, mut lines) in by_source {
        lines.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
        let total: u64 = lines.iter().map(|(count, _)| count).sum();
        println!("\n== {source}: {total} lines, {} distinct", lines.len());
        for (count, line) in lines.iter().take(SHOWN) {
            let short: String = line.chars().take(120).collect();
            println!("{count:>7}  {short}");
        }
    }
}
