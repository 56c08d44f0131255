//! The interviewer's page: the interviews they sit on, soonest first, each with the candidate,
//! the time and the link; for a held interview, the scorecard form (one rating per attribute of
//! the stage's kit, a recommendation, notes), sent once.

use super::application::when;
use super::board::org_page;
use super::viewer::{Layout, Said, back};
use super::{csrf, forbidden};
use crate::api::scorecards::{kit_of_interview, submit};
use crate::app::AppState;
use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::ApiError;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use cohort_domain::scheduling::InterviewStatus;
use cohort_domain::scorecard::{Recommendation, Scorecard};
use cohort_store::PageRequest;
use cohort_store::interviews::InterviewFilter;
use uuid::Uuid;

struct Row {
    id: Uuid,
    candidate: String,
    what: String,
    at: String,
    link: String,
    kit: Vec<String>,
    scored: bool,
    held: bool,
}

#[derive(Template)]
#[template(path = "interviewer.html")]
struct InterviewerPage {
    layout: Layout,
    slug: String,
    rows: Vec<Row>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/my-interviews`.
pub async fn interviews_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(said): Query<Said>,
    caller: Result<OrgCaller<Members>, ApiError>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}/my-interviews")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let built = async {
        let me = caller.user_id().ok_or_else(ApiError::not_found)?;
        let filter = InterviewFilter { panelist: Some(me), ..Default::default() };
        let mut interviews = state
            .store
            .org_interviews(caller.org.id, &filter, PageRequest { limit: 50, after: None })
            .await?
            .items;
        interviews.retain(|i| i.status == InterviewStatus::Booked);
        interviews.sort_by_key(|i| i.time.map(|t| t.start));
        let mut rows = Vec::new();
        for i in interviews {
            let application = state.store.org_application(caller.org.id, i.application_id).await?;
            let scored = state
                .store
                .scorecards_of(i.application_id)
                .await?
                .iter()
                .any(|c| c.interview_id == i.id && c.interviewer_id == me);
            let (_, kit) = kit_of_interview(&state, caller.org.id, me, i.id).await?;
            rows.push(Row {
                id: i.id,
                candidate: application.map(|a| a.profile.name).unwrap_or_default(),
                what: format!("{} ({} min)", i.kind.as_str().replace('_', " "), i.minutes),
                at: i.time.map(|t| when(t.start)).unwrap_or_default(),
                link: i.video_url.clone().or(i.location.clone()).unwrap_or_default(),
                held: i.time.is_some_and(|t| t.start <= chrono::Utc::now()),
                kit,
                scored,
            });
        }
        Ok::<_, ApiError>(InterviewerPage {
            layout: Layout::for_org(&caller, &headers),
            slug: caller.org.slug.clone(),
            rows,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/interviews/{id}/scorecard`: `rating_<attribute>`, `recommendation`,
/// `notes`.
pub async fn send_scorecard(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, Uuid)>,
    caller: Result<OrgCaller<Members>, ApiError>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}/my-interviews")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    if !csrf::allowed(&headers, field(csrf::FIELD)) {
        return forbidden(Layout::for_org(&caller, &headers));
    }
    let outcome = async {
        let me = caller.user_id().ok_or_else(ApiError::not_found)?;
        let ratings = super::viewer::scores(&fields, "rating_");
        let recommendation = Recommendation::parse(field("recommendation"))
            .ok_or_else(|| ApiError::invalid("recommendation", "choose a recommendation"))?;
        let card = Scorecard { ratings, recommendation, notes: field("notes").trim().to_owned() };
        submit(&state, &caller.audit(), caller.org.id, me, id, card).await?;
        Ok::<_, ApiError>(())
    }
    .await;
    let base = format!("/orgs/{}/my-interviews", caller.org.slug);
    match outcome {
        Err(error) if error.status() == StatusCode::NOT_FOUND => StatusCode::NOT_FOUND.into_response(),
        outcome => back(&base, outcome.map(|()| "Scorecard sent.".to_owned())),
    }
}
