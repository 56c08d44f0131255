//! Registering, logging in and out, changing, resetting and choosing passwords.

use crate::auth::{CONFIRMATION_LIFETIME, RESET_LIFETIME, SESSION_LIFETIME, passwords, secrets};
use crate::http::context::RequestMeta;
use crate::services::ServiceError;
use chrono::Utc;
use cohort_domain::identity::throttle::{RegistrationPolicy, ThrottlePolicy, Verdict};
use cohort_domain::identity::{EmailAddress, Password, PersonName};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::{Actor, Context};
use cohort_store::login_attempts::Reservation;
use cohort_store::password_tokens::{Holder, NewLink};
use cohort_store::registrations::{Confirmed, NewRegistration};
use cohort_store::sessions::NewSession;
use cohort_store::users::User;
use uuid::Uuid;

/// A candidate asks for an account, limited per address by `limit`. Nothing is made yet: the
/// address gets a link that makes the account (or, when it has one already, a notice to its
/// owner), and the answer is the same either way, after the same work, so that registering
/// tells no one whether an address has an account. `next` is where the link leads after.
pub async fn register(
    store: &Store,
    limit: RegistrationPolicy,
    meta: &RequestMeta,
    fields: Registration<'_>,
) -> Result<EmailAddress, ServiceError> {
    let mut v = Validator::new();
    let email = v.check("email", EmailAddress::parse(fields.email));
    let name = v.check("name", PersonName::parse(fields.name));
    let password =
        v.check("password", Password::parse(fields.password, email.as_ref().map(EmailAddress::as_str)));
    v.finish().map_err(ServiceError::Invalid)?;
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(ServiceError::internal("validator passed with missing values"));
    };
    if let Some(ip) = &meta.ip
        && let Verdict::Wait(wait) = store.reserve_registration(ip.clone(), limit, Utc::now()).await?
    {
        let retry_after_secs = u64::try_from(wait.num_seconds()).unwrap_or(1);
        return Err(ServiceError::Refused(Refusal::TooManyRegistrations { retry_after_secs }));
    }
    let password_hash = passwords::hash(&password).await.map_err(ServiceError::internal)?;
    let token = secrets::random_secret().map_err(ServiceError::internal)?;
    let new = NewRegistration {
        email: email.clone(),
        name,
        password_hash,
        token_hash: secrets::digest(&token),
        token,
        expires_at: Utc::now() + CONFIRMATION_LIFETIME,
        next: fields.next.to_owned(),
        language: fields.language,
    };
    store.request_registration(&meta.audit(Actor::Anonymous), new).await?;
    Ok(email)
}

/// What a person typed to register.
#[derive(Clone, Copy, Debug)]
pub struct Registration<'a> {
    /// Their e-mail address.
    pub email: &'a str,
    /// Their password.
    pub password: &'a str,
    /// Their name.
    pub name: &'a str,
    /// Where the confirmation link leads after (a path on this site; `/me` for none).
    pub next: &'a str,
    /// The language they register in (their e-mail is in it).
    pub language: cohort_domain::language::Lang,
}

/// Opens a registration's confirmation link: makes the account and signs it in.
pub async fn confirm_registration(
    store: &Store,
    meta: &RequestMeta,
    token: &str,
) -> Result<LoggedIn, ServiceError> {
    let (session, secret) = new_session(meta)?;
    let anonymous = meta.audit(Actor::Anonymous);
    match store.confirm_registration(&anonymous, secrets::digest(token.trim()), session, Utc::now()).await? {
        Confirmed::Account(user) => Ok(LoggedIn { user: *user, secret }),
        Confirmed::Invalid => Err(ServiceError::Refused(Refusal::ConfirmationInvalid)),
        Confirmed::Taken => Err(ServiceError::Refused(Refusal::EmailTaken)),
    }
}

/// Keeps the language a person chose to read Cohort in (`None`: their browser's).
pub async fn set_language(
    store: &Store,
    user_id: Uuid,
    language: Option<cohort_domain::language::Lang>,
) -> Result<User, ServiceError> {
    Ok(store.set_user_language(user_id, language).await?)
}

/// A successful login: the session and the cookie secret to hand to the browser.
pub struct LoggedIn {
    /// The person.
    pub user: User,
    /// The cookie value (shown to the browser only).
    pub secret: String,
}

/// Checks an e-mail and password, throttled per account and per address. Unknown e-mails and
/// wrong passwords get the same answer, after the same amount of work.
pub async fn log_in(
    store: &Store,
    decoy_hash: &str,
    meta: &RequestMeta,
    email: &str,
    password: &str,
) -> Result<LoggedIn, ServiceError> {
    let invalid = || ServiceError::Refused(Refusal::InvalidCredentials);
    let email = EmailAddress::parse(email).map(String::from).unwrap_or_else(|_| email.trim().to_lowercase());
    let anonymous = meta.audit(Actor::Anonymous);
    let attempt =
        match store.reserve_login(&anonymous, email.clone(), ThrottlePolicy::default(), Utc::now()).await? {
            Reservation::Granted(attempt) => attempt,
            Reservation::Refused(wait) => {
                let secs = u64::try_from(wait.num_seconds()).unwrap_or(1);
                return Err(ServiceError::Refused(Refusal::TooManyAttempts { retry_after_secs: secs }));
            }
        };
    let user = store.user_by_email(&email).await?;
    let phc = user.as_ref().map_or(decoy_hash, |u| u.password_hash.as_str());
    let matches = passwords::verify(password, phc).await.map_err(ServiceError::internal)?;
    match user {
        Some(user) if matches => {
            let (new, secret) = new_session(meta)?;
            store.log_in(&anonymous, attempt, &user, new).await?;
            Ok(LoggedIn { user, secret })
        }
        user => {
            store.login_failed(&anonymous, email, user.map(|u| u.id)).await?;
            Err(invalid())
        }
    }
}

/// A session to start, and the secret for its cookie.
fn new_session(meta: &RequestMeta) -> Result<(NewSession, String), ServiceError> {
    let secret = secrets::random_secret().map_err(ServiceError::internal)?;
    let session = NewSession {
        secret_hash: secrets::digest(&secret),
        expires_at: Utc::now() + SESSION_LIFETIME,
        user_agent: meta.user_agent.clone(),
    };
    Ok((session, secret))
}

/// Replaces a person's password after checking the current one; every session ends and the
/// caller gets a fresh one. Someone who signed in with a one-time password chooses theirs
/// without typing it again (`current` is `None`); anybody else must give the current one.
pub async fn change_password(
    store: &Store,
    ctx: &Context,
    meta: &RequestMeta,
    user: &User,
    current: Option<&str>,
    new: &str,
) -> Result<LoggedIn, ServiceError> {
    let mut v = Validator::new();
    let password = v.check("new_password", Password::parse(new, Some(&user.email)));
    match current {
        None if user.must_change_password => {}
        None => v.fail("current_password", problem::required()),
        Some(current) => {
            if !passwords::verify(current, &user.password_hash).await.map_err(ServiceError::internal)? {
                v.fail("current_password", problem::of("password-wrong"));
            } else if current == new {
                v.fail("new_password", problem::of("password-unchanged"));
            }
        }
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let Some(password) = password else {
        return Err(ServiceError::internal("validator passed without a password"));
    };
    let hash = passwords::hash(&password).await.map_err(ServiceError::internal)?;
    let (fresh, secret) = new_session(meta)?;
    store.change_password(ctx, user.id, hash, fresh).await?;
    let user = store.user_by_id(user.id).await?.ok_or(ServiceError::NotFound)?;
    Ok(LoggedIn { user, secret })
}

/// A link to mail: its secret, the secret's hash, and when it expires.
pub fn new_link(lifetime: chrono::Duration) -> Result<NewLink, ServiceError> {
    let token = secrets::random_secret().map_err(ServiceError::internal)?;
    Ok(NewLink { token_hash: secrets::digest(&token), token, expires_at: Utc::now() + lifetime })
}

/// "Forgot your password?": e-mails a link that sets a new one to `email` if it has an account.
/// The answer is the same, after the same work, whether it has one or not; requests are
/// throttled per address and per network like logins. `language` is the page's, for an account
/// that chose none.
pub async fn request_password_reset(
    store: &Store,
    meta: &RequestMeta,
    email: &str,
    language: cohort_domain::language::Lang,
) -> Result<(), ServiceError> {
    let mut v = Validator::new();
    let email = v.check("email", EmailAddress::parse(email));
    v.finish().map_err(ServiceError::Invalid)?;
    let Some(email) = email else { return Err(ServiceError::internal("validator passed without an e-mail")) };
    let link = new_link(RESET_LIFETIME)?;
    let anonymous = meta.audit(Actor::Anonymous);
    let verdict = store
        .request_password_reset(
            &anonymous,
            email.into(),
            link,
            language,
            ThrottlePolicy::default(),
            Utc::now(),
        )
        .await?;
    match verdict {
        Verdict::Allow => Ok(()),
        Verdict::Wait(wait) => {
            let retry_after_secs = u64::try_from(wait.num_seconds()).unwrap_or(1);
            Err(ServiceError::Refused(Refusal::TooManyResetRequests { retry_after_secs }))
        }
    }
}

/// Whose password a link sets, while it works.
pub async fn password_link(store: &Store, token: &str) -> Result<Holder, ServiceError> {
    store
        .password_link(&secrets::digest(token.trim()), Utc::now())
        .await?
        .ok_or(ServiceError::Refused(Refusal::PasswordLinkInvalid))
}

/// Uses a reset or invitation link: sets `new` as the password, ends every other session and
/// signs this browser in. The link works once.
pub async fn use_password_link(
    store: &Store,
    meta: &RequestMeta,
    token: &str,
    new: &str,
) -> Result<(LoggedIn, Holder), ServiceError> {
    let holder = password_link(store, token).await?;
    let mut v = Validator::new();
    let password = v.check("password", Password::parse(new, Some(&holder.user.email)));
    v.finish().map_err(ServiceError::Invalid)?;
    let Some(password) = password else {
        return Err(ServiceError::internal("validator passed without a password"));
    };
    let hash = passwords::hash(&password).await.map_err(ServiceError::internal)?;
    let (fresh, secret) = new_session(meta)?;
    let anonymous = meta.audit(Actor::Anonymous);
    let used = store
        .use_password_link(&anonymous, secrets::digest(token.trim()), hash, fresh, Utc::now())
        .await?
        .ok_or(ServiceError::Refused(Refusal::PasswordLinkInvalid))?;
    Ok((LoggedIn { user: used.user.clone(), secret }, used))
}

/// The operator gives the account of `email` a new one-time password (returned, to hand over):
/// its sessions end, its links stop working, and it chooses its own password at next sign-in.
pub async fn reset_by_operator(
    store: &Store,
    ctx: &Context,
    email: &str,
) -> Result<(User, String), ServiceError> {
    let mut v = Validator::new();
    let email = v.check("email", EmailAddress::parse(email));
    v.finish().map_err(ServiceError::Invalid)?;
    let Some(email) = email else { return Err(ServiceError::internal("validator passed without an e-mail")) };
    let one_time = secrets::one_time_password().map_err(ServiceError::internal)?;
    let password = Password::parse(&one_time, Some(email.as_str()))
        .map_err(|_| ServiceError::internal("a one-time password that is no valid password"))?;
    let hash = passwords::hash(&password).await.map_err(ServiceError::internal)?;
    let user = store.set_one_time_password(ctx, email.as_str(), hash).await?.ok_or(ServiceError::NotFound)?;
    Ok((user, one_time))
}

/// Ends one of the person's sessions (`own`: the one they use now, i.e. signing out).
pub async fn end_session(
    store: &Store,
    ctx: &Context,
    user_id: Uuid,
    session_id: Uuid,
    own: bool,
) -> Result<(), ServiceError> {
    Ok(store.end_session(ctx, user_id, session_id, own).await?)
}
