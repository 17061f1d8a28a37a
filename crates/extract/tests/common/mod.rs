//! What CONTRACT.md promises of every record's spans, checked the same way by every test.

use marsad_model::Record;
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
