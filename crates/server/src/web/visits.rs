//! Shadowing requests as a team's lead (or a coordinator) answers them: who wants to visit which
//! team on which day and why, waiting ones first, each with accept and decline. Accepting beyond
//! the team's weekly capacity is refused with the reason.

use super::board::{org_form, org_page};
use super::viewer::{Layout, Posted, Said, back, field};
use crate::api::shadowing::{decide, requests_for};
use crate::app::AppState;
use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::ApiError;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use cohort_domain::internship::ShadowingStatus;
use std::collections::HashMap;
use uuid::Uuid;

struct VisitRow {
    id: Uuid,
    intern: String,
    team: String,
    day: String,
    note: String,
    status: &'static str,
    pending: bool,
}

#[derive(Template)]
#[template(path = "visits.html")]
struct VisitsPage {
    layout: Layout,
    slug: String,
    rows: Vec<VisitRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/shadowing`.
pub async fn visits_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(said): Query<Said>,
    caller: Result<OrgCaller<Members>, ApiError>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}/shadowing")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let built = async {
        let mut requests = requests_for(&state, &caller, None).await?;
        requests.sort_by_key(|r| (r.status != ShadowingStatus::Pending, r.on_date));
        let teams: HashMap<Uuid, String> =
            state.store.teams(caller.org.id).await?.into_iter().map(|t| (t.id, t.name)).collect();
        let interns: HashMap<Uuid, String> = state
            .store
            .interns_by_ids(caller.org.id, requests.iter().map(|r| r.intern_id).collect())
            .await?
            .into_iter()
            .map(|i| (i.id, i.name))
            .collect();
        Ok::<_, ApiError>(VisitsPage {
            layout: Layout::for_org(&caller, &headers),
            slug: caller.org.slug.clone(),
            rows: requests
                .into_iter()
                .map(|r| VisitRow {
                    id: r.id,
                    intern: interns.get(&r.intern_id).cloned().unwrap_or_default(),
                    team: teams.get(&r.team_id).cloned().unwrap_or_default(),
                    day: r.on_date.format("%A %-d %B %Y").to_string(),
                    pending: r.status == ShadowingStatus::Pending,
                    status: r.status.as_str(),
                    note: r.note,
                })
                .collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/shadowing/{id}/decision`: `accept` (`yes` or `no`).
pub async fn decision(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    caller: Result<OrgCaller<Members>, ApiError>,
    axum::Form(fields): Posted,
) -> Response {
    let here = format!("/orgs/{slug}/shadowing");
    let (caller, id) = match org_form(caller, &headers, &here, &id, field(&fields, super::csrf::FIELD)) {
        Ok(admitted) => admitted,
        Err(response) => return *response,
    };
    let accept = field(&fields, "accept") == "yes";
    let outcome = decide(&state, &caller, id, accept).await;
    back(
        &here,
        outcome.map(|r| {
            format!(
                "{} the visit on {}.",
                if accept { "Accepted" } else { "Declined" },
                r.on_date.format("%A %-d %B")
            )
        }),
    )
}
