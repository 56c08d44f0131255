//! The recruiter's pages: their organisations, an organisation's vacancies, and the pipeline
//! board of a vacancy — one column per stage, a card per application with the candidate's name,
//! match score and days in the stage, moved with buttons (a reason when rejecting). A card that
//! someone else moved first is not moved again: the board says so and shows where it is now.

use super::viewer::{Layout, Member};
use super::{csrf, forbidden, page};
use crate::api::pipeline::TransitionBody;
use crate::app::AppState;
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::ApiError;
use crate::services::applications::move_application;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use cohort_domain::pipeline::{StageKind, Status};
use cohort_store::PageRequest;
use cohort_store::applications::{ApplicationFilter, ApplicationOrder};
use serde::Deserialize;
use uuid::Uuid;

/// An organisation page's caller, or the page a person should see instead: sign in first, or
/// "not found" (another organisation's pages do not exist for them).
pub fn org_page<R: crate::auth::caller::RoleSet>(
    caller: Result<OrgCaller<R>, ApiError>,
    here: &str,
) -> Result<OrgCaller<R>, Box<Response>> {
    caller.map_err(|error| {
        Box::new(match error.status() {
            StatusCode::UNAUTHORIZED => {
                Redirect::to(&format!("/login?next={}", super::encode(here))).into_response()
            }
            _ => (StatusCode::NOT_FOUND, "Not found").into_response(),
        })
    })
}

/// A form posted to an organisation's page about one item: the admitted caller and the item's
/// id, or the answer instead (sign in first, 403 without the form's token, 404 for a bad id).
pub fn org_form<R: crate::auth::caller::RoleSet>(
    caller: Result<OrgCaller<R>, ApiError>,
    headers: &HeaderMap,
    here: &str,
    id: &str,
    token: &str,
) -> Result<(OrgCaller<R>, Uuid), Box<Response>> {
    let caller = org_page(caller, here)?;
    if !csrf::allowed(headers, token) {
        return Err(Box::new(forbidden(Layout::for_org(&caller, headers))));
    }
    let id = Uuid::parse_str(id).map_err(|_| Box::new(StatusCode::NOT_FOUND.into_response()))?;
    Ok((caller, id))
}

struct OrgLink {
    slug: String,
    name: String,
    hiring: bool,
}

#[derive(Template)]
#[template(path = "orgs.html")]
struct OrgsPage {
    layout: Layout,
    orgs: Vec<OrgLink>,
}

/// `GET /orgs`: the organisations the person works for.
pub async fn orgs_page(State(state): State<AppState>, member: Member) -> Response {
    let orgs = async {
        let memberships = state.store.memberships_of(member.user.id).await?;
        let orgs = state.store.orgs_by_ids(memberships.iter().map(|m| m.org_id).collect()).await?;
        Ok::<_, cohort_store::StoreError>((memberships, orgs))
    }
    .await;
    match orgs {
        Ok((memberships, orgs)) => {
            let hiring = |org_id| {
                memberships.iter().any(|m| {
                    m.org_id == org_id
                        && m.role
                            .parse::<cohort_domain::access::Role>()
                            .is_ok_and(|r| cohort_domain::access::roles::HIRING.contains(&r))
                })
            };
            let orgs = orgs
                .into_iter()
                .map(|o| OrgLink { hiring: hiring(o.id), slug: o.slug, name: o.name })
                .collect();
            let layout = member.layout();
            member.csrf.attach(page(OrgsPage { layout, orgs }.render()))
        }
        Err(error) => ApiError::from(error).into_response(),
    }
}

struct VacancyLink {
    id: Uuid,
    title: String,
    status: String,
    active: u64,
}

#[derive(Template)]
#[template(path = "org_home.html")]
struct OrgHomePage {
    layout: Layout,
    slug: String,
    name: String,
    vacancies: Vec<VacancyLink>,
}

/// `GET /orgs/{org}`: the organisation's vacancies, each with its board.
pub async fn org_home(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    caller: Result<OrgCaller<Recruiters>, ApiError>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let found = async {
        let vacancies = state
            .store
            .vacancies_page(caller.org.id, None, None, PageRequest { limit: 100, after: None })
            .await?;
        let active = state.store.active_counts(caller.org.id).await?;
        let links: Vec<VacancyLink> = vacancies
            .items
            .into_iter()
            .map(|v| VacancyLink {
                active: active.get(&v.id).copied().unwrap_or(0),
                id: v.id,
                title: v.draft.title.clone(),
                status: v.status.as_str().into(),
            })
            .collect();
        Ok::<_, ApiError>(links)
    }
    .await;
    match found {
        Ok(vacancies) => page(
            OrgHomePage {
                layout: Layout::for_org(&caller, &headers),
                slug: caller.org.slug.clone(),
                name: caller.org.name.clone(),
                vacancies,
            }
            .render(),
        ),
        Err(error) => error.into_response(),
    }
}

struct Card {
    id: Uuid,
    version: i32,
    name: String,
    match_score: u32,
    days: i64,
    at_decision: bool,
    can_advance: bool,
}

struct Column {
    key: String,
    name: String,
    cards: Vec<Card>,
}

#[derive(Template)]
#[template(path = "board.html")]
struct BoardPage {
    layout: Layout,
    slug: String,
    vacancy_id: Uuid,
    title: String,
    columns: Vec<Column>,
    reasons: Vec<String>,
    notice: Option<String>,
    alert: Option<String>,
    closed: usize,
}

/// What the board is told after a move.
#[derive(Debug, Default, Deserialize)]
pub struct BoardQuery {
    moved: Option<String>,
    stale: Option<String>,
    refused: Option<String>,
    /// After a bulk rejection: what happened.
    notice: Option<String>,
    /// Or why nothing did.
    alert: Option<String>,
}

/// `GET /orgs/{org}/vacancies/{id}/board`.
pub async fn board_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<BoardQuery>,
    caller: Result<OrgCaller<Recruiters>, ApiError>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}/vacancies/{id}/board")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let Ok(vacancy_id) = Uuid::parse_str(&id) else { return StatusCode::NOT_FOUND.into_response() };
    let built = async {
        let vacancy = state.store.vacancy(caller.org.id, vacancy_id).await?.ok_or_else(ApiError::not_found)?;
        let filter = ApplicationFilter { vacancy_id: Some(vacancy_id), ..Default::default() };
        let applications = state
            .store
            .org_applications(caller.org.id, &filter, ApplicationOrder::BestMatch, PageRequest { limit: 1000, after: None })
            .await?
            .items;
        let entered = state.store.stage_entered_at(applications.iter().map(|a| a.id).collect()).await?;
        let now = Utc::now();
        let stages = vacancy.pipeline.stages();
        let mut columns: Vec<Column> =
            stages.iter().map(|s| Column { key: s.key.clone(), name: s.name.clone(), cards: vec![] }).collect();
        let mut closed = 0;
        for a in &applications {
            let shown = matches!(a.status, Status::Active | Status::Hired);
            let Some(column) = columns.iter_mut().find(|c| c.key == a.stage).filter(|_| shown) else {
                closed += 1;
                continue;
            };
            let kind = stages.iter().find(|s| s.key == a.stage).map(|s| s.kind);
            let since = entered.get(&a.id).copied().unwrap_or(a.created_at);
            column.cards.push(Card {
                id: a.id,
                version: a.version,
                name: a.profile.name.clone(),
                match_score: a.match_score,
                days: (now - since).num_days(),
                at_decision: kind == Some(StageKind::Decision),
                can_advance: a.status == Status::Active
                    && !matches!(kind, Some(StageKind::Decision | StageKind::Onboarding)),
            });
        }
        let name_of = |raw: &Option<String>| {
            raw.as_deref().and_then(|id| Uuid::parse_str(id).ok()).and_then(|id| {
                applications.iter().find(|a| a.id == id).map(|a| a.profile.name.clone())
            })
        };
        let notice = name_of(&query.moved).map(|n| {
            let place = applications
                .iter()
                .find(|a| Some(a.id.to_string()) == query.moved)
                .map(|a| match a.status {
                    Status::Rejected => "rejected".to_owned(),
                    _ => format!("in {}", vacancy.pipeline.stage(&a.stage).map_or(a.stage.as_str(), |s| s.name.as_str())),
                })
                .unwrap_or_default();
            format!("{n} is now {place}.")
        });
        let alert = name_of(&query.stale)
            .map(|n| format!("Someone else moved {n}'s card first; nothing was changed. The board shows where it is now."))
            .or_else(|| query.refused.clone().map(|why| format!("Not moved: {why}")))
            .or(query.alert.clone());
        let notice = notice.or(query.notice.clone());
        let reasons = state.store.hiring_settings(caller.org.id).await?.rejection_reasons;
        Ok::<_, ApiError>(BoardPage {
            layout: Layout::for_org(&caller, &headers),
            slug: caller.org.slug.clone(),
            vacancy_id,
            title: vacancy.draft.title.clone(),
            columns,
            reasons,
            notice,
            alert,
            closed,
        })
    }
    .await;
    match built {
        Ok(board) => page(board.render()),
        Err(error) if error.status() == StatusCode::NOT_FOUND => {
            (StatusCode::NOT_FOUND, "Not found").into_response()
        }
        Err(error) => error.into_response(),
    }
}

/// A move from the board.
#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default, rename = "_csrf")]
    csrf: String,
    #[serde(default)]
    version: i32,
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    vacancy: String,
}

/// `POST /orgs/{org}/applications/{id}/move`: moves the card, then back to the board.
pub async fn move_card(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, String)>,
    caller: Result<OrgCaller<Recruiters>, ApiError>,
    Form(form): Form<MoveForm>,
) -> Response {
    let (caller, id) = match org_form(caller, &headers, &format!("/orgs/{slug}"), &id, &form.csrf) {
        Ok(admitted) => admitted,
        Err(response) => return *response,
    };
    let Ok(vacancy) = Uuid::parse_str(&form.vacancy) else { return StatusCode::NOT_FOUND.into_response() };
    let board = format!("/orgs/{}/vacancies/{vacancy}/board", caller.org.slug);
    let body = TransitionBody {
        action: form.action.clone(),
        stage: Some(form.stage.clone()).filter(|s| !s.is_empty()),
        reason: Some(form.reason.clone()).filter(|r| !r.is_empty()),
    };
    let moved = async {
        let requested = body.into_move()?;
        move_application(&state.store, &caller.audit(), caller.org.id, id, form.version, requested).await
    }
    .await;
    match moved {
        Ok(_) => Redirect::to(&format!("{board}?moved={id}#card-{id}")).into_response(),
        Err(error) if error.status() == StatusCode::PRECONDITION_FAILED => {
            Redirect::to(&format!("{board}?stale={id}#card-{id}")).into_response()
        }
        Err(error) if error.status() == StatusCode::NOT_FOUND => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            let why = match error.fields().first() {
                Some(field) => format!("{}: {}", field.field, field.message),
                None => error.detail().to_owned(),
            };
            Redirect::to(&format!("{board}?refused={}", super::encode(&why))).into_response()
        }
    }
}

/// The version of a card as the board showed it.
#[derive(Debug, serde::Deserialize)]
pub struct SeenVersion {
    version: Option<i32>,
}

#[derive(Template)]
#[template(path = "reject.html")]
struct RejectPage {
    layout: Layout,
    slug: String,
    id: Uuid,
    vacancy_id: Uuid,
    version: i32,
    name: String,
    board: String,
    reasons: Vec<String>,
}

/// `GET /orgs/{org}/applications/{id}/reject`: the reject form on a page of its own (the board
/// opens the same form in a dialog where JavaScript runs).
pub async fn reject_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, Uuid)>,
    Query(seen): Query<SeenVersion>,
    caller: Result<OrgCaller<Recruiters>, ApiError>,
) -> Response {
    let caller = match org_page(caller, &format!("/orgs/{slug}/applications/{id}/reject")) {
        Ok(caller) => caller,
        Err(response) => return *response,
    };
    let built = async {
        let a = state.store.org_application(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
        let reasons = state.store.hiring_settings(caller.org.id).await?.rejection_reasons;
        Ok::<_, ApiError>(RejectPage {
            layout: Layout::for_org(&caller, &headers),
            board: format!("/orgs/{}/vacancies/{}/board#card-{id}", caller.org.slug, a.vacancy_id),
            slug: caller.org.slug.clone(),
            id,
            vacancy_id: a.vacancy_id,
            // The version the board showed: a card someone moved since is not rejected blindly.
            version: seen.version.unwrap_or(a.version),
            name: a.profile.name,
            reasons,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/vacancies/{id}/bulk-reject`: `ids` (each card ticked), `reason`.
pub async fn bulk_reject(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((slug, vacancy)): Path<(String, String)>,
    caller: Result<OrgCaller<Recruiters>, ApiError>,
    axum::Form(fields): super::viewer::Posted,
) -> Response {
    let token = super::viewer::field(&fields, csrf::FIELD);
    let (caller, vacancy) = match org_form(caller, &headers, &format!("/orgs/{slug}"), &vacancy, token) {
        Ok(admitted) => admitted,
        Err(response) => return *response,
    };
    let board = format!("/orgs/{}/vacancies/{vacancy}/board", caller.org.slug);
    let outcome = async {
        let application_ids = super::viewer::all_picked(&fields, "ids", "tick the cards to reject")?;
        if application_ids.is_empty() {
            return Err(ApiError::invalid("cards", "tick the cards to reject first"));
        }
        let reason = super::viewer::field(&fields, "reason").to_owned();
        let body = crate::api::pipeline::BulkRejectBody { application_ids, reason };
        let results = crate::api::pipeline::bulk_reject(&state, &caller.audit(), caller.org.id, body).await?;
        let rejected = results.iter().filter(|r| r.outcome == "rejected").count();
        let refused: Vec<String> = results
            .iter()
            .filter(|r| r.outcome != "rejected")
            .map(|r| r.detail.clone().unwrap_or_else(|| r.outcome.replace('_', " ")))
            .collect();
        Ok(match refused.as_slice() {
            [] => format!("Rejected {rejected}; each candidate is told."),
            [why, ..] => format!("Rejected {rejected}; {} not ({why}).", refused.len()),
        })
    }
    .await;
    super::viewer::back(&board, outcome)
}
