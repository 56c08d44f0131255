//! Who is looking at a page (a signed-in person, or nobody), and what every page's frame needs:
//! the person's name for the navigation and the token for its forms.

use super::in_words;
use crate::auth::caller::{Principal, resolve};
use crate::http::context::RequestMeta;
use crate::i18n::{self, Arg, Lang};
use crate::services::ServiceError;
use crate::state::AppState;
use crate::web::csrf::Csrf;
use crate::web::kit::places::{self, Roles};
use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::access::places::Place;
use cohort_domain::phrase::Phrase;
use cohort_domain::validation::problem;
use cohort_store::sessions::Session;
use cohort_store::users::User;

/// What the frame of every page shows.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The signed-in person's name.
    pub name: Option<String>,
    /// The token for the page's forms (the sign-out button's too).
    pub csrf: String,
    /// The places the person's roles open (the navigation leads to them).
    pub places: Vec<Place>,
    /// The reader's language.
    pub lang: Lang,
    /// This page's path and query, for the language switch to come back to (empty: the
    /// switch goes back to where the browser says it came from).
    pub here: String,
}

impl Layout {
    /// The frame for nobody in particular: no name, the forms' token.
    pub fn plain(csrf: &Csrf, parts: &Parts) -> Layout {
        Layout {
            name: None,
            csrf: csrf.token.clone(),
            places: Vec::new(),
            lang: i18n::of_parts(parts),
            here: here(parts),
        }
    }

    /// The frame of a page that answers for no one in particular (a 404 after a form).
    pub fn anonymous() -> Layout {
        Layout {
            name: None,
            csrf: String::new(),
            places: Vec::new(),
            lang: Lang::default(),
            here: String::new(),
        }
    }

    /// The message `id` in the reader's language.
    pub fn t(&self, id: &str) -> String {
        i18n::t(self.lang, id, &[])
    }

    /// The message `id` with one variable.
    pub fn t1<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        i18n::t(self.lang, id, &[(name, value.into())])
    }

    /// The message `id` with two variables, each a (name, value) pair.
    pub fn t2<'a, 'b, A, B>(&self, id: &str, first: &(&str, A), second: &(&str, B)) -> String
    where
        A: Clone + Into<Arg<'a>>,
        B: Clone + Into<Arg<'b>>,
    {
        i18n::t(self.lang, id, &[(first.0, first.1.clone().into()), (second.0, second.1.clone().into())])
    }

    /// A rejection reason in the reader's words (the organisation's own stay as written).
    pub fn reason(&self, reason: &str) -> String {
        i18n::rejection_reason(self.lang, reason)
    }

    /// The languages the switch offers: each with its code, name, and whether it is the page's.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::ALL.iter().map(|l| (l.code(), l.name(), *l == self.lang)).collect()
    }

    /// This page's address, encoded for a query.
    pub fn here_encoded(&self) -> String {
        crate::web::encode(&self.here)
    }

    /// The navigation's links: each place's address and name.
    pub fn nav(&self) -> Vec<(String, String)> {
        self.places.iter().map(|p| (places::href(p), self.t(places::label(p)))).collect()
    }

    /// The frame of an organisation's page (its members use it with their session), with the
    /// places their roles open.
    pub fn for_org<R: crate::auth::caller::RoleSet>(
        caller: &crate::auth::OrgCaller<R>,
        headers: &axum::http::HeaderMap,
        roles: &Roles,
    ) -> Layout {
        let seed = crate::http::cookies::read(headers, crate::auth::SESSION_COOKIE).unwrap_or_default();
        let user = caller.principal.user();
        let preferred = user.and_then(|u| u.chosen_language());
        Layout {
            name: user.map(|u| u.name.to_string()),
            csrf: crate::web::csrf::token_for(&seed),
            places: roles.places(),
            lang: i18n::of_headers(headers, preferred).unwrap_or_else(|| caller.org.works_in()),
            here: String::new(),
        }
    }
}

/// What a page is told after a form it posted: a notice, or why nothing happened. It travels in
/// a cookie read once ([`said_once`]), never in the address: a link cannot put words of its own
/// in a page's banner.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Said {
    /// What happened.
    pub notice: Option<String>,
    /// Why nothing did.
    pub alert: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for Said {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Said>().cloned().unwrap_or_default())
    }
}

/// Middleware of the pages: hands the said-once cookie to the page (as [`Said`]) and clears it
/// in the answer, unless the answer says something new.
pub async fn said_once(mut request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let carried = crate::http::cookies::read(request.headers(), crate::http::cookies::SAID);
    if let Some(said) = carried.as_deref().and_then(|v| serde_html_form::from_str::<Said>(v).ok()) {
        request.extensions_mut().insert(said);
    }
    let mut response = next.run(request).await;
    let prefix = format!("{}=", crate::http::cookies::SAID);
    let says_anew = response
        .headers()
        .get_all(axum::http::header::SET_COOKIE)
        .iter()
        .any(|c| c.to_str().is_ok_and(|c| c.starts_with(&prefix)));
    if carried.is_some()
        && !says_anew
        && let Some(clear) = crate::http::cookies::said(None)
    {
        response.headers_mut().append(axum::http::header::SET_COOKIE, clear);
    }
    response
}

/// Back to `base` (which may have a query) after a form: with the notice, or with the reason it
/// was refused in words. A form about something that does not exist, for this person, gets the
/// 404 page instead.
pub fn back(lang: Lang, base: &str, outcome: Result<String, ServiceError>) -> Response {
    match outcome {
        Err(ServiceError::NotFound) => super::not_found(Layout::anonymous()),
        Ok(notice) => telling(base, "notice", &notice),
        Err(error) => telling(base, "alert", &in_words(lang, &error)),
    }
}

/// `back`, where a change someone else made first to the `what` ("vacancy", "matching") is said
/// in so many words.
pub fn back_unless_stale(
    lang: Lang,
    base: &str,
    outcome: Result<String, ServiceError>,
    what: &str,
) -> Response {
    match outcome {
        Err(ServiceError::Stale) => telling(base, "alert", &i18n::t(lang, "stale", &[("what", what.into())])),
        outcome => back(lang, base, outcome),
    }
}

/// Back to `base`, telling it a `notice` or an `alert` (`key`) in so many words (in the said-once
/// cookie).
pub fn telling(base: &str, key: &str, text: &str) -> Response {
    let key = if key == "notice" { "notice" } else { "alert" };
    let mut response = Redirect::to(base).into_response();
    let value = format!("{key}={}", crate::web::encode(text));
    if let Some(cookie) = crate::http::cookies::said(Some(&value)) {
        response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
    }
    response
}

/// The first value of a posted field, or empty.
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

/// Scores posted as `<prefix><name>` fields (`rating_teamwork=4`), by name; unreadable ones left
/// out for the domain to name as missing.
pub fn scores(fields: &[(String, String)], prefix: &str) -> std::collections::BTreeMap<String, u8> {
    fields.iter().filter_map(|(k, v)| Some((k.strip_prefix(prefix)?.to_owned(), v.parse().ok()?))).collect()
}

/// The `version` of what the page changes, as the page showed it.
pub fn version(fields: &[(String, String)]) -> Result<i32, ServiceError> {
    field(fields, "version").parse().map_err(|_| ServiceError::invalid("version", problem::of("reload")))
}

/// The id chosen in a field (`None` when left empty), or the catalogue's `message` for the field.
pub fn chosen(
    fields: &[(String, String)],
    name: &str,
    message: &str,
) -> Result<Option<uuid::Uuid>, ServiceError> {
    match field(fields, name).trim() {
        "" => Ok(None),
        raw => uuid::Uuid::parse_str(raw)
            .map(Some)
            .map_err(|_| ServiceError::invalid(name, Phrase::new(message))),
    }
}

/// The id that must be chosen in a field, or `message` for the field.
pub fn picked(fields: &[(String, String)], name: &str, message: &str) -> Result<uuid::Uuid, ServiceError> {
    chosen(fields, name, message)?.ok_or_else(|| ServiceError::invalid(name, Phrase::new(message)))
}

/// Every id posted under `name` (ticked boxes), or `message` for the field.
pub fn all_picked(
    fields: &[(String, String)],
    name: &str,
    message: &str,
) -> Result<Vec<uuid::Uuid>, ServiceError> {
    fields
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| uuid::Uuid::parse_str(v).map_err(|_| ServiceError::invalid(name, Phrase::new(message))))
        .collect()
}

/// Whoever asks for a page; pages for everyone take this.
pub struct Viewer {
    /// The signed-in person, with their session (sessions only: pages take no API tokens).
    pub person: Option<(User, Session)>,
    /// Their roles (none for nobody).
    pub roles: Roles,
    /// The token for forms.
    pub csrf: Csrf,
    /// The reader's language.
    pub lang: Lang,
    /// Whether the request named the language (else it is English, or the organisation's).
    pub named: bool,
    /// This page's path and query.
    pub here: String,
}

impl Viewer {
    /// A page of `org`'s: in its language, unless the reader named one.
    pub fn reading(mut self, org: &cohort_store::orgs::Org) -> Viewer {
        if !self.named {
            self.lang = org.works_in();
        }
        self
    }

    /// The frame's data.
    pub fn layout(&self) -> Layout {
        Layout {
            name: self.person.as_ref().map(|(u, _)| u.name.to_string()),
            csrf: self.csrf.token.clone(),
            places: if self.person.is_some() { self.roles.places() } else { Vec::new() },
            lang: self.lang,
            here: self.here.clone(),
        }
    }
}

/// A request's path and query, as the language switch comes back to it.
pub fn here(parts: &Parts) -> String {
    parts.extensions.get::<OriginalUri>().map_or_else(|| parts.uri.to_string(), |uri| uri.0.to_string())
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let csrf = Csrf::from_request_parts(parts, state).await.unwrap_or_else(|never| match never {});
        let person = if parts.headers.contains_key(axum::http::header::AUTHORIZATION) {
            None
        } else {
            match resolve(parts, state)
                .await
                .map_err(|e| super::server_fault(Layout::plain(&csrf, parts), e))?
            {
                Some(Principal::Person { user, session }) => Some((user, session)),
                _ => None,
            }
        };
        let roles = match &person {
            Some((user, _)) => Roles::of(&state.store, user.id)
                .await
                .map_err(|e| super::server_fault(Layout::plain(&csrf, parts), e))?,
            None => Roles::default(),
        };
        // Someone who signed in with a one-time password chooses their own before anything else.
        if let Some((user, _)) = &person
            && user.must_change_password
            && !open_before_choosing(parts.uri.path())
        {
            let to = format!("/password/choose?next={}", crate::web::encode(&here(parts)));
            return Err(Redirect::to(&to).into_response());
        }
        let preferred = person.as_ref().and_then(|(user, _)| user.chosen_language());
        let named = i18n::named(parts, preferred);
        Ok(Viewer {
            person,
            roles,
            csrf,
            lang: named.unwrap_or_default(),
            named: named.is_some(),
            here: here(parts),
        })
    }
}

/// A signed-in person; pages that need one take this, and send anybody else to sign in first
/// (and back here after).
pub struct Member {
    /// The person.
    pub user: User,
    /// The session they use now.
    pub session_id: uuid::Uuid,
    /// The token for forms.
    pub csrf: Csrf,
    /// Where the request comes from.
    pub meta: RequestMeta,
    /// Their roles.
    pub roles: Roles,
    /// The reader's language.
    pub lang: Lang,
    /// This page's path and query.
    pub here: String,
}

impl Member {
    /// The audit context of what this person does.
    pub fn audit(&self) -> cohort_store::audit::Context {
        self.meta
            .audit(cohort_store::audit::Actor::User { id: self.user.id, email: self.user.email.to_string() })
    }

    /// The frame's data.
    pub fn layout(&self) -> Layout {
        Layout {
            name: Some(self.user.name.to_string()),
            csrf: self.csrf.token.clone(),
            places: self.roles.places(),
            lang: self.lang,
            here: self.here.clone(),
        }
    }
}

impl Viewer {
    /// The signed-in member this viewer is, if anyone is signed in.
    pub fn member(self, meta: RequestMeta) -> Option<Member> {
        let (user, session) = self.person?;
        Some(Member {
            user,
            session_id: session.id,
            csrf: self.csrf,
            meta,
            roles: self.roles,
            lang: self.lang,
            here: self.here,
        })
    }
}

impl FromRequestParts<AppState> for Member {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let meta = RequestMeta::from_request_parts(parts, state).await.unwrap_or_else(|never| match never {});
        match viewer.member(meta) {
            Some(member) => Ok(member),
            None => {
                let here = OriginalUri::from_request_parts(parts, state)
                    .await
                    .map_or_else(|_| "/me".to_owned(), |uri| uri.0.to_string());
                Err(Redirect::to(&format!("/login?next={}", crate::web::encode(&here))).into_response())
            }
        }
    }
}

/// The pages someone who must still choose their password may open: the page to choose it,
/// signing out and the language switch.
pub fn open_before_choosing(path: &str) -> bool {
    matches!(path, "/password/choose" | "/logout" | "/language")
}

/// Where to go after signing in: a path of this site only (never `//elsewhere` or a URL).
pub fn safe_next(next: &str) -> &str {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\");
    if local && !next.chars().any(char::is_control) { next } else { "/me" }
}

/// A form's values by name (what was typed, or what is stored).
pub struct Values(pub Vec<(String, String)>);

impl Values {
    pub fn get(&self, name: &str) -> &str {
        field(&self.0, name)
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn sign_in_returns_only_to_our_own_pages() {
        assert_eq!(safe_next("/me/applications"), "/me/applications");
        assert_eq!(safe_next("//evil.example/x"), "/me");
        assert_eq!(safe_next("https://evil.example"), "/me");
        assert_eq!(safe_next("/\\evil.example"), "/me");
        assert_eq!(safe_next("/me\r\nSet-Cookie: x"), "/me");
        assert_eq!(safe_next(""), "/me");
    }
}
