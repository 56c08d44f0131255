//! The public job board's pages: `/jobs` (search and list) and `/jobs/{id}` (one vacancy, with
//! its schema.org JobPosting).

use super::job_posting::Posting;
use super::kit::{Layout, Viewer};
use super::{encode, page};
use crate::i18n::{self, Lang};
use crate::markdown::to_safe_html;
use crate::services::ServiceError;
use crate::services::jobs::{self, PublicJob};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use chrono::Utc;
use cohort_domain::vacancy::VacancyDraft;
use cohort_domain::vacancy::WorkMode;
use cohort_store::vacancies::BoardFilter;
use serde::Deserialize;
use uuid::Uuid;

/// What the search form sends. Lenient: a page never answers a person with a JSON error.
#[derive(Debug, Default, Deserialize)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    skill: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    remote: String,
    #[serde(default)]
    org: String,
    cursor: Option<String>,
}

impl SearchForm {
    /// Nothing asked for: the whole board.
    fn is_blank(&self) -> bool {
        [&self.q, &self.skill, &self.location, &self.remote, &self.org].iter().all(|f| f.trim().is_empty())
    }
}

/// A vacancy as a card in the list, with everything already in words.
struct Card {
    id: Uuid,
    /// The language the title is in.
    language: &'static str,
    title: String,
    organisation: String,
    place: String,
    period: String,
    hours: u32,
    stipend: Option<String>,
    skills: Vec<String>,
    closes_on: String,
}

impl Card {
    /// The card of a vacancy, in the reader's language.
    fn of(job: &PublicJob, lang: Lang) -> Self {
        let d = &job.vacancy.draft;
        let program = &job.program.draft;
        Card {
            id: job.vacancy.id,
            language: d.language.code(),
            title: d.title.clone(),
            organisation: job.org.name.clone(),
            place: place(d, lang),
            period: format!(
                "{} – {}",
                i18n::date(lang, program.starts_on),
                i18n::date(lang, program.ends_on)
            ),
            hours: d.hours_per_week,
            stipend: d.stipend.as_ref().map(|s| {
                i18n::t(
                    lang,
                    "job-stipend",
                    &[("amount", i18n::money(lang, s.monthly_cents, &s.currency).into())],
                )
            }),
            skills: d.required_skills.iter().chain(&d.preferences.skills).cloned().collect(),
            closes_on: i18n::date(lang, d.closes_on),
        }
    }
}

fn place(job: &VacancyDraft, lang: Lang) -> String {
    let countries =
        job.remote_countries.iter().map(|c| i18n::country(lang, c)).collect::<Vec<_>>().join(", ");
    match (job.work_mode, &job.location) {
        (WorkMode::Remote, _) => i18n::t(lang, "job-remote", &[("countries", countries.into())]),
        (WorkMode::Hybrid, Some(location)) => i18n::t(lang, "job-hybrid", &[("location", location.into())]),
        (_, Some(location)) => location.clone(),
        (_, None) => i18n::t(lang, "job-to-be-agreed", &[]),
    }
}

#[derive(Template)]
#[template(path = "jobs.html")]
struct BoardPage {
    layout: Layout,
    form: SearchForm,
    remote_only: bool,
    cards: Vec<Card>,
    next_url: Option<String>,
    /// How many the search found (all pages), when something was searched for.
    found: Option<u64>,
}

#[derive(Template)]
#[template(path = "job.html")]
struct JobPage {
    layout: Layout,
    card: Card,
    job: PublicJob,
    description_html: String,
    open: bool,
    json_ld: String,
    requirements: Vec<String>,
    /// Where the visitor came from (`?utm_source=` or `?source=`), carried to the apply form.
    source: Option<String>,
    /// This site's address, for the language alternates.
    public_url: String,
}

/// `/jobs`: search and list the open internships of every organisation.
pub async fn job_board_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(form): Query<SearchForm>,
) -> Response {
    let remote_only = matches!(form.remote.as_str(), "on" | "true" | "1");
    let filter = BoardFilter {
        text: Some(form.q.clone()),
        skill: Some(form.skill.clone()),
        location: Some(form.location.clone()),
        remote: remote_only.then_some(true),
        org_id: None,
    };
    let result = async {
        let filter = match form.org.trim() {
            "" => filter,
            slug => match state.store.org_by_slug(slug).await? {
                Some(org) => BoardFilter { org_id: Some(org.id), ..filter },
                None => return Ok::<_, ServiceError>((Vec::new(), None, Some(0))),
            },
        };
        let after = form.cursor.as_deref().and_then(|cursor| Uuid::parse_str(cursor).ok());
        let page = cohort_store::PageRequest { limit: 20, after };
        let today = Utc::now().date_naive();
        let jobs =
            jobs::with_context(&state.store, state.store.job_board(&filter, today, page).await?).await?;
        let found = match form.is_blank() {
            true => None,
            false => Some(state.store.job_board_count(&filter, today).await?),
        };
        Ok((jobs.items, jobs.next, found))
    }
    .await;
    match result {
        Ok((jobs, next, found)) => {
            let next_url = next.map(|cursor| {
                let query = [
                    ("q", &form.q),
                    ("skill", &form.skill),
                    ("location", &form.location),
                    ("org", &form.org),
                ]
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", encode(v)))
                .chain(remote_only.then(|| "remote=on".to_owned()))
                .chain(std::iter::once(format!("cursor={cursor}")))
                .collect::<Vec<_>>()
                .join("&");
                format!("/jobs?{query}")
            });
            let cards = jobs
                .into_iter()
                .map(|mut job| {
                    job.vacancy.draft.read_in(viewer.lang);
                    Card::of(&job, viewer.lang)
                })
                .collect();
            let layout = viewer.layout();
            viewer.csrf.attach(page(BoardPage { layout, form, remote_only, cards, next_url, found }.render()))
        }
        Err(error) => super::kit::server_fault(viewer.layout(), error),
    }
}

/// `/jobs/{id}`: one vacancy, with its JobPosting JSON-LD.
pub async fn job_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(came_from): Query<CameFrom>,
) -> Response {
    let Ok(id) = Uuid::parse_str(&id) else { return not_found(viewer.layout()) };
    match jobs::public_job(&state.store, id).await {
        Ok(mut job) => {
            let viewer = viewer.reading(&job.org);
            let layout = viewer.layout();
            job.vacancy.draft.read_in(viewer.lang);
            let json_ld = super::job_posting(&Posting::of(&job), &state.config.public_url());
            let requirements = job
                .vacancy
                .draft
                .hard_rules()
                .iter()
                .map(|rule| i18n::phrase(viewer.lang, &rule.requirement()))
                .collect();
            viewer.csrf.attach(page(
                JobPage {
                    layout,
                    card: Card::of(&job, viewer.lang),
                    public_url: state.config.public_url(),
                    description_html: to_safe_html(&job.vacancy.draft.description),
                    open: job.open(Utc::now().date_naive()),
                    job,
                    json_ld,
                    requirements,
                    source: came_from.label(),
                }
                .render(),
            ))
        }
        Err(ServiceError::NotFound) => not_found(viewer.layout()),
        Err(error) => super::kit::server_fault(viewer.layout(), error),
    }
}

/// Where a visitor came from: a campaign's `utm_source`, or `source`.
#[derive(Debug, Default, serde::Deserialize)]
pub struct CameFrom {
    utm_source: Option<String>,
    source: Option<String>,
}

impl CameFrom {
    /// The label, if the link named one.
    pub fn label(&self) -> Option<String> {
        self.utm_source.as_deref().or(self.source.as_deref()).and_then(cohort_domain::candidate::source_label)
    }
}

use super::kit::job_not_found as not_found;
