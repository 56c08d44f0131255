//! Organisations.

use crate::services::ServiceError;
use cohort_domain::org::{OrgName, OrgProfile, OrgSlug};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::Validator;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;
use uuid::Uuid;

/// Creates an organisation (operator only: there is no API for it).
pub async fn create(store: &Store, ctx: &Context, slug: &str, name: &str) -> Result<Org, ServiceError> {
    let mut v = Validator::new();
    let slug = v.check("slug", OrgSlug::parse(slug));
    let name = v.check("name", OrgName::parse(name));
    v.finish().map_err(ServiceError::Invalid)?;
    let (Some(slug), Some(name)) = (slug, name) else {
        return Err(ServiceError::internal("validator passed"));
    };
    store.create_org(ctx, slug, name).await.map_err(|error| {
        if error.is_conflict_on("slug") { ServiceError::Refused(Refusal::SlugTaken) } else { error.into() }
    })
}

/// Changes what an organisation says of itself: its name, its website (empty for none) and the
/// country its vacancies are in.
pub async fn update_profile(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    name: &str,
    website: Option<&str>,
    country: &str,
) -> Result<Org, ServiceError> {
    let profile = OrgProfile::parse(name, website, country).map_err(ServiceError::Invalid)?;
    Ok(store.update_org_profile(ctx, org_id, profile).await?)
}
