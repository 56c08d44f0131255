//! An intern's record: placing them in a team with their dates, their own interests and
//! languages (for matching), and completing the internship.

use crate::services::{Outcome, ServiceError};
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::{Intern, InternChange};
use uuid::Uuid;

/// Places the intern `id` in a team (or none) and sets their dates; the last day after the first.
pub async fn place(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    change: InternChange,
) -> Outcome<Intern> {
    if change.ends_on <= change.starts_on {
        return Err(ServiceError::invalid("ends_on", problem::end_after_start()));
    }
    Ok(store.update_intern(ctx, org_id, id, change).await?)
}

/// The intern sets their interests and (unless left out) languages: mentor matching scores
/// shared interests and requires a shared language.
pub async fn set_preferences(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    interests: &[String],
    languages: Option<&[String]>,
) -> Outcome<Intern> {
    let mut v = Validator::new();
    let interests = v.labels("interests", interests, 30);
    let languages = match languages {
        Some(languages) => v.labels("languages", languages, 20),
        None => intern.languages.clone(),
    };
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(store.update_intern_preferences(ctx, intern.id, interests, languages).await?)
}

/// Completes the internship (after the mentor's final evaluation), recording its summary.
pub async fn complete(store: &Store, ctx: &Context, org_id: Uuid, id: Uuid) -> Outcome<Intern> {
    Ok(store.complete_internship(ctx, org_id, id).await?)
}
