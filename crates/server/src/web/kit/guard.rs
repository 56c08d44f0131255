//! The preludes of page handlers, as extractors (the way `auth::caller` guards the API): a
//! handler names who may see its page, and what its form holds, by the types it takes. Nobody
//! signed in is sent to sign in and back; an organisation's pages do not exist for anybody else
//! (the 404 page); a form without its token or from another site changes nothing (the 403 page);
//! a form that cannot be read is said so.

use super::errors::{forbidden, form_unreadable, not_found, server_fault};
use crate::auth::caller::{NotAdmitted, RoleSet};
use crate::auth::{OrgCaller, SESSION_COOKIE};
use crate::http::cookies;
use crate::state::AppState;
use crate::web::csrf;
use crate::web::kit::places::Roles;
use crate::web::kit::{Layout, Member, Viewer, safe_next};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, OriginalUri, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::access::Denial;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// An organisation's page, for the roles `R`: who looks, and the frame of the page.
pub struct OrgPage<R: RoleSet> {
    /// The admitted caller.
    pub caller: OrgCaller<R>,
    /// The page's frame (the person's name, the forms' token).
    pub layout: Layout,
}

impl<R: RoleSet> FromRequestParts<AppState> for OrgPage<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match OrgCaller::<R>::admit(parts, state).await {
            Ok(caller) => {
                let roles = match caller.principal.user() {
                    Some(user) => Roles::of(&state.store, user.id)
                        .await
                        .map_err(|e| server_fault(stranger_layout(parts), e))?,
                    None => Roles::default(),
                };
                Ok(OrgPage { layout: Layout::for_org(&caller, &parts.headers, &roles), caller })
            }
            Err(refused) => Err(turned_away(refused, parts, state).await),
        }
    }
}

/// Where a person who is not admitted goes: to sign in (and back here after), or to the 404 page.
async fn turned_away(refused: NotAdmitted, parts: &mut Parts, state: &AppState) -> Response {
    match refused {
        NotAdmitted::Denied(Denial::Unauthenticated) => {
            let next = return_to(parts, state).await;
            Redirect::to(&format!("/login?next={}", crate::web::encode(&next))).into_response()
        }
        NotAdmitted::Denied(Denial::PasswordChangeRequired) => {
            let next = return_to(parts, state).await;
            Redirect::to(&format!("/password/choose?next={}", crate::web::encode(&next))).into_response()
        }
        NotAdmitted::Denied(Denial::NotFound) => {
            // The frame still greets a signed-in person by name.
            let layout = match Viewer::from_request_parts(parts, state).await {
                Ok(viewer) => viewer.layout(),
                Err(_) => stranger_layout(parts),
            };
            not_found(layout)
        }
        NotAdmitted::Fault(error) => server_fault(stranger_layout(parts), error),
    }
}

/// The page to come back to after signing in: this one, or for a form the page it was sent from.
async fn return_to(parts: &mut Parts, state: &AppState) -> String {
    let here = OriginalUri::from_request_parts(parts, state)
        .await
        .map_or_else(|_| "/orgs".to_owned(), |uri| uri.0.to_string());
    if parts.method == Method::GET {
        return here;
    }
    safe_next(came_from(&parts.headers).as_deref().unwrap_or("/orgs")).to_owned()
}

/// The page of this site the browser says the request came from (`Referer`), as a path.
pub fn came_from(headers: &axum::http::HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer.strip_prefix("https://").or_else(|| referer.strip_prefix("http://"))?;
    rest.strip_prefix(host).map(str::to_owned)
}

/// The frame for somebody the page is not for: no name, the token of whatever cookie they hold.
fn stranger_layout(parts: &Parts) -> Layout {
    let seed = cookies::read(&parts.headers, SESSION_COOKIE)
        .or_else(|| cookies::read(&parts.headers, cookies::CSRF_SEED))
        .unwrap_or_default();
    Layout {
        name: None,
        csrf: csrf::token_for(&seed),
        places: Vec::new(),
        lang: crate::i18n::of_parts(parts),
        here: super::viewer::here(parts),
    }
}

/// A form posted to an organisation's page: admitted as [`OrgPage`], sent from our own site with
/// the page's token, and read into `F`.
pub struct OrgForm<R: RoleSet, F> {
    /// The admitted caller.
    pub caller: OrgCaller<R>,
    /// What the form holds.
    pub form: F,
    /// The reader's language (what the page after the form is told in).
    pub lang: crate::i18n::Lang,
    /// The frame of the page that answers the form when it is refused.
    pub layout: Layout,
}

impl<R: RoleSet, F: DeserializeOwned> FromRequest<AppState> for OrgForm<R, F> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let OrgPage { caller, layout } = OrgPage::<R>::from_request_parts(&mut parts, state).await?;
        let form = posted(Request::from_parts(parts, body), state, &layout).await?;
        Ok(OrgForm { caller, form, lang: layout.lang, layout })
    }
}

/// A form a signed-in person posts about their own things (their applications, internship,
/// data): the person, sent from our own site with the page's token, and read into `F`.
pub struct MemberForm<F> {
    /// The person.
    pub member: Member,
    /// What the form holds.
    pub form: F,
}

impl<F: DeserializeOwned> FromRequest<AppState> for MemberForm<F> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let member = Member::from_request_parts(&mut parts, state).await?;
        let form = posted(Request::from_parts(parts, body), state, &member.layout()).await?;
        Ok(MemberForm { member, form })
    }
}

/// A form anyone may post (signing in, registering, asking for a password link): who is
/// looking, and the form, sent from our own site with the page's token.
pub struct VisitorForm<F> {
    /// Who posts it (perhaps nobody signed in).
    pub viewer: Viewer,
    /// What the form holds.
    pub form: F,
}

impl<F: DeserializeOwned> FromRequest<AppState> for VisitorForm<F> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let viewer = Viewer::from_request_parts(&mut parts, state).await?;
        let form = posted(Request::from_parts(parts, body), state, &viewer.layout()).await?;
        Ok(VisitorForm { viewer, form })
    }
}

#[derive(serde::Deserialize)]
struct Token {
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

/// The posted form, once its origin and token are checked.
async fn posted<F: DeserializeOwned>(
    request: Request,
    state: &AppState,
    layout: &Layout,
) -> Result<F, Response> {
    let headers = request.headers().clone();
    let bytes = Bytes::from_request(request, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            super::errors::too_large(layout.clone(), ("fault-form-too-large", "fault-form-too-large-text"))
        } else {
            rejection.into_response()
        }
    })?;
    let token: Token = serde_html_form::from_bytes(&bytes).unwrap_or(Token { csrf: String::new() });
    if !csrf::allowed(&headers, &token.csrf) {
        return Err(forbidden(layout.clone()));
    }
    serde_html_form::from_bytes(&bytes).map_err(|error| form_unreadable(layout.clone(), &error))
}

/// The `{id}` in the page's path; a malformed one is the 404 page (nothing has that id).
pub struct Item(pub Uuid);

impl FromRequestParts<AppState> for Item {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let params =
            RawPathParams::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        params
            .iter()
            .find(|(name, _)| *name == "id")
            .and_then(|(_, value)| Uuid::parse_str(value).ok())
            .map(Item)
            .ok_or_else(|| not_found(stranger_layout(parts)))
    }
}

/// The `{id}` of a path that may name one (`/programs` or `/programs/{id}`): `None` without it,
/// the 404 page for a malformed one.
pub struct OptionalItem(pub Option<Uuid>);

impl FromRequestParts<AppState> for OptionalItem {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let params =
            RawPathParams::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        match params.iter().find(|(name, _)| *name == "id") {
            None => Ok(OptionalItem(None)),
            Some((_, value)) => Uuid::parse_str(value)
                .map(|id| OptionalItem(Some(id)))
                .map_err(|_| not_found(stranger_layout(parts))),
        }
    }
}

/// A form's fields in their order, for a form whose fields are named by the data (a rating per
/// attribute, ticked cards); a name may come more than once.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);
