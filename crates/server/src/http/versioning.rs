//! Optimistic concurrency as HTTP says it: versioned resources carry an `ETag`; changing one
//! requires `If-Match` with that tag (428 without it, 412 when it is stale).

use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::header::IF_MATCH;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};

/// The entity tag of a version.
pub fn etag(version: i32) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or_else(|_| HeaderValue::from_static("\"0\""))
}

/// The version named by a request's `If-Match`.
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub i32);

/// The answer when the version the client had is no longer current.
pub fn stale() -> ApiError {
    ApiError::new(
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
        "This changed since you read it: fetch it again (new ETag) and reapply your change.",
    )
}

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(IF_MATCH) else {
            return Err(ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                "precondition_required",
                "Send If-Match with the ETag you last read, so that no one else's change is overwritten.",
            ));
        };
        let tag = value.to_str().unwrap_or_default().trim();
        let tag = tag.strip_prefix("W/").unwrap_or(tag);
        tag.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .and_then(|t| t.parse().ok())
            .map(IfMatch)
            .ok_or_else(stale)
    }
}
