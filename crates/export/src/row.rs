//! One event of a record as one row of an ACLED-like table, and the rules that fill each
//! column.
//!
//! | column | rule |
//! |---|---|
//! | `event_id` | `{article_id}-{n}`, `n` the event's index in the record's `events` (from 0) |
//! | `event_date`, `time_precision` | the event's date mention: 1 for a day, 3 for a month or a year; without one, the publication date with 2 (the act was reported that day, not dated); empty when there is neither |
//! | `plover_type`, `mode` | the event's PLOVER type and mode |
//! | `acled_event_type`, `acled_sub_event_type` | `data/plover-acled.tsv`: the row for the type and mode, else the type's `*` row, else empty |
//! | `actor1`, `actor2` | the event's actors and targets: canonical names, or the text as written, each name once, joined with `; ` |
//! | `location`, `admin1`, `country`, `latitude`, `longitude` | the event's first place mention: its canonical name (or text) and the gazetteer's fields (`country` is the ISO 3166-1 alpha-2 code) |
//! | `geo_precision` | from the place's scale: 1 village, town, city, facility; 2 region, feature; 3 governorate, country |
//! | `fatalities` | the dead the event reports, else 0 |
//! | `claimed_by` | the speakers the event is claimed by, named like actors; when its claim has no speaker mention, the claim's own words for the source (`مصادر أهلية`) |
//! | `negated`, `hedged` | as in the record |
//! | `source`, `url`, `article_id` | the article's |
//! | `evidence` | the text of the event's sentence (the trigger's text if the record lacks that sentence) |
//!
//! A reference that points nowhere (a mention id, claim or sentence not in the record) leaves
//! its column empty rather than failing: a record from another tool or version still exports.

use marsad_lexicon::cues::CueData;
use marsad_model::{Event, Mention, MentionInfo, Record};
use serde::Serialize;

/// The columns of an event table, in order: the fields of [`EventRow`].
pub const COLUMNS: [&str; 23] = [
    "event_id",
    "event_date",
    "time_precision",
    "plover_type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "claimed_by",
    "negated",
    "hedged",
    "source",
    "url",
    "article_id",
    "evidence",
];

/// `time_precision` when the text gives the day.
pub const DAY_IN_TEXT: u8 = 1;
/// `time_precision` when the text gives no date and the publication date stands in.
pub const PUBLICATION_DATE: u8 = 2;
/// `time_precision` when the text gives only a month or a year.
pub const MONTH_OR_YEAR: u8 = 3;

/// The separator between several names in one column.
const NAME_SEPARATOR: &str = "; ";

/// One event, one row; serialises (serde) with the fields in [`COLUMNS`] order. Empty columns
/// are `None`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub event_id: String,
    pub event_date: Option<String>,
    pub time_precision: Option<u8>,
    pub plover_type: String,
    pub mode: Option<String>,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub location: Option<String>,
    pub admin1: Option<String>,
    pub country: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: Option<u8>,
    pub fatalities: u64,
    pub claimed_by: Option<String>,
    pub negated: bool,
    pub hedged: bool,
    pub source: Option<String>,
    pub url: Option<String>,
    pub article_id: String,
    pub evidence: String,
}

/// The rows of a record's events, in the record's order. `cues` holds the PLOVER → ACLED
/// table (`marsad_lexicon::builtin_cues().data` for the one built into marsad).
pub fn event_rows(record: &Record, cues: &CueData) -> Vec<EventRow> {
    record.events.iter().enumerate().map(|(n, event)| event_row(record, cues, n, event)).collect()
}

fn event_row(record: &Record, cues: &CueData, n: usize, event: &Event) -> EventRow {
    let (event_date, time_precision) = event_date(record, event);
    let acled = cues.acled(&event.event_type, event.mode.as_deref());
    let place = PlaceColumns::of(first_place(record, event));
    EventRow {
        event_id: format!("{}-{n}", record.id),
        event_date,
        time_precision,
        plover_type: event.event_type.clone(),
        mode: event.mode.clone(),
        acled_event_type: acled.and_then(|a| a.acled_event_type.clone()),
        acled_sub_event_type: acled.and_then(|a| a.acled_sub_event_type.clone()),
        actor1: names(record, &event.actor),
        actor2: names(record, &event.target),
        location: place.location,
        admin1: place.admin1,
        country: place.country,
        latitude: place.latitude,
        longitude: place.longitude,
        geo_precision: place.geo_precision,
        fatalities: event.dead.unwrap_or(0),
        claimed_by: claimed_by(record, event),
        negated: event.negated,
        hedged: event.hedged,
        source: record.source.clone(),
        url: record.url.clone(),
        article_id: record.id.clone(),
        evidence: evidence(record, event),
    }
}

/// The mention with id `id`. Ids are positions in a record made by marsad, so that is tried
/// first; a record from elsewhere may number them otherwise.
fn mention(record: &Record, id: usize) -> Option<&Mention> {
    record.mentions.get(id).filter(|m| m.id == id).or_else(|| record.mentions.iter().find(|m| m.id == id))
}

/// The event's date and its precision (the module's table).
fn event_date(record: &Record, event: &Event) -> (Option<String>, Option<u8>) {
    let in_text = event.date.and_then(|id| match &mention(record, id)?.info {
        MentionInfo::Date { value } => Some(value.clone()),
        _ => None,
    });
    match (in_text, &record.published) {
        (Some(value), _) => {
            // `YYYY-MM-DD` (`XXXX-MM-DD` when the year is unresolved) names a day; shorter
            // values a month or a year.
            let precision = if value.split('-').count() == 3 { DAY_IN_TEXT } else { MONTH_OR_YEAR };
            (Some(value), Some(precision))
        }
        (None, Some(published)) => (Some(published.clone()), Some(PUBLICATION_DATE)),
        (None, None) => (None, None),
    }
}

/// The name a column shows for an actor or place: canonical when the lexicon knows it, else
/// the text as written.
fn display_name(mention: &Mention) -> &str {
    let canonical = match &mention.info {
        MentionInfo::Actor { canonical, .. } | MentionInfo::Place { canonical, .. } => canonical.as_deref(),
        _ => None,
    };
    canonical.unwrap_or(&mention.text)
}

/// The names of the mentions `ids`, each once (`قسد` and its full name share one canonical
/// name), joined; `None` when there are none.
fn names(record: &Record, ids: &[usize]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for name in ids.iter().filter_map(|&id| mention(record, id)).map(display_name) {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    (!seen.is_empty()).then(|| seen.join(NAME_SEPARATOR))
}

/// Who claims the event: its speaker mentions, or the words of an unnamed source, which
/// is no mention and so is found only in the claim.
fn claimed_by(record: &Record, event: &Event) -> Option<String> {
    names(record, &event.claimed_by).or_else(|| {
        let claim = record.claims.get(event.claim?)?;
        claim.speaker.is_empty().then(|| claim.speaker_text.clone()).flatten()
    })
}

/// The event's first place mention, skipping ids that name no place.
fn first_place<'r>(record: &'r Record, event: &Event) -> Option<&'r Mention> {
    event
        .place
        .iter()
        .filter_map(|&id| mention(record, id))
        .find(|m| matches!(m.info, MentionInfo::Place { .. }))
}

/// The place columns of a row.
#[derive(Default)]
struct PlaceColumns {
    location: Option<String>,
    admin1: Option<String>,
    country: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    geo_precision: Option<u8>,
}

impl PlaceColumns {
    fn of(place: Option<&Mention>) -> Self {
        let Some(mention) = place else { return PlaceColumns::default() };
        let MentionInfo::Place { lat, lon, scale, country, admin1, .. } = &mention.info else {
            return PlaceColumns::default();
        };
        PlaceColumns {
            location: Some(display_name(mention).to_string()),
            admin1: admin1.clone(),
            country: country.clone(),
            latitude: *lat,
            longitude: *lon,
            geo_precision: scale.as_deref().and_then(geo_precision),
        }
    }
}

/// How closely a place of this scale pins the event down: 1 a point, 2 an area around one, 3
/// a whole administrative unit. `None` for a scale the gazetteer does not use.
pub fn geo_precision(scale: &str) -> Option<u8> {
    match scale {
        "village" | "town" | "city" | "facility" => Some(1),
        "region" | "feature" => Some(2),
        "governorate" | "country" => Some(3),
        _ => None,
    }
}

/// The text of the event's sentence, which a reader checks the row against.
fn evidence(record: &Record, event: &Event) -> String {
    match record.sentences.get(event.sentence) {
        Some(&[start, end]) => record.text.chars().skip(start).take(end.saturating_sub(start)).collect(),
        None => event.trigger.text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::*;

    fn rows() -> Vec<EventRow> {
        event_rows(&sample_record(), &acled_table())
    }

    #[test]
    fn rows_serialise_in_column_order() {
        let line = serde_json::to_string(&rows()[0]).unwrap();
        let positions: Vec<usize> =
            COLUMNS.iter().map(|c| line.find(&format!("\"{c}\":")).expect(c)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{line}");
        let object = serde_json::to_value(&rows()[0]).unwrap();
        assert_eq!(object.as_object().unwrap().len(), COLUMNS.len());
    }

    #[test]
    fn a_strike_told_by_an_unnamed_source_fills_every_column() {
        let expected = EventRow {
            event_id: "wire-17-0".into(),
            event_date: Some("2019-03-03".into()),
            time_precision: Some(DAY_IN_TEXT),
            plover_type: "ASSAULT".into(),
            mode: Some("aerial".into()),
            acled_event_type: Some("Explosions/Remote violence".into()),
            acled_sub_event_type: Some("Air/drone strike".into()),
            actor1: None,
            actor2: None,
            location: Some("Tall al-Ward".into()),
            admin1: Some("Sahel".into()),
            country: Some("SY".into()),
            latitude: Some(35.12),
            longitude: Some(38.25),
            geo_precision: Some(1),
            fatalities: 4,
            claimed_by: Some("مصادر أهلية".into()),
            negated: false,
            hedged: false,
            source: Some("example-wire".into()),
            url: Some("https://example.invalid/17".into()),
            article_id: "wire-17".into(),
            evidence: SENTENCE_0.into(),
        };
        assert_eq!(rows()[0], expected);
    }

    #[test]
    fn a_clash_names_its_actors_and_the_countryside_it_was_in() {
        let row = &rows()[1];
        assert_eq!(row.event_id, "wire-17-1");
        assert_eq!(row.actor1.as_deref(), Some("Coastal Army"));
        // Not in the lexicon: the name as the article writes it.
        assert_eq!(row.actor2.as_deref(), Some("كتائب الفجر"));
        assert_eq!(row.claimed_by.as_deref(), Some("Coastal Army"));
        assert_eq!(row.location.as_deref(), Some("Wadi al-Safsaf countryside (north)"));
        assert_eq!((row.admin1.as_deref(), row.geo_precision), (None, Some(2)));
        assert_eq!(row.fatalities, 0);
        assert_eq!(row.evidence, SENTENCE_1);
    }

    #[test]
    fn time_precision_says_what_the_text_gave() {
        let rows = rows();
        let dates: Vec<_> = rows.iter().map(|r| (r.event_date.as_deref(), r.time_precision)).collect();
        assert_eq!(
            dates,
            [
                (Some("2019-03-03"), Some(DAY_IN_TEXT)),
                (Some("2019-02"), Some(MONTH_OR_YEAR)),
                (Some("2019-03-05"), Some(PUBLICATION_DATE)),
            ]
        );
        let mut record = sample_record();
        record.published = None;
        let undated = &event_rows(&record, &acled_table())[2];
        assert_eq!((undated.event_date.as_deref(), undated.time_precision), (None, None));
        record.mentions[1].info = date("2019");
        let year_only = &event_rows(&record, &acled_table())[0];
        assert_eq!((year_only.event_date.as_deref(), year_only.time_precision), (Some("2019"), Some(3)));
    }

    #[test]
    fn geo_precision_follows_the_scale_of_the_place() {
        let precisions: Vec<_> =
            ["village", "town", "city", "facility", "region", "feature", "governorate", "country", "planet"]
                .into_iter()
                .map(geo_precision)
                .collect();
        let expected = [Some(1), Some(1), Some(1), Some(1), Some(2), Some(2), Some(3), Some(3), None];
        assert_eq!(precisions, expected);
        let mut record = sample_record();
        record.mentions[0].info = place("Sahel Governorate", "governorate", 35.0, 38.0, None);
        assert_eq!(event_rows(&record, &acled_table())[0].geo_precision, Some(3));
    }

    #[test]
    fn claim_words_name_only_a_source_that_is_no_mention() {
        let mut record = sample_record();
        // The strike's claim now has a speaker mention: its words are a name the event
        // would list in `claimed_by`, not an unnamed source.
        record.claims[0].speaker = vec![7];
        assert_eq!(event_rows(&record, &acled_table())[0].claimed_by, None);
        record.events[0].claimed_by = vec![7];
        assert_eq!(event_rows(&record, &acled_table())[0].claimed_by.as_deref(), Some("Council of Elders"));
    }

    #[test]
    fn one_actor_named_twice_is_listed_once() {
        let mut record = sample_record();
        let second_name = Mention { id: 8, ..record.mentions[3].clone() };
        record.mentions.push(second_name);
        record.events[1].actor = vec![3, 8, 4];
        let row = &event_rows(&record, &acled_table())[1];
        assert_eq!(row.actor1.as_deref(), Some("Coastal Army; كتائب الفجر"));
    }

    #[test]
    fn acled_types_fall_back_to_the_default_row_of_the_type() {
        let rows = rows();
        let acled: Vec<_> =
            rows.iter().map(|r| (r.acled_event_type.as_deref(), r.acled_sub_event_type.as_deref())).collect();
        assert_eq!(
            acled,
            [
                (Some("Explosions/Remote violence"), Some("Air/drone strike")),
                // `clash` has no row of its own: ASSAULT's `*` row.
                (Some("Battles"), Some("Armed clash")),
                // DEMAND has no row at all.
                (None, None),
            ]
        );
    }

    #[test]
    fn references_that_point_nowhere_leave_columns_empty() {
        let mut record = bare_record();
        let mut event = event(&record.text, "ASSAULT", "aerial", 9, "قصفت");
        event.actor = vec![40];
        event.place = vec![41];
        event.date = Some(42);
        event.claim = Some(3);
        record.events = vec![event];
        record.published = None;
        let row = &event_rows(&record, &CueData::default())[0];
        assert_eq!(
            (row.actor1.as_deref(), row.location.as_deref(), row.event_date.as_deref()),
            (None, None, None)
        );
        assert_eq!((row.claimed_by.as_deref(), row.acled_event_type.as_deref()), (None, None));
        assert_eq!(row.evidence, "قصفت");
    }

    #[test]
    fn mentions_are_found_by_id_when_ids_are_not_positions() {
        let mut record = sample_record();
        record.mentions.swap(0, 3);
        let row = &event_rows(&record, &acled_table())[0];
        assert_eq!(row.location.as_deref(), Some("Tall al-Ward"));
    }
}
