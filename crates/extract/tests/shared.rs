//! Integration over `../shared`: the seeds, the dev inputs and the GSR sentences analyze into
//! records that keep the contract's offset rules. Skips cleanly when `../shared` is absent.

use std::path::{Path, PathBuf};

use marsad_extract::analyze;
use marsad_model::Article;

mod common;
use common::{assert_contract, assert_events_and_claims};

fn shared() -> Option<PathBuf> {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    path.join("eval").is_dir().then(|| path.to_path_buf())
}

fn check(article: Article) {
    let record = analyze(article);
    assert_contract(&record);
    assert_events_and_claims(&record);
}

fn jsonl_articles(path: &Path) -> Vec<Article> {
    let content = std::fs::read_to_string(path).expect("readable jsonl");
    content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
            Article {
                id: value["id"].as_str().unwrap_or("?").to_string(),
                text: value["text"].as_str().unwrap_or("").to_string(),
                ..Article::default()
            }
        })
        .collect()
}

#[test]
fn seeds_dev_and_gsr_inputs_keep_the_contract() {
    let Some(shared) = shared() else {
        eprintln!("../shared not found: skipped");
        return;
    };
    let mut count = 0;
    for entry in std::fs::read_dir(shared.join("seeds")).expect("seeds folder") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        check(Article { id: path.display().to_string(), text, ..Article::default() });
        count += 1;
    }
    for file in [
        "eval/dev-input.jsonl",
        "eval/seeds-input.jsonl",
        "eval/gsr-dev/assault.jsonl",
        "eval/gsr-dev/protest.jsonl",
    ] {
        for article in jsonl_articles(&shared.join(file)) {
            check(article);
            count += 1;
        }
    }
    assert!(count >= 20, "only {count} articles found");
}
