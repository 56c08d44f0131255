//! Browser sessions, server-side: the cookie holds a random secret, the table its SHA-256.

use crate::audit::{self, Actor, Context, Event};
use crate::entities::session::{self, Column, Entity};
use crate::users::User;
use crate::{Store, StoreError, login_attempts};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, ModelTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

/// A session.
pub type Session = session::Model;

/// The most sessions listed for one person.
const MAX_LISTED: u64 = 100;

/// A session about to start.
#[derive(Clone, Debug)]
pub struct NewSession {
    /// SHA-256 (hex) of the cookie secret.
    pub secret_hash: String,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The browser's user agent.
    pub user_agent: Option<String>,
}

pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    new: NewSession,
    ip: Option<String>,
) -> Result<Session, StoreError> {
    let now = Utc::now();
    Ok(session::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        secret_hash: Set(new.secret_hash),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(new.expires_at),
        ip: Set(ip),
        user_agent: Set(new.user_agent),
    }
    .insert(db)
    .await?)
}

impl Store {
    /// Starts a session for a person whose password was right, marking their reserved login
    /// attempt ([`Store::reserve_login`]) as succeeded.
    pub async fn log_in(
        &self,
        ctx: &Context,
        attempt: Uuid,
        user: &User,
        new: NewSession,
    ) -> Result<Session, StoreError> {
        let ctx = ctx.as_actor(Actor::User { id: user.id, email: user.email.clone() });
        let (user_id, email) = (user.id, user.email.clone());
        self.writer
            .run(move |tx| {
                async move {
                    let session = insert(tx, user_id, new, ctx.ip.clone()).await?;
                    login_attempts::succeed(tx, &ctx, attempt, &email, user_id).await?;
                    Ok(session)
                }
                .boxed()
            })
            .await
    }

    /// The live session with this secret hash, and its person.
    pub async fn session_by_secret(
        &self,
        secret_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(Session, User)>, StoreError> {
        let Some(session) = Entity::find()
            .filter(Column::SecretHash.eq(secret_hash))
            .filter(Column::ExpiresAt.gt(now))
            .one(&self.read)
            .await?
        else {
            return Ok(None);
        };
        Ok(self.user_by_id(session.user_id).await?.map(|user| (session, user)))
    }

    /// Notes that a session is still in use (callers limit this to about once a minute).
    pub async fn touch_session(&self, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    Entity::update_many()
                        .col_expr(Column::LastSeenAt, sea_orm::sea_query::Expr::value(now))
                        .filter(Column::Id.eq(id))
                        .exec(tx)
                        .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// Ends one of a person's sessions: logging out (`own` is the current session) or revoking
    /// another device's. Another person's session is [`StoreError::NotFound`].
    pub async fn end_session(
        &self,
        ctx: &Context,
        user_id: Uuid,
        id: Uuid,
        own: bool,
    ) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let session = Entity::find_by_id(id)
                        .filter(Column::UserId.eq(user_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    session.delete(tx).await?;
                    let action = if own { Action::Logout } else { Action::SessionRevoked };
                    audit::append_for_person(
                        tx,
                        &ctx,
                        Some(user_id),
                        Event::new(action, None, "session", id),
                    )
                    .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// A person's live sessions, newest first.
    pub async fn sessions_of(&self, user_id: Uuid, now: DateTime<Utc>) -> Result<Vec<Session>, StoreError> {
        Ok(Entity::find()
            .filter(Column::UserId.eq(user_id))
            .filter(Column::ExpiresAt.gt(now))
            .order_by_desc(Column::Id)
            .limit(MAX_LISTED)
            .all(&self.read)
            .await?)
    }
}
