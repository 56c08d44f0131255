//! Organisations.

use crate::services::ServiceError;
use cohort_domain::org::{OrgName, OrgProfile, OrgSlug};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::Validator;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;

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

/// Changes what an organisation says of itself: its name, its website (empty for none), the
/// country its vacancies are in and the language it works in (`None`: as it was).
pub async fn update_profile(
    store: &Store,
    ctx: &Context,
    org: &Org,
    name: &str,
    website: Option<&str>,
    country: &str,
    language: Option<&str>,
) -> Result<Org, ServiceError> {
    let language = language.unwrap_or(&org.language);
    let profile = OrgProfile::parse(name, website, country, language).map_err(ServiceError::Invalid)?;
    let org_id = org.id;
    Ok(store.update_org_profile(ctx, org_id, profile).await?)
}
