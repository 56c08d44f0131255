//! Registration by e-mail confirmation: asking for an account stores it as pending and queues
//! the e-mail with the link; opening the link makes the account. An address that already has
//! an account gets a notice instead, and the asker gets the same answer either way.

use crate::audit::{self, Actor, Context, Event};
use crate::entities::pending_registration;
use crate::jobs::NewJob;
use crate::sessions::{self, NewSession};
use crate::users::{self, NewUser, User};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::identity::{EmailAddress, PersonName};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// An account asked for, with what the confirmation e-mail needs.
#[derive(Clone, Debug)]
pub struct NewRegistration {
    /// The address to confirm.
    pub email: EmailAddress,
    /// The name given.
    pub name: PersonName,
    /// The chosen password's hash.
    pub password_hash: String,
    /// The secret in the link (only its hash is kept with the registration; the e-mail that
    /// carries the link holds it until delivered).
    pub token: String,
    /// SHA-256 (hex) of `token`.
    pub token_hash: String,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    /// Where the link leads after confirming (a path on this site).
    pub next: String,
    /// The language the person registered in: the e-mail is in it.
    pub language: cohort_domain::language::Lang,
}

/// What opening a confirmation link did.
#[derive(Clone, Debug)]
pub enum Confirmed {
    /// The account was made and signed in (with the session given).
    Account(Box<User>),
    /// The link is unknown, used or expired.
    Invalid,
    /// The address got an account in the meantime (the link was used already, or an
    /// administrator made one).
    Taken,
}

impl Store {
    /// Asks for an account: for a new address, keeps the registration and queues the e-mail
    /// with its link; for a taken one, queues a notice to the account's owner instead. Both in
    /// one transaction, and the caller cannot tell which happened.
    pub async fn request_registration(&self, ctx: &Context, new: NewRegistration) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let email = new.email.as_str().to_owned();
                    let id = Uuid::now_v7();
                    let existing = users::find_by_email(tx, &email).await?;
                    let letter = match &existing {
                        Some(user) => serde_json::json!({
                            "letter": "account_exists", "to": user.email, "name": user.name,
                            "language": new.language.code(),
                        }),
                        None => {
                            pending_registration::ActiveModel {
                                id: Set(id),
                                email: Set(email.clone()),
                                name: Set(new.name.as_str().to_owned()),
                                password_hash: Set(new.password_hash),
                                token_hash: Set(new.token_hash),
                                created_at: Set(now),
                                expires_at: Set(new.expires_at),
                            }
                            .insert(tx)
                            .await?;
                            serde_json::json!({
                                "letter": "confirm_registration", "to": email, "name": new.name.as_str(),
                                "token": new.token, "next": new.next, "expires_at": new.expires_at,
                                "language": new.language.code(),
                            })
                        }
                    };
                    let job = NewJob {
                        kind: "email".into(),
                        dedupe_key: format!("account:{id}"),
                        org_id: None,
                        payload: serde_json::json!({ "account": letter }),
                    };
                    crate::jobs::insert(tx, job, now).await?;
                    let event = match &existing {
                        Some(user) => Event::new(Action::RegistrationRequested, None, "user", user.id),
                        None => Event {
                            org_id: None,
                            action: Action::RegistrationRequested,
                            target: None,
                            details: None,
                        },
                    };
                    let event = event.with_details(serde_json::json!({ "email": email }));
                    audit::append_for_person(tx, &ctx, existing.map(|u| u.id), event).await
                }
                .boxed()
            })
            .await
    }

    /// Opens a confirmation link: makes the account and its first session, and forgets every
    /// pending registration for the address.
    pub async fn confirm_registration(
        &self,
        ctx: &Context,
        token_hash: String,
        session: NewSession,
        now: DateTime<Utc>,
    ) -> Result<Confirmed, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let Some(pending) = pending_registration::Entity::find()
                        .filter(pending_registration::Column::TokenHash.eq(token_hash))
                        .filter(pending_registration::Column::ExpiresAt.gt(now))
                        .one(tx)
                        .await?
                    else {
                        return Ok(Confirmed::Invalid);
                    };
                    pending_registration::Entity::delete_many()
                        .filter(pending_registration::Column::Email.eq(pending.email.clone()))
                        .exec(tx)
                        .await?;
                    if users::find_by_email(tx, &pending.email).await?.is_some() {
                        return Ok(Confirmed::Taken);
                    }
                    let (Ok(email), Ok(name)) =
                        (EmailAddress::parse(&pending.email), PersonName::parse(&pending.name))
                    else {
                        return Ok(Confirmed::Invalid);
                    };
                    let new = NewUser {
                        email,
                        name,
                        password_hash: pending.password_hash,
                        must_change_password: false,
                    };
                    let user = users::insert(tx, new).await?;
                    let ctx = ctx.as_actor(Actor::User { id: user.id, email: user.email.clone() });
                    audit::append(tx, &ctx, Event::new(Action::Registered, None, "user", user.id)).await?;
                    sessions::insert(tx, user.id, session, ctx.ip.clone()).await?;
                    Ok(Confirmed::Account(Box::new(user)))
                }
                .boxed()
            })
            .await
    }

    /// Forgets registrations whose link has expired; returns how many.
    pub async fn purge_expired_registrations(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    let gone = pending_registration::Entity::delete_many()
                        .filter(pending_registration::Column::ExpiresAt.lte(now))
                        .exec(tx)
                        .await?;
                    Ok(gone.rows_affected)
                }
                .boxed()
            })
            .await
    }
}
