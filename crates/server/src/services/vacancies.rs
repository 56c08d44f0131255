//! Writing and publishing vacancies.

use crate::services::ServiceError;
use chrono::Utc;
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::{self, VacancyDraft, VacancyStatus};
use cohort_domain::validation::FieldError;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::vacancies::Vacancy;
use uuid::Uuid;

async fn checked(
    store: &Store,
    org_id: Uuid,
    program_id: Uuid,
    draft: &VacancyDraft,
) -> Result<(), ServiceError> {
    let mut problems = draft.problems();
    if store.program(org_id, program_id).await?.is_none() {
        problems.insert(
            0,
            FieldError::new("program_id", cohort_domain::validation::problem::no_such_programme()),
        );
    }
    if problems.is_empty() { Ok(()) } else { Err(ServiceError::Invalid(problems)) }
}

/// Creates a draft vacancy.
pub async fn create(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    program_id: Uuid,
    draft: VacancyDraft,
) -> Result<Vacancy, ServiceError> {
    checked(store, org_id, program_id, &draft).await?;
    let template = store.hiring_settings(org_id).await?.template;
    Ok(store.create_vacancy(ctx, org_id, program_id, draft, template).await?)
}

/// Replaces a vacancy's details, if it is still at `expected_version`.
pub async fn update(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    program_id: Uuid,
    draft: VacancyDraft,
) -> Result<Vacancy, ServiceError> {
    checked(store, org_id, program_id, &draft).await?;
    Ok(store.update_vacancy(ctx, org_id, id, expected_version, program_id, draft).await?)
}

/// Publishes or closes a vacancy, as the domain allows.
pub async fn change_status(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    to: VacancyStatus,
) -> Result<Vacancy, ServiceError> {
    let current = store.vacancy(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if current.version != expected_version {
        return Err(ServiceError::Stale);
    }
    let today = Utc::now().date_naive();
    let status = vacancy::change_status(current.status, to, current.draft.closes_on, today)
        .map_err(|refusal| ServiceError::Refused(Refusal::StatusChange(refusal)))?;
    Ok(store.set_vacancy_status(ctx, org_id, id, expected_version, status).await?)
}

/// Replaces a vacancy's stages, unless that would touch a stage applications are in or have
/// passed through.
pub async fn edit_stages(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    stages: Vec<cohort_domain::pipeline::Stage>,
) -> Result<Vacancy, ServiceError> {
    use cohort_domain::pipeline::EditError;
    let current = store.vacancy(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if current.version != expected_version {
        return Err(ServiceError::Stale);
    }
    let occupied = store.occupied_stages(id).await?;
    let pipeline = current.pipeline.edit(stages, &occupied).map_err(|refusal| match refusal {
        EditError::Invalid(invalid) => ServiceError::Invalid(vec![FieldError::new(
            "stages",
            cohort_domain::phrase::Said::said(&invalid),
        )]),
        EditError::Occupied(stage) => ServiceError::Refused(Refusal::StageOccupied(stage)),
    })?;
    Ok(store.set_vacancy_pipeline(ctx, org_id, id, expected_version, pipeline).await?)
}
