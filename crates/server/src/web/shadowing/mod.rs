//! Shadowing requests as a team's lead (or a coordinator) answers them: who wants to visit which
//! team on which day and why, waiting ones first, each with accept and decline. Accepting beyond
//! the team's weekly capacity is refused with the reason.

pub mod mine;

use crate::auth::caller::{Members, Recruiters};
use crate::i18n;
use crate::services::ServiceError;
use crate::services::shadowing::{self, Rotation};
use crate::state::AppState;
use crate::web::kit::in_words;
use crate::web::kit::{Fields, Item, OrgForm, OrgPage};
use crate::web::kit::{Layout, Said, back, field};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cohort_domain::internship::{ShadowingStatus, week_of};
use cohort_domain::phrase::Phrase;
use cohort_store::PageRequest;
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
    coordinator: bool,
    rows: Vec<VisitRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/shadowing`.
pub async fn visits_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let mut requests = shadowing::requests_for(&state.store, &caller.staff(), None).await?;
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
        Ok::<_, ServiceError>(VisitsPage {
            layout,
            slug: caller.org.slug.clone(),
            coordinator: caller.hires(),
            rows: requests
                .into_iter()
                .map(|r| VisitRow {
                    id: r.id,
                    intern: interns.get(&r.intern_id).cloned().unwrap_or_default(),
                    team: teams.get(&r.team_id).cloned().unwrap_or_default(),
                    day: i18n::day(lang, r.on_date),
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
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/shadowing");
    let accept = field(&fields, "accept") == "yes";
    let outcome = shadowing::decide(&state.store, &caller.audit(), &caller.staff(), id, accept).await;
    back(
        lang,
        &here,
        outcome.map(|r| {
            let id = if accept { "visits-accepted" } else { "visits-declined" };
            i18n::t(lang, id, &[("day", i18n::day(lang, r.on_date).into())])
        }),
    )
}

/// What the rotation planner is asked (all empty: just the form).
#[derive(Debug, Default, serde::Deserialize)]
pub struct RotationQuery {
    #[serde(default)]
    program: String,
    #[serde(default)]
    first_week: String,
    #[serde(default)]
    weeks: String,
}

struct RotationRow {
    intern: String,
    /// The team visited each week, or empty.
    teams: Vec<String>,
}

#[derive(Template)]
#[template(path = "rotation.html")]
struct RotationPage {
    layout: Layout,
    slug: String,
    programs: Vec<(Uuid, String)>,
    program: String,
    first_week: String,
    weeks: String,
    /// The Mondays of the plan, and a row per intern.
    columns: Vec<String>,
    rows: Vec<RotationRow>,
    fairness: String,
    alert: Option<String>,
}

/// `GET /orgs/{org}/shadowing/rotation`: coordinators propose who shadows which team in which
/// week (`program`, `first_week`, `weeks`). Nothing is booked: interns ask for the visits.
pub async fn rotation_page(
    State(state): State<AppState>,
    Query(query): Query<RotationQuery>,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let lang = layout.lang;
    let say = |id: &str| i18n::t(lang, id, &[]);
    let built = async {
        let programs =
            state.store.programs_page(caller.org.id, PageRequest { limit: 100, after: None }).await?.items;
        let mut page = RotationPage {
            layout,
            slug: caller.org.slug.clone(),
            program: query.program.clone(),
            first_week: if query.first_week.is_empty() {
                programs.first().map(|p| p.draft.starts_on.to_string()).unwrap_or_default()
            } else {
                query.first_week.clone()
            },
            weeks: if query.weeks.is_empty() { "4".into() } else { query.weeks.clone() },
            programs: programs.into_iter().map(|p| (p.id, p.draft.name)).collect(),
            columns: Vec::new(),
            rows: Vec::new(),
            fairness: String::new(),
            alert: None,
        };
        if query.program.is_empty() {
            return Ok::<_, ServiceError>((StatusCode::OK, page));
        }
        let asked = async {
            let body = Rotation {
                program_id: Uuid::parse_str(&query.program).map_err(|_| {
                    ServiceError::invalid("program", Phrase::new("rotation-choose-programme"))
                })?,
                first_week: query
                    .first_week
                    .parse()
                    .map_err(|_| ServiceError::invalid("first_week", Phrase::new("rotation-a-date")))?,
                weeks: query
                    .weeks
                    .parse()
                    .map_err(|_| ServiceError::invalid("weeks", Phrase::new("rotation-a-number-of-weeks")))?,
            };
            // Every week asked for is a column, with a visit or not.
            let monday = week_of(body.first_week);
            let weeks: Vec<_> =
                (0..u64::from(body.weeks)).map(|w| monday + chrono::Days::new(7 * w)).collect();
            Ok::<_, ServiceError>((weeks, shadowing::plan_rotation(&state.store, caller.org.id, body).await?))
        }
        .await;
        match asked {
            Ok((weeks, plan)) => {
                let mut rows: HashMap<Uuid, RotationRow> = HashMap::new();
                for visit in &plan.visits {
                    let row = rows.entry(visit.intern_id).or_insert_with(|| RotationRow {
                        intern: visit.intern_name.clone(),
                        teams: vec![String::new(); weeks.len()],
                    });
                    if let Some(week) = weeks.iter().position(|w| *w == visit.week_of) {
                        row.teams[week] = visit.team_name.clone();
                    }
                }
                page.columns = weeks
                    .iter()
                    .map(|w| i18n::t(lang, "rotation-week-of", &[("date", i18n::date(lang, *w).into())]))
                    .collect();
                page.rows = rows.into_values().collect();
                page.rows.sort_by(|a, b| a.intern.cmp(&b.intern));
                page.fairness = if plan.visits.is_empty() {
                    say("rotation-nothing-fits")
                } else {
                    let (fewest, most) = (plan.fewest_visits, plan.most_visits);
                    let same = if fewest == most { "yes" } else { "no" };
                    i18n::t(
                        lang,
                        "rotation-fairness",
                        &[("fewest", fewest.into()), ("most", most.into()), ("same", same.into())],
                    )
                };
                Ok((StatusCode::OK, page))
            }
            Err(error @ ServiceError::Invalid(_)) => {
                page.alert = Some(in_words(lang, &error));
                Ok((StatusCode::UNPROCESSABLE_ENTITY, page))
            }
            Err(error) => Err(error),
        }
    }
    .await;
    match built {
        Ok((status, body)) => (status, super::page(body.render())).into_response(),
        Err(error) => super::kit::failed(Layout::anonymous(), &error),
    }
}
