//! Signing in, creating an account and signing out, as forms: the same services as the API,
//! with the session in an HttpOnly cookie and a CSRF token on every form.

use super::kit::VisitorForm;
use super::kit::{Layout, Viewer, safe_next};
use super::{encode, page};
use crate::auth::{CONFIRMATION_LIFETIME, SESSION_LIFETIME};
use crate::http::context::RequestMeta;
use crate::http::cookies;
use crate::i18n::Lang;
use crate::services::accounts;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Where a sign-in page sends the person after.
#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    next: String,
    next_encoded: String,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    layout: Layout,
    next: String,
    next_encoded: String,
    name: String,
    email: String,
    errors: Vec<super::kit::Worded>,
}

/// `GET /login`.
pub async fn login_page(viewer: Viewer, Query(query): Query<NextQuery>) -> Response {
    let next = onward(&query.next);
    if viewer.person.is_some() {
        return Redirect::to(&next).into_response();
    }
    let layout = viewer.layout();
    let body = LoginPage { layout, next_encoded: encode(&next), next, email: String::new(), error: None };
    viewer.csrf.attach(page(body.render()))
}

/// The sign-in form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /login`.
pub async fn log_in(
    State(state): State<AppState>,
    meta: RequestMeta,
    VisitorForm { viewer, form }: VisitorForm<LoginForm>,
) -> Response {
    let next = onward(&form.next);
    match accounts::log_in(&state.store, &state.decoy_hash, &meta, &form.email, &form.password).await {
        Ok(logged_in) => signed_in(&state, &logged_in.secret, &next),
        Err(error) => {
            let status = super::kit::status_of(&error);
            let body = LoginPage {
                layout: viewer.layout(),
                next_encoded: encode(&next),
                next,
                email: form.email,
                error: Some(super::kit::in_words(viewer.lang, &error)),
            };
            (status, page(body.render())).into_response()
        }
    }
}

/// Where signing in leads: the page asked for, else (`/start`) where the person's roles lead.
fn onward(next: &str) -> String {
    if next.is_empty() { "/start".to_owned() } else { safe_next(next).to_owned() }
}

/// The session cookie for a person who just signed in, and on to where they were going.
fn signed_in(state: &AppState, secret: &str, next: &str) -> Response {
    super::kit::with_session(
        state,
        secret,
        SESSION_LIFETIME.num_seconds(),
        Redirect::to(next).into_response(),
    )
}

/// `GET /register`.
pub async fn register_page(viewer: Viewer, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(&query.next).to_owned();
    if viewer.person.is_some() {
        return Redirect::to(&next).into_response();
    }
    let body = RegisterPage {
        layout: viewer.layout(),
        next_encoded: encode(&next),
        next,
        name: String::new(),
        email: String::new(),
        errors: vec![],
    };
    viewer.csrf.attach(page(body.render()))
}

/// The registration form.
#[derive(Debug, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /register`: asks for the account; the page says where the confirmation link went.
pub async fn register(
    State(state): State<AppState>,
    meta: RequestMeta,
    VisitorForm { viewer, form }: VisitorForm<RegisterForm>,
) -> Response {
    let next = safe_next(&form.next).to_owned();
    let fields = accounts::Registration {
        email: &form.email,
        password: &form.password,
        name: &form.name,
        next: &next,
        language: viewer.lang,
    };
    match accounts::register(&state.store, state.config.registration_limit(), &meta, fields).await {
        Ok(email) => {
            let body = RegisterSentPage {
                layout: viewer.layout(),
                email: email.as_str().to_owned(),
                hours: CONFIRMATION_LIFETIME.num_hours(),
                next_encoded: encode(&next),
                files: state.config.smtp_url.is_none(),
            };
            viewer.csrf.attach(page(body.render()))
        }
        Err(error) => {
            let status = super::kit::status_of(&error);
            let errors = super::kit::against(viewer.lang, "email", &error);
            let body = RegisterPage {
                layout: viewer.layout(),
                next_encoded: encode(&next),
                next,
                name: form.name,
                email: form.email,
                errors,
            };
            (status, page(body.render())).into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "register_sent.html")]
struct RegisterSentPage {
    layout: Layout,
    email: String,
    hours: i64,
    next_encoded: String,
    /// Whether e-mails go to files rather than a mail server.
    files: bool,
}

#[derive(Template)]
#[template(path = "register_confirm.html")]
struct ConfirmPage {
    layout: Layout,
    token: String,
    next: String,
    next_encoded: String,
    error: Option<String>,
}

/// A confirmation link's query, and the form that confirms it.
#[derive(Debug, Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    next: String,
}

/// `GET /register/confirm?token=…`: the link from the e-mail. Opening it changes nothing (mail
/// scanners open links too); the button on the page confirms.
pub async fn confirm_page(viewer: Viewer, Query(query): Query<ConfirmForm>) -> Response {
    let next = safe_next(&query.next).to_owned();
    let body = ConfirmPage {
        layout: viewer.layout(),
        token: query.token,
        next_encoded: encode(&next),
        next,
        error: None,
    };
    viewer.csrf.attach(page(body.render()))
}

/// `POST /register/confirm`: makes the account, signs in and goes on.
pub async fn confirm(
    State(state): State<AppState>,
    meta: RequestMeta,
    VisitorForm { viewer, form }: VisitorForm<ConfirmForm>,
) -> Response {
    let next = safe_next(&form.next).to_owned();
    match accounts::confirm_registration(&state.store, &meta, &form.token).await {
        Ok(logged_in) => signed_in(&state, &logged_in.secret, &next),
        Err(error) => {
            let body = ConfirmPage {
                layout: viewer.layout(),
                token: String::new(),
                next_encoded: encode(&next),
                next,
                error: Some(super::kit::in_words(viewer.lang, &error)),
            };
            (super::kit::status_of(&error), page(body.render())).into_response()
        }
    }
}

/// The sign-out form.
#[derive(Debug, Deserialize)]
pub struct LogoutForm {}

/// `POST /logout`.
pub async fn log_out(
    State(state): State<AppState>,
    VisitorForm { viewer, .. }: VisitorForm<LogoutForm>,
) -> Response {
    if let Some((user, session)) = &viewer.person {
        let ctx = cohort_store::audit::Context {
            actor: cohort_store::audit::Actor::User { id: user.id, email: user.email.to_string() },
            request_id: None,
            ip: None,
        };
        if let Err(error) =
            crate::services::accounts::end_session(&state.store, &ctx, user.id, session.id, true).await
        {
            return super::kit::server_fault(Layout::anonymous(), error);
        }
    }
    super::kit::with_session(&state, "", 0, Redirect::to("/jobs").into_response())
}

/// The language switch's link: which language, and the page to come back to.
#[derive(Debug, Default, Deserialize)]
pub struct LanguageQuery {
    #[serde(default)]
    to: String,
    #[serde(default)]
    back: String,
}

/// `GET /language?to=nl&back=/jobs`: keeps the chosen language in a cookie and goes back to the
/// page (or, without `back`, to the page the browser came from). A language Cohort does not
/// speak changes nothing.
pub async fn choose_language(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<LanguageQuery>,
) -> Response {
    let back = match query.back.as_str() {
        "" => super::kit::came_from(&headers).unwrap_or_else(|| "/jobs".to_owned()),
        back => back.to_owned(),
    };
    let back = safe_next(&back).to_owned();
    let chosen = Lang::from_tag(&query.to);
    // A signed-in person's choice is theirs on every device, and for what Cohort sends them.
    if let (Some(lang), Some((user, _))) = (chosen, &viewer.person)
        && let Err(error) = accounts::set_language(&state.store, user.id, Some(lang)).await
    {
        return super::kit::server_fault(viewer.layout(), error);
    }
    let mut response = Redirect::to(&back).into_response();
    if let Some(cookie) = chosen.and_then(|lang| cookies::language(&state.config, lang.code())) {
        response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
    }
    response
}
