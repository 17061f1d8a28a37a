//! What CONTRACT.md promises of every record's spans, checked the same way by every test.

use marsad_model::{Article, Record};
use marsad_text::token::is_separator;

/// The text between two character offsets.
pub fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Every sentence and mention span lies in the text, `text[start:end]` is the mention's text,
/// sentences are in order, and together they cover every visible character.
pub fn assert_contract(record: &Record) {
    let text = &record.text;
    let length = text.chars().count();
    let mut covered_to = 0;
    for [start, end] in &record.sentences {
        assert!(start < end && *end <= length, "{}: sentence {start}..{end}", record.id);
        assert!(covered_to <= *start, "{}: sentences overlap at {start}", record.id);
        let gap = slice(text, covered_to, *start);
        assert!(gap.chars().all(is_separator), "{}: {gap:?} before {start} is in no sentence", record.id);
        covered_to = *end;
    }
    let tail = slice(text, covered_to, length);
    assert!(tail.chars().all(is_separator), "{}: {tail:?} after {covered_to} is in no sentence", record.id);
    for mention in &record.mentions {
        assert_eq!(
            slice(text, mention.start, mention.end),
            mention.text,
            "{}: mention {}",
            record.id,
            mention.id
        );
    }
}

/// Events and claims point at real mentions, sentences and claims, and their spans are the
/// text they say they are.
pub fn assert_events_and_claims(record: &Record) {
    let text = &record.text;
    let ids: Vec<usize> = record.mentions.iter().map(|m| m.id).collect();
    for event in &record.events {
        assert_eq!(slice(text, event.trigger.start, event.trigger.end), event.trigger.text, "{}", record.id);
        assert!(event.sentence < record.sentences.len(), "{}: event sentence", record.id);
        let roles = event.actor.iter().chain(&event.target).chain(&event.place).chain(&event.claimed_by);
        for id in roles.chain(event.date.iter()) {
            assert!(ids.contains(id), "{}: event names mention {id}", record.id);
        }
        assert!(event.claim.is_none_or(|c| c < record.claims.len()), "{}: event claim", record.id);
    }
    for claim in &record.claims {
        assert_eq!(slice(text, claim.cue.start, claim.cue.end), claim.cue.text, "{}", record.id);
        assert!(claim.start <= claim.end && claim.end <= text.chars().count(), "{}: claim span", record.id);
        assert!(claim.speaker.iter().all(|id| ids.contains(id)), "{}: claim speaker", record.id);
        assert!(
            !claim.speaker.is_empty() || claim.speaker_text.is_some(),
            "{}: a claim needs a speaker",
            record.id
        );
    }
}

/// The record of a made-up sentence published on 2018-06-14, its spans checked against the
/// contract and its events and claims against the article.
#[allow(dead_code)] // every test binary compiles this module; not all of them analyze sentences
pub fn record_of(text: &str) -> Record {
    let record = marsad_extract::analyze(Article {
        id: "t".into(),
        text: text.into(),
        published: Some("2018-06-14".into()),
        ..Article::default()
    });
    assert_contract(&record);
    assert_events_and_claims(&record);
    record
}
