//! Hiring settings: the stages every new vacancy starts with, the reasons an application may be
//! rejected with, and whether applicants' public GitHub repositories suggest skills.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::settings;
use crate::state::AppState;
use crate::web::kit::{
    Fields, Layout, OrgForm, OrgPage, StageRow, Worded, against, failed, field, stage_kinds,
};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::vacancy_form;

#[derive(Template)]
#[template(path = "console/hiring.html")]
struct HiringPage {
    layout: Layout,
    slug: String,
    stages: Vec<StageRow>,
    kinds: Vec<&'static str>,
    /// One reason a line.
    reasons: String,
    github: bool,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/console/hiring`.
pub async fn hiring_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let saved = match state.store.hiring_settings(caller.org.id).await {
        Ok(saved) => saved,
        Err(error) => return failed(layout, &crate::services::ServiceError::from(error)),
    };
    let notice = done(&layout, said.done.as_deref(), &["hiring-saved"]);
    let body = HiringPage {
        layout,
        slug: caller.org.slug.clone(),
        stages: StageRow::of(saved.template.stages()),
        kinds: stage_kinds(),
        reasons: saved.rejection_reasons.join("\n"),
        github: saved.github_enrichment,
        errors: Vec::new(),
        notice,
        alert: None,
    };
    page(body.render())
}

/// `POST /orgs/{org}/console/hiring`: the stage rows, `rejection_reasons` (one a line) and
/// `github_enrichment`; a refusal keeps every row and line as typed.
pub async fn save_hiring(
    State(state): State<AppState>,
    OrgForm { caller, form: Fields(fields), layout, .. }: OrgForm<Admins, Fields>,
) -> Response {
    let reasons: Vec<String> = field(&fields, "rejection_reasons")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let github = field(&fields, "github_enrichment") == "on";
    let saved = match vacancy_form::stages(&fields) {
        Ok(stages) => {
            settings::save_hiring(&state.store, &caller.audit(), caller.org.id, stages, &reasons, github)
                .await
                .map(|_| ())
        }
        Err(problems) => Err(crate::services::ServiceError::Invalid(problems)),
    };
    match saved {
        Ok(()) => Redirect::to(&format!("/orgs/{}/console/hiring?done=hiring-saved", caller.org.slug))
            .into_response(),
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let errors = against(layout.lang, "stage_template", &error);
            let body = HiringPage {
                layout,
                slug: caller.org.slug.clone(),
                stages: StageRow::typed(&fields),
                kinds: stage_kinds(),
                reasons: field(&fields, "rejection_reasons").to_owned(),
                github,
                errors,
                notice: None,
                alert: None,
            };
            (status, page(body.render())).into_response()
        }
    }
}
