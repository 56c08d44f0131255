//! The onboarding template: the checklist every intern hired from now on gets — each task, who
//! does it (the intern, a recruiter, the mentor, the team lead) and on which day it is due.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::i18n;
use crate::services::{ServiceError, internship};
use crate::state::AppState;
use crate::web::kit::{Fields, Layout, OrgForm, OrgPage, Worded, against, failed, field, status_of};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::internship::onboarding::{Owner, TemplateTask};
use cohort_domain::validation::{FieldError, problem};

/// Empty rows offered for new tasks.
const NEW_ROWS: usize = 3;

/// One task's row, as typed or stored.
struct TaskRow {
    title: String,
    description: String,
    owner: String,
    due_day: String,
}

#[derive(Template)]
#[template(path = "console/onboarding.html")]
struct OnboardingPage {
    layout: Layout,
    slug: String,
    rows: Vec<TaskRow>,
    owners: Vec<&'static str>,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

impl OnboardingPage {
    /// The catalogue key of an owner's name.
    fn owner_key(&self, owner: &str) -> String {
        format!("console-owner-{owner}")
    }
}

fn render(
    layout: Layout,
    slug: &str,
    mut rows: Vec<TaskRow>,
    (status, errors): (StatusCode, Vec<Worded>),
    notice: Option<String>,
) -> Response {
    rows.extend((0..NEW_ROWS).map(|_| TaskRow {
        title: String::new(),
        description: String::new(),
        owner: Owner::Intern.as_str().to_owned(),
        due_day: String::new(),
    }));
    let owners = Owner::ALL.iter().map(|o| o.as_str()).collect();
    let body = OnboardingPage { layout, slug: slug.to_owned(), rows, owners, errors, notice, alert: None };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/onboarding`.
pub async fn onboarding_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let tasks = match state.store.onboarding_template(caller.org.id).await {
        Ok(tasks) => tasks,
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    let rows = tasks
        .into_iter()
        .map(|t| TaskRow {
            title: t.title,
            description: t.description,
            owner: t.owner.as_str().to_owned(),
            due_day: t.due_day.to_string(),
        })
        .collect();
    let notice = done(&layout, said.done.as_deref(), &["onboarding-saved"]);
    render(layout, &caller.org.slug, rows, (StatusCode::OK, Vec::new()), notice)
}

/// The rows as typed: `task_<n>_title`, `_description`, `_owner`, `_due_day`; a row without a
/// title is left out.
fn typed(fields: &[(String, String)]) -> Vec<TaskRow> {
    (0..60)
        .map(|n| {
            let get = |part: &str| field(fields, &format!("task_{n}_{part}")).to_owned();
            TaskRow {
                title: get("title"),
                description: get("description"),
                owner: get("owner"),
                due_day: get("due_day"),
            }
        })
        .filter(|row| !row.title.trim().is_empty())
        .collect()
}

/// The tasks the rows describe, or each row's problem by its number.
fn tasks(rows: &[TaskRow]) -> Result<Vec<TemplateTask>, Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut tasks = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let owner = Owner::parse(&row.owner);
        let due_day = row.due_day.trim().parse::<i32>();
        if owner.is_none() {
            problems.push(FieldError::new(format!("tasks[{i}].owner"), problem::of("task-owner")));
        }
        if due_day.is_err() {
            problems.push(FieldError::new(format!("tasks[{i}].due_day"), problem::of("due-day")));
        }
        if let (Some(owner), Ok(due_day)) = (owner, due_day) {
            tasks.push(TemplateTask {
                title: row.title.clone(),
                description: row.description.clone(),
                owner,
                due_day,
            });
        }
    }
    if problems.is_empty() { Ok(tasks) } else { Err(problems) }
}

/// The refusal's lines, each task's problem named by its number ("Task 2 — Due day: …").
fn worded(lang: i18n::Lang, error: &ServiceError) -> Vec<Worded> {
    against(lang, "task_0_title", error)
        .into_iter()
        .map(|mut w| {
            if let Some(n) =
                w.field.strip_prefix("tasks[").and_then(|r| r.split(']').next()?.parse::<usize>().ok())
            {
                let part = w.field.rsplit('.').next().unwrap_or("title").to_owned();
                w.label = format!(
                    "{} — {}",
                    i18n::t(lang, "console-onboarding-task-n", &[("n", (n + 1).into())]),
                    w.label
                );
                w.field = format!("task_{n}_{part}");
            }
            w
        })
        .collect()
}

/// `POST /orgs/{org}/console/onboarding`: the rows, saved as the new template; a refusal keeps
/// every row as typed.
pub async fn save_onboarding(
    State(state): State<AppState>,
    OrgForm { caller, form: Fields(fields), layout, .. }: OrgForm<Admins, Fields>,
) -> Response {
    let rows = typed(&fields);
    let saved = match tasks(&rows) {
        Ok(tasks) => internship::set_onboarding_template(&state.store, &caller.audit(), caller.org.id, tasks)
            .await
            .map(|_| ()),
        Err(problems) => Err(ServiceError::Invalid(problems)),
    };
    match saved {
        Ok(()) => {
            Redirect::to(&format!("/orgs/{}/console/onboarding?done=onboarding-saved", caller.org.slug))
                .into_response()
        }
        Err(error) => {
            let errors = worded(layout.lang, &error);
            render(layout, &caller.org.slug, rows, (status_of(&error), errors), None)
        }
    }
}
