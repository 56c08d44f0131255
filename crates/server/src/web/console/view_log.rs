//! The view log: who in the organisation opened which candidate's application or CV, when and
//! why, newest first, a page at a time (what each candidate sees of it on their own data page).

use crate::auth::caller::Admins;
use crate::services::ServiceError;
use crate::state::AppState;
use crate::web::kit::{Layout, OrgPage, failed};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use cohort_store::PageRequest;
use serde::Deserialize;
use uuid::Uuid;

struct Row {
    at: String,
    viewer: String,
    candidate: String,
    resource: String,
    purpose: String,
}

#[derive(Template)]
#[template(path = "console/view_log.html")]
struct ViewLogPage {
    layout: Layout,
    slug: String,
    rows: Vec<Row>,
    next: Option<Uuid>,
}

/// Where the page starts.
#[derive(Debug, Default, Deserialize)]
pub struct Before {
    #[serde(default)]
    before: Option<Uuid>,
}

/// `GET /orgs/{org}/console/view-log`.
pub async fn view_log_page(
    State(state): State<AppState>,
    Query(query): Query<Before>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let found = async {
        let views = state
            .store
            .org_views(caller.org.id, None, PageRequest { limit: 50, after: query.before })
            .await?;
        let names = state.store.user_names(views.items.iter().map(|v| v.candidate_id).collect()).await?;
        Ok::<_, ServiceError>((views, names))
    }
    .await;
    let (views, names) = match found {
        Ok(found) => found,
        Err(error) => return failed(layout, &error),
    };
    let rows = views
        .items
        .into_iter()
        .map(|v| Row {
            at: crate::i18n::date_time(layout.lang, v.at),
            candidate: names.get(&v.candidate_id).cloned().unwrap_or_default(),
            viewer: v.viewer_label,
            resource: v.resource,
            purpose: v.purpose,
        })
        .collect();
    page(ViewLogPage { layout, slug: caller.org.slug.clone(), rows, next: views.next }.render())
}
