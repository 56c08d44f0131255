//! Cross-site request forgery: every form carries a token that only our own pages can know, and
//! every form post must come from our own origin. The token is a hash of a secret the browser
//! holds in an HttpOnly cookie (the session's, or before signing in a `cohort_csrf` cookie set
//! with the form), so nothing is stored and another site can neither read nor forge it.

use crate::auth::SESSION_COOKIE;
use crate::http::cookies;
use crate::http::origin::same_origin;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::SET_COOKIE;
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

/// Whether a submitted form may change anything: it comes from our origin and carries the token
/// of the session or of the pre-login cookie.
pub fn allowed(headers: &HeaderMap, submitted: &str) -> bool {
    if !same_origin(headers) {
        return false;
    }
    [SESSION_COOKIE, cookies::CSRF_SEED]
        .iter()
        .filter_map(|name| cookies::read(headers, name))
        .any(|seed| crate::auth::secrets::same(&token_for(&seed), submitted))
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
    use axum::http::header::{COOKIE, HOST, ORIGIN};

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
