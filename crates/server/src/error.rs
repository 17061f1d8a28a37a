//! Errors as JSON: `{"error": "...", "status": N}` for every failing request, whether a
//! handler, an extractor or a limit refused it; never a stack trace.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use marsad_index::IndexError;
use marsad_store::StoreError;

/// An error a handler answers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_error(self.status, &self.message)
    }
}

/// The JSON body of an error.
fn json_error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message, "status": status.as_u16() });
    (status, axum::Json(body)).into_response()
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        // The message names the database file, which is the operator's business, not the
        // client's: log it, answer plainly.
        eprintln!("marsad serve: {error}");
        ApiError::internal("the store could not answer")
    }
}

impl From<IndexError> for ApiError {
    fn from(error: IndexError) -> Self {
        match error {
            IndexError::Query(_) | IndexError::BadDate { .. } | IndexError::PageTooDeep { .. } => {
                ApiError::bad_request(error.to_string())
            }
            _ => {
                eprintln!("marsad serve: {error}");
                ApiError::internal("the search index could not answer")
            }
        }
    }
}

/// The API's answer to an unknown path.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

/// Turns every error response that is not JSON yet (extractor rejections, body limits,
/// unknown methods) into the JSON error body.
pub async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let body = axum::body::to_bytes(response.into_body(), 16 * 1024).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&body);
    let message = match text.trim() {
        "" => status.canonical_reason().unwrap_or("error").to_string(),
        text => text.to_string(),
    };
    let mut response = json_error(status, &message);
    if let Some(allow) = allow {
        response.headers_mut().insert(header::ALLOW, allow);
    }
    response
}

/// Refuses over-long query strings before any handler parses them.
pub async fn limit_query(request: Request, next: Next) -> Response {
    let too_long = request.uri().query().is_some_and(|query| query.len() > crate::MAX_QUERY_BYTES);
    if too_long {
        let message = format!("the query string is longer than {} bytes", crate::MAX_QUERY_BYTES);
        return json_error(StatusCode::URI_TOO_LONG, &message);
    }
    next.run(request).await
}

/// A response with a fixed content type, for the embedded files.
pub fn typed(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
