//! Programmes (cohorts): saving one, new or changed, once its draft holds.

use crate::services::{Outcome, ServiceError};
use cohort_domain::program::ProgramDraft;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::programs::Program;
use uuid::Uuid;

/// Creates a programme (`id` none) or replaces one's details, or names every field that does
/// not hold.
pub async fn save(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Option<Uuid>,
    draft: ProgramDraft,
) -> Outcome<Program> {
    let problems = draft.problems();
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(match id {
        Some(id) => store.update_program(ctx, org_id, id, draft).await?,
        None => store.create_program(ctx, org_id, draft).await?,
    })
}
