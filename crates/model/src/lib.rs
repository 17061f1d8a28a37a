//! The records marsad reads and writes.
//!
//! [`Article`] is one input article as ingested; [`Record`] is the analysis record that
//! `marsad analyze` prints, field for field as `shared/eval/CONTRACT.md` defines it. Every span
//! in a record is a pair of **character** offsets (Unicode scalar values, end exclusive) into
//! [`Record::text`], which is the article body exactly as it was read.

use serde::{Deserialize, Serialize, Serializer};

/// One article as read from an input: the body, and what the input said about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub published: Option<String>,
    pub text: String,
}

/// The analysis of one article (CONTRACT.md). Fields may be added, never renamed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    /// Sentence spans `[start, end)` in characters, in reading order.
    pub sentences: Vec<[usize; 2]>,
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
}

/// A span of the original text: character offsets and the text they cover.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A mention of an actor, place, date or quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub id: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(flatten)]
    pub info: MentionInfo,
}

/// What a mention is, with the fields its kind carries; serialised with a `kind` tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum MentionInfo {
    Actor {
        /// Canonical English name from the lexicon; null when the actor is not in it.
        canonical: Option<String>,
        actor_type: Option<String>,
        /// The lexicon entry, when there is one.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        entry: Option<String>,
        /// ISO 3166-1 alpha-2 code of the actor's state.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        country: Option<String>,
    },
    Place {
        canonical: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        lat: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        lon: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        scale: Option<String>,
        /// The gazetteer entry.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        entry: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        country: Option<String>,
        /// The first-level administrative unit (governorate) the place lies in.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        admin1: Option<String>,
        /// For a region anchored on this place (`ريف دير الزور الشرقي`): the whole phrase.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        region: Option<Span>,
    },
    Date {
        /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, with `XXXX` for an unresolved year.
        value: String,
    },
    Quantity {
        #[serde(serialize_with = "number_as_written")]
        value: f64,
        /// What is counted (`killed`, `injured`, `fighters`, `km`, …), when the text says.
        unit: Option<String>,
        /// True for "about", "nearly", "dozens of": the value is an estimate.
        #[serde(default)]
        approximate: bool,
    },
}

/// Writes whole numbers without a fraction (`12`, not `12.0`), others as they are.
fn number_as_written<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    if value.fract() == 0.0 && value.abs() < EXACT_INTEGER_LIMIT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// An event coded in PLOVER (GUIDELINES.md §4). Role lists hold mention ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub sentence: usize,
    pub trigger: Span,
    pub actor: Vec<usize>,
    pub target: Vec<usize>,
    pub place: Vec<usize>,
    pub date: Option<usize>,
    pub claimed_by: Vec<usize>,
    pub negated: bool,
    pub hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dead: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub injured: Option<u64>,
    /// The index in [`Record::claims`] of the claim the event is reported in, if any: the
    /// speaker of an unnamed source (`مصادر أهلية`) is found there.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub claim: Option<usize>,
}

/// A statement the article attributes to a speaker (GUIDELINES.md §5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub sentence: usize,
    pub speaker: Vec<usize>,
    pub speaker_text: Option<String>,
    pub cue: Span,
    /// `assert`, `deny`, `accuse`, `hedge` or `other`.
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

impl Record {
    /// An empty analysis of `article`: the article's fields, no sentences, mentions or events.
    pub fn from_article(article: Article) -> Self {
        Record {
            id: article.id,
            source: article.source,
            url: article.url,
            title: article.title,
            published: article.published,
            text: article.text,
            ..Record::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_mentions_serialise_whole_numbers_without_fraction() {
        let mention = Mention {
            id: 4,
            start: 167,
            end: 179,
            text: "عشرات القتلى".into(),
            info: MentionInfo::Quantity { value: 12.0, unit: Some("killed".into()), approximate: true },
        };
        let json = serde_json::to_value(&mention).unwrap();
        assert_eq!(json["kind"], "quantity");
        assert_eq!(json["value"].to_string(), "12");
        assert_eq!(json["unit"], "killed");
        let fraction = MentionInfo::Quantity { value: 3.5, unit: None, approximate: false };
        assert_eq!(serde_json::to_value(&fraction).unwrap()["value"], 3.5);
    }

    #[test]
    fn actor_mentions_keep_a_null_canonical_name() {
        let info = MentionInfo::Actor {
            canonical: None,
            actor_type: Some("person".into()),
            entry: None,
            country: None,
        };
        let json = serde_json::to_value(&info).unwrap();
        assert!(json.get("canonical").unwrap().is_null());
        assert_eq!(json["kind"], "actor");
    }

    #[test]
    fn records_round_trip_through_json() {
        let record =
            Record::from_article(Article { id: "a1".into(), text: "نص".into(), ..Article::default() });
        let line = serde_json::to_string(&record).unwrap();
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(back, record);
        for field in ["id", "text", "sentences", "mentions", "events", "claims"] {
            assert!(line.contains(&format!("\"{field}\"")), "{field} missing");
        }
    }
}
