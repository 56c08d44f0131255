//! Whether a request comes from a page of this server. Browsers say where a request comes from
//! (`Origin`, else `Referer`) and send cookies along whatever site made them post: a write
//! authenticated by a cookie must come from our own origin. Pages and the API ask this one rule.

use crate::error::ApiError;
use axum::extract::Request;
use axum::http::header::{AUTHORIZATION, HOST, ORIGIN, REFERER};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Whether the request's `Origin` (or without one, its `Referer`) names the host it was sent to.
/// A request with neither comes from a program, not from another site's page.
pub fn same_origin(headers: &HeaderMap) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    judged(header(ORIGIN), header(REFERER), header(HOST))
}

/// Whether a post comes from a page of this server: its `Origin` (or without one, its
/// `Referer`) names the host the request was sent to. Browsers send `Origin` with every form
/// post; a request with neither comes from a program, which the token alone judges.
fn judged(origin: Option<&str>, referer: Option<&str>, host: Option<&str>) -> bool {
    let authority = |url: &str| -> Option<String> {
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
        Some(rest.split(['/', '?', '#']).next().unwrap_or_default().to_ascii_lowercase())
    };
    let Some(host) = host.map(str::to_ascii_lowercase) else { return false };
    match (origin, referer) {
        (Some("null"), _) => false,
        (Some(origin), _) => authority(origin).is_some_and(|a| a == host),
        (None, Some(referer)) => authority(referer).is_some_and(|a| a == host),
        (None, None) => true,
    }
}

/// Refuses an API write that a browser sent from another site (403 `cross_origin_request`). A
/// call with `Authorization` is an integration's and is not judged by where it came from; reads
/// change nothing and pass.
pub async fn refuse_cross_site_writes(request: Request, next: Next) -> Response {
    let safe = request.method().is_safe();
    if safe || request.headers().contains_key(AUTHORIZATION) || same_origin(request.headers()) {
        return next.run(request).await;
    }
    ApiError::new(
        StatusCode::FORBIDDEN,
        "cross_origin_request",
        "This change was sent from another site's page; make it from Cohort itself (or call the API with a token).",
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_origin_may_post() {
        let host = Some("127.0.0.1:8080");
        assert!(judged(Some("http://127.0.0.1:8080"), None, host));
        assert!(judged(None, Some("http://127.0.0.1:8080/login?next=/me"), host));
        assert!(judged(None, None, host), "a program without a browser: the token decides");
        assert!(!judged(Some("https://evil.example"), Some("http://127.0.0.1:8080/"), host));
        assert!(!judged(Some("http://127.0.0.1:8080.evil.example"), None, host));
        assert!(!judged(Some("null"), None, host), "sandboxed frames and data: URLs");
        assert!(!judged(None, Some("https://evil.example/127.0.0.1:8080"), host));
        assert!(!judged(Some("http://127.0.0.1:8080"), None, None));
    }
}
