//! A signed-in person's account: where they land after signing in, their password and the
//! places they are signed in, and (in `password`) the pages that set a password.

pub mod password;

use crate::services::accounts;
use crate::state::AppState;
use crate::web::kit::places::{href, label};
use crate::web::kit::{Item, Layout, Member, MemberForm, Worded, with_session};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::access::places::Landing;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "start.html")]
struct StartPage {
    layout: Layout,
    choices: Vec<(String, String)>,
}

/// `GET /start`: where signing in leads — straight to the person's work, or, when their roles
/// open several places, a choice.
pub async fn start(member: Member) -> Response {
    match member.roles.landing() {
        Landing::Go(place) => Redirect::to(&href(&place)).into_response(),
        Landing::Choose(places) => {
            let layout = member.layout();
            let choices = places.iter().map(|p| (href(p), layout.t(label(p)))).collect();
            member.csrf.attach(page(StartPage { layout, choices }.render()))
        }
    }
}

struct SessionRow {
    id: Uuid,
    browser: String,
    since: String,
    seen: String,
    this: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    email: String,
    sessions: Vec<SessionRow>,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

/// What the account page is told after a form: a key of a fixed set, never words.
#[derive(Debug, Default, Deserialize)]
pub struct AccountSaid {
    #[serde(default)]
    done: String,
}

async fn account(state: &AppState, member: &Member, errors: Vec<Worded>, done: &str) -> Response {
    let layout = member.layout();
    let lang = layout.lang;
    let sessions = match state.store.sessions_of(member.user.id, chrono::Utc::now()).await {
        Ok(sessions) => sessions,
        Err(error) => return crate::web::kit::server_fault(layout, error),
    };
    let sessions = sessions
        .into_iter()
        .map(|s| SessionRow {
            id: s.id,
            browser: s
                .user_agent
                .as_deref()
                .map(browser)
                .unwrap_or_else(|| layout.t("account-browser-unknown")),
            since: crate::i18n::date_time(lang, s.created_at),
            seen: crate::i18n::date_time(lang, s.last_seen_at),
            this: s.id == member.session_id,
        })
        .collect();
    let notice = match done {
        "password" => Some(layout.t("account-changed")),
        "ended" => Some(layout.t("account-session-ended")),
        _ => None,
    };
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let body =
        AccountPage { layout, email: member.user.email.clone(), sessions, errors, notice, alert: None };
    (status, member.csrf.clone().attach(page(body.render()))).into_response()
}

/// A browser's name and system, from its user agent, in a few words.
fn browser(agent: &str) -> String {
    let name = ["Edg/", "Firefox/", "Chrome/", "Safari/", "curl/"]
        .iter()
        .find(|n| agent.contains(*n))
        .map_or("", |n| n.trim_end_matches('/'));
    let name = if name == "Edg" { "Edge" } else { name };
    let system = ["Android", "iPhone", "iPad", "Windows", "Mac OS X", "Linux"]
        .iter()
        .find(|s| agent.contains(*s))
        .map_or("", |s| if *s == "Mac OS X" { "macOS" } else { s });
    match (name, system) {
        ("", "") => agent.chars().take(60).collect(),
        (name, "") => name.to_owned(),
        ("", system) => system.to_owned(),
        (name, system) => format!("{name}, {system}"),
    }
}

/// `GET /account`.
pub async fn account_page(
    State(state): State<AppState>,
    member: Member,
    Query(said): Query<AccountSaid>,
) -> Response {
    account(&state, &member, Vec::new(), &said.done).await
}

/// The form that changes the password.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /account/password`: checks the current password, keeps the new one, ends every other
/// session.
pub async fn change_password(
    State(state): State<AppState>,
    MemberForm { member, form }: MemberForm<PasswordForm>,
) -> Response {
    let changed = accounts::change_password(
        &state.store,
        &member.audit(),
        &member.meta,
        &member.user,
        Some(&form.current_password),
        &form.new_password,
    )
    .await;
    match changed {
        Ok(logged_in) => with_session(
            &state,
            &logged_in.secret,
            crate::auth::SESSION_LIFETIME.num_seconds(),
            Redirect::to("/account?done=password").into_response(),
        ),
        Err(error) => {
            let errors = crate::web::kit::against(member.lang, "current_password", &error);
            account(&state, &member, errors, "").await
        }
    }
}

/// The form that ends a session (it holds only its token).
#[derive(Debug, Deserialize)]
pub struct EndForm {}

/// `POST /account/sessions/{id}/end`: signs out another browser.
pub async fn end_session(
    State(state): State<AppState>,
    Item(id): Item,
    MemberForm { member, .. }: MemberForm<EndForm>,
) -> Response {
    if id == member.session_id {
        return Redirect::to("/account").into_response();
    }
    match accounts::end_session(&state.store, &member.audit(), member.user.id, id, false).await {
        Ok(()) => Redirect::to("/account?done=ended").into_response(),
        Err(error) => crate::web::kit::failed(member.layout(), &error),
    }
}
