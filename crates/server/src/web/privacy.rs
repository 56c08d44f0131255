//! The candidate's privacy page: the consents they gave (withdrawn with one button), when and why
//! organisations opened their data, their data to download, and deleting the account.

use super::viewer::{Layout, Member};
use super::{csrf, encode, forbidden, page};
use crate::api::auth::session_cookie;
use crate::app::AppState;
use crate::error::ApiError;
use crate::services::privacy::erase;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_store::erasure::{Scope, Trigger};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

struct ConsentRow {
    id: Uuid,
    organisation: String,
    statement: String,
    given: String,
    withdrawn: Option<String>,
}

struct ViewRow {
    organisation: String,
    at: String,
    what: String,
    why: String,
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    layout: Layout,
    consents: Vec<ConsentRow>,
    views: Vec<ViewRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// What the page is told after a form.
#[derive(Debug, Default, Deserialize)]
pub struct Said {
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me/privacy`.
pub async fn privacy_page(
    State(state): State<AppState>,
    member: Member,
    Query(said): Query<Said>,
) -> Response {
    let built = async {
        let consents = state.store.consents(member.user.id).await?;
        let views = state.store.views_of(member.user.id).await?;
        let ids = consents.iter().map(|c| c.org_id).chain(views.iter().map(|v| v.org_id)).collect();
        let names: HashMap<Uuid, String> =
            state.store.orgs_by_ids(ids).await?.into_iter().map(|o| (o.id, o.name)).collect();
        let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
        Ok::<_, ApiError>(PrivacyPage {
            layout: member.layout(),
            consents: consents
                .iter()
                .map(|c| ConsentRow {
                    id: c.id,
                    organisation: name(&c.org_id),
                    statement: c.purpose.statement().into(),
                    given: super::application::when(c.given_at),
                    withdrawn: c.withdrawn_at.map(super::application::when),
                })
                .collect(),
            views: views
                .iter()
                .map(|v| ViewRow {
                    organisation: name(&v.org_id),
                    at: super::application::when(v.at),
                    what: v.resource.replace('_', " "),
                    why: v.purpose.replace('_', " "),
                })
                .collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(error) => error.into_response(),
    }
}

/// A form with only its token.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default, rename = "_csrf")]
    csrf: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /me/consents/{id}/withdraw`.
pub async fn withdraw_consent(
    State(state): State<AppState>,
    member: Member,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    Form(form): Form<TokenForm>,
) -> Response {
    if !csrf::allowed(&headers, &form.csrf) {
        return forbidden(member.layout());
    }
    match state.store.withdraw_consent(&member.audit(), member.user.id, id).await {
        Ok(_) => Redirect::to(&format!(
            "/me/privacy?notice={}",
            encode("Consent withdrawn: the organisation lets go of your data four weeks after your procedure ended.")
        ))
        .into_response(),
        Err(error) => {
            let error = ApiError::from(error);
            Redirect::to(&format!("/me/privacy?alert={}", encode(error.detail()))).into_response()
        }
    }
}

/// `POST /me/delete`: deletes the account and everything held about the person, once they
/// typed DELETE to confirm.
pub async fn delete_account(
    State(state): State<AppState>,
    member: Member,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    if !csrf::allowed(&headers, &form.csrf) {
        return forbidden(member.layout());
    }
    if form.confirm.trim() != "DELETE" {
        return Redirect::to(&format!(
            "/me/privacy?alert={}",
            encode("Type DELETE to confirm; nothing was deleted.")
        ))
        .into_response();
    }
    let erased = erase(
        &state.store,
        &state.blobs,
        &member.audit(),
        member.user.id,
        Scope::Everywhere,
        Trigger::Request,
    )
    .await;
    match erased {
        Ok(_) => match session_cookie(&state, "", 0) {
            Ok(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to("/jobs?deleted=1")).into_response(),
            Err(error) => error.into_response(),
        },
        Err(error) => {
            let error = ApiError::from(error);
            Redirect::to(&format!("/me/privacy?alert={}", encode(error.detail()))).into_response()
        }
    }
}
