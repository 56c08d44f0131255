//! Background work of `cohort serve` and `cohort worker`: the outbox dispatcher (events become
//! delivery jobs; jobs are claimed, delivered at least once, retried with backoff) and the clock
//! (offers whose time ran out expire; personal data whose retention period ran out is erased).
//! Every instance may run both: claims are leased and exclusive, expiry is a versioned update,
//! and each erasure checks again in its transaction that it is still due.

pub mod github;
pub mod mail;
pub mod webhooks;

use crate::config::Config;
use chrono::{DateTime, Utc};
use cohort_domain::delivery::{Audience, MAX_ATTEMPTS, Notice, backoff, notices};
use cohort_store::Store;
use cohort_store::StoreError;
use cohort_store::jobs::{GithubPlanner, Job, NewJob, Planner, Planners, Reader};
use cohort_store::outbox::OutboxMessage;
use cohort_store::webhooks::WebhookPlanner;
use futures::FutureExt as _;
use futures::future::BoxFuture;
use mail::Mailer;
use std::sync::Arc;
use std::time::Duration;

/// How long a claimed job is a worker's before another may take it over.
const LEASE_SECS: i64 = 120;
/// How often the dispatcher looks for work when there was none.
const IDLE: Duration = Duration::from_millis(500);
/// How often offers are checked for expiry.
const CLOCK: Duration = Duration::from_secs(30);
/// How often retention runs.
const RETENTION: Duration = Duration::from_secs(3600);

/// Every kind of side effect an outbox event can have, each planned by its own planner.
pub const PLANNERS: Planners = &[&EmailPlanner, &WebhookPlanner, &GithubPlanner];

/// Plans e-mails: one per notice and audience the domain names for the event.
pub struct EmailPlanner;

impl Planner for EmailPlanner {
    fn plan<'a>(
        &'a self,
        _reader: Reader<'a>,
        event: &'a OutboxMessage,
        _now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Vec<NewJob>, StoreError>> {
        futures::future::ready(Ok(emails(event))).boxed()
    }
}

/// The e-mails an outbox event makes: one per notice and audience.
pub fn emails(event: &OutboxMessage) -> Vec<NewJob> {
    let to_status = event.payload["data"]["to"]["status"].as_str();
    notices(&event.topic, to_status)
        .into_iter()
        .map(|(notice, audience)| {
            let audience_name = match audience {
                Audience::Candidate => "candidate",
                Audience::Panel => "panel",
                Audience::Mentor => "mentor",
            };
            NewJob {
                kind: "email".into(),
                dedupe_key: format!("{}:email:{}:{audience_name}", event.id, notice.as_str()),
                org_id: event.org_id,
                payload: serde_json::json!({
                    "notice": notice,
                    "audience": audience,
                    "event": {
                        "id": event.id, "org_id": event.org_id, "topic": event.topic,
                        "subject_id": event.subject_id, "payload": event.payload,
                    },
                }),
            }
        })
        .collect()
}

/// Delivers one job; `Ok` when done (or when there is nobody left to deliver to).
async fn deliver(store: &Store, config: &Config, mailer: &Mailer, job: &Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        "email" => {
            let notice: Notice = serde_json::from_value(job.payload["notice"].clone())?;
            let audience: Audience = serde_json::from_value(job.payload["audience"].clone())?;
            let e = &job.payload["event"];
            let event = OutboxMessage {
                id: serde_json::from_value(e["id"].clone())?,
                org_id: serde_json::from_value(e["org_id"].clone())?,
                topic: e["topic"].as_str().unwrap_or_default().to_owned(),
                subject_id: serde_json::from_value(e["subject_id"].clone())?,
                payload: e["payload"].clone(),
            };
            if let Some(message) = mail::message(store, config, job.id, notice, audience, &event).await? {
                mailer.send(job.id, message).await?;
            }
            Ok(())
        }
        "webhook" => crate::jobs::webhooks::deliver(store, config.webhook_allow_private, job).await,
        "github" => crate::jobs::github::enrich(store, &config.github_api_url, job).await,
        other => anyhow::bail!("unknown job kind {other:?}"),
    }
}

/// One round: hand events over to jobs, then work the due jobs. Returns whether there was work.
pub async fn dispatch_once(
    store: &Store,
    config: &Config,
    mailer: &Mailer,
    worker: &str,
) -> anyhow::Result<bool> {
    let events = store.fan_out(100, PLANNERS).await?;
    let jobs = store.claim_jobs(worker, 20, chrono::Duration::seconds(LEASE_SECS)).await?;
    let busy = events > 0 || !jobs.is_empty();
    for job in jobs {
        match deliver(store, config, mailer, &job).await {
            Ok(()) => store.finish_job(job.id, worker).await?,
            Err(error) => {
                let first =
                    chrono::Duration::milliseconds(i64::try_from(config.retry_first_ms).unwrap_or(30_000));
                let asked = error.downcast_ref::<crate::jobs::webhooks::RetryAt>().map(|r| r.0);
                let retry_at = (job.attempt < MAX_ATTEMPTS).then(|| {
                    asked.unwrap_or_else(|| Utc::now() + backoff(first, job.attempt, fastrand_permille()))
                });
                tracing::warn!(job = %job.id, attempt = job.attempt, %error, "delivery failed; {}",
                    if retry_at.is_some() { "will retry" } else { "giving up" });
                store.fail_job(job.id, worker, format!("{error:#}"), retry_at).await?;
            }
        }
    }
    Ok(busy)
}

/// A number in 0..=1000 for jitter, from the clock's nanoseconds (jitter needs no better).
fn fastrand_permille() -> u32 {
    Utc::now().timestamp_subsec_nanos() % 1001
}

/// Runs the dispatcher and the clock until the task is dropped.
pub async fn run(store: Store, config: Arc<crate::config::Config>) {
    let mailer = match Mailer::from_config(&config) {
        Ok(mailer) => mailer,
        Err(error) => {
            tracing::error!(%error, "e-mail is not configured correctly; nothing will be delivered");
            return;
        }
    };
    tracing::info!("e-mails go to {}", mailer.describe());
    let worker = format!("{}-{}", std::process::id(), uuid::Uuid::now_v7().simple());
    let dispatcher = async {
        loop {
            match dispatch_once(&store, &config, &mailer, &worker).await {
                Ok(true) => {}
                Ok(false) => tokio::time::sleep(IDLE).await,
                Err(error) => {
                    tracing::warn!(%error, "dispatching failed; will retry");
                    tokio::time::sleep(IDLE * 4).await;
                }
            }
        }
    };
    let blobs = cohort_store::blobs::BlobStore::new(config.data_dir.join("blobs"));
    tokio::join!(dispatcher, expire_offers(store.clone()), retention(store.clone(), blobs));
}

/// Erases, every hour, what retention says is due. Several instances may run it at once: each
/// erasure checks again, in its transaction, that it is still due and not done.
async fn retention(store: Store, blobs: cohort_store::blobs::BlobStore) {
    let mut ticks = tokio::time::interval(RETENTION);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match crate::services::privacy::run_retention(&store, &blobs, Utc::now(), false).await {
            Ok(report) if report.organisations.is_empty() && report.skipped == 0 => {}
            Ok(report) => {
                for line in report.lines() {
                    tracing::info!("{line}");
                }
            }
            Err(error) => tracing::warn!(%error, "the retention run failed; will retry"),
        }
    }
}

async fn expire_offers(store: Store) {
    let mut ticks = tokio::time::interval(CLOCK);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match store.expire_due_offers(Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "offers expired"),
            Err(error) => tracing::warn!(%error, "expiring offers failed; will retry"),
        }
    }
}
