//! Extractors whose rejections are problem+json with stable codes.

use crate::error::ApiError;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A JSON body: not JSON → 415, unreadable → 400, unknown or mistyped fields → 400, too large → 413.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send the body as JSON with `Content-Type: application/json`.",
            )),
            Err(JsonRejection::JsonSyntaxError(e)) => Err(ApiError::bad_request(
                "malformed_json",
                format!("The body is not valid JSON: {}", inner(&e)),
            )),
            Err(JsonRejection::JsonDataError(e)) => Err(body_misfit(&inner(&e), "The body")),
            Err(JsonRejection::BytesRejection(e)) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "payload_too_large",
                    "The body is larger than this operation accepts (1 MiB for JSON).",
                ))
            }
            Err(other) => Err(ApiError::bad_request("unreadable_body", other.body_text())),
        }
    }
}

/// The answer to a JSON body that does not fit its operation: 422 `forbidden_personal_data`
/// for a field that asks for a BSN, an ID copy or health data (never accepted anywhere), else
/// 400 `unknown_field` or `invalid_body`.
pub fn body_misfit(message: &str, what: &str) -> ApiError {
    if let Some(field) = message.split('`').nth(1).filter(|_| message.contains("unknown field"))
        && let Some(forbidden) = cohort_domain::privacy::asks_for(field)
    {
        return ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "forbidden_personal_data",
            format!("`{field}` is refused. {}", forbidden.explanation()),
        );
    }
    let code = if message.contains("unknown field") { "unknown_field" } else { "invalid_body" };
    ApiError::bad_request(code, format!("{what} does not fit this operation: {message}"))
}

/// The innermost message of a serde error, without axum's prefix.
fn inner(error: &dyn std::error::Error) -> String {
    let mut source = error;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

/// Query parameters: unknown values → 400 `invalid_query`.
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| ApiQuery(value))
            .map_err(|e: QueryRejection| ApiError::bad_request("invalid_query", e.body_text()))
    }
}

/// The path of one item of an organisation, `/orgs/{org}/.../{id}`; the caller extractor has
/// already checked `{org}`.
#[derive(Debug, serde::Deserialize)]
pub struct OrgItemPath {
    /// The item's id.
    pub id: uuid::Uuid,
}

/// Path parameters: a segment that cannot name a resource (a malformed id) is simply not found.
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| ApiPath(value))
            .map_err(|_: PathRejection| ApiError::not_found())
    }
}
