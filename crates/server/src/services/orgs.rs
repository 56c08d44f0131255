//! Organisations.

use crate::services::ServiceError;
use cohort_domain::org::{OrgName, OrgSlug};
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
