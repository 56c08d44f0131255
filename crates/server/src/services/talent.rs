//! The talent pool: finding candidates imported in bulk, and inviting one to apply to a vacancy
//! that takes applications (once per vacancy; the e-mail leads to the vacancy's public page).

use crate::services::{Outcome, ServiceError};
use chrono::{DateTime, Utc};
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::is_open;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;
use cohort_store::talent::PoolEntry;
use cohort_store::{Page, PageRequest, Store};
use uuid::Uuid;

/// A candidate of the pool and the vacancies they were invited to apply to (with when).
#[derive(Debug)]
pub struct Candidate {
    /// The candidate.
    pub entry: PoolEntry,
    /// Each invitation: the vacancy and when it went.
    pub invited: Vec<(Uuid, DateTime<Utc>)>,
}

/// The pool, oldest first; with `search`, only those whose name, address or profile holds it.
pub async fn pool(store: &Store, org_id: Uuid, search: &str, page: PageRequest) -> Outcome<Page<Candidate>> {
    let found = store.talent_page(org_id, search, page).await?;
    let ids = found.items.iter().map(|e| e.id).collect();
    let invitations = store.talent_invitations(org_id, ids).await?;
    Ok(found.map(|entry| {
        let invited =
            invitations.iter().filter(|(e, _, _)| *e == entry.id).map(|(_, v, at)| (*v, *at)).collect();
        Candidate { entry, invited }
    }))
}

/// Invites candidate `entry_id` of the pool to apply to `vacancy_id`, which must take
/// applications now; `inviter` is the name the e-mail gives. Refused when they were invited to it
/// before.
pub async fn invite(
    store: &Store,
    ctx: &Context,
    org: &Org,
    inviter: &str,
    (entry_id, vacancy_id): (Uuid, Uuid),
    public_url: &str,
) -> Outcome<DateTime<Utc>> {
    let entry = store.talent_entry(org.id, entry_id).await?.ok_or(ServiceError::NotFound)?;
    let vacancy = store.vacancy(org.id, vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let today = Utc::now().date_naive();
    if !is_open(vacancy.status, vacancy.draft.opens_on, vacancy.draft.closes_on, today) {
        return Err(ServiceError::Refused(Refusal::VacancyClosed {
            opens_on: vacancy.draft.opens_on,
            closes_on: vacancy.draft.closes_on,
        }));
    }
    let letter = serde_json::json!({
        "organisation": org.name,
        "inviter": inviter,
        "vacancy": vacancy.draft.title,
        "link": format!("{public_url}/jobs/{vacancy_id}"),
        "language": vacancy.draft.language.code(),
    });
    store.invite_talent(ctx, &entry, org.id, vacancy_id, letter).await.map_err(|error| {
        if error.is_conflict_on("talent_invitations") {
            ServiceError::Refused(Refusal::AlreadyInvited)
        } else {
            error.into()
        }
    })
}

/// The organisation's vacancies a candidate can be invited to now (published, open today):
/// id and title, newest first.
pub async fn open_vacancies(store: &Store, org_id: Uuid) -> Outcome<Vec<(Uuid, String)>> {
    let published = cohort_domain::vacancy::VacancyStatus::Published;
    let all = PageRequest { limit: 200, after: None };
    let today = Utc::now().date_naive();
    let vacancies = store.vacancies_page(org_id, Some(published), None, all).await?.items;
    Ok(vacancies
        .into_iter()
        .filter(|v| is_open(v.status, v.draft.opens_on, v.draft.closes_on, today))
        .map(|v| (v.id, v.draft.title))
        .collect())
}
