//! The read handlers: search, one article, outlets, totals, the OpenAPI document.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Json;
use marsad_index::{match_ranges, Filters, Hit, SearchRequest};
use marsad_store::{EntityKind, Store};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{typed, ApiError};
use crate::resolve::resolve_list;
use crate::state::AppState;

type Shared = State<Arc<AppState>>;

/// The most hits one search page holds.
const MAX_SEARCH_LIMIT: usize = 100;
/// The longest search query, in characters.
const MAX_QUERY_CHARS: usize = 1000;

pub async fn openapi() -> Response {
    typed("application/json", include_str!("../assets/openapi.json"))
}

#[derive(Debug, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
    source: Option<String>,
    from: Option<String>,
    to: Option<String>,
    actor: Option<String>,
    place: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    #[serde(default)]
    offset: usize,
    limit: Option<usize>,
}

/// A page of search hits as the API answers it: serialized straight from the hits, with no
/// JSON tree (an allocation and a sorted map for every object of every hit) built first.
#[derive(Debug, Serialize)]
pub struct SearchPage {
    total: usize,
    offset: usize,
    limit: usize,
    hits: Vec<Hit>,
}

pub async fn search(
    State(state): Shared,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchPage>, ApiError> {
    if params.q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(format!("the query is longer than {MAX_QUERY_CHARS} characters")));
    }
    let limit = params.limit.unwrap_or(20).min(MAX_SEARCH_LIMIT);
    let request = SearchRequest {
        query: params.q,
        filters: Filters {
            source: non_empty(params.source),
            from: non_empty(params.from),
            to: non_empty(params.to),
            // Within one filter list every key must hold, so a homonym's first reading is
            // the one searched.
            actors: first_each(resolve_list(EntityKind::Actor, params.actor.as_deref())?),
            places: first_each(resolve_list(EntityKind::Place, params.place.as_deref())?),
            event_types: non_empty(params.event_type).into_iter().collect(),
        },
        offset: params.offset,
        limit,
        ..SearchRequest::default()
    };
    let offset = request.offset;
    state
        .search(move |index| {
            let results = index.search(&request)?;
            Ok(Json(SearchPage { total: results.total, offset, limit, hits: results.hits }))
        })
        .await
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty())
}

fn first_each(entries: Vec<String>) -> Vec<String> {
    entries.into_iter().take(1).collect()
}

#[derive(Debug, Deserialize)]
pub struct ArticleParams {
    q: Option<String>,
}

/// One article by its key, or by its article id (the first stored under it).
pub async fn article(
    State(state): Shared,
    Path(key): Path<String>,
    Query(params): Query<ArticleParams>,
) -> Result<Json<Value>, ApiError> {
    state
        .read(move |store| {
            let key = match key.parse::<u64>() {
                Ok(key) => key,
                Err(_) => *store.keys_of_id(&key)?.first().ok_or_else(|| no_article(&key))?,
            };
            let article = store.article(key)?.ok_or_else(|| no_article(&key.to_string()))?;
            let group = store.duplicate_group_of(key)?;
            let highlights = match params.q.as_deref().filter(|q| !q.trim().is_empty()) {
                Some(q) => match_ranges(q, &article.record.text)?,
                None => Vec::new(),
            };
            Ok(Json(json!({
                "key": article.key,
                "record": article.record,
                "duplicate": article.duplicate,
                "group": group,
                "highlights": highlights,
            })))
        })
        .await
}

fn no_article(key: &str) -> ApiError {
    ApiError::not_found(format!("no article {key:?}"))
}

pub async fn sources(State(state): Shared) -> Result<Json<Value>, ApiError> {
    state.read(|store| Ok(Json(json!({ "sources": store.sources()? })))).await
}

pub async fn stats(State(state): Shared) -> Result<Json<Value>, ApiError> {
    let indexed = state.index().doc_count();
    state
        .read(move |store| {
            Ok(Json(json!({
                "stats": store.stats()?,
                "indexed": indexed,
                "largest_duplicate_groups": store.duplicate_groups(5)?,
            })))
        })
        .await
}
