//! `POST /api/ingest`: articles in, analyzed, stored and indexed, one ingest at a time.
//! Only with the configured bearer token; a server without one is read-only.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use marsad_corpus::Outcome;
use marsad_model::Article;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::state::{blocking, AppState};

/// Most articles one request may carry.
const MAX_ARTICLES: usize = 1000;

pub async fn ingest(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    authorize(&state, &headers)?;
    let articles = parse_articles(&body)?;
    let ids: Vec<String> = articles.iter().map(|article| article.id.clone()).collect();
    let outcomes = blocking(move || {
        state.write(|corpus| {
            let outcomes = corpus.ingest_batch(articles)?;
            corpus.commit()?;
            Ok(outcomes)
        })
    })
    .await?;
    let results: Vec<Value> =
        ids.iter().zip(outcomes).map(|(id, outcome)| outcome_json(id, outcome)).collect();
    Ok((StatusCode::CREATED, Json(json!({ "results": results }))))
}

fn read_only() -> ApiError {
    ApiError::new(StatusCode::FORBIDDEN, "this server is read-only: start it with a token to ingest")
}

/// 403 when no token is configured, 401 when the request's is missing or wrong.
fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = state.token() else { return Err(read_only()) };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    match given {
        Some(given) if same(given.trim().as_bytes(), token.as_bytes()) => Ok(()),
        _ => Err(ApiError::new(StatusCode::UNAUTHORIZED, "a valid bearer token is needed")),
    }
}

/// Compares without stopping at the first difference, so timing tells nothing of the token.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// One article object or an array of them.
fn parse_articles(body: &[u8]) -> Result<Vec<Article>, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|err| ApiError::bad_request(format!("the body is not JSON: {err}")))?;
    let items = match value {
        Value::Array(items) => items,
        object @ Value::Object(_) => vec![object],
        _ => return Err(ApiError::bad_request("the body must be an article object or an array of them")),
    };
    if items.is_empty() || items.len() > MAX_ARTICLES {
        return Err(ApiError::bad_request(format!("send 1 to {MAX_ARTICLES} articles")));
    }
    items.into_iter().enumerate().map(|(at, item)| article(at, item)).collect()
}

fn article(at: usize, item: Value) -> Result<Article, ApiError> {
    let bad = |why: String| ApiError::bad_request(format!("article {at}: {why}"));
    let article: Article = serde_json::from_value(item).map_err(|err| bad(err.to_string()))?;
    if article.id.trim().is_empty() {
        return Err(bad("id is empty".into()));
    }
    if article.text.trim().is_empty() {
        return Err(bad("text is empty".into()));
    }
    if let Some(published) = &article.published {
        crate::events::check_day(published.get(..10).unwrap_or(published))
            .map_err(|_| bad(format!("published {published:?} is not YYYY-MM-DD")))?;
    }
    Ok(article)
}

fn outcome_json(id: &str, outcome: Outcome) -> Value {
    match outcome {
        Outcome::New { key } => json!({ "id": id, "outcome": "new", "key": key }),
        Outcome::Duplicate { key, of } => {
            json!({ "id": id, "outcome": "duplicate", "key": key, "duplicate": of })
        }
        Outcome::AlreadyStored => json!({ "id": id, "outcome": "already_stored" }),
        Outcome::ChangedText => json!({ "id": id, "outcome": "changed_text" }),
    }
}
