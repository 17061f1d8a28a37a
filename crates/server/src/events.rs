//! `GET /api/events`: events by actor, target, place, speaker, type, outlet and day, as JSON
//! or as GeoJSON points for a map; `GET /api/events/days` and `/api/events/places`: how many
//! such events fall on each day and at each place, for the timeline and the map, uncapped.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::Json;
use marsad_store::{EntityKind, EventQuery, EventSummary, PlaceCount, Store};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::resolve::resolve_list;
use crate::state::AppState;

/// The most events one page holds: enough for a timeline or map of a filtered view.
const MAX_EVENTS: usize = 5000;
/// The most points (a place and a type each) a map is sent: the most eventful.
const MAX_PLACES: usize = 5000;

#[derive(Debug, Deserialize)]
pub struct EventParams {
    actor: Option<String>,
    target: Option<String>,
    place: Option<String>,
    claimed_by: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    source: Option<String>,
    from: Option<String>,
    to: Option<String>,
    #[serde(default)]
    offset: usize,
    limit: Option<usize>,
    format: Option<String>,
}

pub async fn events(
    State(state): Shared,
    Query(params): Query<EventParams>,
) -> Result<Json<Value>, ApiError> {
    let geojson = match params.format.as_deref() {
        None | Some("json") => false,
        Some("geojson") => true,
        Some(other) => return Err(ApiError::bad_request(format!("format {other:?}: json or geojson"))),
    };
    let query = event_query(params, geojson)?;
    state
        .read(move |store| {
            // One more than asked tells whether another page follows.
            let mut events = store.events(&EventQuery { limit: query.limit + 1, ..query.clone() })?;
            let more = events.len() > query.limit;
            events.truncate(query.limit);
            Ok(Json(if geojson {
                feature_collection(&events)
            } else {
                json!({ "offset": query.offset, "limit": query.limit, "more": more, "events": events })
            }))
        })
        .await
}

type Shared = State<Arc<AppState>>;

/// Events per day (and per type within it), every day of the filtered events. The filters
/// are those of `/api/events`; its paging and format do not apply.
pub async fn days(State(state): Shared, Query(params): Query<EventParams>) -> Result<Json<Value>, ApiError> {
    let query = event_query(params, false)?;
    state
        .read(move |store| {
            let days = store.event_days(&query)?;
            let total: u64 = days.iter().map(|day| day.count).sum();
            Ok(Json(json!({ "total": total, "days": days })))
        })
        .await
}

/// Events per place and type as GeoJSON points, the most eventful first (the filters of
/// `/api/events`, as for [`days`]).
pub async fn places(
    State(state): Shared,
    Query(params): Query<EventParams>,
) -> Result<Json<Value>, ApiError> {
    let query = EventQuery { limit: MAX_PLACES, ..event_query(params, true)? };
    state
        .read(move |store| {
            let places = store.event_places(&query)?;
            let more = places.len() >= MAX_PLACES;
            let features: Vec<Value> = places.iter().map(place_feature).collect();
            Ok(Json(json!({ "type": "FeatureCollection", "more": more, "features": features })))
        })
        .await
}

fn place_feature(place: &PlaceCount) -> Value {
    json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [place.lon, place.lat] },
        "properties": {
            "place": place.name,
            "place_entry": place.entry,
            "country": place.country,
            "type": place.event_type,
            "count": place.count,
        },
    })
}

/// The store query of the parameters, names resolved through the lexicon.
fn event_query(params: EventParams, located: bool) -> Result<EventQuery, ApiError> {
    for day in [&params.from, &params.to].into_iter().flatten() {
        check_day(day)?;
    }
    Ok(EventQuery {
        actor: resolve_list(EntityKind::Actor, params.actor.as_deref())?,
        target: resolve_list(EntityKind::Actor, params.target.as_deref())?,
        place: resolve_list(EntityKind::Place, params.place.as_deref())?,
        claimed_by: resolve_list(EntityKind::Actor, params.claimed_by.as_deref())?,
        event_type: params.event_type.filter(|value| !value.is_empty()),
        source: params.source.filter(|value| !value.is_empty()),
        from: params.from.filter(|value| !value.is_empty()),
        to: params.to.filter(|value| !value.is_empty()),
        located,
        limit: params.limit.unwrap_or(100).min(MAX_EVENTS),
        offset: params.offset,
    })
}

/// A day filter must be `YYYY-MM-DD`: the store compares days as text.
pub fn check_day(day: &str) -> Result<(), ApiError> {
    let bytes = day.as_bytes();
    let shape = bytes.len() == 10
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if day.is_empty() || shape {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!("date {day:?} is not YYYY-MM-DD")))
    }
}

/// One point feature per located place of each event.
fn feature_collection(events: &[EventSummary]) -> Value {
    let features: Vec<Value> = events
        .iter()
        .flat_map(|event| {
            event.places.iter().filter_map(move |place| {
                let (lat, lon) = (place.lat?, place.lon?);
                Some(json!({
                    "type": "Feature",
                    "geometry": { "type": "Point", "coordinates": [lon, lat] },
                    "properties": {
                        "article_key": event.article_key,
                        "index": event.index,
                        "type": event.event_type,
                        "day": event.day,
                        "trigger": event.trigger,
                        "place": place.name,
                        "place_entry": place.entry,
                        "actors": names(&event.actors),
                        "targets": names(&event.targets),
                        "claimed_by": names(&event.claimed_by),
                        "dead": event.dead,
                        "evidence": event.evidence,
                    },
                }))
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

fn names(entities: &[marsad_store::NamedEntity]) -> Vec<&str> {
    entities.iter().map(|entity| entity.name.as_str()).collect()
}
