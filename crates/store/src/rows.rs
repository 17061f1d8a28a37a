//! Writing one article and its analysis as rows: the article, its mentions with the
//! entities they name, its events with their roles, its claims with their speakers.

use std::collections::HashMap;

use marsad_model::{Event, Mention, MentionInfo, Record};
use marsad_text::fold::fold_key;
use rusqlite::{params, CachedStatement, Connection, OptionalExtension};

use crate::types::{DuplicateKind, NewArticle};

/// Entity ids by (kind, entry), and source ids by name, as known to the database. Filled as
/// rows are written; dropped when a transaction fails, since its ids may not exist.
#[derive(Debug, Default)]
pub struct IdCache {
    pub entities: HashMap<(&'static str, String), i64>,
    pub sources: HashMap<String, i64>,
}

/// The insert and look-up statements of one write transaction, prepared once for the
/// whole batch: a batch writes thousands of rows, and finding a statement in the cache by
/// its SQL text for each row cost more than binding it.
pub struct Statements<'tx> {
    article: CachedStatement<'tx>,
    mention: CachedStatement<'tx>,
    event: CachedStatement<'tx>,
    role: CachedStatement<'tx>,
    claim: CachedStatement<'tx>,
    speaker: CachedStatement<'tx>,
    find_entity: CachedStatement<'tx>,
    entity: CachedStatement<'tx>,
    source: CachedStatement<'tx>,
    find_source: CachedStatement<'tx>,
    tx: &'tx Connection,
}

impl<'tx> Statements<'tx> {
    /// Prepares (or takes from the connection's cache) every statement a batch uses.
    pub fn new(tx: &'tx Connection) -> rusqlite::Result<Self> {
        Ok(Statements {
            article: tx.prepare_cached(
                "INSERT INTO articles (key, article_id, source, url, title, published, text, analysis, content, simhash, duplicate_of, duplicate_distance)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?,
            mention: tx.prepare_cached("INSERT INTO mentions (article, id, kind, start, end, text, entity, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?,
            event: tx.prepare_cached(
                "INSERT INTO events (article, idx, type, mode, day, date, trigger, sentence_start, sentence_end, negated, hedged, dead, injured, source_phrase, located)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?,
            role: tx.prepare_cached("INSERT INTO event_roles (article, event, role, mention, entity) VALUES (?1, ?2, ?3, ?4, ?5)")?,
            claim: tx.prepare_cached("INSERT INTO claims (article, idx, kind, cue, speaker_text) VALUES (?1, ?2, ?3, ?4, ?5)")?,
            speaker: tx.prepare_cached("INSERT INTO claim_speakers (article, claim, entity) VALUES (?1, ?2, ?3)")?,
            find_entity: tx.prepare_cached("SELECT id FROM entities WHERE kind = ?1 AND entry = ?2")?,
            entity: tx.prepare_cached("INSERT INTO entities (kind, entry, name, type, country, admin1, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?,
            source: tx.prepare_cached("INSERT INTO sources (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?,
            find_source: tx.prepare_cached("SELECT id FROM sources WHERE name = ?1")?,
            tx,
        })
    }
}

/// Writes `article` and everything its analysis holds, in the open transaction.
pub fn write_article(st: &mut Statements, ids: &mut IdCache, article: &NewArticle) -> rusqlite::Result<()> {
    let source = match &article.article.source {
        Some(name) => Some(source_id(st, ids, name)?),
        None => None,
    };
    let analysis = article.record.as_ref().map(crate::analysis::encode);
    let (duplicate_of, distance) = match article.duplicate {
        Some(duplicate) => (Some(duplicate.of as i64), near_distance(duplicate.kind)),
        None => (None, None),
    };
    let text = article.record.as_ref().map(|record| record.text.as_str());
    st.article.execute(params![
        article.key as i64,
        article.article.id,
        source,
        article.article.url,
        article.article.title,
        article.article.published,
        text,
        analysis,
        &article.content[..],
        article.simhash.map(|hash| hash as i64),
        duplicate_of,
        distance,
    ])?;
    if let Some(record) = &article.record {
        write_analysis(st, ids, article.key as i64, record)?;
    }
    Ok(())
}

fn near_distance(kind: DuplicateKind) -> Option<i64> {
    match kind {
        DuplicateKind::Exact => None,
        DuplicateKind::Near { distance } => Some(i64::from(distance)),
    }
}

fn write_analysis(st: &mut Statements, ids: &mut IdCache, key: i64, record: &Record) -> rusqlite::Result<()> {
    let mut entity_of = HashMap::with_capacity(record.mentions.len());
    for mention in &record.mentions {
        let entity = match EntityRow::of(mention) {
            Some(row) => Some(entity_id(st, ids, &row)?),
            None => None,
        };
        if let Some(entity) = entity {
            entity_of.insert(mention.id, entity);
        }
        st.mention.execute(params![
            key,
            mention.id as i64,
            kind_name(&mention.info),
            mention.start as i64,
            mention.end as i64,
            mention.text,
            entity,
            mention_value(&mention.info)
        ])?;
    }
    for (index, event) in record.events.iter().enumerate() {
        write_event(st, key, index, event, record, &entity_of)?;
    }
    for (index, claim) in record.claims.iter().enumerate() {
        st.claim.execute(params![key, index as i64, claim.kind, claim.cue.text, claim.speaker_text])?;
        for speaker in claim.speaker.iter().filter_map(|id| entity_of.get(id)) {
            st.speaker.execute(params![key, index as i64, speaker])?;
        }
    }
    Ok(())
}

fn write_event(
    st: &mut Statements,
    key: i64,
    index: usize,
    event: &Event,
    record: &Record,
    entity_of: &HashMap<usize, i64>,
) -> rusqlite::Result<()> {
    let date = event.date.and_then(|id| date_value(record, id));
    let day = date
        .filter(|value| is_full_day(value))
        .or(record.published.as_deref().filter(|value| is_full_day(value)));
    let [sentence_start, sentence_end] = record.sentences.get(event.sentence).copied().unwrap_or([0, 0]);
    let source_phrase = event
        .claim
        .and_then(|index| record.claims.get(index))
        .filter(|claim| claim.speaker.is_empty())
        .and_then(|claim| claim.speaker_text.as_deref());
    let located = event.place.iter().any(|id| has_coordinates(record, *id));
    st.event.execute(params![
        key,
        index as i64,
        event.event_type,
        event.mode,
        day,
        date,
        event.trigger.text,
        sentence_start as i64,
        sentence_end as i64,
        event.negated,
        event.hedged,
        event.dead.map(|n| n as i64),
        event.injured.map(|n| n as i64),
        source_phrase,
        located,
    ])?;
    let roles = [
        ("actor", &event.actor),
        ("target", &event.target),
        ("place", &event.place),
        ("claimed_by", &event.claimed_by),
    ];
    for (role, mentions) in roles {
        for mention in mentions {
            st.role.execute(params![key, index as i64, role, *mention as i64, entity_of.get(mention)])?;
        }
    }
    Ok(())
}

/// The mention with id `id`: ids are positions in the records marsad writes, so that is
/// tried first.
fn mention(record: &Record, id: usize) -> Option<&Mention> {
    match record.mentions.get(id) {
        Some(mention) if mention.id == id => Some(mention),
        _ => record.mentions.iter().find(|mention| mention.id == id),
    }
}

fn date_value(record: &Record, id: usize) -> Option<&str> {
    mention(record, id).and_then(|mention| match &mention.info {
        MentionInfo::Date { value } => Some(value.as_str()),
        _ => None,
    })
}

fn has_coordinates(record: &Record, id: usize) -> bool {
    mention(record, id).is_some_and(|mention| matches!(mention.info, MentionInfo::Place { lat: Some(_), .. }))
}

/// `YYYY-MM-DD` with every digit known.
pub fn is_full_day(value: &str) -> bool {
    value.len() == 10
        && value
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

fn kind_name(info: &MentionInfo) -> &'static str {
    match info {
        MentionInfo::Actor { .. } => "actor",
        MentionInfo::Place { .. } => "place",
        MentionInfo::Date { .. } => "date",
        MentionInfo::Quantity { .. } => "quantity",
    }
}

fn mention_value(info: &MentionInfo) -> Option<String> {
    match info {
        MentionInfo::Date { value } => Some(value.clone()),
        MentionInfo::Quantity { value, unit, .. } => Some(match unit {
            Some(unit) => format!("{value} {unit}"),
            None => value.to_string(),
        }),
        _ => None,
    }
}

/// What the entities table holds of an actor or place mention.
struct EntityRow<'a> {
    kind: &'static str,
    entry: String,
    name: &'a str,
    entity_type: Option<&'a str>,
    country: Option<&'a str>,
    admin1: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
}

impl<'a> EntityRow<'a> {
    fn of(mention: &'a Mention) -> Option<Self> {
        match &mention.info {
            MentionInfo::Actor { canonical, actor_type, entry, country } => Some(EntityRow {
                kind: "actor",
                entry: entry.clone().unwrap_or_else(|| person_entry(&mention.text)),
                name: canonical.as_deref().unwrap_or(&mention.text),
                entity_type: actor_type.as_deref(),
                country: country.as_deref(),
                admin1: None,
                lat: None,
                lon: None,
            }),
            MentionInfo::Place { canonical, lat, lon, scale, entry, country, admin1, .. } => {
                Some(EntityRow {
                    kind: "place",
                    entry: entry.clone()?,
                    name: canonical.as_deref().unwrap_or(&mention.text),
                    entity_type: scale.as_deref(),
                    country: country.as_deref(),
                    admin1: admin1.as_deref(),
                    lat: *lat,
                    lon: *lon,
                })
            }
            _ => None,
        }
    }
}

/// The entry of a person the lexicon does not know: `~` and the folded name, so that the
/// spellings folding joins count as one person.
pub fn person_entry(name: &str) -> String {
    format!("~{}", fold_key(name))
}

fn entity_id(st: &mut Statements, ids: &mut IdCache, row: &EntityRow) -> rusqlite::Result<i64> {
    if let Some(id) = ids.entities.get(&(row.kind, row.entry.clone())) {
        return Ok(*id);
    }
    let existing: Option<i64> =
        st.find_entity.query_row(params![row.kind, row.entry], |found| found.get(0)).optional()?;
    let id = match existing {
        Some(id) => id,
        None => {
            st.entity.execute(params![
                row.kind,
                row.entry,
                row.name,
                row.entity_type,
                row.country,
                row.admin1,
                row.lat,
                row.lon
            ])?;
            st.tx.last_insert_rowid()
        }
    };
    ids.entities.insert((row.kind, row.entry.clone()), id);
    Ok(id)
}

fn source_id(st: &mut Statements, ids: &mut IdCache, name: &str) -> rusqlite::Result<i64> {
    if let Some(id) = ids.sources.get(name) {
        return Ok(*id);
    }
    st.source.execute([name])?;
    let id = st.find_source.query_row([name], |row| row.get(0))?;
    ids.sources.insert(name.to_string(), id);
    Ok(id)
}

impl crate::types::IndexableArticle {
    /// What the search index holds of the analyzed article `key`: the same whether it is
    /// read from a fresh analysis or from the store.
    pub fn of(key: u64, record: &Record) -> Self {
        let mut actors = Vec::new();
        let mut places = Vec::new();
        for mention in &record.mentions {
            if let Some(row) = EntityRow::of(mention) {
                match row.kind {
                    "actor" => actors.push(row.entry),
                    _ => {
                        // A region (`ريف دير الزور الشرقي`) is also found under its town.
                        if let Some(anchor) = region_anchor(&row.entry) {
                            places.push(anchor.to_string());
                        }
                        places.push(row.entry);
                    }
                }
            }
        }
        let mut event_types: Vec<String> =
            record.events.iter().map(|event| event.event_type.clone()).collect();
        for list in [&mut actors, &mut places, &mut event_types] {
            list.sort_unstable();
            list.dedup();
        }
        crate::types::IndexableArticle {
            key,
            article_id: record.id.clone(),
            source: record.source.clone(),
            published: record.published.clone(),
            title: record.title.clone(),
            text: record.text.clone(),
            actors,
            places,
            event_types,
        }
    }
}

/// The town a region entry is anchored on: `sy-deir-ez-zor` for `sy-deir-ez-zor+ريف`.
pub fn region_anchor(entry: &str) -> Option<&str> {
    entry.split_once('+').map(|(anchor, _)| anchor)
}
