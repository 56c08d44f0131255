//! The intern's page: their team, dates and mentor, and the onboarding checklist — each task
//! with its owner and due date, and the intern's own tasks marked done here.

use super::kit::{Layout, Member, Said, back};
use super::kit::{MemberForm, failed};
use super::page;
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::internship::{self, own_intern};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use cohort_domain::internship::onboarding::{self, Owner, Parts, TaskState};
use cohort_domain::refusal::Refusal;
use serde::Deserialize;
use uuid::Uuid;

struct TaskRow {
    id: Uuid,
    title: String,
    description: String,
    owner: &'static str,
    due: String,
    state: &'static str,
    mine: bool,
}

#[derive(Template)]
#[template(path = "internship.html")]
struct InternshipPage {
    layout: Layout,
    organisation: String,
    team: String,
    mentor: String,
    period: String,
    /// "Onboarding: 3 of 8 done, 1 overdue".
    onboarding: String,
    done: u32,
    total: u32,
    tasks: Vec<TaskRow>,
    m: super::mentorship::Mentorship,
    notice: Option<String>,
    alert: Option<String>,
}

/// An internship's first and last day, in words.
pub fn period(lang: Lang, from: NaiveDate, until: NaiveDate) -> String {
    i18n::t(
        lang,
        "internship-period",
        &[("from", i18n::date(lang, from).into()), ("until", i18n::date(lang, until).into())],
    )
}

/// `GET /me/internship`.
pub async fn internship_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let lang = member.lang;
    let built = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let org =
            state.store.orgs_by_ids(vec![intern.org_id]).await?.pop().map(|o| o.name).unwrap_or_default();
        let team = match intern.team_id {
            Some(id) => state.store.team(intern.org_id, id).await?.map(|t| t.name),
            None => None,
        };
        let mentor = match intern.mentor_id {
            Some(id) => state.store.user_names(vec![id]).await?.remove(&id),
            None => None,
        };
        let tasks = state.store.onboarding_tasks(intern.id).await?;
        let today = chrono::Utc::now().date_naive();
        let progress = internship::progress(&tasks, today);
        Ok::<_, ServiceError>(InternshipPage {
            layout: member.layout(),
            organisation: org,
            team: team.unwrap_or_else(|| i18n::t(lang, "internship-not-placed", &[])),
            mentor: mentor.unwrap_or_else(|| i18n::t(lang, "internship-not-matched", &[])),
            period: period(lang, intern.starts_on, intern.ends_on),
            onboarding: i18n::t(
                lang,
                "internship-onboarding",
                &[
                    ("done", progress.done.into()),
                    ("total", progress.total.into()),
                    ("overdue", progress.overdue.into()),
                ],
            ),
            done: progress.done,
            total: progress.total,
            tasks: tasks
                .into_iter()
                .map(|t| {
                    let state = onboarding::state(t.due_on, t.done_at.is_some(), today);
                    TaskRow {
                        id: t.id,
                        title: t.title,
                        description: t.description,
                        owner: t.owner.as_str(),
                        due: i18n::date(lang, t.due_on),
                        state: state.as_str(),
                        mine: t.owner == Owner::Intern && state != TaskState::Done,
                    }
                })
                .collect(),
            m: super::mentorship::mentorship(
                &state,
                &intern,
                "/me/internship".into(),
                Some(cohort_domain::internship::evaluation::Author::Intern),
                lang,
            )
            .await?,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(ServiceError::Refused(Refusal::NotAnIntern)) => Redirect::to("/me").into_response(),
        Err(error) => failed(member.layout(), &error),
    }
}

/// A task the intern marks done.
#[derive(Debug, Deserialize)]
pub struct DoneForm {
    task_id: Uuid,
}

/// `POST /me/internship/tasks`.
pub async fn complete_task(
    State(state): State<AppState>,
    MemberForm { member, form }: MemberForm<DoneForm>,
) -> Response {
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let parts = Parts { intern: true, ..Parts::default() };
        let by = Some(member.user.id);
        let task =
            internship::finish_task(&state.store, &member.audit(), &intern, form.task_id, parts, by).await?;
        Ok::<_, ServiceError>(task.title)
    }
    .await;
    match outcome {
        Err(ServiceError::NotFound | ServiceError::Refused(Refusal::NotAnIntern)) => {
            Redirect::to("/me/internship").into_response()
        }
        outcome => back(
            member.lang,
            "/me/internship",
            outcome.map(|title| i18n::t(member.lang, "internship-task-done", &[("title", title.into())])),
        ),
    }
}
