//! A record as one line of JSON, byte for byte what `serde_json` writes for it.
//!
//! The article's text is most of a record's line, and `serde_json` looks at each of its bytes
//! in turn for the few that JSON escapes. Here strings are read 32 bytes at a time while they
//! hold none of them (nearly all of an Arabic text), then eight at a time up to the next byte
//! to escape, and a clean run is copied whole. Every
//! field is written here, its name as constant bytes (`serde_json` escapes each name as it
//! escapes a value, and the events' and claims' names outnumber their values); only numbers
//! with a fraction are still written by `serde_json`. The tests hold the two writers to the
//! same bytes.

use marsad_model::{Claim, Event, Mention, MentionInfo, Record, Span};

/// Appends `record` to `line` as `serde_json::to_writer` writes it.
pub fn write_record(line: &mut Vec<u8>, record: &Record) -> serde_json::Result<()> {
    // Every field, named: a field added to the record fails to compile here until written.
    let Record { id, source, url, title, published, text, sentences, mentions, events, claims } = record;
    line.extend_from_slice(b"{\"id\":");
    write_str(line, id);
    line.extend_from_slice(b",\"source\":");
    write_option_str(line, source.as_deref());
    line.extend_from_slice(b",\"url\":");
    write_option_str(line, url.as_deref());
    line.extend_from_slice(b",\"title\":");
    write_option_str(line, title.as_deref());
    line.extend_from_slice(b",\"published\":");
    write_option_str(line, published.as_deref());
    line.extend_from_slice(b",\"text\":");
    write_str(line, text);
    line.extend_from_slice(b",\"sentences\":[");
    for (at, [start, end]) in sentences.iter().enumerate() {
        line.extend_from_slice(if at > 0 { b",[" } else { b"[" });
        write_usize(line, *start);
        line.push(b',');
        write_usize(line, *end);
        line.push(b']');
    }
    line.extend_from_slice(b"],\"mentions\":[");
    for (at, mention) in mentions.iter().enumerate() {
        if at > 0 {
            line.push(b',');
        }
        write_mention(line, mention)?;
    }
    line.extend_from_slice(b"],\"events\":[");
    for (at, event) in events.iter().enumerate() {
        if at > 0 {
            line.push(b',');
        }
        write_event(line, event);
    }
    line.extend_from_slice(b"],\"claims\":[");
    for (at, claim) in claims.iter().enumerate() {
        if at > 0 {
            line.push(b',');
        }
        write_claim(line, claim);
    }
    line.extend_from_slice(b"]}");
    Ok(())
}

/// Appends an event as `serde_json` writes it: `type` for `event_type`, and the casualty
/// counts and the claim left out when absent.
fn write_event(line: &mut Vec<u8>, event: &Event) {
    let Event {
        event_type,
        mode,
        sentence,
        trigger,
        actor,
        target,
        place,
        date,
        claimed_by,
        negated,
        hedged,
        dead,
        injured,
        claim,
    } = event;
    line.extend_from_slice(b"{\"type\":");
    write_str(line, event_type);
    line.extend_from_slice(b",\"mode\":");
    write_option_str(line, mode.as_deref());
    line.extend_from_slice(b",\"sentence\":");
    write_usize(line, *sentence);
    line.extend_from_slice(b",\"trigger\":");
    write_span(line, trigger);
    for (name, ids) in [(&b"actor"[..], actor), (b"target", target), (b"place", place)] {
        write_key(line, name);
        write_ids(line, ids);
    }
    line.extend_from_slice(b",\"date\":");
    match date {
        Some(date) => write_usize(line, *date),
        None => line.extend_from_slice(b"null"),
    }
    line.extend_from_slice(b",\"claimed_by\":");
    write_ids(line, claimed_by);
    line.extend_from_slice(b",\"negated\":");
    write_bool(line, *negated);
    line.extend_from_slice(b",\"hedged\":");
    write_bool(line, *hedged);
    for (name, count) in [(&b"dead"[..], dead), (b"injured", injured)] {
        if let Some(count) = count {
            write_key(line, name);
            write_u64(line, *count);
        }
    }
    if let Some(claim) = claim {
        write_key(line, b"claim");
        write_usize(line, *claim);
    }
    line.push(b'}');
}

/// Appends a claim as `serde_json` writes it (no field skipped).
fn write_claim(line: &mut Vec<u8>, claim: &Claim) {
    let Claim { sentence, speaker, speaker_text, cue, kind, start, end } = claim;
    line.extend_from_slice(b"{\"sentence\":");
    write_usize(line, *sentence);
    line.extend_from_slice(b",\"speaker\":");
    write_ids(line, speaker);
    line.extend_from_slice(b",\"speaker_text\":");
    write_option_str(line, speaker_text.as_deref());
    line.extend_from_slice(b",\"cue\":");
    write_span(line, cue);
    line.extend_from_slice(b",\"kind\":");
    write_str(line, kind);
    line.extend_from_slice(b",\"start\":");
    write_usize(line, *start);
    line.extend_from_slice(b",\"end\":");
    write_usize(line, *end);
    line.push(b'}');
}

fn write_span(line: &mut Vec<u8>, span: &Span) {
    let Span { start, end, text } = span;
    line.extend_from_slice(b"{\"start\":");
    write_usize(line, *start);
    line.extend_from_slice(b",\"end\":");
    write_usize(line, *end);
    line.extend_from_slice(b",\"text\":");
    write_str(line, text);
    line.push(b'}');
}

/// A list of mention ids: `[1,4]`.
fn write_ids(line: &mut Vec<u8>, ids: &[usize]) {
    line.push(b'[');
    for (at, id) in ids.iter().enumerate() {
        if at > 0 {
            line.push(b',');
        }
        write_usize(line, *id);
    }
    line.push(b']');
}

fn write_bool(line: &mut Vec<u8>, value: bool) {
    line.extend_from_slice(if value { b"true" } else { b"false" });
}

/// Appends a mention as `serde_json` writes it: its own fields, then its kind's fields after
/// the `kind` tag (flattened), leaving out the optional ones that are absent.
fn write_mention(line: &mut Vec<u8>, mention: &Mention) -> serde_json::Result<()> {
    let Mention { id, start, end, text, info } = mention;
    line.extend_from_slice(b"{\"id\":");
    write_usize(line, *id);
    line.extend_from_slice(b",\"start\":");
    write_usize(line, *start);
    line.extend_from_slice(b",\"end\":");
    write_usize(line, *end);
    line.extend_from_slice(b",\"text\":");
    write_str(line, text);
    match info {
        MentionInfo::Actor { canonical, actor_type, entry, country } => {
            line.extend_from_slice(b",\"kind\":\"actor\",\"canonical\":");
            write_option_str(line, canonical.as_deref());
            line.extend_from_slice(b",\"actor_type\":");
            write_option_str(line, actor_type.as_deref());
            write_field_if_some(line, b"entry", entry.as_deref());
            write_field_if_some(line, b"country", country.as_deref());
        }
        MentionInfo::Place { canonical, lat, lon, scale, entry, country, admin1, region } => {
            line.extend_from_slice(b",\"kind\":\"place\",\"canonical\":");
            write_option_str(line, canonical.as_deref());
            for (name, value) in [(&b"lat"[..], lat), (b"lon", lon)] {
                if let Some(value) = value {
                    write_key(line, name);
                    serde_json::to_writer(&mut *line, value)?;
                }
            }
            write_field_if_some(line, b"scale", scale.as_deref());
            write_field_if_some(line, b"entry", entry.as_deref());
            write_field_if_some(line, b"country", country.as_deref());
            write_field_if_some(line, b"admin1", admin1.as_deref());
            if let Some(region) = region {
                write_key(line, b"region");
                serde_json::to_writer(&mut *line, region)?;
            }
        }
        MentionInfo::Date { value } => {
            line.extend_from_slice(b",\"kind\":\"date\",\"value\":");
            write_str(line, value);
        }
        MentionInfo::Quantity { value, unit, approximate } => {
            line.extend_from_slice(b",\"kind\":\"quantity\",\"value\":");
            write_number_as_written(line, *value)?;
            line.extend_from_slice(b",\"unit\":");
            write_option_str(line, unit.as_deref());
            line.extend_from_slice(b",\"approximate\":");
            write_bool(line, *approximate);
        }
    }
    line.push(b'}');
    Ok(())
}

/// `,"name":` before a field's value.
fn write_key(line: &mut Vec<u8>, name: &[u8]) {
    line.extend_from_slice(b",\"");
    line.extend_from_slice(name);
    line.extend_from_slice(b"\":");
}

/// A field skipped when absent (`skip_serializing_if = "Option::is_none"`).
fn write_field_if_some(line: &mut Vec<u8>, name: &[u8], value: Option<&str>) {
    if let Some(value) = value {
        write_key(line, name);
        write_str(line, value);
    }
}

fn write_option_str(line: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => write_str(line, value),
        None => line.extend_from_slice(b"null"),
    }
}

/// A quantity's value as the model's `number_as_written` has serde_json write it: a whole
/// number (below 2^53) without a fraction, any other through serde_json.
fn write_number_as_written(line: &mut Vec<u8>, value: f64) -> serde_json::Result<()> {
    const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    if value.fract() == 0.0 && value.abs() < EXACT_INTEGER_LIMIT {
        let whole = value as i64;
        if whole < 0 {
            line.push(b'-');
        }
        write_u64(line, whole.unsigned_abs());
        Ok(())
    } else {
        serde_json::to_writer(&mut *line, &value)
    }
}

/// A count in decimal digits, as serde_json writes integers.
fn write_usize(line: &mut Vec<u8>, value: usize) {
    write_u64(line, value as u64);
}

/// A whole number in decimal digits, as serde_json writes integers. Inlined into its
/// callers, with the rare number of five digits or more out of line: as one function of both
/// lengths, its entry and exit (the registers the long path needs saved and restored) cost
/// about as much as writing the short number.
#[inline]
fn write_u64(line: &mut Vec<u8>, value: u64) {
    match u16::try_from(value) {
        Ok(small) if small < 10_000 => write_below_10_000(line, small),
        _ => write_long_u64(line, value),
    }
}

/// A number of any length, digit by digit.
#[inline(never)]
fn write_long_u64(line: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    line.extend_from_slice(&digits[at..]);
}

/// The two digits of every number below 100, `00` to `99`.
const DIGIT_PAIRS: [[u8; 2]; 100] = {
    let mut pairs = [[0; 2]; 100];
    let mut at = 0;
    while at < 100 {
        pairs[at] = [b'0' + (at / 10) as u8, b'0' + (at % 10) as u8];
        at += 1;
    }
    pairs
};

/// The two digits of `value % 100`.
fn digit_pair(value: u16) -> [u8; 2] {
    DIGIT_PAIRS[usize::from(value % 100)]
}

/// A number of one to four digits, the offsets and ids nearly every number of a record is:
/// each length appended as a copy of fixed size, where a slice of the digits would cost a
/// call to `memcpy` for two or three bytes. The length is told first and only its digits
/// made, two at a time from a table: all four made by division, then matched, cost some 55
/// instructions a number (93,000 per 1,000 articles).
#[inline]
fn write_below_10_000(line: &mut Vec<u8>, value: u16) {
    match value {
        0..=9 => line.push(b'0' + value as u8),
        10..=99 => line.extend_from_slice(&digit_pair(value)),
        100..=999 => {
            let [tens, ones] = digit_pair(value);
            line.extend_from_slice(&[b'0' + (value / 100) as u8, tens, ones]);
        }
        _ => {
            let ([thousands, hundreds], [tens, ones]) = (digit_pair(value / 100), digit_pair(value));
            line.extend_from_slice(&[thousands, hundreds, tens, ones]);
        }
    }
}

/// Appends `value` as a JSON string, escaped as `serde_json` escapes: `"` and `\`, and the
/// control characters below U+0020 (`\b \t \n \f \r` by name, the others as `\u00xx`).
fn write_str(line: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    line.reserve(bytes.len() + 2);
    line.push(b'"');
    // Most strings of a record are short (names, ids, kinds: 64,000 of 65,000 per 1,000
    // articles) and clean: told so by a word or a few, and copied whole.
    if is_clean_short(bytes) {
        line.extend_from_slice(bytes);
    } else {
        write_escaped(line, bytes);
    }
    line.push(b'"');
}

/// Whether `bytes`, shorter than [`CLEAN_RUN`], hold no byte to escape: told eight bytes at
/// a time, the last bytes read as one word with what comes before them ([`last_word`]), so
/// that no byte is looked at alone. A longer string is left to [`write_escaped`].
fn is_clean_short(bytes: &[u8]) -> bool {
    if bytes.len() >= CLEAN_RUN {
        return false;
    }
    let mut mask = 0;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        mask |= escape_mask(u64::from_le_bytes(*chunk));
        at += 8;
    }
    if at < bytes.len() {
        mask |= escape_mask(last_word(bytes));
    }
    mask == 0
}

/// Eight bytes that hold every byte of the end of `bytes` that a walk in steps of eight left
/// over: its last eight; under eight bytes, its first four and its last four (overlapping);
/// under four, its first, middle and last bytes and spaces, which JSON leaves as they are.
fn last_word(bytes: &[u8]) -> u64 {
    if let Some(last) = bytes.last_chunk::<8>() {
        return u64::from_le_bytes(*last);
    }
    if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
    }
    const SPACES: u64 = 0x2020_2020_2000_0000;
    let byte = |at: usize| bytes.get(at).map_or(0x20, |&byte| u64::from(byte));
    let last = bytes.len().saturating_sub(1);
    byte(0) | byte(last / 2) << 8 | byte(last) << 16 | SPACES
}

/// The bytes of a string, escaped as `serde_json` escapes them, with no quotes around.
fn write_escaped(line: &mut Vec<u8>, bytes: &[u8]) {
    let mut copied = 0;
    let mut at = 0;
    // Eight bytes at a time: a run with nothing to escape is passed over at once, and in one
    // that has something the mask points at the first byte to escape (the bytes before it
    // are clean), so no byte is looked at alone. Clean stretches of a long string (the text)
    // are passed over [`CLEAN_RUN`] bytes at a time first.
    loop {
        at = clean_runs_from(bytes, at);
        let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) else { break };
        let mask = escape_mask(u64::from_le_bytes(*chunk));
        if mask == 0 {
            at += 8;
            continue;
        }
        let escaped = at + (mask.trailing_zeros() / 8) as usize;
        copied = escape_at(line, bytes, escaped, copied);
        at = escaped + 1;
    }
    // The last bytes, under eight (most of a short name): the eight that end the string,
    // read again as one, pass them all when none of them needs escaping.
    let tail_clear = bytes.last_chunk::<8>().is_some_and(|last| escape_mask(u64::from_le_bytes(*last)) == 0);
    if !tail_clear {
        for escaped in at..bytes.len() {
            if bytes.get(escaped).is_some_and(|&byte| needs_escape(byte)) {
                copied = escape_at(line, bytes, escaped, copied);
            }
        }
    }
    line.extend_from_slice(bytes.get(copied..).unwrap_or_default());
}

/// How many bytes [`clean_runs_from`] tests at once.
const CLEAN_RUN: usize = 32;

/// Where the first run of [`CLEAN_RUN`] bytes from `at` that holds a byte to escape starts
/// (or the last bytes, fewer than a run). Each run is tested by comparisons alone, which the
/// compiler makes on sixteen bytes at once (SSE2, part of every x86-64): an article's text
/// is passed over in about one instruction a byte, where the eight-byte mask took two.
fn clean_runs_from(bytes: &[u8], mut at: usize) -> usize {
    while let Some(run) = bytes.get(at..).and_then(<[u8]>::first_chunk::<CLEAN_RUN>) {
        // Folded byte by byte, not mapped to an array first: `[u8; N]::map` went through
        // `try_map`, which the compiler left as a call that wrote the marks to the stack.
        if run.iter().fold(0, |any, &byte| any | u8::from(needs_escape(byte))) != 0 {
            break;
        }
        at += CLEAN_RUN;
    }
    at
}

/// Writes the bytes from `copied` up to `escaped`, then the escape of the byte at `escaped`;
/// returns where the bytes not yet written start.
fn escape_at(line: &mut Vec<u8>, bytes: &[u8], escaped: usize, copied: usize) -> usize {
    line.extend_from_slice(bytes.get(copied..escaped).unwrap_or_default());
    if let Some(&byte) = bytes.get(escaped) {
        write_escape(line, byte);
    }
    escaped + 1
}

/// The high bit of each of eight bytes (little-endian) that may be a byte JSON escapes:
/// below 0x20, `"` or `\`. A byte that is one is always marked, and the lowest byte marked
/// always is one: the classic test for a zero byte (`x - 1` borrows, `!x` has its high bit)
/// is exact up to the first zero, and only a borrow out of a zero marks a byte above it.
fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    // A byte below 0x20 is one whose top three bits are zero.
    zeros(word & (0xE0 * ONES))
        | zeros(word ^ (u64::from(b'"') * ONES))
        | zeros(word ^ (u64::from(b'\\') * ONES))
}

/// Told with `|`, not `||`: no branch a byte, so a run of bytes is tested at once.
fn needs_escape(byte: u8) -> bool {
    (byte < 0x20) | (byte == b'"') | (byte == b'\\')
}

fn write_escape(line: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match byte {
        b'"' => line.extend_from_slice(b"\\\""),
        b'\\' => line.extend_from_slice(b"\\\\"),
        0x08 => line.extend_from_slice(b"\\b"),
        0x0C => line.extend_from_slice(b"\\f"),
        b'\n' => line.extend_from_slice(b"\\n"),
        b'\r' => line.extend_from_slice(b"\\r"),
        b'\t' => line.extend_from_slice(b"\\t"),
        _ => line.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0x0F)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::{Article, Claim, Event, Span};

    fn line_of(record: &Record) -> Vec<u8> {
        let mut line = Vec::new();
        write_record(&mut line, record).unwrap();
        line
    }

    fn span(text: &str) -> Span {
        Span { start: 1, end: 2, text: text.into() }
    }

    /// A record with every field and every kind of mention filled.
    fn full_record(text: &str) -> Record {
        let mut record = Record::from_article(Article {
            id: "id \"1\"".into(),
            source: Some("wire\\x".into()),
            url: None,
            title: Some("عنوان\n".into()),
            published: Some("2018-06-12".into()),
            text: text.into(),
        });
        record.sentences = vec![[0, 3], [4, 9]];
        let info = [
            MentionInfo::Actor {
                canonical: None,
                actor_type: Some("person".into()),
                entry: Some("a1".into()),
                country: None,
            },
            MentionInfo::Place {
                canonical: Some("Raqqa".into()),
                lat: Some(35.95),
                lon: Some(39.0),
                scale: Some("city".into()),
                entry: None,
                country: Some("SY".into()),
                admin1: None,
                region: Some(span("ريف الرقة")),
            },
            MentionInfo::Actor {
                canonical: Some("Islamic State \"IS\"".into()),
                actor_type: None,
                entry: None,
                country: Some("IQ".into()),
            },
            MentionInfo::Place {
                canonical: None,
                lat: None,
                lon: Some(f64::NAN),
                scale: None,
                entry: Some("p1".into()),
                country: None,
                admin1: Some("Raqqa".into()),
                region: None,
            },
            MentionInfo::Date { value: "2018-XX".into() },
            MentionInfo::Quantity { value: 3.5, unit: None, approximate: true },
            MentionInfo::Quantity { value: 12.0, unit: Some("killed".into()), approximate: false },
            MentionInfo::Quantity { value: -1e300, unit: None, approximate: false },
            MentionInfo::Quantity { value: -7.0, unit: Some("قتلى \"x\"".into()), approximate: true },
            MentionInfo::Quantity { value: -0.0, unit: None, approximate: false },
            MentionInfo::Quantity { value: 9_007_199_254_740_992.0, unit: None, approximate: false },
            MentionInfo::Quantity { value: 9_007_199_254_740_991.0, unit: None, approximate: false },
            MentionInfo::Quantity { value: f64::NAN, unit: None, approximate: false },
            MentionInfo::Quantity { value: f64::NEG_INFINITY, unit: None, approximate: false },
        ];
        record.mentions = info
            .into_iter()
            .enumerate()
            .map(|(id, info)| Mention {
                id: id * 977,
                start: id * 10_007,
                end: usize::MAX - id,
                text: "نص\t".into(),
                info,
            })
            .collect();
        record.events = vec![Event {
            event_type: "ASSAULT".into(),
            mode: Some("airstrike".into()),
            sentence: 0,
            trigger: span("غارة"),
            actor: vec![0],
            target: vec![],
            place: vec![1],
            date: Some(2),
            claimed_by: vec![0],
            negated: false,
            hedged: true,
            dead: Some(12),
            injured: None,
            claim: Some(0),
        }];
        record.events.push(Event {
            event_type: "PROTEST \"x\"".into(),
            mode: None,
            sentence: 12_345,
            trigger: span("تظاهر\n"),
            actor: vec![],
            target: vec![3, 1, 4],
            place: vec![],
            date: None,
            claimed_by: vec![],
            negated: true,
            hedged: false,
            dead: None,
            injured: Some(u64::MAX),
            claim: None,
        });
        record.claims = vec![Claim {
            sentence: 1,
            speaker: vec![0],
            speaker_text: None,
            cue: span("قال"),
            kind: "assert".into(),
            start: 4,
            end: 9,
        }];
        record.claims.push(Claim {
            sentence: 0,
            speaker: vec![],
            speaker_text: Some("مصادر \\ أهلية".into()),
            cue: span("أفادت"),
            kind: "other".into(),
            start: 0,
            end: usize::MAX,
        });
        record
    }

    #[test]
    fn a_record_is_written_as_serde_json_writes_it() {
        let texts = [
            "",
            "قُتل ثلاثة آلاف مقاتل في الرقة.\nوأصيب ٢٠ مدنياً!",
            "\"quoted\" and \\ back\\slash\u{7f} \u{1} \u{8}\u{c}\r\t\u{1f} é 😀",
            "ابتداءً من اليوم \"ثمانية\" x",
            "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
        ];
        for text in texts {
            let record = full_record(text);
            assert_eq!(line_of(&record), serde_json::to_vec(&record).unwrap(), "{text:?}");
            let empty = Record::from_article(Article { text: text.into(), ..Article::default() });
            assert_eq!(line_of(&empty), serde_json::to_vec(&empty).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn every_byte_at_every_place_in_a_run_is_escaped_as_serde_json_escapes() {
        // 80 bytes: a byte at any place of the first, second or last run of 32, or of the
        // eight-byte steps after them.
        for byte in 0u8..0x80 {
            for place in 0..81 {
                let mut text = "ب".repeat(40);
                text.insert(place.min(text.len()) & !1, char::from(byte));
                let mut line = Vec::new();
                write_str(&mut line, &text);
                assert_eq!(line, serde_json::to_vec(&text).unwrap(), "{byte:#x} at {place}");
            }
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        let around_powers = (0..20).flat_map(|power| {
            let power = 10u64.pow(power);
            [power - 1, power, power + 1]
        });
        for value in (0..=10_100).chain(around_powers).chain([u64::MAX]) {
            let mut line = Vec::new();
            write_u64(&mut line, value);
            assert_eq!(line, serde_json::to_vec(&value).unwrap(), "{value}");
        }
    }

    #[test]
    fn every_byte_at_every_place_of_a_short_string_is_escaped_as_serde_json_escapes() {
        // Every length up to past a run (the short strings' words and their last word), every
        // ASCII byte at every place of it.
        for len in 0..40 {
            for byte in 0u8..0x80 {
                for place in 0..len {
                    let mut text = vec![b'a'; len];
                    text[place] = byte;
                    let text = String::from_utf8(text).unwrap();
                    let mut line = Vec::new();
                    write_str(&mut line, &text);
                    assert_eq!(line, serde_json::to_vec(&text).unwrap(), "{byte:#x} at {place} of {len}");
                }
            }
            let clean = "b".repeat(len);
            let mut line = Vec::new();
            write_str(&mut line, &clean);
            assert_eq!(line, serde_json::to_vec(&clean).unwrap());
        }
    }
}
