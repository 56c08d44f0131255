//! Accounts: candidates register themselves; members are created by an admin or the operator.

use crate::audit::{self, Actor, Context, Event};
use crate::entities::{session, user};
use crate::sessions::{self, NewSession, Session};
use crate::{Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::identity::{EmailAddress, PersonName};
use futures::FutureExt;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// A user account.
pub type User = user::Model;

impl user::Model {
    /// The language the person chose to read Cohort in, if they chose one Cohort speaks.
    pub fn chosen_language(&self) -> Option<cohort_domain::language::Lang> {
        self.language.as_deref().and_then(cohort_domain::language::Lang::from_tag)
    }
}

/// What a new account starts with.
#[derive(Clone, Debug)]
pub struct NewUser {
    /// Its e-mail address.
    pub email: EmailAddress,
    /// Its display name.
    pub name: PersonName,
    /// The argon2id hash of its first password.
    pub password_hash: String,
    /// Whether that password is a one-time password to be replaced at first login.
    pub must_change_password: bool,
}

pub(crate) async fn insert(db: &impl ConnectionTrait, new: NewUser) -> Result<User, StoreError> {
    let now = Utc::now();
    Ok(user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(new.email.as_str().to_owned()),
        name: Set(new.name.as_str().to_owned()),
        password_hash: Set(new.password_hash),
        must_change_password: Set(new.must_change_password),
        created_at: Set(now),
        password_changed_at: Set(now),
        erased_at: Set(None),
        language: Set(None),
    }
    .insert(db)
    .await?)
}

pub(crate) async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<User>, StoreError> {
    Ok(user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await?)
}

impl Store {
    /// Registers a candidate; a taken e-mail is a [`StoreError::Conflict`] on `email`.
    pub async fn register_user(&self, ctx: &Context, new: NewUser) -> Result<User, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let user = insert(tx, new).await?;
                    let ctx = ctx.as_actor(Actor::User { id: user.id, email: user.email.clone() });
                    audit::append(tx, &ctx, Event::new(Action::Registered, None, "user", user.id)).await?;
                    Ok(user)
                }
                .boxed()
            })
            .await
    }

    /// Keeps the language a person chose to read Cohort in (`None`: their browser's).
    pub async fn set_user_language(
        &self,
        user_id: Uuid,
        language: Option<cohort_domain::language::Lang>,
    ) -> Result<User, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    Ok(user::ActiveModel {
                        id: Set(user_id),
                        language: Set(language.map(|l| l.code().to_owned())),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?)
                }
                .boxed()
            })
            .await
    }

    /// The account with this (normalised) e-mail address.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
        find_by_email(&self.read, email).await
    }

    /// The account with this id.
    pub async fn user_by_id(&self, id: Uuid) -> Result<Option<User>, StoreError> {
        Ok(user::Entity::find_by_id(id).one(&self.read).await?)
    }

    /// The accounts with these ids.
    pub async fn users_by_ids(&self, ids: Vec<Uuid>) -> Result<Vec<User>, StoreError> {
        Ok(user::Entity::find().filter(user::Column::Id.is_in(ids)).all(&self.read).await?)
    }

    /// Sets a new password chosen by the person, ends every session they had and starts `fresh`
    /// for the browser that changed it.
    pub async fn change_password(
        &self,
        ctx: &Context,
        user_id: Uuid,
        password_hash: String,
        fresh: NewSession,
    ) -> Result<Session, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let user =
                        user::Entity::find_by_id(user_id).one(tx).await?.ok_or(StoreError::NotFound)?;
                    let mut user: user::ActiveModel = user.into();
                    user.password_hash = Set(password_hash);
                    user.must_change_password = Set(false);
                    user.password_changed_at = Set(Utc::now());
                    user.update(tx).await?;
                    session::Entity::delete_many()
                        .filter(session::Column::UserId.eq(user_id))
                        .exec(tx)
                        .await?;
                    audit::append_for_person(
                        tx,
                        &ctx,
                        Some(user_id),
                        Event::new(Action::PasswordChanged, None, "user", user_id),
                    )
                    .await?;
                    sessions::insert(tx, user_id, fresh, ctx.ip.clone()).await
                }
                .boxed()
            })
            .await
    }
}
