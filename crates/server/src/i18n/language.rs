//! Which language a request asks for.

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
pub use cohort_domain::language::Lang;
use std::convert::Infallible;

pub use crate::http::cookies::LANG as LANG_COOKIE;

/// The language the headers name, if any: the switch's cookie, else the person's choice
/// (`preferred`), else `Accept-Language`.
pub fn of_headers(headers: &HeaderMap, preferred: Option<Lang>) -> Option<Lang> {
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
}

/// The language a request asks for, where a `?lang=` in the address (the alternates that search
/// engines follow) comes first; English when it names none.
pub fn of_parts(parts: &Parts) -> Lang {
    named(parts, None).unwrap_or_default()
}

/// The language a request names, if it names one: `?lang=`, else the switch's cookie, else the
/// person's choice (`preferred`), else `Accept-Language`. What names none falls back to the
/// organisation's language.
pub fn named(parts: &Parts, preferred: Option<Lang>) -> Option<Lang> {
    parts
        .uri
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("lang=")))
        .and_then(Lang::from_tag)
        .or_else(|| of_headers(&parts.headers, preferred))
}

/// The reader's language, as a handler's argument.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reader(pub Lang);

/// The language a request names, if any (the organisation's language fills in where it names
/// none), as a handler's argument.
#[derive(Clone, Copy, Debug, Default)]
pub struct Asked(pub Option<Lang>);

impl Asked {
    /// The language asked for, else the organisation's.
    pub fn or(self, org: &cohort_store::orgs::Org) -> Lang {
        self.0.unwrap_or_else(|| org.works_in())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Asked {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Asked(named(parts, None)))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Reader {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Reader(of_parts(parts)))
    }
}
