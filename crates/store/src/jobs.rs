//! Delivery jobs. Outbox events fan out into jobs; workers claim due jobs with a lease, then
//! finish them or schedule a retry. Claiming on PostgreSQL uses `FOR UPDATE SKIP LOCKED`, so many
//! instances share the work and no job is held by two at once; on SQLite the single writer
//! serialises claims. A worker that dies leaves its lease to run out, and the job is claimed again.

use crate::entities::{job, outbox_message};
use crate::error::corrupt;
use crate::outbox::OutboxMessage;
use crate::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use futures::FutureExt;
use futures::future::BoxFuture;
use sea_orm::sea_query::{LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Set,
};
use uuid::Uuid;

/// A job to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewJob {
    /// `email` or `webhook`.
    pub kind: String,
    /// Unique per delivery.
    pub dedupe_key: String,
    /// The organisation.
    pub org_id: Option<Uuid>,
    /// What to deliver.
    pub payload: serde_json::Value,
}

/// A claimed job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// Its id (stable across retries: deliveries name themselves by it).
    pub id: Uuid,
    /// `email` or `webhook`.
    pub kind: String,
    /// The organisation.
    pub org_id: Option<Uuid>,
    /// What to deliver.
    pub payload: serde_json::Value,
    /// This is attempt number...
    pub attempt: u32,
}

/// Counts of jobs by status, for `/metrics` and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JobCounts {
    /// Waiting or being worked on.
    pub pending: u64,
    /// Delivered.
    pub done: u64,
    /// Given up.
    pub dead: u64,
}

fn skip_locked<E: EntityTrait>(select: Select<E>, backend: DbBackend) -> Select<E> {
    match backend {
        DbBackend::Postgres => select.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked),
        _ => select,
    }
}

/// Turns an outbox event into the jobs of one kind of side effect (an e-mail, a webhook call, a
/// GitHub look-up). The queue knows no kind itself: whoever runs it registers the planners, so a
/// new side effect is a new planner, not an edit here.
pub trait Planner: Send + Sync {
    /// The jobs `event` makes; none when it is not this planner's business.
    fn plan<'a>(
        &'a self,
        reader: Reader<'a>,
        event: &'a OutboxMessage,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<NewJob>, StoreError>>;
}

/// What a planner may read: the fan-out's own transaction, so that what it plans and the event
/// it plans for are handed over together.
#[derive(Clone, Copy)]
pub struct Reader<'a>(pub(crate) &'a DatabaseTransaction);

/// The registered planners, for the life of the program.
pub type Planners = &'static [&'static dyn Planner];

/// Plans the GitHub look-up of a new application, where its organisation opted in.
pub struct GithubPlanner;

impl Planner for GithubPlanner {
    fn plan<'a>(
        &'a self,
        reader: Reader<'a>,
        event: &'a OutboxMessage,
        _now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<NewJob>, StoreError>> {
        github_jobs(reader.0, event).boxed()
    }
}

/// A new application of an organisation that opted in, with a GitHub profile: read its
/// repositories' languages.
async fn github_jobs(tx: &impl ConnectionTrait, event: &OutboxMessage) -> Result<Vec<NewJob>, StoreError> {
    let Some(org_id) = event.org_id.filter(|_| event.topic == "application.created") else {
        return Ok(Vec::new());
    };
    let enabled = crate::entities::hiring_settings::Entity::find_by_id(org_id)
        .one(tx)
        .await?
        .is_some_and(|s| s.github_enrichment);
    if !enabled {
        return Ok(Vec::new());
    }
    let Some(github_url) = crate::entities::application::Entity::find_by_id(event.subject_id)
        .one(tx)
        .await?
        .and_then(|a| a.github_url)
    else {
        return Ok(Vec::new());
    };
    Ok(vec![NewJob {
        kind: "github".into(),
        dedupe_key: format!("{}:github", event.id),
        org_id: Some(org_id),
        payload: serde_json::json!({ "application_id": event.subject_id, "github_url": github_url }),
    }])
}

/// Queues a job, due now.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    new: NewJob,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let id = Uuid::now_v7();
    job::ActiveModel {
        id: Set(id),
        kind: Set(new.kind),
        dedupe_key: Set(new.dedupe_key),
        org_id: Set(new.org_id),
        payload: Set(new.payload.to_string()),
        status: Set("pending".into()),
        attempts: Set(0),
        available_at: Set(now),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        finished_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(id)
}

impl Store {
    /// Turns up to `limit` undelivered outbox events into jobs (each of `planners` says which of
    /// its kind) and marks the events handed over, in one transaction; returns how many events it
    /// took.
    pub async fn fan_out(&self, limit: u64, planners: Planners) -> Result<usize, StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    let query = outbox_message::Entity::find()
                        .filter(outbox_message::Column::DeliveredAt.is_null())
                        .order_by_asc(outbox_message::Column::Id)
                        .limit(limit);
                    let rows = skip_locked(query, tx.get_database_backend()).all(tx).await?;
                    let now = Utc::now();
                    for row in &rows {
                        let message = OutboxMessage {
                            id: row.id,
                            org_id: row.org_id,
                            topic: row.topic.clone(),
                            subject_id: row.subject_id,
                            payload: serde_json::from_str(&row.payload).map_err(corrupt)?,
                        };
                        let mut jobs = Vec::new();
                        for planner in planners {
                            jobs.extend(planner.plan(Reader(tx), &message, now).await?);
                        }
                        for new in jobs {
                            let exists = job::Entity::find()
                                .filter(job::Column::DedupeKey.eq(new.dedupe_key.clone()))
                                .one(tx)
                                .await?
                                .is_some();
                            if !exists {
                                insert(tx, new, now).await?;
                            }
                        }
                        outbox_message::ActiveModel {
                            id: Set(row.id),
                            delivered_at: Set(Some(now)),
                            ..Default::default()
                        }
                        .update(tx)
                        .await?;
                    }
                    Ok(rows.len())
                }
                .boxed()
            })
            .await
    }

    /// Whether anything waits: an event to fan out or a job that is due. Two indexed reads, so
    /// that an idle dispatcher does not open write transactions.
    pub async fn has_due_work(&self) -> Result<bool, StoreError> {
        let now = Utc::now();
        let event = outbox_message::Entity::find()
            .select_only()
            .column(outbox_message::Column::Id)
            .filter(outbox_message::Column::DeliveredAt.is_null())
            .limit(1)
            .into_tuple::<Uuid>()
            .one(&self.read)
            .await?;
        if event.is_some() {
            return Ok(true);
        }
        let job = job::Entity::find()
            .select_only()
            .column(job::Column::Id)
            .filter(job::Column::Status.eq("pending"))
            .filter(job::Column::AvailableAt.lte(now))
            .filter(
                Condition::any()
                    .add(job::Column::LockedUntil.is_null())
                    .add(job::Column::LockedUntil.lt(now)),
            )
            .limit(1)
            .into_tuple::<Uuid>()
            .one(&self.read)
            .await?;
        Ok(job.is_some())
    }

    /// Claims up to `limit` due jobs of `kind` for `worker` for `lease`, leaving out the jobs of
    /// the webhook endpoints in `busy` (a worker's endpoints at their limit).
    pub async fn claim_jobs(
        &self,
        worker: &str,
        kind: &str,
        limit: u64,
        lease: Duration,
        busy: Vec<Uuid>,
    ) -> Result<Vec<Job>, StoreError> {
        let (worker, kind) = (worker.to_owned(), kind.to_owned());
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut query = job::Entity::find()
                        .filter(job::Column::Kind.eq(kind))
                        .filter(job::Column::Status.eq("pending"))
                        .filter(job::Column::AvailableAt.lte(now))
                        .filter(
                            Condition::any()
                                .add(job::Column::LockedUntil.is_null())
                                .add(job::Column::LockedUntil.lt(now)),
                        );
                    for endpoint in busy {
                        // A webhook job's key ends in its endpoint (see `WebhookPlanner`).
                        query =
                            query.filter(job::Column::DedupeKey.not_like(format!("%:webhook:{endpoint}")));
                    }
                    let query = query.order_by_asc(job::Column::AvailableAt).limit(limit);
                    let rows = skip_locked(query, tx.get_database_backend()).all(tx).await?;
                    let mut claimed = Vec::with_capacity(rows.len());
                    for row in rows {
                        let attempt = row.attempts + 1;
                        job::ActiveModel {
                            id: Set(row.id),
                            attempts: Set(attempt),
                            locked_until: Set(Some(now + lease)),
                            locked_by: Set(Some(worker.clone())),
                            ..Default::default()
                        }
                        .update(tx)
                        .await?;
                        claimed.push(Job {
                            id: row.id,
                            kind: row.kind,
                            org_id: row.org_id,
                            payload: serde_json::from_str(&row.payload).map_err(corrupt)?,
                            attempt: u32::try_from(attempt).unwrap_or(u32::MAX),
                        });
                    }
                    Ok(claimed)
                }
                .boxed()
            })
            .await
    }

    /// Extends `worker`'s lease on a job it is delivering to `until`; `false` when the worker
    /// no longer holds it (the lease ran out and another worker took the job over).
    pub async fn renew_job(&self, id: Uuid, worker: &str, until: DateTime<Utc>) -> Result<bool, StoreError> {
        let worker = worker.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let renewed = job::Entity::update_many()
                        .set(job::ActiveModel { locked_until: Set(Some(until)), ..Default::default() })
                        .filter(job::Column::Id.eq(id))
                        .filter(job::Column::Status.eq("pending"))
                        .filter(job::Column::LockedBy.eq(worker))
                        .exec(tx)
                        .await?;
                    Ok(renewed.rows_affected == 1)
                }
                .boxed()
            })
            .await
    }

    /// Marks a claimed job delivered (only while `worker` holds it).
    pub async fn finish_job(&self, id: Uuid, worker: &str) -> Result<(), StoreError> {
        let worker = worker.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    job::Entity::update_many()
                        .set(job::ActiveModel {
                            status: Set("done".into()),
                            locked_until: Set(None),
                            finished_at: Set(Some(Utc::now())),
                            last_error: Set(None),
                            ..Default::default()
                        })
                        .filter(job::Column::Id.eq(id))
                        .filter(job::Column::LockedBy.eq(worker))
                        .exec(tx)
                        .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// Records a failed attempt: tried again at `retry_at`, or given up (`None`).
    pub async fn fail_job(
        &self,
        id: Uuid,
        worker: &str,
        error: String,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let worker = worker.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut changes = job::ActiveModel {
                        locked_until: Set(None),
                        last_error: Set(Some(error)),
                        ..Default::default()
                    };
                    match retry_at {
                        Some(at) => changes.available_at = Set(at),
                        None => {
                            changes.status = Set("dead".into());
                            changes.finished_at = Set(Some(now));
                        }
                    }
                    job::Entity::update_many()
                        .set(changes)
                        .filter(job::Column::Id.eq(id))
                        .filter(job::Column::LockedBy.eq(worker))
                        .exec(tx)
                        .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// How many jobs there are by status.
    pub async fn job_counts(&self) -> Result<JobCounts, StoreError> {
        let rows: Vec<(String, i64)> = job::Entity::find()
            .select_only()
            .column(job::Column::Status)
            .column_as(job::Column::Id.count(), "n")
            .group_by(job::Column::Status)
            .into_tuple()
            .all(&self.read)
            .await?;
        let mut counts = JobCounts::default();
        for (status, n) in rows {
            let n = u64::try_from(n).unwrap_or(0);
            match status.as_str() {
                "pending" => counts.pending = n,
                "done" => counts.done = n,
                _ => counts.dead = n,
            }
        }
        Ok(counts)
    }
}
