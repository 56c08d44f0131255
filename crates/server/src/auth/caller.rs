//! The extractors that authorise. A handler names its rule by the type it takes:
//! `AccountCaller` (any signed-in person),
//! `OrgCaller<Admins>` / `OrgCaller<Members>` (a member or token of the addressed organisation).
//! All of them ask [`cohort_domain::access::decide`]; nothing else decides access.

use super::{SESSION_COOKIE, secrets};
use crate::error::ApiError;
use crate::http::context::RequestMeta;
use crate::http::cookies;
use crate::state::AppState;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{Duration, Utc};
use cohort_domain::access::{Caller, Denial, Role, Rule, decide, roles};
use cohort_store::StoreError;
use cohort_store::api_tokens::ApiToken;
use cohort_store::audit::{Actor, Context};
use cohort_store::orgs::Org;
use cohort_store::sessions::Session;
use cohort_store::users::User;
use std::marker::PhantomData;

/// How stale a session's `last_seen_at` may get before a request refreshes it.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Who is calling.
#[derive(Clone, Debug)]
pub enum Principal {
    /// A person with a browser session.
    Person {
        /// The person.
        user: User,
        /// Their session.
        session: Session,
    },
    /// An integration with an API token.
    Token(ApiToken),
}

impl Principal {
    /// The principal as the audit trail names it.
    pub fn actor(&self) -> Actor {
        match self {
            Principal::Person { user, .. } => Actor::User { id: user.id, email: user.email.clone() },
            Principal::Token(token) => Actor::Token { id: token.id, name: token.name.clone() },
        }
    }

    /// The person, if a person is calling.
    pub fn user(&self) -> Option<&User> {
        match self {
            Principal::Person { user, .. } => Some(user),
            Principal::Token(_) => None,
        }
    }
}

/// Finds the session or token the request carries. A bearer token that does not work is not
/// replaced by a cookie: the caller is then anonymous.
pub(crate) async fn resolve(parts: &Parts, state: &AppState) -> Result<Option<Principal>, StoreError> {
    let now = Utc::now();
    if let Some(value) = parts.headers.get(AUTHORIZATION) {
        let Some(secret) = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")) else {
            return Ok(None);
        };
        let Some(token) = state.store.api_token_by_secret(&secrets::digest(secret.trim()), now).await? else {
            return Ok(None);
        };
        if token.last_used_at.is_none_or(|used| now - used > TOUCH_EVERY) {
            state.store.touch_api_token(token.id, now).await?;
        }
        return Ok(Some(Principal::Token(token)));
    }
    let Some(secret) = cookies::read(&parts.headers, SESSION_COOKIE) else { return Ok(None) };
    let Some((session, user)) = state.store.session_by_secret(&secrets::digest(&secret), now).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > TOUCH_EVERY {
        state.store.touch_session(session.id, now).await?;
    }
    Ok(Some(Principal::Person { user, session }))
}

/// Why a request was not admitted: the access rules denied it, or finding out failed.
#[derive(Debug)]
pub enum NotAdmitted {
    /// The rules' answer.
    Denied(Denial),
    /// The store failed while finding out.
    Fault(StoreError),
}

impl From<StoreError> for NotAdmitted {
    fn from(error: StoreError) -> Self {
        NotAdmitted::Fault(error)
    }
}

impl From<Denial> for NotAdmitted {
    fn from(denial: Denial) -> Self {
        NotAdmitted::Denied(denial)
    }
}

impl From<NotAdmitted> for ApiError {
    fn from(refused: NotAdmitted) -> Self {
        match refused {
            NotAdmitted::Denied(denial) => deny(denial),
            NotAdmitted::Fault(error) => error.into(),
        }
    }
}

fn deny(denial: Denial) -> ApiError {
    match denial {
        Denial::Unauthenticated => ApiError::unauthenticated(),
        Denial::NotFound => ApiError::not_found(),
        Denial::PasswordChangeRequired => ApiError::new(
            StatusCode::FORBIDDEN,
            "password_change_required",
            "You signed in with a one-time password: choose your own with POST /api/v1/auth/password first.",
        ),
    }
}

/// A rule about people (not organisations).
pub trait PersonRule: Send + Sync {
    /// The rule.
    const RULE: Rule;
}

/// [`Rule::Account`]: any signed-in person.
pub struct AnyAccount;
impl PersonRule for AnyAccount {
    const RULE: Rule = Rule::Account;
}

/// [`Rule::Person`]: a signed-in person with their own password (candidates' routes).
pub struct OwnPassword;
impl PersonRule for OwnPassword {
    const RULE: Rule = Rule::Person;
}

/// A signed-in person, admitted by rule `R`.
pub struct SignedIn<R: PersonRule> {
    /// The person.
    pub user: User,
    /// The session they call with.
    pub session: Session,
    /// Where the request comes from.
    pub meta: RequestMeta,
    rule: PhantomData<R>,
}

/// Any signed-in person, even with a one-time password.
pub type AccountCaller = SignedIn<AnyAccount>;
/// A signed-in person with their own password.
pub type PersonCaller = SignedIn<OwnPassword>;

impl<R: PersonRule> SignedIn<R> {
    /// The audit context of this person's request.
    pub fn audit(&self) -> Context {
        self.meta.audit(Actor::User { id: self.user.id, email: self.user.email.clone() })
    }
}

impl<R: PersonRule> FromRequestParts<AppState> for SignedIn<R> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let principal = resolve(parts, state).await?;
        let caller = match &principal {
            None => Caller::Anonymous,
            Some(Principal::Person { user, .. }) => {
                Caller::Person { roles: &[], must_change_password: user.must_change_password }
            }
            // A token acts for an organisation, never as a person: it is outside every person's
            // routes, whatever its role.
            Some(Principal::Token(token)) => match token.role.parse() {
                Ok(role) => Caller::Token { role, own_org: false },
                Err(_) => Caller::Anonymous,
            },
        };
        decide(R::RULE, caller).map_err(deny)?;
        let Some(Principal::Person { user, session }) = principal else { return Err(ApiError::not_found()) };
        let Ok(meta) = RequestMeta::from_request_parts(parts, state).await;
        Ok(SignedIn { user, session, meta, rule: PhantomData })
    }
}

/// The roles a route admits.
pub trait RoleSet: Send + Sync {
    /// The roles.
    const ROLES: &'static [Role];
}

/// Administrators only.
pub struct Admins;
impl RoleSet for Admins {
    const ROLES: &'static [Role] = roles::ADMIN;
}

/// Recruiters and admins: those who run hiring.
pub struct Recruiters;
impl RoleSet for Recruiters {
    const ROLES: &'static [Role] = roles::HIRING;
}

/// Every member.
pub struct Members;
impl RoleSet for Members {
    const ROLES: &'static [Role] = roles::ANY_MEMBER;
}

/// A caller admitted to the organisation in the path (`{org}`) with one of `R`'s roles.
pub struct OrgCaller<R: RoleSet> {
    /// The organisation.
    pub org: Org,
    /// Who calls.
    pub principal: Principal,
    /// The caller's roles here (a token's one role).
    pub roles: Vec<Role>,
    /// Where the request comes from.
    pub meta: RequestMeta,
    rule: PhantomData<R>,
}

impl<R: RoleSet> OrgCaller<R> {
    /// The audit context of this request.
    pub fn audit(&self) -> Context {
        self.meta.audit(self.principal.actor())
    }

    /// The name an e-mail sent on the caller's behalf gives: the member's, or the organisation's
    /// for an API token.
    pub fn actor_name(&self) -> String {
        self.principal.user().map_or_else(|| self.org.name.clone(), |u| u.name.clone())
    }

    /// The person calling, unless an API token calls.
    pub fn user_id(&self) -> Option<uuid::Uuid> {
        self.principal.user().map(|u| u.id)
    }

    /// The caller as the use cases see them.
    pub fn staff(&self) -> crate::services::Staff {
        crate::services::Staff { org_id: self.org.id, user_id: self.user_id(), coordinator: self.hires() }
    }

    /// Whether the caller runs hiring here (a recruiter or an admin).
    pub fn hires(&self) -> bool {
        self.roles.iter().any(|r| cohort_domain::access::roles::HIRING.contains(r))
    }
}

impl<R: RoleSet> FromRequestParts<AppState> for OrgCaller<R> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::admit(parts, state).await?)
    }
}

impl<R: RoleSet> OrgCaller<R> {
    /// Admits the request's caller to the organisation in the path, or says why not; the API's
    /// extractor and the pages' guard both ask this.
    pub async fn admit(parts: &mut Parts, state: &AppState) -> Result<Self, NotAdmitted> {
        let principal = resolve(parts, state).await?;
        let Some(principal) = principal else { return Err(Denial::Unauthenticated.into()) };
        let slug = RawPathParams::from_request_parts(parts, state)
            .await
            .ok()
            .and_then(|params| {
                params.iter().find(|(name, _)| *name == "org").map(|(_, value)| value.to_owned())
            })
            .ok_or(Denial::NotFound)?;
        let org = state.store.org_by_slug(&slug).await?.ok_or(Denial::NotFound)?;
        let (roles, caller_token) = match &principal {
            Principal::Person { user, .. } => (state.store.roles_in(org.id, user.id).await?, None),
            Principal::Token(token) => {
                let role: Role = token.role.parse().map_err(|_| Denial::NotFound)?;
                (vec![role], Some((role, token.org_id == org.id)))
            }
        };
        let caller = match (&principal, caller_token) {
            (_, Some((role, own_org))) => Caller::Token { role, own_org },
            (Principal::Person { user, .. }, None) => {
                Caller::Person { roles: &roles, must_change_password: user.must_change_password }
            }
            (Principal::Token(_), None) => return Err(Denial::NotFound.into()),
        };
        decide(Rule::Org(R::ROLES), caller)?;
        let Ok(meta) = RequestMeta::from_request_parts(parts, state).await;
        Ok(OrgCaller { org, principal, roles, meta, rule: PhantomData })
    }
}
