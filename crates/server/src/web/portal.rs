//! The candidate's portal: their applications, each with its stage timeline.

use super::page;
use super::viewer::{Layout, Member};
use crate::api::applications::own_applications;
use crate::app::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use cohort_domain::pipeline::{Progress, Status};
use cohort_store::PageRequest;

/// A stage on an application's timeline, in words.
struct Step {
    name: String,
    progress: &'static str,
    when: String,
}

/// An application as the portal shows it.
struct ApplicationCard {
    vacancy_title: String,
    organisation: String,
    status: &'static str,
    status_words: &'static str,
    steps: Vec<Step>,
    next_stage: Option<String>,
    applied: String,
    cv: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "portal.html")]
struct PortalPage {
    layout: Layout,
    applications: Vec<ApplicationCard>,
}

/// `GET /me`: the signed-in candidate's applications.
pub async fn portal_page(State(state): State<AppState>, member: Member) -> Response {
    let (applications, _) =
        match own_applications(&state.store, member.user.id, PageRequest { limit: 100, after: None }).await {
            Ok(found) => found,
            Err(error) => return error.into_response(),
        };
    let applications = applications
        .into_iter()
        .map(|a| ApplicationCard {
            vacancy_title: a.vacancy_title,
            organisation: a.organisation,
            status: a.status.as_str(),
            status_words: match a.status {
                Status::Active => "In progress",
                Status::Hired => "Hired",
                Status::Rejected => "Not selected",
                Status::Withdrawn => "Withdrawn",
            },
            steps: a
                .timeline
                .into_iter()
                .map(|t| Step {
                    name: t.name,
                    progress: match t.progress {
                        Progress::Passed => "done",
                        Progress::Skipped => "skipped",
                        Progress::Current => "current",
                        Progress::Upcoming => "upcoming",
                    },
                    when: match (t.progress, t.reached_at) {
                        (Progress::Skipped, _) => "skipped".into(),
                        (_, Some(at)) => at.format("%-d %b %Y").to_string(),
                        (_, None) => "to come".into(),
                    },
                })
                .collect(),
            next_stage: a.next_stage,
            applied: a.created_at.format("%-d %B %Y").to_string(),
            cv: a.cv.map(|cv| (cv.filename, cv.href)),
        })
        .collect();
    let layout = member.layout();
    member.csrf.attach(page(PortalPage { layout, applications }.render()))
}
