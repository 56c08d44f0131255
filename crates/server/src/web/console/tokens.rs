//! API tokens: the organisation's integrations. A new token's secret is shown once, on the page
//! that answers the form; a revoked one stops working at once.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::{ServiceError, tokens};
use crate::state::AppState;
use crate::web::kit::{Item, Layout, OrgForm, OrgPage, Worded, against, failed};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use cohort_domain::access::Role;
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use serde::Deserialize;
use uuid::Uuid;

struct TokenRow {
    id: Uuid,
    name: String,
    role: String,
    created: String,
    expires: String,
    used: String,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "console/tokens.html")]
struct TokensPage {
    layout: Layout,
    slug: String,
    tokens: Vec<TokenRow>,
    roles: Vec<&'static str>,
    typed: TokenForm,
    errors: Vec<Worded>,
    /// A token just made: its name and secret, shown this once.
    secret: Option<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The form that makes a token.
#[derive(Debug, Default, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    /// Days until it stops working; empty for never.
    #[serde(default)]
    expires_in_days: String,
}

async fn render(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    typed: TokenForm,
    (status, errors): (StatusCode, Vec<Worded>),
    secret: Option<(String, String)>,
    notice: Option<String>,
) -> Response {
    let lang = layout.lang;
    let listed = state.store.api_tokens_page(caller.org.id, PageRequest { limit: 200, after: None }).await;
    let tokens = match listed {
        Ok(page) => page.items,
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    let when = |at: Option<chrono::DateTime<Utc>>, none: &str| {
        at.map_or_else(|| layout.t(none), |at| crate::i18n::date_time(lang, at))
    };
    let tokens = tokens
        .into_iter()
        .rev()
        .map(|t| TokenRow {
            id: t.id,
            revoked: t.revoked_at.is_some(),
            created: crate::i18n::date_time(lang, t.created_at),
            expires: when(t.expires_at, "console-tokens-never"),
            used: when(t.last_used_at, "console-tokens-unused"),
            name: t.name,
            role: t.role,
        })
        .collect();
    let roles = Role::ALL.iter().map(|r| r.as_str()).collect();
    let body = TokensPage {
        layout,
        slug: caller.org.slug.clone(),
        tokens,
        roles,
        typed,
        errors,
        secret,
        notice,
        alert: None,
    };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/api-tokens`.
pub async fn tokens_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let notice = done(&layout, said.done.as_deref(), &["revoked"]);
    render(&state, &caller, layout, TokenForm::default(), (StatusCode::OK, Vec::new()), None, notice).await
}

/// `POST /orgs/{org}/console/api-tokens`: makes a token and shows its secret once.
pub async fn create_token(
    State(state): State<AppState>,
    OrgForm { caller, form, layout, .. }: OrgForm<Admins, TokenForm>,
) -> Response {
    let made = async {
        let expires_at = match form.expires_in_days.trim() {
            "" => None,
            days => match days.parse::<u16>() {
                Ok(days @ 1..=36_500) => Some(Utc::now() + Duration::days(i64::from(days))),
                _ => return Err(ServiceError::invalid("expires_in_days", problem::between(1, 36_500))),
            },
        };
        let creator = caller.principal.user().map(|u| u.id);
        tokens::create(
            &state.store,
            &caller.audit(),
            caller.org.id,
            &form.name,
            &form.role,
            expires_at,
            creator,
        )
        .await
    }
    .await;
    match made {
        Ok((token, secret)) => {
            let shown = Some((token.name, secret));
            render(
                &state,
                &caller,
                layout,
                TokenForm::default(),
                (StatusCode::CREATED, Vec::new()),
                shown,
                None,
            )
            .await
        }
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let errors = against(layout.lang, "name", &error);
            render(&state, &caller, layout, form, (status, errors), None, None).await
        }
    }
}

/// The form that revokes a token (it holds only its token).
#[derive(Debug, Deserialize)]
pub struct RevokeForm {}

/// `POST /orgs/{org}/console/api-tokens/{id}/revoke`.
pub async fn revoke_token(
    State(state): State<AppState>,
    Item(id): Item,
    OrgForm { caller, layout, .. }: OrgForm<Admins, RevokeForm>,
) -> Response {
    match tokens::revoke(&state.store, &caller.audit(), caller.org.id, id).await {
        Ok(()) => Redirect::to(&format!("/orgs/{}/console/api-tokens?done=revoked", caller.org.slug))
            .into_response(),
        Err(error) => failed(layout, &error),
    }
}
