//! The query commands over a corpus store: `search`, `events`, `actors`, `places`,
//! `sources`, `duplicates`, `stats`. Each reads the store (and index) in `--db`, read-only,
//! and prints a short table or, with `--json`, JSON.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use marsad_corpus::INDEX_DIR;
use marsad_index::{Filters, SearchIndex, SearchRequest};
use marsad_lexicon::EntryKind;
use marsad_store::{EntityKind, EntityQuery, EventQuery, EventSummary, NamedEntity, SqliteStore, Store};
use serde::Serialize;

use crate::resolve::all_entries;

/// Filters shared by `search` and `events`, as typed.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct CommonFilters {
    /// Only this outlet (as the input names it).
    #[arg(long)]
    pub source: Option<String>,
    /// First day, YYYY-MM-DD.
    #[arg(long, value_parser = crate::analyze::parse_date)]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long, value_parser = crate::analyze::parse_date)]
    pub to: Option<String>,
    /// An actor, by any name the lexicon knows (قسد, "Syrian Democratic Forces", sdf); repeatable.
    #[arg(long)]
    pub actor: Vec<String>,
    /// A place, by any name the gazetteer knows (هجين, Hajin); repeatable.
    #[arg(long)]
    pub place: Vec<String>,
    /// A PLOVER event type (ASSAULT, FIGHT, PROTEST …).
    #[arg(long = "type")]
    pub event_type: Option<String>,
}

fn open_store(db: &Path) -> Result<SqliteStore> {
    Ok(SqliteStore::open_read_only(db)?)
}

fn print_json(value: &impl Serialize) -> Result<ExitCode> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(ExitCode::SUCCESS)
}

pub fn search(
    db: &Path,
    query: &str,
    filters: &CommonFilters,
    limit: usize,
    offset: usize,
    json: bool,
) -> Result<ExitCode> {
    let index_dir = db.join(INDEX_DIR);
    if !index_dir.exists() {
        anyhow::bail!("{}: no search index here (run `marsad ingest` first)", db.display());
    }
    let index = SearchIndex::open_or_create(&index_dir)?;
    let request = SearchRequest {
        query: query.to_string(),
        filters: Filters {
            source: filters.source.clone(),
            from: filters.from.clone(),
            to: filters.to.clone(),
            actors: all_entries(&filters.actor, EntryKind::Actor)?,
            places: all_entries(&filters.place, EntryKind::Place)?,
            event_types: filters.event_type.iter().map(|t| t.to_uppercase()).collect(),
        },
        offset,
        limit,
        ..SearchRequest::default()
    };
    let results = index.search(&request)?;
    if json {
        return print_json(&results);
    }
    println!("{} articles", results.total);
    for hit in &results.hits {
        let title = hit.title.as_deref().unwrap_or("");
        println!(
            "\n[{}] {} · {} · {}  {title}",
            hit.key,
            hit.article_id,
            hit.source.as_deref().unwrap_or("-"),
            hit.published.as_deref().unwrap_or("-")
        );
        println!(
            "  {}",
            marked(
                &hit.snippet.text,
                hit.snippet.highlights.iter().map(|h| (h.in_snippet.start, h.in_snippet.end))
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `text` with each highlighted character range put between ⟦ and ⟧.
fn marked(text: &str, ranges: impl Iterator<Item = (usize, usize)>) -> String {
    let ranges: Vec<(usize, usize)> = ranges.collect();
    let mut out = String::with_capacity(text.len() + ranges.len() * 6);
    for (position, c) in text.chars().enumerate() {
        if ranges.iter().any(|(start, _)| *start == position) {
            out.push('⟦');
        }
        if ranges.iter().any(|(_, end)| *end == position) {
            out.push('⟧');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    if ranges.iter().any(|(_, end)| *end == text.chars().count()) {
        out.push('⟧');
    }
    out
}

/// What `marsad events` filters on.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct EventFilters {
    #[command(flatten)]
    pub common: CommonFilters,
    /// The target of the event, by any name; repeatable.
    #[arg(long)]
    pub target: Vec<String>,
    /// Events reported on this speaker's word, by any name; repeatable.
    #[arg(long)]
    pub claimed_by: Vec<String>,
}

pub fn events(
    db: &Path,
    filters: &EventFilters,
    limit: usize,
    offset: usize,
    json: bool,
) -> Result<ExitCode> {
    let store = open_store(db)?;
    let common = &filters.common;
    let query = EventQuery {
        actor: all_entries(&common.actor, EntryKind::Actor)?,
        target: all_entries(&filters.target, EntryKind::Actor)?,
        place: all_entries(&common.place, EntryKind::Place)?,
        claimed_by: all_entries(&filters.claimed_by, EntryKind::Actor)?,
        event_type: common.event_type.as_ref().map(|t| t.to_uppercase()),
        source: common.source.clone(),
        from: common.from.clone(),
        to: common.to.clone(),
        located: false,
        limit,
        offset,
    };
    let events = store.events(&query)?;
    if json {
        return print_json(&events);
    }
    for event in &events {
        println!("{}", event_line(event));
    }
    eprintln!("marsad: {} events", events.len());
    Ok(ExitCode::SUCCESS)
}

fn event_line(event: &EventSummary) -> String {
    let names = |list: &[NamedEntity]| list.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(" + ");
    let place = event.places.first().map_or("-", |p| p.name.as_str());
    let mut flags = String::new();
    if event.negated {
        flags.push_str(" [negated]");
    }
    if event.hedged {
        flags.push_str(" [hedged]");
    }
    let word = match (event.claimed_by.is_empty(), &event.source_phrase) {
        (false, _) => format!(" (says {})", names(&event.claimed_by)),
        (true, Some(phrase)) => format!(" (says {phrase})"),
        _ => String::new(),
    };
    format!(
        "{}\t{}{}\t{} → {}\t@ {}\t«{}»{}{}\t{}:{}",
        event.day.as_deref().unwrap_or("????-??-??"),
        event.event_type,
        event.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default(),
        or_dash(names(&event.actors)),
        or_dash(names(&event.targets)),
        place,
        event.trigger,
        word,
        flags,
        event.source.as_deref().unwrap_or("-"),
        event.article_id
    )
}

fn or_dash(text: String) -> String {
    if text.is_empty() {
        "-".into()
    } else {
        text
    }
}

pub fn entities(
    db: &Path,
    kind: EntityKind,
    entity_type: Option<String>,
    limit: usize,
    json: bool,
) -> Result<ExitCode> {
    let store = open_store(db)?;
    let list = store.entities(&EntityQuery { kind, entries: Vec::new(), entity_type, limit })?;
    if json {
        return print_json(&list);
    }
    for entity in &list {
        println!(
            "{:>7} mentions {:>6} articles  {:<40} {:<14} actor {:>5} target {:>5} place {:>5} claims {:>5}  {} … {}",
            entity.mentions,
            entity.articles,
            entity.name,
            entity.entity_type.as_deref().unwrap_or("-"),
            entity.as_actor,
            entity.as_target,
            entity.as_place,
            entity.claims,
            entity.first_seen.as_deref().unwrap_or("?"),
            entity.last_seen.as_deref().unwrap_or("?"),
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn sources(db: &Path, json: bool) -> Result<ExitCode> {
    let sources = open_store(db)?.sources()?;
    if json {
        return print_json(&sources);
    }
    for source in &sources {
        println!(
            "{:<24} {:>7} articles {:>7} events {:>7} claims  {} … {}",
            source.source,
            source.articles,
            source.events,
            source.claims,
            source.first_published.as_deref().unwrap_or("?"),
            source.last_published.as_deref().unwrap_or("?")
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn duplicates(db: &Path, limit: usize, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let groups = store.duplicate_groups(limit)?;
    if json {
        return print_json(&groups);
    }
    let stats = store.stats()?;
    println!(
        "{} duplicate groups: {} exact copies, {} near-duplicates",
        stats.duplicate_groups, stats.exact_duplicates, stats.near_duplicates
    );
    for group in &groups {
        println!("\ngroup {} ({} articles)", group.key, group.members.len());
        for member in &group.members {
            let how = match member.duplicate {
                None => "first".to_string(),
                Some(marsad_store::DuplicateKind::Exact) => "exact".to_string(),
                Some(marsad_store::DuplicateKind::Near { distance }) => format!("near ({distance} bits)"),
            };
            println!(
                "  {:<14} {} · {} · {}  {}",
                how,
                member.article_id,
                member.source.as_deref().unwrap_or("-"),
                member.published.as_deref().unwrap_or("-"),
                member.title.as_deref().unwrap_or("")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn stats(db: &Path, json: bool) -> Result<ExitCode> {
    let stats =
        open_store(db).with_context(|| format!("{}: cannot read the store", db.display()))?.stats()?;
    if json {
        return print_json(&stats);
    }
    let value = serde_json::to_value(&stats)?;
    if let Some(fields) = value.as_object() {
        for (name, count) in fields {
            println!("{name:<18} {count}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
