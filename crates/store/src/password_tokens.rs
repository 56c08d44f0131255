//! Links that set a password: a reset a person asks for ("Forgot your password?") and the
//! invitation an administrator sends a new member. The secret travels only in the e-mail; the
//! store keeps its hash. A link works once and for a limited time; using it ends every session
//! the account had.

use crate::audit::{self, Actor, Context, Event};
use crate::entities::{password_token, session, user};
use crate::jobs::NewJob;
use crate::sessions::{self, NewSession};
use crate::users::{self, User};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::identity::throttle::{ThrottlePolicy, Verdict};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The person asked to reset a forgotten password.
    Reset,
    /// An administrator invited the person to an organisation; they choose their first password.
    Invitation,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::Invitation => "invitation",
        }
    }
}

/// A link to make: its secret (for the e-mail only), the secret's hash and when it expires.
#[derive(Clone, Debug)]
pub struct NewLink {
    /// The secret in the link.
    pub token: String,
    /// SHA-256 (hex) of `token`.
    pub token_hash: String,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
}

/// A link that still works, and whose it is.
#[derive(Clone, Debug)]
pub struct Holder {
    /// The account whose password it sets.
    pub user: User,
    /// What it is for.
    pub purpose: Purpose,
    /// The organisation that invited them (invitations).
    pub org_id: Option<Uuid>,
}

/// Keeps a link for `user_id` (forgetting any earlier one for the same purpose: only the newest
/// works) and queues the e-mail that carries it.
pub(crate) async fn issue(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: Purpose,
    org_id: Option<Uuid>,
    link: &NewLink,
    letter: serde_json::Value,
) -> Result<(), StoreError> {
    password_token::Entity::delete_many()
        .filter(password_token::Column::UserId.eq(user_id))
        .filter(password_token::Column::Purpose.eq(purpose.as_str()))
        .exec(db)
        .await?;
    let id = Uuid::now_v7();
    password_token::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(link.token_hash.clone()),
        org_id: Set(org_id),
        created_at: Set(Utc::now()),
        expires_at: Set(link.expires_at),
    }
    .insert(db)
    .await?;
    let job = NewJob {
        kind: "email".into(),
        dedupe_key: format!("password-link:{id}"),
        org_id,
        payload: serde_json::json!({ "account": letter }),
    };
    crate::jobs::insert(db, job, Utc::now()).await?;
    Ok(())
}

async fn holding(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(password_token::Model, User)>, StoreError> {
    let Some(token) = password_token::Entity::find()
        .filter(password_token::Column::TokenHash.eq(token_hash))
        .filter(password_token::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let user = user::Entity::find_by_id(token.user_id).one(db).await?;
    Ok(user.filter(|u| u.erased_at.is_none()).map(|u| (token, u)))
}

fn purpose_of(row: &password_token::Model) -> Purpose {
    if row.purpose == Purpose::Invitation.as_str() { Purpose::Invitation } else { Purpose::Reset }
}

impl Store {
    /// Someone asks to reset the password of `email`, throttled by `policy` per address and per
    /// IP like logins. When the address has an account, a link (`link`) is kept and its e-mail
    /// queued; when it has none, nothing is — and the caller cannot tell which, as the answer
    /// and the work are the same. The e-mail is in the account's chosen language, else `language`.
    pub async fn request_password_reset(
        &self,
        ctx: &Context,
        email: String,
        link: NewLink,
        language: cohort_domain::language::Lang,
        policy: ThrottlePolicy,
        now: DateTime<Utc>,
    ) -> Result<Verdict, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let (verdict, _) =
                        crate::login_attempts::reserve(tx, &ctx, &format!("reset:{email}"), policy, now)
                            .await?;
                    if verdict != Verdict::Allow {
                        return Ok(verdict);
                    }
                    let account = users::find_by_email(tx, &email).await?.filter(|u| u.erased_at.is_none());
                    let event = match &account {
                        Some(user) => {
                            let language = user.chosen_language().unwrap_or(language);
                            let letter = serde_json::json!({
                                "letter": "reset_password", "to": user.email, "name": user.name,
                                "token": link.token, "expires_at": link.expires_at,
                                "language": language.code(),
                            });
                            issue(tx, user.id, Purpose::Reset, None, &link, letter).await?;
                            Event::new(Action::PasswordResetRequested, None, "user", user.id)
                        }
                        None => Event {
                            org_id: None,
                            action: Action::PasswordResetRequested,
                            target: None,
                            details: None,
                        },
                    };
                    let event = event.with_details(serde_json::json!({ "email": email }));
                    audit::append_for_person(tx, &ctx, account.map(|u| u.id), event).await?;
                    Ok(Verdict::Allow)
                }
                .boxed()
            })
            .await
    }

    /// Whose link this is, while it works (the page that opens it greets them).
    pub async fn password_link(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Holder>, StoreError> {
        Ok(holding(&self.read, token_hash, now).await?.map(|(row, user)| Holder {
            purpose: purpose_of(&row),
            org_id: row.org_id,
            user,
        }))
    }

    /// Uses a link: sets the password, ends every session of the account, forgets every link
    /// it had and starts `fresh` for the browser that used it. `None` when the link is unknown,
    /// used or expired (then nothing changes).
    pub async fn use_password_link(
        &self,
        ctx: &Context,
        token_hash: String,
        password_hash: String,
        fresh: NewSession,
        now: DateTime<Utc>,
    ) -> Result<Option<Holder>, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let Some((row, found)) = holding(tx, &token_hash, now).await? else { return Ok(None) };
                    password_token::Entity::delete_many()
                        .filter(password_token::Column::UserId.eq(found.id))
                        .exec(tx)
                        .await?;
                    let mut change: user::ActiveModel = found.into();
                    change.password_hash = Set(password_hash);
                    change.must_change_password = Set(false);
                    change.password_changed_at = Set(now);
                    let user = change.update(tx).await?;
                    session::Entity::delete_many()
                        .filter(session::Column::UserId.eq(user.id))
                        .exec(tx)
                        .await?;
                    let purpose = purpose_of(&row);
                    let action = match purpose {
                        Purpose::Reset => Action::PasswordReset,
                        Purpose::Invitation => Action::InvitationAccepted,
                    };
                    let ctx = ctx.as_actor(Actor::User { id: user.id, email: user.email.clone() });
                    audit::append(tx, &ctx, Event::new(action, row.org_id, "user", user.id)).await?;
                    sessions::insert(tx, user.id, fresh, ctx.ip.clone()).await?;
                    Ok(Some(Holder { user, purpose, org_id: row.org_id }))
                }
                .boxed()
            })
            .await
    }

    /// The operator's reset: gives the account of `email` the one-time password `password_hash`
    /// (to be replaced at next sign-in), ends its sessions and forgets its links. `None` when
    /// the address has no account.
    pub async fn set_one_time_password(
        &self,
        ctx: &Context,
        email: &str,
        password_hash: String,
    ) -> Result<Option<User>, StoreError> {
        let ctx = ctx.clone();
        let email = email.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let Some(found) =
                        users::find_by_email(tx, &email).await?.filter(|u| u.erased_at.is_none())
                    else {
                        return Ok(None);
                    };
                    password_token::Entity::delete_many()
                        .filter(password_token::Column::UserId.eq(found.id))
                        .exec(tx)
                        .await?;
                    session::Entity::delete_many()
                        .filter(session::Column::UserId.eq(found.id))
                        .exec(tx)
                        .await?;
                    let mut change: user::ActiveModel = found.into();
                    change.password_hash = Set(password_hash);
                    change.must_change_password = Set(true);
                    change.password_changed_at = Set(Utc::now());
                    let user = change.update(tx).await?;
                    let event = Event::new(Action::PasswordReset, None, "user", user.id)
                        .with_details(serde_json::json!({ "by": "operator" }));
                    audit::append_for_person(tx, &ctx, Some(user.id), event).await?;
                    Ok(Some(user))
                }
                .boxed()
            })
            .await
    }

    /// Forgets links whose time is up; returns how many.
    pub async fn purge_expired_password_links(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    let gone = password_token::Entity::delete_many()
                        .filter(password_token::Column::ExpiresAt.lte(now))
                        .exec(tx)
                        .await?;
                    Ok(gone.rows_affected)
                }
                .boxed()
            })
            .await
    }
}
