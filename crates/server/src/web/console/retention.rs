//! The retention policy: how long the organisation keeps applicants' data, within the law's
//! bounds, and whose data goes in the next 30 days.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::{ServiceError, privacy, settings};
use crate::state::AppState;
use crate::web::kit::{Layout, OrgForm, OrgPage, Worded, against, failed};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::retention::{Policy, Rule};
use cohort_domain::validation::{FieldError, problem};
use serde::Deserialize;

struct DueRow {
    name: String,
    applications: usize,
    when: String,
    rule: &'static str,
}

#[derive(Template)]
#[template(path = "console/retention.html")]
struct RetentionPage {
    layout: Layout,
    slug: String,
    typed: RetentionForm,
    due: Vec<DueRow>,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The policy's form: days for each rule, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct RetentionForm {
    #[serde(default)]
    after_procedure_days: String,
    #[serde(default)]
    with_consent_days: String,
    #[serde(default)]
    after_internship_days: String,
}

fn rule_label(rule: Rule) -> &'static str {
    match rule {
        Rule::AfterProcedure => "console-retention-rule-after-procedure",
        Rule::WithConsent => "console-retention-rule-with-consent",
        Rule::ConsentWithdrawn => "console-retention-rule-consent-withdrawn",
        Rule::AfterInternship => "console-retention-rule-after-internship",
    }
}

async fn render(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    typed: Option<RetentionForm>,
    (status, errors): (StatusCode, Vec<Worded>),
    notice: Option<String>,
) -> Response {
    let found = async {
        let policy = state.store.retention_policy(caller.org.id).await?;
        let due = privacy::due_erasures(&state.store, caller.org.id, 30).await?;
        Ok::<_, ServiceError>((policy, due))
    }
    .await;
    let (policy, due) = match found {
        Ok(found) => found,
        Err(error) => return failed(layout, &error),
    };
    let typed = typed.unwrap_or_else(|| RetentionForm {
        after_procedure_days: policy.after_procedure_days.to_string(),
        with_consent_days: policy.with_consent_days.to_string(),
        after_internship_days: policy.after_internship_days.to_string(),
    });
    let due = due
        .into_iter()
        .map(|d| DueRow {
            name: d.name,
            applications: d.applications,
            when: crate::i18n::date_time(layout.lang, d.erase_at),
            rule: rule_label(d.rule),
        })
        .collect();
    let body =
        RetentionPage { layout, slug: caller.org.slug.clone(), typed, due, errors, notice, alert: None };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/retention`.
pub async fn retention_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let notice = done(&layout, said.done.as_deref(), &["retention-saved"]);
    render(&state, &caller, layout, None, (StatusCode::OK, Vec::new()), notice).await
}

/// `POST /orgs/{org}/console/retention`: a policy within the law's bounds, or each field's
/// problem with what was typed kept.
pub async fn save_retention(
    State(state): State<AppState>,
    OrgForm { caller, form, layout, .. }: OrgForm<Admins, RetentionForm>,
) -> Response {
    let days = |name: &str, typed: &str| {
        typed.trim().parse::<u32>().map_err(|_| FieldError::new(name, problem::of("whole-days")))
    };
    let read = [
        days("after_procedure_days", &form.after_procedure_days),
        days("with_consent_days", &form.with_consent_days),
        days("after_internship_days", &form.after_internship_days),
    ];
    let outcome = match read {
        [Ok(a), Ok(b), Ok(c)] => match Policy::new(a, b, c) {
            Ok(policy) => settings::set_retention(&state.store, &caller.audit(), caller.org.id, policy)
                .await
                .map(|_| ()),
            Err(fields) => Err(ServiceError::Invalid(fields)),
        },
        read => Err(ServiceError::Invalid(read.into_iter().filter_map(Result::err).collect())),
    };
    match outcome {
        Ok(()) => Redirect::to(&format!("/orgs/{}/console/retention?done=retention-saved", caller.org.slug))
            .into_response(),
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let errors = against(layout.lang, "after_procedure_days", &error);
            render(&state, &caller, layout, Some(form), (status, errors), None).await
        }
    }
}
