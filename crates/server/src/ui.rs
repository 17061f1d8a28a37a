//! The web UI: HTML, CSS, JavaScript modules and the base map, compiled into the binary.
//! Routes are fixed names, so no request path ever reaches the file system.

use std::sync::Arc;

use axum::routing::get;
use axum::Router;

use crate::error::typed;
use crate::state::AppState;

const HTML: &str = "text/html; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const JSON: &str = "application/json";

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(|| async { typed(HTML, include_str!("../assets/index.html")) }))
        .route("/ui/style.css", get(|| async { typed(CSS, include_str!("../assets/style.css")) }))
        .route("/ui/app.js", get(|| async { typed(JS, include_str!("../assets/app.js")) }))
        .route("/ui/views.js", get(|| async { typed(JS, include_str!("../assets/views.js")) }))
        .route("/ui/map.js", get(|| async { typed(JS, include_str!("../assets/map.js")) }))
        .route("/ui/basemap.json", get(|| async { typed(JSON, include_str!("../assets/basemap.json")) }))
}
