//! The talent pool in the browser, for recruiters: candidates imported in bulk, found by name,
//! address or skill, a page at a time, each with the vacancies they were invited to and a form
//! that invites them to apply to one that takes applications.

use super::kit::{Item, Layout, OrgForm, OrgPage, Said, back};
use super::page;
use crate::auth::caller::Recruiters;
use crate::services::{ServiceError, talent};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use cohort_store::PageRequest;
use serde::Deserialize;
use uuid::Uuid;

/// Candidates a page.
const PAGE: u64 = 50;

struct Row {
    id: Uuid,
    name: String,
    email: String,
    skills: String,
    study: String,
    imported: String,
    /// Each invitation: the vacancy's title and when.
    invited: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "talent.html")]
struct TalentPage {
    layout: Layout,
    slug: String,
    q: String,
    rows: Vec<Row>,
    vacancies: Vec<(Uuid, String)>,
    /// The address of the next page, if there is one.
    next: Option<String>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The search and the page.
#[derive(Debug, Default, Deserialize)]
pub struct TalentQuery {
    #[serde(default)]
    q: String,
    after: Option<Uuid>,
}

/// `GET /orgs/{org}/talent-pool?q=…&after=…`.
pub async fn talent_page(
    State(state): State<AppState>,
    Query(query): Query<TalentQuery>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let found = async {
        let page = PageRequest { limit: PAGE, after: query.after };
        let found = talent::pool(&state.store, caller.org.id, &query.q, page).await?;
        let vacancies = talent::open_vacancies(&state.store, caller.org.id).await?;
        Ok::<_, ServiceError>((found, vacancies))
    }
    .await;
    let (found, vacancies) = match found {
        Ok(found) => found,
        Err(error) => return super::kit::failed(layout, &error),
    };
    let lang = layout.lang;
    let title_of = |id: Uuid| {
        vacancies
            .iter()
            .find(|(v, _)| *v == id)
            .map_or_else(|| layout.t("talent-closed-vacancy"), |(_, t)| t.clone())
    };
    let rows = found
        .items
        .into_iter()
        .map(|c| {
            let p = &c.entry.profile;
            let study =
                [p.field_of_study.clone(), p.institution.clone()].into_iter().flatten().collect::<Vec<_>>();
            Row {
                id: c.entry.id,
                name: p.name.clone(),
                email: c.entry.email.clone(),
                skills: p.skills.join(", "),
                study: study.join(", "),
                imported: crate::i18n::date(lang, c.entry.created_at.date_naive()),
                invited: c
                    .invited
                    .iter()
                    .map(|(v, at)| (title_of(*v), crate::i18n::date_time(lang, *at)))
                    .collect(),
            }
        })
        .collect();
    let slug = caller.org.slug.clone();
    let next = found
        .next
        .map(|after| format!("/orgs/{slug}/talent-pool?q={}&after={after}", crate::web::encode(&query.q)));
    let body = TalentPage {
        layout,
        slug,
        q: query.q,
        rows,
        vacancies,
        next,
        notice: said.notice,
        alert: said.alert,
    };
    page(body.render())
}

/// The invitation form: the vacancy, and the search to come back to.
#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    vacancy_id: String,
    #[serde(default)]
    q: String,
}

/// `POST /orgs/{org}/talent-pool/{id}/invite`: an e-mail inviting the candidate to apply.
pub async fn invite(
    State(state): State<AppState>,
    Item(id): Item,
    OrgForm { caller, form, lang, .. }: OrgForm<Recruiters, InviteForm>,
) -> Response {
    let here = format!("/orgs/{}/talent-pool?q={}", caller.org.slug, crate::web::encode(&form.q));
    let outcome = async {
        let vacancy_id = Uuid::parse_str(form.vacancy_id.trim()).map_err(|_| {
            ServiceError::invalid("vacancy_id", cohort_domain::validation::problem::of("choose-vacancy"))
        })?;
        let inviter = caller.actor_name();
        let public_url = state.config.public_url();
        talent::invite(&state.store, &caller.audit(), &caller.org, &inviter, (id, vacancy_id), &public_url)
            .await?;
        Ok(crate::i18n::t(lang, "talent-invited", &[]))
    }
    .await;
    back(lang, &here, outcome)
}
