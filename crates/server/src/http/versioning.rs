//! Optimistic concurrency as HTTP says it (RFC 9110 §13.1.1): versioned resources carry a strong
//! `ETag`; changing one requires `If-Match` naming it, or `*` for "whatever is current". A
//! missing resource is 404 before any precondition; without `If-Match` the answer is 428; a tag
//! that is not current — or a weak one, which never matches under If-Match — is 412.

use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::header::IF_MATCH;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use cohort_store::StoreError;
use std::convert::Infallible;

/// The entity tag of a version.
pub fn etag(version: i32) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or_else(|_| HeaderValue::from_static("\"0\""))
}

/// What a request's `If-Match` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IfMatch {
    /// No `If-Match` header.
    Missing,
    /// `If-Match: *`: any current representation.
    Any,
    /// The versions of the strong tags listed (weak and malformed tags match nothing).
    Tags(Vec<i32>),
}

/// The answer when the version the client had is no longer current.
pub fn stale() -> ApiError {
    ApiError::new(
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
        "This changed since you read it: fetch it again (new ETag) and reapply your change.",
    )
}

fn required() -> ApiError {
    ApiError::new(
        StatusCode::PRECONDITION_REQUIRED,
        "precondition_required",
        "Send If-Match with the ETag you last read, so that no one else's change is overwritten.",
    )
}

impl IfMatch {
    /// Reads the header's value: `*`, or a comma-separated list of entity tags.
    pub fn parse(value: Option<&str>) -> Self {
        let Some(value) = value else { return IfMatch::Missing };
        if value.trim() == "*" {
            return IfMatch::Any;
        }
        let strong = |tag: &str| tag.strip_prefix('"')?.strip_suffix('"')?.parse().ok();
        IfMatch::Tags(value.split(',').filter_map(|tag| strong(tag.trim())).collect())
    }

    /// The version the change is to apply to. One strong tag is that version (the write itself
    /// checks it is current, atomically); otherwise `current` — the resource's version now, `None`
    /// when it does not exist — decides: 404, 428, the current version for `*` or a list naming
    /// it, else 412. A `*` or a list may still meet a change made in between: the write then
    /// answers 412, as it would for a single tag.
    pub async fn version(
        self,
        current: impl Future<Output = Result<Option<i32>, StoreError>>,
    ) -> Result<i32, ApiError> {
        if let IfMatch::Tags(tags) = &self
            && let [only] = tags.as_slice()
        {
            return Ok(*only);
        }
        let current = current.await?.ok_or_else(ApiError::not_found)?;
        match self {
            IfMatch::Missing => Err(required()),
            IfMatch::Any => Ok(current),
            IfMatch::Tags(tags) if tags.contains(&current) => Ok(current),
            IfMatch::Tags(_) => Err(stale()),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let value = parts.headers.get(IF_MATCH).map(|v| v.to_str().unwrap_or_default());
        Ok(IfMatch::parse(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn decide(header: Option<&str>, current: Option<i32>) -> Result<i32, StatusCode> {
        IfMatch::parse(header).version(async { Ok(current) }).await.map_err(|e| e.status())
    }

    #[tokio::test]
    async fn a_star_matches_whatever_is_current_and_a_weak_tag_nothing() {
        assert_eq!(decide(Some("*"), Some(7)).await, Ok(7));
        assert_eq!(decide(Some("\"7\""), Some(7)).await, Ok(7));
        assert_eq!(decide(Some("W/\"7\""), Some(7)).await, Err(StatusCode::PRECONDITION_FAILED));
        assert_eq!(decide(Some("\"3\", \"7\""), Some(7)).await, Ok(7));
        // The weak tag is dropped; the one strong tag left is what the write checks (and refuses).
        assert_eq!(decide(Some("\"3\", W/\"7\""), Some(7)).await, Ok(3));
        assert_eq!(decide(Some("W/\"3\", W/\"7\""), Some(7)).await, Err(StatusCode::PRECONDITION_FAILED));
        assert_eq!(decide(Some("garbage"), Some(7)).await, Err(StatusCode::PRECONDITION_FAILED));
        assert_eq!(decide(None, Some(7)).await, Err(StatusCode::PRECONDITION_REQUIRED));
    }

    #[tokio::test]
    async fn a_missing_resource_is_not_found_before_any_precondition() {
        for header in [None, Some("*"), Some("W/\"1\""), Some("\"1\", \"2\"")] {
            assert_eq!(decide(header, None).await, Err(StatusCode::NOT_FOUND), "{header:?}");
        }
    }
}
