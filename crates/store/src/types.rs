//! What goes into a store and what its queries answer.

use marsad_model::{Article, Record};
use serde::Serialize;

/// One article to store, with its key and what duplicate detection found.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub key: u64,
    /// The article's own fields; for an analyzed article the text is the record's.
    pub article: Article,
    pub content: [u8; 16],
    pub simhash: Option<u64>,
    pub duplicate: Option<Duplicate>,
    /// The analysis; none for an exact copy, whose analysis is its original's.
    pub record: Option<Record>,
}

/// The article an article copies, and how closely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The key of the group's first article.
    pub of: u64,
    pub kind: DuplicateKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum DuplicateKind {
    /// The same text, white space aside: stored once, not analyzed again.
    Exact,
    /// A text within a few SimHash bits: stored and analyzed in full.
    Near { distance: u32 },
}

/// What the search index holds of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexableArticle {
    pub key: u64,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// Lexicon entries of the actors mentioned, each once, sorted.
    pub actors: Vec<String>,
    /// Gazetteer entries of the places mentioned, each once, sorted.
    pub places: Vec<String>,
    /// PLOVER types of the article's events, each once, sorted.
    pub event_types: Vec<String>,
}

/// One stored article: its analysis record, and its duplicate group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    pub key: u64,
    /// For an exact copy, the original's analysis with this article's own fields.
    pub record: Record,
    pub duplicate: Option<Duplicate>,
}

/// Which events to list. Entity fields hold lexicon entry ids; a list matches any of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    pub actor: Vec<String>,
    pub target: Vec<String>,
    pub place: Vec<String>,
    pub claimed_by: Vec<String>,
    pub event_type: Option<String>,
    pub source: Option<String>,
    /// `YYYY-MM-DD`, inclusive; an event's day is its own date, else its article's.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only events with a place that has coordinates (for maps).
    pub located: bool,
    pub limit: usize,
    pub offset: usize,
}

/// A name in an event or claim: canonical when the lexicon knows it, else as written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NamedEntity {
    pub name: String,
    /// The lexicon entry; none for a person the lexicon does not know.
    pub entry: Option<String>,
    /// The words of the article.
    pub text: String,
}

/// One event with the names of its participants, ready to list or map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventSummary {
    pub article_key: u64,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    /// The event's index in its article's record.
    pub index: usize,
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    /// `YYYY-MM-DD`: the event's own date when the text gives a day, else the article's.
    pub day: Option<String>,
    /// The event's date as the text gives it (`YYYY-MM`, `XXXX-06-05` …), when it does.
    pub date: Option<String>,
    pub trigger: String,
    pub actors: Vec<NamedEntity>,
    pub targets: Vec<NamedEntity>,
    pub places: Vec<PlaceName>,
    pub claimed_by: Vec<NamedEntity>,
    /// The speaker of an unnamed source (`مصادر أهلية`) the event is reported on.
    pub source_phrase: Option<String>,
    pub negated: bool,
    pub hedged: bool,
    pub dead: Option<u64>,
    pub injured: Option<u64>,
    /// The sentence the event is read from.
    pub evidence: String,
}

/// The events of one day: how many, and how many of each PLOVER type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayCount {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub count: u64,
    pub by_type: std::collections::BTreeMap<String, u64>,
}

/// The events of one type at one place with coordinates: a point of a map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceCount {
    pub entry: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub country: Option<String>,
    #[serde(rename = "type")]
    pub event_type: String,
    pub count: u64,
}

/// A place of an event, with its coordinates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceName {
    pub name: String,
    pub entry: Option<String>,
    pub text: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Actor,
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Actor => "actor",
            EntityKind::Place => "place",
        }
    }
}

/// Which actors or places to list, most mentioned first.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityQuery {
    pub kind: EntityKind,
    /// Only these entries (lexicon ids); all when empty.
    pub entries: Vec<String>,
    /// Only actors of this type (`armed_group`, `person` …).
    pub entity_type: Option<String>,
    pub limit: usize,
}

/// An actor or place across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntitySummary {
    pub kind: EntityKind,
    /// The lexicon entry; for a person not in the lexicon, `~` and the folded name.
    pub entry: String,
    pub name: String,
    /// `armed_group`, `person` …, or the place's scale (`town`, `region` …).
    #[serde(rename = "type")]
    pub entity_type: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: u64,
    pub articles: u64,
    /// Events with it as actor, as target, or (for places) as place.
    pub as_actor: u64,
    pub as_target: u64,
    pub as_place: u64,
    pub claims: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// One outlet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceSummary {
    pub source: String,
    pub articles: u64,
    pub events: u64,
    pub claims: u64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

/// Articles that copy one another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateGroup {
    /// The first article of the group.
    pub key: u64,
    pub members: Vec<DuplicateMember>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateMember {
    pub key: u64,
    pub article_id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    /// None for the group's first article.
    pub duplicate: Option<DuplicateKind>,
}

/// Counts of what a store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub articles: u64,
    pub sources: u64,
    pub mentions: u64,
    pub actors: u64,
    pub places: u64,
    pub events: u64,
    pub claims: u64,
    pub duplicate_groups: u64,
    pub exact_duplicates: u64,
    pub near_duplicates: u64,
}
