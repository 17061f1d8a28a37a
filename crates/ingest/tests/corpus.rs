//! Streams the ANT corpus (`shared/corpus/ant-v2.1.jsonl.gz`, beside the workspace) end to end.
//! The corpus is research data kept outside the repository: without it the test says so and
//! passes.
//!
//! Of its 31,485 records, two have an empty `text` (and no abstract): they are the only skips.

use std::path::PathBuf;
use std::time::Instant;

use marsad_ingest::{read_inputs, ReadOptions};

const RECORDS: usize = 31_485;

/// The lines whose `text` is the empty string.
const EMPTY_TEXT_LINES: [u64; 2] = [15_111, 17_628];

#[test]
fn the_ant_corpus_streams_whole() {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/ant-v2.1.jsonl.gz"));
    if !path.exists() {
        eprintln!("note: {} is absent; corpus test not run", path.display());
        return;
    }
    let started = Instant::now();
    let mut articles = 0;
    let mut problems = Vec::new();
    for item in read_inputs(&[path], &ReadOptions::default()) {
        match item {
            Ok(article) => {
                assert!(!article.text.is_empty());
                assert!(article.published.as_ref().is_some_and(|d| d.len() == 10));
                articles += 1;
            }
            Err(problem) => problems.push(problem),
        }
    }
    eprintln!("{articles} articles in {:.1?}", started.elapsed());
    let lines: Vec<Option<u64>> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, EMPTY_TEXT_LINES.map(Some), "{problems:#?}");
    for problem in &problems {
        assert!(problem.to_string().ends_with("skipped: no text field (`text` is empty)"));
    }
    assert_eq!(articles + problems.len(), RECORDS);
}
