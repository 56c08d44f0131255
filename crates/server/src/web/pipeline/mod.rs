//! The recruiter's pages: their organisations, an organisation's vacancies, and (in `board`) the
//! pipeline board of a vacancy.

mod board;

pub use board::{board_page, bulk_reject, move_card, reject_page};

use super::kit::OrgPage;
use super::kit::{Layout, Member};
use super::page;
use crate::auth::caller::Recruiters;
use crate::services::ServiceError;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use cohort_store::PageRequest;
use uuid::Uuid;

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
        Err(error) => super::kit::server_fault(member.layout(), error),
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
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
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
        Ok::<_, ServiceError>(links)
    }
    .await;
    super::rendered(found.map(|vacancies| OrgHomePage {
        layout,
        slug: caller.org.slug.clone(),
        name: caller.org.name.clone(),
        vacancies,
    }))
}
