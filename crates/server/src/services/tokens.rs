//! API tokens.

use crate::auth::secrets;
use crate::services::ServiceError;
use chrono::{DateTime, Utc};
use cohort_domain::access::Role;
use cohort_domain::text::Label;
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::api_tokens::{ApiToken, NewApiToken};
use cohort_store::audit::Context;
use uuid::Uuid;

/// Creates a token; returns it with its secret, which is never shown again.
pub async fn create(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    name: &str,
    role: &str,
    expires_at: Option<DateTime<Utc>>,
    created_by: Option<Uuid>,
) -> Result<(ApiToken, String), ServiceError> {
    let mut v = Validator::new();
    let name = v.check("name", Label::parse(name));
    let role: Option<Role> = v.check("role", role.parse());
    if expires_at.is_some_and(|at| at <= Utc::now()) {
        v.fail("expires_at", problem::in_future());
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let (Some(name), Some(role)) = (name, role) else {
        return Err(ServiceError::internal("validator passed"));
    };
    let secret = secrets::api_token_secret().map_err(ServiceError::internal)?;
    let new = NewApiToken {
        org_id,
        name: name.as_str().to_owned(),
        role,
        secret_hash: secrets::digest(&secret),
        created_by,
        expires_at,
    };
    Ok((store.create_api_token(ctx, new).await?, secret))
}

/// Revokes an API token of the organisation; it stops working at once.
pub async fn revoke(store: &Store, ctx: &Context, org_id: Uuid, id: Uuid) -> Result<(), ServiceError> {
    store.revoke_api_token(ctx, org_id, id).await?;
    Ok(())
}
