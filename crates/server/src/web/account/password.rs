//! Passwords as pages: choosing your own after a one-time password, "Forgot your password?",
//! and the link (from a reset or an invitation) that sets one. The same services as the API.

use crate::http::context::RequestMeta;
use crate::services::accounts;
use crate::state::AppState;
use crate::web::kit::VisitorForm;
use crate::web::kit::{Layout, Member, MemberForm, Viewer, Worded, against, safe_next, with_session};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_store::password_tokens::Purpose;
use serde::Deserialize;

/// Where to go once signed in: the page asked for, else where the person's roles lead.
fn onward(next: &str) -> String {
    if next.is_empty() { "/start".to_owned() } else { safe_next(next).to_owned() }
}

#[derive(Template)]
#[template(path = "password_choose.html")]
struct ChoosePage {
    layout: Layout,
    next: String,
    errors: Vec<Worded>,
}

/// Where a page sends the person after.
#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

/// `GET /password/choose`: after a one-time password, the only page that opens.
pub async fn choose_page(member: Member, Query(query): Query<NextQuery>) -> Response {
    if !member.user.must_change_password {
        return Redirect::to("/account").into_response();
    }
    let body = ChoosePage { layout: member.layout(), next: query.next, errors: Vec::new() };
    member.csrf.attach(page(body.render()))
}

/// The form that chooses a password.
#[derive(Debug, Deserialize)]
pub struct ChooseForm {
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    next: String,
}

/// `POST /password/choose`: keeps the new password, ends the one-time session and starts a
/// fresh one, and goes on.
pub async fn choose(
    State(state): State<AppState>,
    MemberForm { member, form }: MemberForm<ChooseForm>,
) -> Response {
    let changed = accounts::change_password(
        &state.store,
        &member.audit(),
        &member.meta,
        &member.user,
        None,
        &form.new_password,
    )
    .await;
    match changed {
        Ok(logged_in) => {
            with_session(&state, &logged_in.secret, crate::auth::SESSION_LIFETIME.num_seconds(), {
                Redirect::to(&onward(&form.next)).into_response()
            })
        }
        Err(error) => {
            let layout = member.layout();
            let errors = against(layout.lang, "new_password", &error);
            let status = crate::web::kit::status_of(&error);
            let body = ChoosePage { layout, next: form.next, errors };
            (status, member.csrf.attach(page(body.render()))).into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "password_forgot.html")]
struct ForgotPage {
    layout: Layout,
    email: String,
    errors: Vec<Worded>,
    /// The address the link went to, once asked (the same page whether it has an account).
    sent: Option<String>,
    minutes: i64,
    files: bool,
}

/// `GET /password/forgot`.
pub async fn forgot_page(State(state): State<AppState>, viewer: Viewer) -> Response {
    let body = ForgotPage {
        layout: viewer.layout(),
        email: String::new(),
        errors: Vec::new(),
        sent: None,
        minutes: crate::auth::RESET_LIFETIME.num_minutes(),
        files: state.config.smtp_url.is_none(),
    };
    viewer.csrf.attach(page(body.render()))
}

/// The form that asks for a reset link.
#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// `POST /password/forgot`: the same answer for every address, known or not.
pub async fn forgot(
    State(state): State<AppState>,
    meta: RequestMeta,
    VisitorForm { viewer, form }: VisitorForm<ForgotForm>,
) -> Response {
    let asked = accounts::request_password_reset(&state.store, &meta, &form.email, viewer.lang).await;
    let layout = viewer.layout();
    let (status, errors, sent) = match asked {
        Ok(()) => (axum::http::StatusCode::OK, Vec::new(), Some(form.email.trim().to_owned())),
        Err(error) => (crate::web::kit::status_of(&error), against(layout.lang, "email", &error), None),
    };
    let body = ForgotPage {
        layout,
        email: form.email,
        errors,
        sent,
        minutes: crate::auth::RESET_LIFETIME.num_minutes(),
        files: state.config.smtp_url.is_none(),
    };
    (status, viewer.csrf.attach(page(body.render()))).into_response()
}

#[derive(Template)]
#[template(path = "password_reset.html")]
struct ResetPage {
    layout: Layout,
    token: String,
    /// Whose password the link sets (none: the link does not work).
    email: Option<String>,
    /// The organisation that invited them (an invitation's link).
    welcome: Option<String>,
    errors: Vec<Worded>,
}

/// A reset link's query, and the form that uses it.
#[derive(Debug, Default, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

/// The page for a link: greets its holder, or says it does not work.
async fn reset_body(
    state: &AppState,
    layout: Layout,
    token: String,
    errors: Vec<Worded>,
) -> (axum::http::StatusCode, ResetPage) {
    match accounts::password_link(&state.store, &token).await {
        Ok(holder) => {
            let welcome = match (holder.purpose, holder.org_id) {
                (Purpose::Invitation, Some(org)) => {
                    state.store.orgs_by_ids(vec![org]).await.ok().and_then(|mut o| o.pop()).map(|o| o.name)
                }
                _ => None,
            };
            let status = if errors.is_empty() {
                axum::http::StatusCode::OK
            } else {
                axum::http::StatusCode::UNPROCESSABLE_ENTITY
            };
            (status, ResetPage { layout, token, email: Some(holder.user.email), welcome, errors })
        }
        Err(error) => {
            let errors = against(layout.lang, "password", &error);
            let status = crate::web::kit::status_of(&error);
            (status, ResetPage { layout, token: String::new(), email: None, welcome: None, errors })
        }
    }
}

/// `GET /password/reset?token=…`: the link from the e-mail. Opening it changes nothing.
pub async fn reset_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<ResetForm>,
) -> Response {
    let (status, body) = reset_body(&state, viewer.layout(), query.token, Vec::new()).await;
    (status, viewer.csrf.attach(page(body.render()))).into_response()
}

/// `POST /password/reset`: sets the password, ends every other session, signs in and goes to
/// where the person's roles lead.
pub async fn reset(
    State(state): State<AppState>,
    meta: RequestMeta,
    VisitorForm { viewer, form }: VisitorForm<ResetForm>,
) -> Response {
    match accounts::use_password_link(&state.store, &meta, &form.token, &form.password).await {
        Ok((logged_in, _)) => with_session(
            &state,
            &logged_in.secret,
            crate::auth::SESSION_LIFETIME.num_seconds(),
            Redirect::to("/start").into_response(),
        ),
        Err(error) => {
            let layout = viewer.layout();
            let errors = against(layout.lang, "password", &error);
            let (status, body) = reset_body(&state, layout, form.token, errors).await;
            (status, viewer.csrf.attach(page(body.render()))).into_response()
        }
    }
}
