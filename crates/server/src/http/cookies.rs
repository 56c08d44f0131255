//! The cookies Cohort reads and sets, in one place: the session (sign-in), the pre-login seed
//! of form tokens and the chosen language. All are HttpOnly; `Secure` when Cohort is served over
//! HTTPS.

use crate::config::Config;
use axum::http::header::COOKIE;
use axum::http::{HeaderMap, HeaderValue};

/// The session cookie's name.
pub const SESSION: &str = "cohort_session";

/// The cookie that seeds the tokens of forms shown before signing in.
pub const CSRF_SEED: &str = "cohort_csrf";

/// The cookie that keeps the language a person chose with the switch.
pub const LANG: &str = "cohort_lang";

/// The cookie that carries what a page is told after a form (a notice, or why nothing happened)
/// to the page the form leads back to, once: the address holds no words of it.
pub const SAID: &str = "cohort_said";

/// The said-once cookie holding `value` (form-encoded), or (`None`) clearing it.
pub fn said(value: Option<&str>) -> Option<HeaderValue> {
    let (value, max_age) = value.map_or(("", 0), |v| (v, 60));
    HeaderValue::from_str(&format!("{SAID}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}")).ok()
}

/// A cookie's value, if the request carries it with one.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, v)| *n == name && !v.is_empty())
        .map(|(_, value)| value.to_owned())
}

fn secure(config: &Config) -> &'static str {
    if config.served_over_https() { "; Secure" } else { "" }
}

/// The session cookie for `secret`, living `max_age` seconds (0 signs out). SameSite=Lax, so a
/// link from an e-mail arrives signed in.
pub fn session(config: &Config, secret: &str, max_age: i64) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "{SESSION}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        secure(config)
    ))
    .ok()
}

/// The pre-login seed cookie: SameSite=Strict, for the browser's session only.
pub fn csrf_seed(config: &Config, seed: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!("{CSRF_SEED}={seed}; Path=/; HttpOnly; SameSite=Strict{}", secure(config)))
        .ok()
}

/// The language cookie: the switch's choice, kept for a year.
pub fn language(config: &Config, code: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "{LANG}={code}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{}",
        secure(config)
    ))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_named_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("a=1; cohort_session=s3cret"));
        headers.append(COOKIE, HeaderValue::from_static("cohort_csrf="));
        assert_eq!(read(&headers, SESSION).as_deref(), Some("s3cret"));
        assert_eq!(read(&headers, CSRF_SEED), None, "an empty cookie is no cookie");
        assert_eq!(read(&headers, "missing"), None);
    }
}
