//! Which language a request asks for.

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
pub use cohort_domain::language::Lang;
use std::convert::Infallible;

pub use crate::http::cookies::LANG as LANG_COOKIE;

/// The language a request asks for: the switch's cookie, else `Accept-Language`, else English.
pub fn of_request(headers: &HeaderMap) -> Lang {
    of_request_for(headers, None)
}

/// The language a request of a person who chose `preferred` asks for: the switch's cookie, else
/// their choice, else `Accept-Language`, else English.
pub fn of_request_for(headers: &HeaderMap, preferred: Option<Lang>) -> Lang {
    crate::http::cookies::read(headers, LANG_COOKIE)
        .as_deref()
        .and_then(Lang::from_tag)
        .or(preferred)
        .or_else(|| {
            headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// The language a request asks for, where a `?lang=` in the address (the alternates that search
/// engines follow) comes first.
pub fn of_parts(parts: &Parts) -> Lang {
    of_parts_for(parts, None)
}

/// [`of_parts`] for a person who chose `preferred`.
pub fn of_parts_for(parts: &Parts, preferred: Option<Lang>) -> Lang {
    parts
        .uri
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("lang=")))
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| of_request_for(&parts.headers, preferred))
}

/// The reader's language, as a handler's argument.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reader(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for Reader {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Reader(of_parts(parts)))
    }
}
