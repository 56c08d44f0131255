//! Giving and taking roles.

use crate::auth::INVITATION_LIFETIME;
use crate::auth::passwords;
use crate::auth::secrets;
use crate::services::ServiceError;
use cohort_domain::access::Role;
use cohort_domain::identity::{EmailAddress, Password, PersonName};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::Validator;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::members::AddedMember;
use cohort_store::orgs::Org;
use cohort_store::users::NewUser;
use uuid::Uuid;

/// How a new account gets its first password.
pub enum FirstPassword {
    /// Generate a one-time password to hand over; it must be replaced at first login.
    OneTime,
    /// The person chose it (the operator piped it in).
    Chosen(String),
}

/// The added role, and the one-time password when an account was created with one.
pub struct Added {
    /// What the store did.
    pub added: AddedMember,
    /// The one-time password, shown once.
    pub one_time_password: Option<String>,
}

/// Gives `role` in an organisation to the person with `email`, creating the account if needed.
pub async fn add(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    email: &str,
    name: Option<&str>,
    role: &str,
    first_password: FirstPassword,
) -> Result<Added, ServiceError> {
    let mut v = Validator::new();
    let email = v.check("email", EmailAddress::parse(email));
    let role: Option<Role> = v.check("role", role.parse());
    let name = match (name, &email) {
        (Some(name), _) => v.check("name", PersonName::parse(name)),
        (None, Some(email)) => PersonName::parse(email.local_part()).ok(),
        (None, None) => None,
    };
    let (password, one_time) = match first_password {
        FirstPassword::OneTime => (secrets::one_time_password().map_err(ServiceError::internal)?, true),
        FirstPassword::Chosen(password) => (password, false),
    };
    let password = v.check("password", Password::parse(&password, email.as_ref().map(EmailAddress::as_str)));
    v.finish().map_err(ServiceError::Invalid)?;
    let (Some(email), Some(role), Some(name), Some(password)) = (email, role, name, password) else {
        return Err(ServiceError::internal("validator passed with missing values"));
    };
    let password_hash = passwords::hash(&password).await.map_err(ServiceError::internal)?;
    let account = NewUser { email, name, password_hash, must_change_password: one_time };
    let added = store.add_member(ctx, org_id, role, account).await.map_err(|error| {
        if error.is_conflict_on("role") {
            ServiceError::Refused(Refusal::AlreadyMember)
        } else {
            error.into()
        }
    })?;
    let one_time_password = (added.account_created && one_time).then(|| password.expose().to_owned());
    Ok(Added { added, one_time_password })
}

/// Invites the person with `email` to hold `role` in `org`: a new account gets an e-mail with a
/// link to choose its password (it works for a week, once); an existing one is told it holds the
/// role now. The e-mail is in the organisation's language and names `inviter`.
pub async fn invite(
    store: &Store,
    ctx: &Context,
    org: &Org,
    inviter: &str,
    email: &str,
    name: Option<&str>,
    role: &str,
) -> Result<AddedMember, ServiceError> {
    let mut v = Validator::new();
    let email = v.check("email", EmailAddress::parse(email));
    let role: Option<Role> = v.check("role", role.parse());
    let name = match (name.map(str::trim).filter(|n| !n.is_empty()), &email) {
        (Some(name), _) => v.check("name", PersonName::parse(name)),
        (None, Some(email)) => PersonName::parse(email.local_part()).ok(),
        (None, None) => None,
    };
    v.finish().map_err(ServiceError::Invalid)?;
    let (Some(email), Some(role), Some(name)) = (email, role, name) else {
        return Err(ServiceError::internal("validator passed with missing values"));
    };
    // Nobody knows this password: the invitation's link sets the first one.
    let unusable = secrets::random_secret().map_err(ServiceError::internal)?;
    let unusable = Password::parse(&unusable, None).map_err(|e| ServiceError::internal(format!("{e:?}")))?;
    let password_hash = passwords::hash(&unusable).await.map_err(ServiceError::internal)?;
    let account = NewUser { email, name, password_hash, must_change_password: false };
    let link = super::accounts::new_link(INVITATION_LIFETIME)?;
    let letter = serde_json::json!({
        "organisation": org.name, "role": role.as_str(), "inviter": inviter,
        "language": org.works_in().code(),
    });
    store.invite_member(ctx, org.id, role, account, link, letter).await.map_err(|error| {
        if error.is_conflict_on("role") {
            ServiceError::Refused(Refusal::AlreadyMember)
        } else {
            error.into()
        }
    })
}

/// Removes a member from the organisation (never its last admin).
pub async fn remove(store: &Store, ctx: &Context, org_id: Uuid, user_id: Uuid) -> Result<(), ServiceError> {
    Ok(store.remove_member(ctx, org_id, user_id).await?)
}
