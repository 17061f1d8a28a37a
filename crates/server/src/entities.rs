//! Actors and places: the lists with their counts, and one entry's page (its events, the
//! claims it makes, the outlets that name it).

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::Json;
use marsad_store::{EntityKind, EntityQuery, EventQuery, SqliteStore, Store};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::resolve::entries;
use crate::state::AppState;

type Shared = State<Arc<AppState>>;

const MAX_ENTITIES: usize = 1000;
/// Events and claims listed on one entry's page, of each kind.
const PAGE_ITEMS: usize = 200;

#[derive(Debug, Deserialize)]
pub struct ListParams {
    #[serde(rename = "type")]
    entity_type: Option<String>,
    limit: Option<usize>,
}

pub async fn actors(state: Shared, params: Query<ListParams>) -> Result<Json<Value>, ApiError> {
    list(state, params, EntityKind::Actor).await
}

pub async fn places(state: Shared, params: Query<ListParams>) -> Result<Json<Value>, ApiError> {
    list(state, params, EntityKind::Place).await
}

async fn list(
    State(state): Shared,
    Query(params): Query<ListParams>,
    kind: EntityKind,
) -> Result<Json<Value>, ApiError> {
    let query = EntityQuery {
        kind,
        entries: Vec::new(),
        entity_type: params.entity_type.filter(|value| !value.is_empty()),
        limit: params.limit.unwrap_or(100).min(MAX_ENTITIES),
    };
    state.read(move |store| Ok(Json(json!({ "entities": store.entities(&query)? })))).await
}

pub async fn actor(state: Shared, entry: Path<String>) -> Result<Json<Value>, ApiError> {
    page(state, entry, EntityKind::Actor).await
}

pub async fn place(state: Shared, entry: Path<String>) -> Result<Json<Value>, ApiError> {
    page(state, entry, EntityKind::Place).await
}

/// One entry's page; a name resolves to the first entry the store holds.
async fn page(
    State(state): Shared,
    Path(name): Path<String>,
    kind: EntityKind,
) -> Result<Json<Value>, ApiError> {
    let entries = entries(kind, &name);
    state
        .read(move |store| {
            for entry in &entries {
                if let Some(page) = page_of(store, kind, entry)? {
                    return Ok(Json(page));
                }
            }
            Err(ApiError::not_found(format!("no {} {name:?} in this store", kind.as_str())))
        })
        .await
}

fn page_of(store: &SqliteStore, kind: EntityKind, entry: &str) -> Result<Option<Value>, ApiError> {
    let query = EntityQuery { kind, entries: vec![entry.to_string()], entity_type: None, limit: 1 };
    let Some(summary) = store.entities(&query)?.pop() else { return Ok(None) };
    let events = |fill: fn(&mut EventQuery, String)| -> Result<_, ApiError> {
        let mut query = EventQuery { limit: PAGE_ITEMS, ..EventQuery::default() };
        fill(&mut query, entry.to_string());
        Ok(store.events(&query)?)
    };
    let outlets = store.outlets_of(kind, entry)?;
    Ok(Some(match kind {
        EntityKind::Actor => json!({
            "summary": summary,
            "as_actor": events(|q, e| q.actor = vec![e])?,
            "as_target": events(|q, e| q.target = vec![e])?,
            "claims": store.claims_by(entry, PAGE_ITEMS)?,
            "outlets": outlets,
        }),
        EntityKind::Place => json!({
            "summary": summary,
            "events": events(|q, e| q.place = vec![e])?,
            "outlets": outlets,
        }),
    }))
}
