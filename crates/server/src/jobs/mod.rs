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
        "email" if job.payload.get("account").is_some() => {
            let message = mail::account_message(config, job.id, &job.payload["account"])?;
            mailer.send(&job.id.to_string(), message).await
        }
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
            for (name, message) in mail::messages(store, config, job.id, notice, audience, &event).await? {
                mailer.send(&name, message).await?;
            }
            Ok(())
        }
        "webhook" => crate::jobs::webhooks::deliver(store, config.webhook_allow_private, job).await,
        "github" => crate::jobs::github::enrich(store, &config.github_api_url, job).await,
        other => anyhow::bail!("unknown job kind {other:?}"),
    }
}

/// How many jobs of each kind one worker delivers at once: each kind has its own lane, so a
/// slow webhook endpoint never holds an e-mail back.
const LANES: [(&str, usize); 3] = [("email", 4), ("webhook", 8), ("github", 2)];
/// Deliveries to one webhook endpoint at once, per worker: one, so that an endpoint receives a
/// worker's events in order and one that answers 410 Gone is disabled before it gets another.
const PER_ENDPOINT: usize = 1;

/// A worker's deliveries in flight: a lane of permits per kind, and the webhook endpoints it is
/// delivering to.
#[derive(Clone)]
pub struct Lanes {
    lanes: Vec<(&'static str, Arc<tokio::sync::Semaphore>)>,
    endpoints: Arc<std::sync::Mutex<std::collections::HashMap<uuid::Uuid, usize>>>,
    /// Told whenever a delivery ends, so that the dispatcher claims the next one at once.
    done: Arc<tokio::sync::Notify>,
}

impl Default for Lanes {
    fn default() -> Self {
        Lanes {
            lanes: LANES.iter().map(|(kind, n)| (*kind, Arc::new(tokio::sync::Semaphore::new(*n)))).collect(),
            endpoints: Arc::default(),
            done: Arc::default(),
        }
    }
}

impl Lanes {
    fn busy_endpoints(&self) -> Vec<uuid::Uuid> {
        let endpoints = self.endpoints.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        endpoints.iter().filter(|(_, n)| **n >= PER_ENDPOINT).map(|(id, _)| *id).collect()
    }

    fn count(&self, endpoint: Option<uuid::Uuid>, by: isize) {
        let Some(endpoint) = endpoint else { return };
        let mut endpoints = self.endpoints.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = endpoints.entry(endpoint).or_default();
        *n = n.saturating_add_signed(by);
        if *n == 0 {
            endpoints.remove(&endpoint);
        }
    }
}

/// One round: hand events over to jobs, then claim as many due jobs of each kind as its lane
/// has room for and start delivering each under its own lease. Returns whether there was work.
pub async fn dispatch_once(
    store: &Store,
    config: &Arc<Config>,
    mailer: &Arc<Mailer>,
    worker: &str,
    lanes: &Lanes,
) -> anyhow::Result<bool> {
    let events = store.fan_out(100, PLANNERS).await?;
    let lease = chrono::Duration::seconds(i64::try_from(config.job_lease_secs.max(1)).unwrap_or(60));
    let mut claimed = 0;
    for (kind, lane) in &lanes.lanes {
        let room = lane.available_permits();
        if room == 0 {
            continue;
        }
        // Webhooks are claimed one at a time, so that each claim leaves out the endpoints that
        // the ones before filled up.
        let webhooks = *kind == "webhook";
        let mut jobs = Vec::new();
        while jobs.len() < room {
            let (busy, at_most) = if webhooks { (lanes.busy_endpoints(), 1) } else { (Vec::new(), room) };
            let more = store.claim_jobs(worker, kind, at_most as u64, lease, busy).await?;
            let done = more.len() < at_most;
            for job in more {
                if webhooks {
                    lanes.count(endpoint_of(&job), 1);
                }
                jobs.push(job);
            }
            if done || !webhooks {
                break;
            }
        }
        claimed += jobs.len();
        for job in jobs {
            let Ok(permit) = Arc::clone(lane).try_acquire_owned() else { break };
            let endpoint = endpoint_of(&job);
            let (store, config, mailer, worker, lanes) =
                (store.clone(), Arc::clone(config), Arc::clone(mailer), worker.to_owned(), lanes.clone());
            tokio::spawn(async move {
                let _permit = permit;
                if let Err(error) = run_job(&store, &config, &mailer, &worker, job, lease).await {
                    tracing::warn!(%error, "recording a delivery failed; its lease will run out and it is tried again");
                }
                lanes.count(endpoint, -1);
                lanes.done.notify_one();
            });
        }
    }
    Ok(events > 0 || claimed > 0)
}

/// The webhook endpoint a job delivers to, if it is a webhook.
fn endpoint_of(job: &Job) -> Option<uuid::Uuid> {
    (job.kind == "webhook").then(|| serde_json::from_value(job.payload["endpoint_id"].clone()).ok()).flatten()
}

/// Delivers one claimed job, renewing its lease while the delivery runs. A worker that finds
/// its lease taken over (it was stalled past the lease) abandons the delivery: the job is
/// another worker's now, and two deliveries at once are what the lease exists to prevent.
async fn run_job(
    store: &Store,
    config: &Config,
    mailer: &Mailer,
    worker: &str,
    job: Job,
    lease: chrono::Duration,
) -> anyhow::Result<()> {
    let keep_lease = async {
        let every = (lease / 3).to_std().unwrap_or(Duration::from_secs(1));
        loop {
            tokio::time::sleep(every).await;
            match store.renew_job(job.id, worker, Utc::now() + lease).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(error) => tracing::warn!(job = %job.id, %error, "renewing a lease failed; will retry"),
            }
        }
    };
    let delivered = tokio::select! {
        delivered = deliver(store, config, mailer, &job) => delivered,
        () = keep_lease => {
            tracing::warn!(job = %job.id, "lost the lease mid-delivery; another worker has the job");
            return Ok(());
        }
    };
    match delivered {
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
    Ok(())
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
    let mailer = Arc::new(mailer);
    let worker = format!("{}-{}", std::process::id(), uuid::Uuid::now_v7().simple());
    let lanes = Lanes::default();
    let dispatcher = async {
        loop {
            match dispatch_once(&store, &config, &mailer, &worker, &lanes).await {
                Ok(true) => {}
                // Nothing to claim: wait for a delivery to end (its lane or endpoint frees up)
                // or for new work to come due.
                Ok(false) => {
                    let _ = tokio::time::timeout(IDLE, lanes.done.notified()).await;
                }
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

/// Every tick: expires offers past their deadline and forgets registrations whose link expired.
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
        match store.purge_expired_registrations(Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(forgotten = n, "unconfirmed registrations expired"),
            Err(error) => tracing::warn!(%error, "forgetting expired registrations failed; will retry"),
        }
        match store.purge_expired_password_links(Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(forgotten = n, "password links expired"),
            Err(error) => tracing::warn!(%error, "forgetting expired password links failed; will retry"),
        }
    }
}
