//! Golden analyses of the example articles in `examples/` (fictional reports written for
//! marsad): sentences, mentions, claims and events rendered one a line and kept as insta
//! snapshots, and the
//! contract's offset rules checked on every record.

use std::path::Path;

use marsad_extract::analyze;
use marsad_model::{Article, MentionInfo, Record};

mod common;
use common::{assert_contract, assert_events_and_claims, slice};

fn examples_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples"))
}

fn render(record: &Record) -> String {
    let mut lines = vec![format!("id: {}", record.id)];
    for [start, end] in &record.sentences {
        lines.push(format!("sentence {start}..{end}: {}", slice(&record.text, *start, *end)));
    }
    for mention in &record.mentions {
        let detail = match &mention.info {
            MentionInfo::Quantity { value, unit, approximate } => {
                format!("value={value} unit={} approximate={approximate}", unit.as_deref().unwrap_or("-"))
            }
            other => format!("{other:?}"),
        };
        lines.push(format!(
            "mention {} {}..{}: {} | {detail}",
            mention.id, mention.start, mention.end, mention.text
        ));
    }
    for claim in &record.claims {
        let speaker = claim.speaker_text.as_deref().unwrap_or("-");
        let claimed = slice(&record.text, claim.start, claim.end);
        lines.push(format!("claim {} «{}» by {speaker}: {claimed}", claim.kind, claim.cue.text));
    }
    for event in &record.events {
        let names = |ids: &[usize]| -> String {
            ids.iter().map(|&id| record.mentions[id].text.as_str()).collect::<Vec<_>>().join(" + ")
        };
        let mut flags = Vec::new();
        flags.extend(event.negated.then_some("negated"));
        flags.extend(event.hedged.then_some("hedged"));
        lines.push(format!(
            "event {}/{} «{}» actor=[{}] target=[{}] place=[{}] date={} claimed_by=[{}] dead={:?} {}",
            event.event_type,
            event.mode.as_deref().unwrap_or("-"),
            event.trigger.text,
            names(&event.actor),
            names(&event.target),
            names(&event.place),
            event.date.map_or("-".to_string(), |d| record.mentions[d].text.clone()),
            names(&event.claimed_by),
            event.dead,
            flags.join(" "),
        ));
    }
    lines.join("\n")
}

#[test]
fn example_articles_analyze_as_recorded() {
    let mut paths: Vec<_> = std::fs::read_dir(examples_dir().join("articles"))
        .expect("examples/articles exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "the examples are missing");
    for path in paths {
        let id = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("example is UTF-8");
        let record = analyze(Article {
            id: id.clone(),
            published: Some("2018-11-16".into()),
            text,
            ..Article::default()
        });
        assert_contract(&record);
        assert_events_and_claims(&record);
        insta::assert_snapshot!(id, render(&record));
    }
}

#[test]
fn example_feed_records_keep_the_contract() {
    let feed =
        std::fs::read_to_string(examples_dir().join("feed.jsonl")).expect("examples/feed.jsonl exists");
    for line in feed.lines().filter(|l| !l.trim().is_empty()) {
        let article: Article = serde_json::from_str(line).expect("feed lines are articles");
        let record = analyze(article);
        assert_contract(&record);
        assert_events_and_claims(&record);
        assert!(!record.sentences.is_empty());
    }
}
