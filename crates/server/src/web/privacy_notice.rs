//! The privacy notice beside every application form: who decides what happens with an
//! applicant's data (the organisation), what it asks for and why, who sees it, how long the
//! organisation keeps it (its own retention policy) and the applicant's rights.

use super::kit::{Item, Layout, Viewer, failed};
use super::page;
use crate::services::jobs::{self, PrivacyNotice};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

#[derive(Template)]
#[template(path = "privacy_notice.html")]
struct NoticePage {
    layout: Layout,
    notice: PrivacyNotice,
}

/// `GET /jobs/{id}/privacy`: the notice an application to this vacancy consents to.
pub async fn notice_page(State(state): State<AppState>, viewer: Viewer, Item(id): Item) -> Response {
    match jobs::privacy_notice(&state.store, id).await {
        Ok(notice) => {
            let viewer = viewer.reading(&notice.job.org);
            let layout = viewer.layout();
            viewer.csrf.attach(page(NoticePage { layout, notice }.render()))
        }
        Err(crate::services::ServiceError::NotFound) => super::kit::job_not_found(viewer.layout()),
        Err(error) => failed(viewer.layout(), &error),
    }
}
