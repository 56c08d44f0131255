//! E-mail templates: the organisation's own words for each notice, in each language. The editor
//! lists the placeholders the notice allows and previews the text with sample values before it is
//! saved; going back to Cohort's words is one button.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::i18n::Lang;
use crate::services::{ServiceError, settings};
use crate::state::AppState;
use crate::web::kit::{Layout, OrgForm, OrgPage, Worded, against, failed, not_found, status_of};
use crate::web::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::delivery::Notice;
use cohort_domain::email_template::{self, placeholders};
use serde::Deserialize;

struct Row {
    notice: &'static str,
    /// The catalogue key of its name.
    key: String,
    /// Each language: its code, its own name, whether the organisation wrote it.
    languages: Vec<(&'static str, &'static str, bool)>,
}

#[derive(Template)]
#[template(path = "console/emails.html")]
struct ListPage {
    layout: Layout,
    slug: String,
    rows: Vec<Row>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/console/email-templates`: every notice, and whose words each language has.
pub async fn emails_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let all = match settings::email_templates(&state.store, caller.org.id).await {
        Ok(all) => all,
        Err(error) => return failed(layout, &error),
    };
    let mut rows: Vec<Row> = Vec::new();
    for found in all {
        let language = (found.language.code(), found.language.name(), found.custom);
        match rows.last_mut() {
            Some(row) if row.notice == found.notice.as_str() => row.languages.push(language),
            _ => rows.push(Row {
                notice: found.notice.as_str(),
                key: format!("console-notice-{}", found.notice.as_str()),
                languages: vec![language],
            }),
        }
    }
    let notice = done(&layout, said.done.as_deref(), &["template-saved", "template-reset"]);
    page(ListPage { layout, slug: caller.org.slug.clone(), rows, notice, alert: None }.render())
}

#[derive(Template)]
#[template(path = "console/email.html")]
struct EditorPage {
    layout: Layout,
    slug: String,
    notice: &'static str,
    notice_key: String,
    language: &'static str,
    language_name: &'static str,
    placeholders: Vec<String>,
    typed: TemplateForm,
    custom: bool,
    /// The text written out with sample values: subject and paragraphs.
    preview: Option<(String, Vec<String>)>,
    errors: Vec<Worded>,
}

/// The editor's form: the words, and which button was pressed (`preview` or `save`).
#[derive(Debug, Default, Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    intent: String,
}

/// The notice and language of the path, if both exist.
fn chosen(notice: &str, language: &str) -> Option<(Notice, Lang)> {
    Some((email_template::notice(notice)?, Lang::ALL.into_iter().find(|l| l.code() == language)?))
}

fn editor(
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    (notice, language): (Notice, Lang),
    (typed, custom): (TemplateForm, bool),
    preview: Option<(String, Vec<String>)>,
    (status, errors): (StatusCode, Vec<Worded>),
) -> Response {
    let body = EditorPage {
        layout,
        slug: caller.org.slug.clone(),
        notice: notice.as_str(),
        notice_key: format!("console-notice-{}", notice.as_str()),
        language: language.code(),
        language_name: language.name(),
        placeholders: placeholders(notice).iter().map(|p| format!("{{{p}}}")).collect(),
        typed,
        custom,
        preview,
        errors,
    };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/email-templates/{notice}/{language}`: the words in force, to edit.
pub async fn email_page(
    State(state): State<AppState>,
    Path((_, notice, language)): Path<(String, String, String)>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let Some(chosen) = chosen(&notice, &language) else { return not_found(layout) };
    match settings::email_template(&state.store, caller.org.id, chosen.0, chosen.1).await {
        Ok(found) => {
            let typed = TemplateForm {
                subject: found.template.subject,
                body: found.template.body,
                intent: String::new(),
            };
            editor(&caller, layout, chosen, (typed, found.custom), None, (StatusCode::OK, Vec::new()))
        }
        Err(error) => failed(layout, &error),
    }
}

/// `POST /orgs/{org}/console/email-templates/{notice}/{language}`: previews the words typed
/// (nothing saved) or saves them; a refusal keeps what was typed.
pub async fn save_email(
    State(state): State<AppState>,
    Path((_, notice, language)): Path<(String, String, String)>,
    OrgForm { caller, form, layout, .. }: OrgForm<Admins, TemplateForm>,
) -> Response {
    let Some(chosen @ (notice, language)) = chosen(&notice, &language) else { return not_found(layout) };
    let asked = email_template::Template { subject: form.subject.clone(), body: form.body.clone() };
    let custom = match state.store.email_template(caller.org.id, notice.as_str(), language).await {
        Ok(own) => own.is_some(),
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    if form.intent == "preview" {
        let public_url = state.config.public_url();
        return match settings::preview_email_template(&public_url, &caller.org, notice, language, &asked) {
            Ok(preview) => {
                editor(&caller, layout, chosen, (form, custom), Some(preview), (StatusCode::OK, vec![]))
            }
            Err(error) => {
                let errors = against(layout.lang, "body", &error);
                editor(&caller, layout, chosen, (form, custom), None, (status_of(&error), errors))
            }
        };
    }
    match settings::save_email_template(&state.store, &caller.audit(), caller.org.id, notice, language, asked)
        .await
    {
        Ok(_) => {
            Redirect::to(&format!("/orgs/{}/console/email-templates?done=template-saved", caller.org.slug))
                .into_response()
        }
        Err(error) => {
            let errors = against(layout.lang, "body", &error);
            editor(&caller, layout, chosen, (form, custom), None, (status_of(&error), errors))
        }
    }
}

/// The form that goes back to Cohort's words (it holds only its token).
#[derive(Debug, Deserialize)]
pub struct ResetForm {}

/// `POST /orgs/{org}/console/email-templates/{notice}/{language}/reset`.
pub async fn reset_email(
    State(state): State<AppState>,
    Path((_, notice, language)): Path<(String, String, String)>,
    OrgForm { caller, layout, .. }: OrgForm<Admins, ResetForm>,
) -> Response {
    let Some((notice, language)) = chosen(&notice, &language) else { return not_found(layout) };
    match settings::reset_email_template(&state.store, &caller.audit(), caller.org.id, notice, language).await
    {
        Ok(()) => {
            Redirect::to(&format!("/orgs/{}/console/email-templates?done=template-reset", caller.org.slug))
                .into_response()
        }
        Err(error) => failed(layout, &error),
    }
}
