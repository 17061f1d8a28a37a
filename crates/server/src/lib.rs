//! The HTTP face of a marsad store: a JSON API (search, articles, events, actors, places,
//! outlets, totals, ingest) with its OpenAPI document, and a web UI embedded in the binary.
//!
//! Only this crate knows HTTP. A store folder holds `store.sqlite` and `index/`; reads open
//! their own read-only SQLite connections (WAL lets them go on while a write runs) and
//! share one [`marsad_index::SearchIndex`]. Writes are allowed only when a token is
//! configured, and then go, one at a time, through a [`marsad_corpus::Corpus`] opened for
//! each ingest, which holds the index's writer lock only while it runs.
//!
//! Nothing a request names reaches the file system: the UI's files are compiled in.

mod api;
mod entities;
mod error;
mod events;
mod ingest;
mod pool;
mod resolve;
mod state;
mod ui;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use tower_http::compression::CompressionLayer;

pub use error::ApiError;
pub use state::AppState;

/// The largest request body: an ingest of some thousand articles.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// The longest query string a request may carry.
pub const MAX_QUERY_BYTES: usize = 4096;

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The store folder (`store.sqlite`, `index/`).
    pub dir: PathBuf,
    pub addr: SocketAddr,
    /// The bearer token `POST /api/ingest` needs; without one the server is read-only.
    pub token: Option<String>,
}

impl ServerConfig {
    /// The default address: loopback only, so a store is not shared by accident.
    pub const DEFAULT_ADDR: &'static str = "127.0.0.1:8080";
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] marsad_store::StoreError),
    #[error(transparent)]
    Index(#[from] marsad_index::IndexError),
    #[error("{addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("serving: {0}")]
    Serve(std::io::Error),
    #[error("starting the runtime: {0}")]
    Runtime(std::io::Error),
}

/// Opens the store in `config.dir` and serves it until Ctrl-C.
pub async fn serve(config: ServerConfig) -> Result<(), ServerError> {
    let addr = config.addr;
    let state = tokio::task::spawn_blocking(move || AppState::open(&config.dir, config.token))
        .await
        .map_err(|err| ServerError::Runtime(std::io::Error::other(err)))??;
    let listener =
        tokio::net::TcpListener::bind(addr).await.map_err(|source| ServerError::Bind { addr, source })?;
    let bound = listener.local_addr().map_err(ServerError::Serve)?;
    eprintln!("marsad: serving {} on http://{bound}/", state.dir().display());
    axum::serve(listener, router(Arc::new(state)))
        .with_graceful_shutdown(async {
            // Without a signal handler the server simply runs until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(ServerError::Serve)
}

/// [`serve`] on a runtime of its own, for callers that have none (the `marsad` binary).
pub fn run(config: ServerConfig) -> Result<(), ServerError> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServerError::Runtime)?;
    runtime.block_on(serve(config))
}

/// Every route, with the limits and the JSON error bodies around them.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/search", get(api::search))
        .route("/api/articles/{key}", get(api::article))
        .route("/api/events", get(events::events))
        .route("/api/events/days", get(events::days))
        .route("/api/events/places", get(events::places))
        .route("/api/actors", get(entities::actors))
        .route("/api/actors/{entry}", get(entities::actor))
        .route("/api/places", get(entities::places))
        .route("/api/places/{entry}", get(entities::place))
        .route("/api/sources", get(api::sources))
        .route("/api/stats", get(api::stats))
        .route("/api/ingest", post(ingest::ingest))
        .fallback(error::not_found);
    Router::new()
        .merge(ui::routes())
        .merge(api)
        .layer(axum::middleware::from_fn(error::json_errors))
        .layer(axum::middleware::from_fn(error::limit_query))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(CompressionLayer::new())
        .with_state(state)
}
