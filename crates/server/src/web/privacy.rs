//! The candidate's privacy page: the consents they gave (withdrawn with one button), when and why
//! organisations opened their data, their data to download, and deleting the account.

use super::kit::MemberForm;
use super::kit::{Layout, Member, Said, back};
use super::page;
use crate::services::ServiceError;
use crate::services::privacy::erase;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
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

/// `GET /me/privacy`.
pub async fn privacy_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let built = async {
        let consents = state.store.consents(member.user.id).await?;
        let views = state.store.views_of(member.user.id).await?;
        let ids = consents.iter().map(|c| c.org_id).chain(views.iter().map(|v| v.org_id)).collect();
        let names: HashMap<Uuid, String> =
            state.store.orgs_by_ids(ids).await?.into_iter().map(|o| (o.id, o.name)).collect();
        let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
        let lang = member.lang;
        let when = |at| crate::i18n::date_time(lang, at);
        Ok::<_, ServiceError>(PrivacyPage {
            layout: member.layout(),
            consents: consents
                .iter()
                .map(|c| ConsentRow {
                    id: c.id,
                    organisation: name(&c.org_id),
                    statement: crate::i18n::t(
                        lang,
                        "privacy-statement",
                        &[("purpose", c.purpose.as_str().into())],
                    ),
                    given: when(c.given_at),
                    withdrawn: c.withdrawn_at.map(when),
                })
                .collect(),
            views: views
                .iter()
                .map(|v| ViewRow {
                    organisation: name(&v.org_id),
                    at: when(v.at),
                    what: v.resource.clone(),
                    why: v.purpose.clone(),
                })
                .collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(error) => super::kit::failed(member.layout(), &error),
    }
}

/// A form with only its token.
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    confirm: String,
}

/// `POST /me/consents/{id}/withdraw`.
pub async fn withdraw_consent(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, form: _ }: MemberForm<TokenForm>,
) -> Response {
    let withdrawn =
        crate::services::privacy::withdraw_consent(&state.store, &member.audit(), member.user.id, id).await;
    back(member.lang, "/me/privacy", withdrawn.map(|_| crate::i18n::t(member.lang, "privacy-withdrawn", &[])))
}

/// `POST /me/delete`: deletes the account and everything held about the person, once they
/// typed DELETE to confirm.
pub async fn delete_account(
    State(state): State<AppState>,
    MemberForm { member, form }: MemberForm<TokenForm>,
) -> Response {
    if form.confirm.trim() != "DELETE" {
        let alert = crate::i18n::t(member.lang, "privacy-type-delete-alert", &[]);
        return super::kit::telling("/me/privacy", "alert", &alert);
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
        Ok(_) => super::kit::with_session(&state, "", 0, Redirect::to("/jobs?deleted=1").into_response()),
        Err(error) => back(member.lang, "/me/privacy", Err(error.into())),
    }
}
