//! A hand-built record of a fictional report, and a small PLOVER → ACLED table, shared by the
//! unit tests: three events (an air strike told by an unnamed source, a clash in a named
//! countryside, an appeal with no place or date) whose expected rows the tests spell out.

use marsad_lexicon::cues::{AcledMapping, CueData};
use marsad_model::{Claim, Event, Mention, MentionInfo, Record, Span};

pub const SENTENCE_0: &str =
    "قالت مصادر أهلية إن طائرات حربية قصفت قرية تل الورد في 3 آذار 2019، ما أدى إلى مقتل 4 مدنيين.";
pub const SENTENCE_1: &str =
    "وأعلن جيش الساحل أنه اشتبك مع كتائب الفجر في ريف وادي الصفصاف الشمالي الشهر الماضي.";
pub const SENTENCE_2: &str = "ودعا مجلس الحكماء إلى التهدئة.";

/// The character span of the first `needle` in `text`.
pub fn span_of(text: &str, needle: &str) -> Span {
    let byte_start = text.find(needle).unwrap_or_else(|| panic!("`{needle}` is not in the text"));
    let start = text[..byte_start].chars().count();
    Span { start, end: start + needle.chars().count(), text: needle.to_string() }
}

pub fn mention(text: &str, id: usize, needle: &str, info: MentionInfo) -> Mention {
    let Span { start, end, text } = span_of(text, needle);
    Mention { id, start, end, text, info }
}

pub fn actor(canonical: Option<&str>) -> MentionInfo {
    MentionInfo::Actor {
        canonical: canonical.map(str::to_string),
        actor_type: Some("armed_group".into()),
        entry: None,
        country: None,
    }
}

pub fn place(canonical: &str, scale: &str, lat: f64, lon: f64, admin1: Option<&str>) -> MentionInfo {
    MentionInfo::Place {
        canonical: Some(canonical.into()),
        lat: Some(lat),
        lon: Some(lon),
        scale: Some(scale.into()),
        entry: None,
        country: Some("SY".into()),
        admin1: admin1.map(str::to_string),
        region: None,
    }
}

pub fn date(value: &str) -> MentionInfo {
    MentionInfo::Date { value: value.into() }
}

/// An event of `event_type` and `mode` triggered by `trigger`, with no roles filled.
pub fn event(text: &str, event_type: &str, mode: &str, sentence: usize, trigger: &str) -> Event {
    Event {
        event_type: event_type.into(),
        mode: Some(mode.into()),
        sentence,
        trigger: span_of(text, trigger),
        actor: Vec::new(),
        target: Vec::new(),
        place: Vec::new(),
        date: None,
        claimed_by: Vec::new(),
        negated: false,
        hedged: false,
        dead: None,
        injured: None,
        claim: None,
    }
}

/// The three sentences, their sentence spans, and no mentions, events or claims yet.
pub fn bare_record() -> Record {
    let text = format!("{SENTENCE_0} {SENTENCE_1} {SENTENCE_2}");
    let sentences = [SENTENCE_0, SENTENCE_1, SENTENCE_2]
        .iter()
        .map(|s| {
            let span = span_of(&text, s);
            [span.start, span.end]
        })
        .collect();
    Record {
        id: "wire-17".into(),
        source: Some("example-wire".into()),
        url: Some("https://example.invalid/17".into()),
        title: None,
        published: Some("2019-03-05".into()),
        text,
        sentences,
        ..Record::default()
    }
}

/// The fictional report with its mentions, claims and events.
pub fn sample_record() -> Record {
    let mut record = bare_record();
    let text = record.text.clone();
    let t = text.as_str();
    record.mentions = vec![
        mention(t, 0, "تل الورد", place("Tall al-Ward", "village", 35.12, 38.25, Some("Sahel"))),
        mention(t, 1, "3 آذار 2019", date("2019-03-03")),
        mention(
            t,
            2,
            "4 مدنيين",
            MentionInfo::Quantity { value: 4.0, unit: Some("killed".into()), approximate: false },
        ),
        mention(t, 3, "جيش الساحل", actor(Some("Coastal Army"))),
        mention(t, 4, "كتائب الفجر", actor(None)),
        mention(
            t,
            5,
            "وادي الصفصاف",
            place("Wadi al-Safsaf countryside (north)", "region", 35.6, 37.9, None),
        ),
        mention(t, 6, "الشهر الماضي", date("2019-02")),
        mention(t, 7, "مجلس الحكماء", actor(Some("Council of Elders"))),
    ];
    record.claims = vec![
        Claim {
            sentence: 0,
            speaker: Vec::new(),
            speaker_text: Some("مصادر أهلية".into()),
            cue: span_of(t, "قالت"),
            kind: "assert".into(),
            start: span_of(t, "طائرات").start,
            end: span_of(t, "مدنيين").end,
        },
        Claim {
            sentence: 1,
            speaker: vec![3],
            speaker_text: Some("جيش الساحل".into()),
            cue: span_of(t, "أعلن"),
            kind: "assert".into(),
            start: span_of(t, "أنه").start,
            end: span_of(t, "الماضي").end,
        },
    ];
    let strike = Event {
        place: vec![0],
        date: Some(1),
        dead: Some(4),
        claim: Some(0),
        ..event(t, "ASSAULT", "aerial", 0, "قصفت")
    };
    let clash = Event {
        actor: vec![3],
        target: vec![4],
        place: vec![5],
        date: Some(6),
        claimed_by: vec![3],
        claim: Some(1),
        ..event(t, "ASSAULT", "clash", 1, "اشتبك")
    };
    let appeal = Event { actor: vec![7], ..event(t, "DEMAND", "appeal", 2, "دعا") };
    record.events = vec![strike, clash, appeal];
    record
}

/// ASSAULT's default row and its aerial row; no row for DEMAND.
pub fn acled_table() -> CueData {
    let row = |mode: &str, event_type: &str, sub_event_type: &str| AcledMapping {
        event_type: "ASSAULT".into(),
        mode: mode.into(),
        acled_event_type: Some(event_type.into()),
        acled_sub_event_type: Some(sub_event_type.into()),
    };
    CueData {
        cues: Vec::new(),
        acled: vec![
            row("*", "Battles", "Armed clash"),
            row("aerial", "Explosions/Remote violence", "Air/drone strike"),
        ],
    }
}
