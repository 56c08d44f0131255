//! Organisations.

use crate::error::ApiError;
use cohort_domain::org::{OrgName, OrgSlug};
use cohort_domain::validation::Validator;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;

/// Creates an organisation (operator only: there is no API for it).
pub async fn create(store: &Store, ctx: &Context, slug: &str, name: &str) -> Result<Org, ApiError> {
    let mut v = Validator::new();
    let slug = v.check("slug", OrgSlug::parse(slug));
    let name = v.check("name", OrgName::parse(name));
    v.finish().map_err(ApiError::validation)?;
    let (Some(slug), Some(name)) = (slug, name) else { return Err(ApiError::internal("validator passed")) };
    store.create_org(ctx, slug, name).await.map_err(|error| {
        if error.is_conflict_on("slug") {
            ApiError::conflict("slug_taken", "An organisation with this slug exists.")
        } else {
            error.into()
        }
    })
}
