//! The API over a store built from `examples/`: every route, the token rule, the limits and
//! the JSON error bodies, through the router and once over a real socket.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use marsad_corpus::{Corpus, IndexSink};
use marsad_server::{router, AppState};
use serde_json::Value;
use tower::ServiceExt;

fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    vec![root.join("articles"), root.join("feed.jsonl")]
}

/// A store folder holding the example articles.
fn example_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = marsad_store::SqliteStore::open(dir.path()).unwrap();
    let mut corpus = Corpus::open(store, IndexSink::open(dir.path()).unwrap()).unwrap();
    let options = marsad_ingest::ReadOptions::default();
    let articles = marsad_ingest::read_inputs(&examples(), &options).filter_map(Result::ok);
    corpus.ingest(articles, |_| {}).unwrap();
    dir
}

fn app(dir: &Path, token: Option<&str>) -> axum::Router {
    router(Arc::new(AppState::open(dir, token.map(str::to_string)).unwrap()))
}

async fn call(app: &axum::Router, request: Request<Body>) -> (StatusCode, Value) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, body)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn post(uri: &str, token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut request = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    request.body(body.into()).unwrap()
}

fn assert_error(status: StatusCode, body: &Value, expected: StatusCode) {
    assert_eq!(status, expected, "{body}");
    assert_eq!(body["status"], expected.as_u16(), "{body}");
    assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{body}");
}

fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[tokio::test]
async fn search_finds_the_examples_with_highlights() {
    let dir = example_store();
    let app = app(dir.path(), None);
    let (status, body) = get(&app, &format!("/api/search?q={}", enc("داعش"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["total"].as_u64().unwrap() > 0, "{body}");
    let hit = &body["hits"][0];
    assert!(!hit["snippet"]["highlights"].as_array().unwrap().is_empty(), "{hit}");
    let (status, body) = get(&app, &format!("/api/search?q=x&actor={}", enc("داعش"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = get(&app, "/api/search?q=%22unclosed").await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
    let (status, body) = get(&app, "/api/search?q=a&from=yesterday").await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn articles_carry_the_record_and_highlights() {
    let dir = example_store();
    let app = app(dir.path(), None);
    let (status, body) = get(&app, &format!("/api/articles/1?q={}", enc("داعش"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let record = &body["record"];
    assert!(!record["text"].as_str().unwrap().is_empty());
    assert!(!record["mentions"].as_array().unwrap().is_empty());
    assert!(record["events"].is_array() && record["claims"].is_array());
    assert!(body["highlights"].is_array());
    let id = record["id"].as_str().unwrap().to_string();
    let (status, by_id) = get(&app, &format!("/api/articles/{}", enc(&id))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_id["key"], body["key"]);
    let (status, body) = get(&app, "/api/articles/999999").await;
    assert_error(status, &body, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn events_by_name_and_as_geojson() {
    let dir = example_store();
    let app = app(dir.path(), None);
    let (status, body) = get(&app, "/api/events?limit=1000").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let events = body["events"].as_array().unwrap();
    assert!(!events.is_empty());
    let (status, geo) = get(&app, "/api/events?format=geojson").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(geo["type"], "FeatureCollection");
    let actor = events.iter().flat_map(|e| e["actors"].as_array().unwrap()).find_map(|a| a["entry"].as_str());
    if let Some(actor) = actor {
        let (status, body) = get(&app, &format!("/api/events?actor={actor}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!body["events"].as_array().unwrap().is_empty(), "{actor}");
    }
    let (status, body) = get(&app, &format!("/api/events?place={}", enc("مكان لا يعرفه أحد"))).await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
    let (status, body) = get(&app, "/api/events?format=xml").await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
    let (status, body) = get(&app, "/api/events?limit=many").await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn days_and_places_count_every_matching_event() {
    let dir = example_store();
    let app = app(dir.path(), None);
    let (_, listed) = get(&app, "/api/events?limit=5000").await;
    let listed = listed["events"].as_array().unwrap().clone();
    let (status, body) = get(&app, "/api/events/days").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let days = body["days"].as_array().unwrap();
    let with_day = listed.iter().filter(|e| e["day"].is_string()).count() as u64;
    assert_eq!(body["total"], with_day, "{body}");
    let sorted = days.windows(2).all(|w| w[0]["day"].as_str() < w[1]["day"].as_str());
    assert!(sorted, "{body}");
    for day in days {
        let by_type: u64 = day["by_type"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
        assert_eq!(day["count"].as_u64(), Some(by_type), "{day}");
    }
    let first_type = listed[0]["type"].as_str().unwrap();
    let (_, typed) = get(&app, &format!("/api/events/days?type={first_type}")).await;
    let of_type = listed.iter().filter(|e| e["type"] == first_type && e["day"].is_string()).count() as u64;
    assert_eq!(typed["total"], of_type, "{typed}");

    let (status, map) = get(&app, "/api/events/places").await;
    assert_eq!(status, StatusCode::OK, "{map}");
    assert_eq!(map["type"], "FeatureCollection");
    let points = map["features"].as_array().unwrap();
    assert!(!points.is_empty(), "{map}");
    let counts: Vec<u64> = points.iter().map(|f| f["properties"]["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most eventful first: {counts:?}");
    let place = points[0]["properties"]["place_entry"].as_str().unwrap();
    let (_, at_place) = get(&app, &format!("/api/events/places?place={}", enc(place))).await;
    assert!(at_place["features"].as_array().unwrap().iter().any(|f| f["properties"]["place_entry"] == place));

    for route in ["/api/events/days", "/api/events/places"] {
        let (status, body) = get(&app, &format!("{route}?from=June")).await;
        assert_error(status, &body, StatusCode::BAD_REQUEST);
        let (status, body) = get(&app, &format!("{route}?place={}", enc("مكان لا يعرفه أحد"))).await;
        assert_error(status, &body, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn actors_places_sources_stats() {
    let dir = example_store();
    let app = app(dir.path(), None);
    for kind in ["actors", "places"] {
        let (status, body) = get(&app, &format!("/api/{kind}?limit=5")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let list = body["entities"].as_array().unwrap();
        assert!(!list.is_empty() && list.len() <= 5);
        let entry = list[0]["entry"].as_str().unwrap();
        let (status, page) = get(&app, &format!("/api/{kind}/{}", enc(entry))).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_eq!(page["summary"]["entry"], entry);
        assert!(page["outlets"].is_array());
        let (status, body) = get(&app, &format!("/api/{kind}/no_such_entry_at_all")).await;
        assert!(status == StatusCode::NOT_FOUND || status == StatusCode::BAD_REQUEST, "{body}");
    }
    let (status, body) = get(&app, "/api/sources").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body["sources"].as_array().unwrap().is_empty());
    let (status, body) = get(&app, "/api/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["stats"]["articles"].as_u64().unwrap() >= 5, "{body}");
}

#[tokio::test]
async fn openapi_lists_every_route() {
    let dir = example_store();
    let app = app(dir.path(), None);
    let (status, doc) = get(&app, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let paths = doc["paths"].as_object().unwrap();
    for route in [
        "/api/openapi.json",
        "/api/search",
        "/api/articles/{key}",
        "/api/events",
        "/api/events/days",
        "/api/events/places",
        "/api/actors",
        "/api/actors/{entry}",
        "/api/places",
        "/api/places/{entry}",
        "/api/sources",
        "/api/stats",
        "/api/ingest",
    ] {
        assert!(paths.contains_key(route), "{route}");
    }
    let events = doc["paths"]["/api/events"]["get"]["parameters"].as_array().unwrap();
    assert_eq!(events.len(), 11);
}

#[tokio::test]
async fn ingest_needs_a_configured_and_matching_token() {
    let dir = example_store();
    let article = r#"{"id":"api-1","source":"api","published":"2018-06-20","text":"قصفت طائرات حربية مواقع لتنظيم داعش في ريف دير الزور الشرقي."}"#;
    let read_only = app(dir.path(), None);
    let (status, body) = call(&read_only, post("/api/ingest", Some("secret"), article)).await;
    assert_error(status, &body, StatusCode::FORBIDDEN);
    drop(read_only);

    let writable = app(dir.path(), Some("secret"));
    let (status, body) = call(&writable, post("/api/ingest", None, article)).await;
    assert_error(status, &body, StatusCode::UNAUTHORIZED);
    let (status, body) = call(&writable, post("/api/ingest", Some("wrong"), article)).await;
    assert_error(status, &body, StatusCode::UNAUTHORIZED);
    let (status, body) = call(&writable, post("/api/ingest", Some("secret"), "{not json")).await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
    let (status, body) = call(&writable, post("/api/ingest", Some("secret"), article)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["results"][0]["outcome"], "new");
    let (status, body) = call(&writable, post("/api/ingest", Some("secret"), format!("[{article}]"))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(body["results"][0]["outcome"], "already_stored");
    let (_, found) = get(&writable, "/api/search?source=api").await;
    assert_eq!(found["total"], 1, "{found}");
}

#[tokio::test]
async fn a_server_with_a_token_holds_the_index_lock_only_while_it_ingests() {
    let dir = example_store();
    let writable = app(dir.path(), Some("secret"));
    let article = |id: &str, town: &str| {
        format!(
            r#"{{"id":"{id}","source":"lock","published":"2018-06-21","text":"قصفت طائرات حربية مواقع لتنظيم داعش في {town} صباح اليوم وسط اشتباكات عنيفة."}}"#
        )
    };
    // `marsad ingest` on the same store while the server runs: it gets the writer.
    let store = marsad_store::SqliteStore::open(dir.path()).unwrap();
    let mut other = Corpus::open(store, IndexSink::open(dir.path()).unwrap()).unwrap();
    // Meanwhile the server's ingest is refused plainly, not failed.
    let (status, body) =
        call(&writable, post("/api/ingest", Some("secret"), article("lock-1", "هجين"))).await;
    assert_error(status, &body, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body["error"].as_str().unwrap().contains("marsad ingest"), "{body}");
    let from_cli: marsad_model::Article = serde_json::from_str(&article("lock-2", "الباغوز")).unwrap();
    other.ingest_batch(vec![from_cli]).unwrap();
    drop(other.into_parts().unwrap());
    // Once it is done the server ingests, after what the other process stored.
    let (status, body) =
        call(&writable, post("/api/ingest", Some("secret"), article("lock-3", "الشعفة"))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (_, found) = get(&writable, "/api/search?source=lock").await;
    assert_eq!(found["total"], 2, "{found}");
}

#[tokio::test]
async fn limits_and_unknown_routes_answer_json() {
    let dir = example_store();
    let app = app(dir.path(), Some("secret"));
    let huge = vec![b' '; marsad_server::MAX_BODY_BYTES + 1];
    let (status, body) = call(&app, post("/api/ingest", Some("secret"), huge)).await;
    assert_error(status, &body, StatusCode::PAYLOAD_TOO_LARGE);
    let long = "a".repeat(marsad_server::MAX_QUERY_BYTES + 1);
    let (status, body) = get(&app, &format!("/api/search?q={long}")).await;
    assert_error(status, &body, StatusCode::URI_TOO_LONG);
    let (status, body) = get(&app, "/api/nothing").await;
    assert_error(status, &body, StatusCode::NOT_FOUND);
    let (status, body) = get(&app, "/../../etc/passwd").await;
    assert_error(status, &body, StatusCode::NOT_FOUND);
    let (status, body) = call(&app, Request::delete("/api/stats").body(Body::empty()).unwrap()).await;
    assert_error(status, &body, StatusCode::METHOD_NOT_ALLOWED);
    let (status, body) = get(&app, &format!("/api/search?q={}", "x+".repeat(1001))).await;
    assert_error(status, &body, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_ui_is_served_from_the_binary() {
    let dir = example_store();
    let app = app(dir.path(), None);
    for (path, kind) in [("/", "text/html"), ("/ui/app.js", "text/javascript"), ("/ui/style.css", "text/css")]
    {
        let response = app.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let content_type = response.headers()[header::CONTENT_TYPE].to_str().unwrap().to_string();
        assert!(content_type.starts_with(kind), "{path}: {content_type}");
    }
    let (status, basemap) = get(&app, "/ui/basemap.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(basemap["type"], "FeatureCollection");
}

#[tokio::test]
async fn a_real_socket_serves_requests() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = example_store();
    let app = app(dir.path(), None);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET /api/stats HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"articles\""), "{response}");
    server.abort();
}
