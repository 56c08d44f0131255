//! Cross-site request forgery: every form carries a token that only our own pages can know, and
//! every form post must come from our own origin. The token is a hash of a secret the browser
//! holds in an HttpOnly cookie (the session's, or before signing in a `cohort_csrf` cookie set
//! with the form), so nothing is stored and another site can neither read nor forge it.

use crate::auth::SESSION_COOKIE;
use crate::http::cookies;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::{HOST, ORIGIN, REFERER, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;
use sha2::{Digest, Sha256};
use std::convert::Infallible;

/// The form field that carries the token.
pub const FIELD: &str = "_csrf";

/// The token for a seed.
pub fn token_for(seed: &str) -> String {
    let digest = Sha256::digest(format!("cohort-csrf:{seed}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a post comes from a page of this server: its `Origin` (or without one, its
/// `Referer`) names the host the request was sent to. Browsers send `Origin` with every form
/// post; a request with neither comes from a program, which the token alone judges.
pub fn same_origin(origin: Option<&str>, referer: Option<&str>, host: Option<&str>) -> bool {
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

/// Whether a submitted form may change anything: it comes from our origin and carries the token
/// of the session or of the pre-login cookie.
pub fn allowed(headers: &HeaderMap, submitted: &str) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if !same_origin(header(ORIGIN), header(REFERER), header(HOST)) {
        return false;
    }
    [SESSION_COOKIE, cookies::CSRF_SEED]
        .iter()
        .filter_map(|name| cookies::read(headers, name))
        .any(|seed| constant_time_eq(token_for(&seed).as_bytes(), submitted.as_bytes()))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token for the forms of a page; sets the pre-login cookie when the browser has neither.
#[derive(Clone, Debug)]
pub struct Csrf {
    /// The token to put in each form's `_csrf` field.
    pub token: String,
    set_cookie: Option<HeaderValue>,
}

impl Csrf {
    /// Adds the cookie the token needs, if the browser does not hold it yet.
    pub fn attach(self, mut response: Response) -> Response {
        if let Some(cookie) = self.set_cookie {
            response.headers_mut().append(SET_COOKIE, cookie);
        }
        response
    }
}

impl FromRequestParts<AppState> for Csrf {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(seed) = cookies::read(&parts.headers, SESSION_COOKIE)
            .or_else(|| cookies::read(&parts.headers, cookies::CSRF_SEED))
        {
            return Ok(Csrf { token: token_for(&seed), set_cookie: None });
        }
        let seed = uuid::Uuid::new_v4().simple().to_string() + &uuid::Uuid::new_v4().simple().to_string();
        let set_cookie = cookies::csrf_seed(&state.config, &seed);
        Ok(Csrf { token: token_for(&seed), set_cookie })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header::COOKIE;

    #[test]
    fn only_our_own_origin_may_post() {
        let host = Some("127.0.0.1:8080");
        assert!(same_origin(Some("http://127.0.0.1:8080"), None, host));
        assert!(same_origin(None, Some("http://127.0.0.1:8080/login?next=/me"), host));
        assert!(same_origin(None, None, host), "a program without a browser: the token decides");
        assert!(!same_origin(Some("https://evil.example"), Some("http://127.0.0.1:8080/"), host));
        assert!(!same_origin(Some("http://127.0.0.1:8080.evil.example"), None, host));
        assert!(!same_origin(Some("null"), None, host), "sandboxed frames and data: URLs");
        assert!(!same_origin(None, Some("https://evil.example/127.0.0.1:8080"), host));
        assert!(!same_origin(Some("http://127.0.0.1:8080"), None, None));
    }

    #[test]
    fn the_token_needs_the_cookie_it_was_made_from() {
        let mut headers = HeaderMap::new();
        headers.insert(HOST, HeaderValue::from_static("cohort.example"));
        headers.insert(ORIGIN, HeaderValue::from_static("https://cohort.example"));
        headers.insert(COOKIE, HeaderValue::from_static("cohort_csrf=seed-1; theme=dark"));
        assert!(allowed(&headers, &token_for("seed-1")));
        assert!(!allowed(&headers, &token_for("seed-2")));
        assert!(!allowed(&headers, ""));
        headers.insert(COOKIE, HeaderValue::from_static("cohort_session=abc"));
        assert!(allowed(&headers, &token_for("abc")));
        assert!(!allowed(&headers, &token_for("seed-1")));
        headers.remove(COOKIE);
        assert!(!allowed(&headers, &token_for("abc")));
    }
}
