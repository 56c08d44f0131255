//! Failed and successful logins, counted for throttling (the audit trail records them too), and
//! registrations per address, counted for the registration limit.

use crate::audit::{self, Context, Event};
use crate::entities::{login_attempt, registration_attempt};
use crate::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use cohort_domain::audit::Action;
use cohort_domain::identity::throttle::{RecentFailures, RegistrationPolicy, ThrottlePolicy, Verdict};
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set, Statement,
};
use uuid::Uuid;

/// What reserving a login attempt found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reservation {
    /// Check the password; the attempt is recorded (as failed until the login succeeds).
    Granted(Uuid),
    /// Too many recent failures: refuse without checking, and try again after this long.
    Refused(Duration),
}

async fn insert(db: &impl ConnectionTrait, ctx: &Context, email: &str) -> Result<Uuid, StoreError> {
    let id = Uuid::now_v7();
    login_attempt::ActiveModel {
        id: Set(id),
        at: Set(Utc::now()),
        email: Set(email.to_owned()),
        ip: Set(ctx.ip.clone()),
        succeeded: Set(false),
    }
    .insert(db)
    .await?;
    Ok(id)
}

async fn audit_attempt(
    db: &impl ConnectionTrait,
    ctx: &Context,
    email: &str,
    user_id: Option<Uuid>,
    succeeded: bool,
) -> Result<(), StoreError> {
    let action = if succeeded { Action::LoginSucceeded } else { Action::LoginFailed };
    let event = match user_id {
        Some(user_id) => Event::new(action, None, "user", user_id),
        None => Event { org_id: None, action, target: None, details: None },
    };
    audit::append_for_person(db, ctx, user_id, event.with_details(serde_json::json!({ "email": email })))
        .await
}

/// Marks a reserved attempt as the successful login it became.
pub(crate) async fn succeed(
    db: &impl ConnectionTrait,
    ctx: &Context,
    attempt: Uuid,
    email: &str,
    user_id: Uuid,
) -> Result<(), StoreError> {
    login_attempt::Entity::update_many()
        .col_expr(login_attempt::Column::Succeeded, Expr::value(true))
        .filter(login_attempt::Column::Id.eq(attempt))
        .exec(db)
        .await?;
    audit_attempt(db, ctx, email, Some(user_id), true).await
}

/// Counts the recent failures for `email` (an address, or another key such as `reset:<address>`)
/// and the context's IP, judges them by `policy`, and records this attempt as one more (failed
/// until marked otherwise), in the caller's transaction.
pub(crate) async fn reserve(
    tx: &DatabaseTransaction,
    ctx: &Context,
    email: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<(Verdict, Uuid), StoreError> {
    let keys = std::iter::once(format!("login:email:{email}"))
        .chain(ctx.ip.iter().map(|ip| format!("login:ip:{ip}")))
        .collect();
    lock_keys(tx, keys).await?;
    let failures = recent_failures(tx, email, ctx.ip.as_deref(), policy.since(now)).await?;
    let verdict = policy.judge(failures, now);
    let attempt = insert(tx, ctx, email).await?;
    Ok((verdict, attempt))
}

/// On PostgreSQL, serialises the transactions that count attempts for the same keys (SQLite's one
/// writer already does); keys are locked in order, so two attempts cannot deadlock.
async fn lock_keys(tx: &DatabaseTransaction, mut keys: Vec<String>) -> Result<(), StoreError> {
    if tx.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    keys.sort();
    keys.dedup();
    for key in keys {
        let lock = Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            [key.into()],
        );
        tx.execute_raw(lock).await?;
    }
    Ok(())
}

/// How many rows `query` finds, and the earliest `at` among them.
async fn count_and_oldest<E: EntityTrait<Model: Sync>>(
    db: &impl ConnectionTrait,
    query: Select<E>,
    at: E::Column,
) -> Result<(u32, Option<DateTime<Utc>>), StoreError> {
    let count = query.clone().count(db).await?;
    let oldest =
        query.select_only().column(at).order_by_asc(at).into_tuple::<DateTime<Utc>>().one(db).await?;
    Ok((u32::try_from(count).unwrap_or(u32::MAX), oldest))
}

async fn recent_failures(
    db: &impl ConnectionTrait,
    email: &str,
    ip: Option<&str>,
    since: DateTime<Utc>,
) -> Result<RecentFailures, StoreError> {
    let failures = || {
        login_attempt::Entity::find()
            .filter(login_attempt::Column::Succeeded.eq(false))
            .filter(login_attempt::Column::At.gt(since))
    };
    let (account, account_oldest) = count_and_oldest(
        db,
        failures().filter(login_attempt::Column::Email.eq(email)),
        login_attempt::Column::At,
    )
    .await?;
    let (ip, ip_oldest) = match ip {
        Some(ip) => {
            count_and_oldest(
                db,
                failures().filter(login_attempt::Column::Ip.eq(ip)),
                login_attempt::Column::At,
            )
            .await?
        }
        None => (0, None),
    };
    Ok(RecentFailures { account, account_oldest, ip, ip_oldest })
}

impl Store {
    /// Reserves a login attempt for `email` from the context's address before its password is
    /// checked: counting the recent failures, judging them by `policy` and recording the attempt
    /// (as failed until [`Store::log_in`] marks it succeeded) is one step, so concurrent attempts
    /// cannot all pass the count. A refused attempt is recorded as a failure too.
    pub async fn reserve_login(
        &self,
        ctx: &Context,
        email: String,
        policy: ThrottlePolicy,
        now: DateTime<Utc>,
    ) -> Result<Reservation, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let (verdict, attempt) = reserve(tx, &ctx, &email, policy, now).await?;
                    match verdict {
                        Verdict::Allow => Ok(Reservation::Granted(attempt)),
                        Verdict::Wait(wait) => {
                            audit_attempt(tx, &ctx, &email, None, false).await?;
                            Ok(Reservation::Refused(wait))
                        }
                    }
                }
                .boxed()
            })
            .await
    }

    /// Records in the audit trail that a reserved attempt's password was wrong (or its e-mail
    /// unknown); the attempt already counts as failed.
    pub async fn login_failed(
        &self,
        ctx: &Context,
        email: String,
        user_id: Option<Uuid>,
    ) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| async move { audit_attempt(tx, &ctx, &email, user_id, false).await }.boxed())
            .await
    }

    /// Counts a registration from `ip` against `policy` and records it when it may go ahead, in
    /// one step (concurrent registrations cannot all pass the count).
    pub async fn reserve_registration(
        &self,
        ip: String,
        policy: RegistrationPolicy,
        now: DateTime<Utc>,
    ) -> Result<Verdict, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    lock_keys(tx, vec![format!("register:ip:{ip}")]).await?;
                    let recent = registration_attempt::Entity::find()
                        .filter(registration_attempt::Column::Ip.eq(ip.clone()))
                        .filter(registration_attempt::Column::At.gt(policy.since(now)));
                    let (count, oldest) =
                        count_and_oldest(tx, recent, registration_attempt::Column::At).await?;
                    let verdict = policy.judge(count, oldest, now);
                    if verdict == Verdict::Allow {
                        registration_attempt::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            at: Set(now),
                            ip: Set(ip),
                        }
                        .insert(tx)
                        .await?;
                    }
                    Ok(verdict)
                }
                .boxed()
            })
            .await
    }
}
