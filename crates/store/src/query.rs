//! The store's queries: events by entity, type, place, source and day, and their counts per
//! day and per place; actors and places with their counts; outlets; duplicate groups; totals.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter};

use crate::error::StoreError;
use crate::sqlite::SqliteStore;
use crate::types::*;

/// SQL text with its parameters, built clause by clause.
#[derive(Default)]
struct Sql {
    text: String,
    values: Vec<Value>,
}

impl Sql {
    fn new(text: &str) -> Self {
        Sql { text: text.to_string(), values: Vec::new() }
    }

    fn push(&mut self, text: &str, values: impl IntoIterator<Item = Value>) {
        self.text.push_str(text);
        self.values.extend(values);
    }

    /// `?, ?, ?` for `count` values.
    fn placeholders(count: usize) -> String {
        vec!["?"; count].join(", ")
    }
}

fn text_values(values: &[String]) -> impl Iterator<Item = Value> + '_ {
    values.iter().map(|value| Value::Text(value.clone()))
}

/// The tables and conditions of an event query: `e` the event and, when `with_article` or
/// an outlet is asked for, `a` its article and `s` the outlet. Every event query (the list,
/// the days, the places) filters through this one.
fn matching_events(select: &str, query: &EventQuery, with_article: bool) -> Sql {
    let mut sql = Sql::new(select);
    if with_article || query.source.is_some() {
        sql.push(" FROM events e JOIN articles a ON a.key = e.article LEFT JOIN sources s ON s.id = a.source WHERE 1 = 1", []);
    } else {
        // An article's row holds its text and analysis: a join reads a page of it for every
        // event (over the ANT corpus, 0.27 s against 0.02 s), for counts that need none of it.
        sql.push(" FROM events e WHERE 1 = 1", []);
    }
    let roles = [
        ("actor", &query.actor),
        ("target", &query.target),
        ("place", &query.place),
        ("claimed_by", &query.claimed_by),
    ];
    for (role, entries) in roles {
        if !entries.is_empty() {
            sql.push(
                &format!(
                    // A place is also asked for by the regions anchored on it (`X+ريف`).
                    " AND (e.article, e.idx) IN (SELECT r.article, r.event FROM event_roles r JOIN entities n ON n.id = r.entity
                          WHERE r.role = ? AND (n.entry IN ({0}) OR (instr(n.entry, '+') > 0
                            AND substr(n.entry, 1, instr(n.entry, '+') - 1) IN ({0}))))",
                    Sql::placeholders(entries.len())
                ),
                std::iter::once(Value::Text(role.into())).chain(text_values(entries)).chain(text_values(entries)),
            );
        }
    }
    let conditions = [
        (" AND e.type = ?", &query.event_type),
        (" AND s.name = ?", &query.source),
        (" AND e.day >= ?", &query.from),
        (" AND e.day <= ?", &query.to),
    ];
    for (condition, value) in conditions {
        if let Some(value) = value {
            sql.push(condition, [Value::Text(value.clone())]);
        }
    }
    if query.located {
        sql.push(" AND e.located", []);
    }
    sql
}

pub fn events(store: &SqliteStore, query: &EventQuery) -> Result<Vec<EventSummary>, StoreError> {
    let mut sql = matching_events(
        "SELECT e.article, e.idx, a.article_id, s.name, a.published, e.type, e.mode, e.day, e.date, e.trigger,
                substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
                e.negated, e.hedged, e.dead, e.injured, e.source_phrase",
        query,
        true,
    );
    sql.push(
        " ORDER BY e.day DESC, e.article DESC, e.idx LIMIT ? OFFSET ?",
        [Value::Integer(query.limit as i64), Value::Integer(query.offset as i64)],
    );
    let mut events = select_events(store, &sql)?;
    for event in &mut events {
        fill_roles(store, event)?;
    }
    Ok(events)
}

/// How many events of each type fall on each day, days in order; events without a day
/// are left out. `limit` and `offset` of the query are not used: every day counts.
pub fn event_days(store: &SqliteStore, query: &EventQuery) -> Result<Vec<DayCount>, StoreError> {
    let mut sql = matching_events("SELECT e.day, e.type, count(*)", query, false);
    sql.push(" AND e.day IS NOT NULL GROUP BY e.day, e.type ORDER BY e.day, e.type", []);
    let mut days: Vec<DayCount> = Vec::new();
    let rows = select_rows(store, &sql, |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i64>(2)? as u64))
    })?;
    for (day, event_type, count) in rows {
        if days.last().is_none_or(|last| last.day != day) {
            days.push(DayCount { day, count: 0, by_type: Default::default() });
        }
        if let Some(last) = days.last_mut() {
            last.count += count;
            last.by_type.insert(event_type, count);
        }
    }
    Ok(days)
}

/// How many events of each type name each place with coordinates, most first: the points
/// of a map. `limit` bounds the points; `offset` is not used.
pub fn event_places(store: &SqliteStore, query: &EventQuery) -> Result<Vec<PlaceCount>, StoreError> {
    let mut sql = matching_events(
        "SELECT n.entry, n.name, n.lat, n.lon, n.country, e.type, count(DISTINCT e.article || '/' || e.idx) AS events",
        query,
        false,
    );
    // The event's place roles joined after the filters: an event in two places counts in each.
    sql.text = sql.text.replacen(
        " WHERE 1 = 1",
        " JOIN event_roles pr ON pr.article = e.article AND pr.event = e.idx AND pr.role = 'place'
          JOIN entities n ON n.id = pr.entity AND n.lat IS NOT NULL AND n.lon IS NOT NULL WHERE 1 = 1",
        1,
    );
    sql.push(
        " GROUP BY n.id, e.type ORDER BY events DESC, n.entry, e.type LIMIT ?",
        [Value::Integer(query.limit as i64)],
    );
    select_rows(store, &sql, |row| {
        Ok(PlaceCount {
            entry: row.get(0)?,
            name: row.get(1)?,
            lat: row.get(2)?,
            lon: row.get(3)?,
            country: row.get(4)?,
            event_type: row.get(5)?,
            count: row.get::<_, i64>(6)? as u64,
        })
    })
}

/// Every row of `sql`, each read by `read`.
fn select_rows<T>(
    store: &SqliteStore,
    sql: &Sql,
    read: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StoreError> {
    let mut statement = store.connection.prepare(&sql.text).map_err(|source| store.fail(source))?;
    let rows = statement
        .query_map(params_from_iter(sql.values.iter()), read)
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
    rows.map_err(|source| store.fail(source))
}

fn select_events(store: &SqliteStore, sql: &Sql) -> Result<Vec<EventSummary>, StoreError> {
    select_rows(store, sql, |row| {
        Ok(EventSummary {
            article_key: row.get::<_, i64>(0)? as u64,
            index: row.get::<_, i64>(1)? as usize,
            article_id: row.get(2)?,
            source: row.get(3)?,
            published: row.get(4)?,
            event_type: row.get(5)?,
            mode: row.get(6)?,
            day: row.get(7)?,
            date: row.get(8)?,
            trigger: row.get(9)?,
            evidence: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
            negated: row.get(11)?,
            hedged: row.get(12)?,
            dead: row.get::<_, Option<i64>>(13)?.map(|n| n as u64),
            injured: row.get::<_, Option<i64>>(14)?.map(|n| n as u64),
            source_phrase: row.get(15)?,
            actors: Vec::new(),
            targets: Vec::new(),
            places: Vec::new(),
            claimed_by: Vec::new(),
        })
    })
}

/// Names the event's actors, targets, places and speakers.
fn fill_roles(store: &SqliteStore, event: &mut EventSummary) -> Result<(), StoreError> {
    let mut statement = store
        .connection
        .prepare_cached(
            "SELECT r.role, m.text, n.entry, n.name, n.lat, n.lon, n.country, n.admin1
             FROM event_roles r JOIN mentions m ON m.article = r.article AND m.id = r.mention
             LEFT JOIN entities n ON n.id = r.entity
             WHERE r.article = ?1 AND r.event = ?2 ORDER BY r.rowid",
        )
        .map_err(|source| store.fail(source))?;
    let mut rows = statement
        .query(params![event.article_key as i64, event.index as i64])
        .map_err(|source| store.fail(source))?;
    while let Some(row) = rows.next().map_err(|source| store.fail(source))? {
        let read = || -> rusqlite::Result<(String, String, Option<String>, Option<String>)> {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        };
        let (role, text, entry, name) = read().map_err(|source| store.fail(source))?;
        let name = name.unwrap_or_else(|| text.clone());
        if role == "place" {
            let place = |row: &rusqlite::Row| -> rusqlite::Result<PlaceName> {
                Ok(PlaceName {
                    name: name.clone(),
                    entry: entry.clone(),
                    text: text.clone(),
                    lat: row.get(4)?,
                    lon: row.get(5)?,
                    country: row.get(6)?,
                    admin1: row.get(7)?,
                })
            };
            event.places.push(place(row).map_err(|source| store.fail(source))?);
            continue;
        }
        let named = NamedEntity { name, entry, text };
        match role.as_str() {
            "actor" => event.actors.push(named),
            "target" => event.targets.push(named),
            _ => event.claimed_by.push(named),
        }
    }
    Ok(())
}

pub fn entities(store: &SqliteStore, query: &EntityQuery) -> Result<Vec<EntitySummary>, StoreError> {
    let mut sql = Sql::new(
        "SELECT n.id, n.entry, n.name, n.type, n.country, n.lat, n.lon, count(*) AS mentions,
                count(DISTINCT m.article), min(a.published), max(a.published)
         FROM entities n JOIN mentions m ON m.entity = n.id JOIN articles a ON a.key = m.article
         WHERE n.kind = ?",
    );
    sql.values.push(Value::Text(query.kind.as_str().into()));
    if !query.entries.is_empty() {
        sql.push(
            &format!(" AND n.entry IN ({})", Sql::placeholders(query.entries.len())),
            text_values(&query.entries),
        );
    }
    if let Some(entity_type) = &query.entity_type {
        sql.push(" AND n.type = ?", [Value::Text(entity_type.clone())]);
    }
    sql.push(" GROUP BY n.id ORDER BY mentions DESC, n.entry LIMIT ?", [Value::Integer(query.limit as i64)]);
    let mut statement = store.connection.prepare(&sql.text).map_err(|source| store.fail(source))?;
    let rows = statement
        .query_map(params_from_iter(sql.values.iter()), |row| {
            Ok((
                row.get::<_, i64>(0)?,
                EntitySummary {
                    kind: query.kind,
                    entry: row.get(1)?,
                    name: row.get(2)?,
                    entity_type: row.get(3)?,
                    country: row.get(4)?,
                    lat: row.get(5)?,
                    lon: row.get(6)?,
                    mentions: row.get::<_, i64>(7)? as u64,
                    articles: row.get::<_, i64>(8)? as u64,
                    first_seen: row.get(9)?,
                    last_seen: row.get(10)?,
                    as_actor: 0,
                    as_target: 0,
                    as_place: 0,
                    claims: 0,
                },
            ))
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|source| store.fail(source))?;
    rows.into_iter().map(|(id, summary)| with_role_counts(store, id, summary)).collect()
}

fn with_role_counts(
    store: &SqliteStore,
    id: i64,
    mut summary: EntitySummary,
) -> Result<EntitySummary, StoreError> {
    let mut counts = || -> rusqlite::Result<()> {
        let mut statement = store
            .connection
            .prepare_cached("SELECT role, count(*) FROM event_roles WHERE entity = ?1 GROUP BY role")?;
        let mut rows = statement.query([id])?;
        while let Some(row) = rows.next()? {
            let count = row.get::<_, i64>(1)? as u64;
            match row.get::<_, String>(0)?.as_str() {
                "actor" => summary.as_actor = count,
                "target" => summary.as_target = count,
                "place" => summary.as_place = count,
                _ => {}
            }
        }
        summary.claims = store
            .connection
            .prepare_cached("SELECT count(*) FROM claim_speakers WHERE entity = ?1")?
            .query_row([id], |row| row.get::<_, i64>(0))? as u64;
        Ok(())
    };
    counts().map_err(|source| store.fail(source))?;
    Ok(summary)
}

pub fn sources(store: &SqliteStore) -> Result<Vec<SourceSummary>, StoreError> {
    let sql = "SELECT s.name,
                      (SELECT count(*) FROM articles a WHERE a.source = s.id),
                      (SELECT count(*) FROM events e JOIN articles a ON a.key = e.article WHERE a.source = s.id),
                      (SELECT count(*) FROM claims c JOIN articles a ON a.key = c.article WHERE a.source = s.id),
                      (SELECT min(published) FROM articles a WHERE a.source = s.id),
                      (SELECT max(published) FROM articles a WHERE a.source = s.id)
               FROM sources s ORDER BY s.name";
    let mut statement = store.connection.prepare(sql).map_err(|source| store.fail(source))?;
    let rows = statement
        .query_map([], |row| {
            Ok(SourceSummary {
                source: row.get(0)?,
                articles: row.get::<_, i64>(1)? as u64,
                events: row.get::<_, i64>(2)? as u64,
                claims: row.get::<_, i64>(3)? as u64,
                first_published: row.get(4)?,
                last_published: row.get(5)?,
            })
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
    rows.map_err(|source| store.fail(source))
}

pub fn duplicate_groups(store: &SqliteStore, limit: usize) -> Result<Vec<DuplicateGroup>, StoreError> {
    let groups = || -> rusqlite::Result<Vec<DuplicateGroup>> {
        let mut statement = store.connection.prepare(
            "SELECT duplicate_of, count(*) AS size FROM articles WHERE duplicate_of IS NOT NULL
             GROUP BY duplicate_of ORDER BY size DESC, duplicate_of LIMIT ?1",
        )?;
        let keys = statement
            .query_map([limit as i64], |row| row.get::<_, i64>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        keys.into_iter()
            .map(|key| {
                Ok(DuplicateGroup { key: key as u64, members: group_members(&store.connection, key)? })
            })
            .collect()
    };
    groups().map_err(|source| store.fail(source))
}

/// The members of the duplicate group whose first article is `group`, first article first.
pub(crate) fn group_members(
    connection: &rusqlite::Connection,
    group: i64,
) -> rusqlite::Result<Vec<DuplicateMember>> {
    let mut statement = connection.prepare_cached(
        "SELECT a.key, a.article_id, s.name, a.title, a.published, a.duplicate_of, a.duplicate_distance
         FROM articles a LEFT JOIN sources s ON s.id = a.source
         WHERE a.key = ?1 OR a.duplicate_of = ?1 ORDER BY a.key",
    )?;
    let rows = statement.query_map([group], |row| {
        let copy: Option<i64> = row.get(5)?;
        let distance: Option<u32> = row.get(6)?;
        Ok(DuplicateMember {
            key: row.get::<_, i64>(0)? as u64,
            article_id: row.get(1)?,
            source: row.get(2)?,
            title: row.get(3)?,
            published: row.get(4)?,
            duplicate: copy
                .map(|_| distance.map_or(DuplicateKind::Exact, |distance| DuplicateKind::Near { distance })),
        })
    })?;
    rows.collect()
}

pub fn stats(store: &SqliteStore) -> Result<Stats, StoreError> {
    let count = |sql: &str| -> Result<u64, StoreError> {
        store
            .connection
            .query_row(sql, [], |row| row.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|source| store.fail(source))
    };
    Ok(Stats {
        articles: count("SELECT count(*) FROM articles")?,
        sources: count("SELECT count(*) FROM sources")?,
        mentions: count("SELECT count(*) FROM mentions")?,
        actors: count("SELECT count(*) FROM entities WHERE kind = 'actor'")?,
        places: count("SELECT count(*) FROM entities WHERE kind = 'place'")?,
        events: count("SELECT count(*) FROM events")?,
        claims: count("SELECT count(*) FROM claims")?,
        duplicate_groups: count(
            "SELECT count(DISTINCT duplicate_of) FROM articles WHERE duplicate_of IS NOT NULL",
        )?,
        exact_duplicates: count(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND duplicate_distance IS NULL",
        )?,
        near_duplicates: count("SELECT count(*) FROM articles WHERE duplicate_distance IS NOT NULL")?,
    })
}
