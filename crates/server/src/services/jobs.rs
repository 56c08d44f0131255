//! The public job board's reads, which the API and the pages both show: a published vacancy with
//! its organisation and programme.

use crate::services::{Outcome, ServiceError};
use chrono::NaiveDate;
use cohort_domain::vacancy::is_open;
use cohort_store::orgs::Org;
use cohort_store::programs::Program;
use cohort_store::vacancies::Vacancy;
use cohort_store::{Page, Store};
use std::collections::HashMap;
use uuid::Uuid;

/// A published vacancy with what a candidate reads beside it.
#[derive(Clone, Debug)]
pub struct PublicJob {
    /// The vacancy.
    pub vacancy: Vacancy,
    /// Its organisation.
    pub org: Org,
    /// Its programme.
    pub program: Program,
}

impl PublicJob {
    /// Whether it takes applications on `today`.
    pub fn open(&self, today: NaiveDate) -> bool {
        let d = &self.vacancy.draft;
        is_open(self.vacancy.status, d.opens_on, d.closes_on, today)
    }
}

/// A published vacancy (of any organisation), or not found.
pub async fn public_job(store: &Store, id: Uuid) -> Outcome<PublicJob> {
    let vacancy = store.public_vacancy(id).await?.ok_or(ServiceError::NotFound)?;
    let org = store.orgs_by_ids(vec![vacancy.org_id]).await?.pop().ok_or(ServiceError::NotFound)?;
    let program = store.program_by_id(vacancy.program_id).await?.ok_or(ServiceError::NotFound)?;
    Ok(PublicJob { vacancy, org, program })
}

/// A page of vacancies with their organisations and programmes, read in two queries.
pub async fn with_context(store: &Store, vacancies: Page<Vacancy>) -> Outcome<Page<PublicJob>> {
    let org_ids = vacancies.items.iter().map(|v| v.org_id).collect();
    let program_ids = vacancies.items.iter().map(|v| v.program_id).collect();
    let orgs: HashMap<Uuid, Org> = store.orgs_by_ids(org_ids).await?.into_iter().map(|o| (o.id, o)).collect();
    let programs: HashMap<Uuid, Program> =
        store.programs_by_ids(program_ids).await?.into_iter().map(|p| (p.id, p)).collect();
    let mut items = Vec::with_capacity(vacancies.items.len());
    for vacancy in vacancies.items {
        let (Some(org), Some(program)) = (orgs.get(&vacancy.org_id), programs.get(&vacancy.program_id))
        else {
            return Err(ServiceError::internal(format!(
                "vacancy {} lost its organisation or programme",
                vacancy.id
            )));
        };
        items.push(PublicJob { org: org.clone(), program: program.clone(), vacancy });
    }
    Ok(Page { items, next: vacancies.next })
}

/// What a candidate is told before applying to a vacancy: who holds their data (the
/// organisation), the notice's version their consent names, and how long the organisation keeps
/// what they send.
#[derive(Clone, Debug)]
pub struct PrivacyNotice {
    /// The vacancy, its organisation and programme.
    pub job: PublicJob,
    /// The organisation's retention policy.
    pub policy: cohort_domain::retention::Policy,
    /// The version a consent names.
    pub version: &'static str,
}

/// The privacy notice of a published vacancy, or not found.
pub async fn privacy_notice(store: &Store, id: Uuid) -> Outcome<PrivacyNotice> {
    let job = public_job(store, id).await?;
    let policy = store.retention_policy(job.org.id).await?;
    Ok(PrivacyNotice { job, policy, version: cohort_domain::candidate::PRIVACY_NOTICE_VERSION })
}
