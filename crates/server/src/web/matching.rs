//! Mentor matching as the coordinator reviews it: propose a matching for a programme, read each
//! proposed pair with its reasons, move an intern to another mentor (or leave them unmatched),
//! and publish — the same service and checks as the API.

use super::kit::{Fields, Item, OrgForm, OrgPage};
use super::kit::{Layout, Said, back, back_unless_stale, chosen, picked, version};
use crate::auth::caller::Recruiters;
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::internship::{self, override_pair, propose_matching};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::matching::Constraints;
use cohort_domain::phrase::Phrase;
use cohort_store::PageRequest;
use std::collections::HashMap;
use uuid::Uuid;

struct Choice {
    id: Uuid,
    name: String,
}

struct MentorRow {
    name: String,
    capacity: u32,
    mentees: u32,
    languages: String,
    skills: String,
}

struct RunLink {
    id: Uuid,
    program: String,
    status: String,
    pairs: usize,
    unmatched: usize,
    created: String,
}

#[derive(Template)]
#[template(path = "matching.html")]
struct MatchingPage {
    layout: Layout,
    slug: String,
    programs: Vec<Choice>,
    runs: Vec<RunLink>,
    mentors: Vec<MentorRow>,
    notice: Option<String>,
    alert: Option<String>,
}

async fn mentor_names(state: &AppState, org_id: Uuid) -> Result<Vec<(Uuid, String, u32, u32)>, ServiceError> {
    let mentors = state.store.mentors(org_id).await?;
    let names = state.store.user_names(mentors.iter().map(|m| m.user_id).collect()).await?;
    Ok(mentors
        .into_iter()
        .map(|m| {
            let name = names.get(&m.user_id).cloned().unwrap_or_default();
            (m.user_id, name, m.draft.capacity, m.mentees)
        })
        .collect())
}

/// `GET /orgs/{org}/matching`: propose a matching; earlier runs; the mentors and their room.
pub async fn matching_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let programs =
            state.store.programs_page(caller.org.id, PageRequest { limit: 100, after: None }).await?.items;
        let titles: HashMap<Uuid, String> = programs.iter().map(|p| (p.id, p.draft.name.clone())).collect();
        let runs = state.store.matching_runs(caller.org.id, 20).await?;
        let mentors = state.store.mentors(caller.org.id).await?;
        let names = state.store.user_names(mentors.iter().map(|m| m.user_id).collect()).await?;
        Ok::<_, ServiceError>(MatchingPage {
            layout,
            slug: caller.org.slug.clone(),
            runs: runs
                .into_iter()
                .map(|r| RunLink {
                    id: r.id,
                    program: titles.get(&r.program_id).cloned().unwrap_or_default(),
                    status: r.status,
                    pairs: r.pairs.len(),
                    unmatched: r.unmatched.len(),
                    created: i18n::date_time(lang, r.created_at),
                })
                .collect(),
            programs: programs.into_iter().map(|p| Choice { id: p.id, name: p.draft.name }).collect(),
            mentors: mentors
                .into_iter()
                .map(|m| MentorRow {
                    name: names.get(&m.user_id).cloned().unwrap_or_default(),
                    capacity: m.draft.capacity,
                    mentees: m.mentees,
                    languages: m.draft.languages.join(", "),
                    skills: m.draft.skills.join(", "),
                })
                .collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// The matching form: the programme, and whether a mentor may be their intern's own team lead.
#[derive(Debug, serde::Deserialize)]
pub struct ProposeForm {
    #[serde(default)]
    program_id: String,
    #[serde(default)]
    not_own_team_lead: String,
}

/// `POST /orgs/{org}/matching`: `program_id`, `not_own_team_lead` — proposes and opens the run.
pub async fn propose(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    OrgForm { caller, form, lang, .. }: OrgForm<Recruiters, ProposeForm>,
) -> Response {
    let here = format!("/orgs/{slug}/matching");
    let outcome = async {
        let Ok(program_id) = Uuid::parse_str(&form.program_id) else {
            return Err(ServiceError::invalid("program_id", Phrase::new("matching-choose-programme")));
        };
        if state.store.program(caller.org.id, program_id).await?.is_none() {
            return Err(ServiceError::invalid("program_id", Phrase::new("matching-no-such-programme")));
        }
        let constraints = Constraints { not_own_team_lead: form.not_own_team_lead == "on" };
        propose_matching(&state.store, &caller.audit(), caller.org.id, program_id, constraints).await
    }
    .await;
    match outcome {
        Ok(run) => super::kit::telling(
            &format!("{here}/{}", run.id),
            "notice",
            &i18n::t(
                lang,
                "matching-proposed",
                &[("pairs", run.pairs.len().into()), ("unmatched", run.unmatched.len().into())],
            ),
        ),
        Err(error) => back(lang, &here, Err(error)),
    }
}

struct Reason {
    points: u32,
    explanation: String,
}

struct PairRow {
    intern_id: Uuid,
    intern: String,
    mentor_id: Option<Uuid>,
    mentor: String,
    score: u32,
    reasons: Vec<Reason>,
}

#[derive(Template)]
#[template(path = "matching_run.html")]
struct RunPage {
    layout: Layout,
    slug: String,
    id: Uuid,
    program: String,
    proposed: bool,
    version: i32,
    total: u32,
    rows: Vec<PairRow>,
    mentors: Vec<Choice>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/matching/{id}`: the pairs with their reasons, to change and publish.
pub async fn run_page(
    State(state): State<AppState>,
    Item(id): Item,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let run = state.store.matching_run(caller.org.id, id).await?.ok_or(ServiceError::NotFound)?;
        let program = state.store.program(caller.org.id, run.program_id).await?.map(|p| p.draft.name);
        let in_run = run.pairs.iter().map(|p| p.intern).chain(run.unmatched.iter().copied()).collect();
        let interns: HashMap<Uuid, String> = state
            .store
            .interns_by_ids(caller.org.id, in_run)
            .await?
            .into_iter()
            .map(|i| (i.id, i.name))
            .collect();
        let mentors = mentor_names(&state, caller.org.id).await?;
        let mentor_name =
            |id: Uuid| mentors.iter().find(|m| m.0 == id).map(|m| m.1.clone()).unwrap_or_default();
        let mut rows: Vec<PairRow> = run
            .pairs
            .iter()
            .map(|p| PairRow {
                intern_id: p.intern,
                intern: interns.get(&p.intern).cloned().unwrap_or_default(),
                mentor_id: Some(p.mentor),
                mentor: mentor_name(p.mentor),
                score: p.score,
                reasons: p
                    .reasons
                    .iter()
                    .map(|r| Reason {
                        points: r.points,
                        explanation: i18n::t(
                            lang,
                            "matching-reason",
                            &[
                                ("factor", r.factor.as_str().into()),
                                ("count", r.shared.len().into()),
                                ("shared", r.shared.join(", ").into()),
                            ],
                        ),
                    })
                    .collect(),
            })
            .collect();
        rows.extend(run.unmatched.iter().map(|i| PairRow {
            intern_id: *i,
            intern: interns.get(i).cloned().unwrap_or_default(),
            mentor_id: None,
            mentor: String::new(),
            score: 0,
            reasons: Vec::new(),
        }));
        Ok::<_, ServiceError>(RunPage {
            layout,
            slug: caller.org.slug.clone(),
            id: run.id,
            program: program.unwrap_or_default(),
            proposed: run.status == "proposed",
            version: run.version,
            total: run.pairs.iter().map(|p| p.score).sum(),
            rows,
            mentors: mentors
                .into_iter()
                .map(|(id, name, capacity, mentees)| Choice {
                    id,
                    name: i18n::t(
                        lang,
                        "matching-mentor-room",
                        &[("name", name.into()), ("mentees", mentees.into()), ("capacity", capacity.into())],
                    ),
                })
                .collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/matching/{id}/pairs`: `intern_id`, `mentor_id` (empty: unmatched),
/// `version`.
pub async fn change_pair(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/matching/{id}");
    let outcome = async {
        let intern_id = picked(&fields, "intern_id", "form-choose-one")?;
        let mentor_id = chosen(&fields, "mentor_id", "form-choose-one")?;
        let version = version(&fields)?;
        override_pair(&state.store, &caller.audit(), caller.org.id, id, version, intern_id, mentor_id)
            .await?;
        Ok(i18n::t(lang, "matching-pair-changed", &[]))
    }
    .await;
    finish(lang, &here, outcome)
}

/// `POST /orgs/{org}/matching/{id}/publish`: `version`.
pub async fn publish(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/matching/{id}");
    let outcome = async {
        let run =
            internship::publish_matching(&state.store, &caller.audit(), caller.org.id, id, version(&fields)?)
                .await?;
        Ok(i18n::t(lang, "matching-published", &[("interns", run.pairs.len().into())]))
    }
    .await;
    finish(lang, &here, outcome)
}

/// Back to the run; a change someone else made first is named as such.
fn finish(lang: Lang, here: &str, outcome: Result<String, ServiceError>) -> Response {
    back_unless_stale(lang, here, outcome, "matching")
}
