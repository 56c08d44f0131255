//! Webhook deliveries as the Standard Webhooks specification has them: `webhook-id` (the same on
//! every retry), `webhook-timestamp`, and `webhook-signature` = `v1,` + base64 of
//! HMAC-SHA256(secret, `id.timestamp.body`), one per signing secret. Any 2xx is success; 410
//! disables the endpoint; 429 is retried after `Retry-After`; everything else with backoff.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use cohort_domain::phrase::Phrase;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::jobs::Job;
use cohort_store::webhooks::Delivery;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// How long a receiver has to answer.
const TIMEOUT: Duration = Duration::from_secs(15);

/// A fresh signing secret: `whsec_` and 32 random bytes in base64.
pub fn new_secret() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(format!("whsec_{}", STANDARD.encode(bytes)))
}

/// The signature of one message under one secret.
pub fn sign(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> anyhow::Result<String> {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap_or(secret))
        .map_err(|e| anyhow::anyhow!("the secret is not base64: {e}"))?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|e| anyhow::anyhow!("{e}"))?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    Ok(format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes())))
}

/// A failure that says when to try again (429 with `Retry-After`).
#[derive(Debug)]
pub struct RetryAt(pub DateTime<Utc>, pub String);

impl std::fmt::Display for RetryAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

impl std::error::Error for RetryAt {}

/// Where a URL may be sent: its addresses, each checked against the private ranges unless the
/// operator allows them. Resolved once here and pinned, so a DNS answer cannot change between
/// the check and the request.
async fn resolve(url: &reqwest::Url, allow_private: bool) -> anyhow::Result<(String, Vec<SocketAddr>)> {
    let host = url.host_str().ok_or_else(|| anyhow::anyhow!("the URL has no host"))?.to_owned();
    let port = url.port_or_known_default().unwrap_or(443);
    let bare = host.trim_start_matches('[').trim_end_matches(']').to_owned();
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((bare.as_str(), port)).await?.collect();
    anyhow::ensure!(!addresses.is_empty(), "{host} does not resolve");
    if !allow_private
        && let Some(bad) = addresses.iter().find(|a| !cohort_domain::delivery::is_public(a.ip()))
    {
        anyhow::bail!("{host} resolves to {}, an internal address; webhooks may not go there", bad.ip());
    }
    Ok((bare, addresses))
}

/// Checks an endpoint URL when it is saved: http(s), a host, and (unless allowed) a public address.
pub async fn check_url(raw: &str, allow_private: bool) -> Result<(), Phrase> {
    let url = reqwest::Url::parse(raw).map_err(|_| problem::of("webhook-url"))?;
    if !matches!(url.scheme(), "https" | "http") || raw.len() > 1000 {
        return Err(problem::of("webhook-url"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(problem::of("webhook-credentials"));
    }
    resolve(&url, allow_private)
        .await
        .map(|_| ())
        .map_err(|e| problem::of("webhook-unreachable").text("why", e.to_string()))
}

/// Delivers one webhook job.
pub async fn deliver(store: &Store, allow_private: bool, job: &Job) -> anyhow::Result<()> {
    let endpoint_id: Uuid = serde_json::from_value(job.payload["endpoint_id"].clone())?;
    let webhook_id = job.payload["webhook_id"].as_str().unwrap_or_default().to_owned();
    let event_type = job.payload["type"].as_str().unwrap_or_default().to_owned();
    let body = job.payload["body"].as_str().unwrap_or_default().as_bytes().to_vec();
    let Some(endpoint) = store.endpoint_by_id(endpoint_id).await? else { return Ok(()) };
    if endpoint.disabled.is_some() {
        return Ok(());
    }
    let started = Instant::now();
    let now = Utc::now();
    let outcome = send(&endpoint, allow_private, &webhook_id, &body, now).await;
    let (status_code, error) = match &outcome {
        Ok((status, _)) => (Some(*status), None),
        Err(error) => (None, Some(format!("{error:#}"))),
    };
    let delivery = Delivery {
        id: Uuid::now_v7(),
        job_id: job.id,
        webhook_id,
        event_type,
        attempt: job.attempt,
        status_code,
        error: error.clone(),
        duration_ms: u32::try_from(started.elapsed().as_millis()).unwrap_or(u32::MAX),
        at: now,
    };
    store.record_delivery(endpoint.id, delivery).await?;
    let (status, retry_after) = outcome?;
    match status {
        200..=299 => Ok(()),
        410 => {
            store.disable_endpoint(endpoint.id, "the receiver answered 410 Gone".into()).await?;
            Ok(())
        }
        429 => match retry_after {
            Some(at) => Err(RetryAt(at, "429 Too Many Requests".into()).into()),
            None => anyhow::bail!("429 Too Many Requests"),
        },
        other => anyhow::bail!("the receiver answered {other}"),
    }
}

async fn send(
    endpoint: &cohort_store::webhooks::Endpoint,
    allow_private: bool,
    webhook_id: &str,
    body: &[u8],
    now: DateTime<Utc>,
) -> anyhow::Result<(u16, Option<DateTime<Utc>>)> {
    let url = reqwest::Url::parse(&endpoint.url)?;
    let (host, addresses) = resolve(&url, allow_private).await?;
    let timestamp = now.timestamp();
    let signatures = endpoint
        .signing_secrets(now)
        .into_iter()
        .map(|secret| sign(secret, webhook_id, timestamp, body))
        .collect::<anyhow::Result<Vec<_>>>()?
        .join(" ");
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .resolve_to_addrs(&host, &addresses)
        .user_agent("Cohort-Webhooks/1")
        .build()?;
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", webhook_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signatures)
        .body(body.to_vec())
        .send()
        .await?;
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| cohort_domain::delivery::retry_after(v, Utc::now()));
    Ok((response.status().as_u16(), retry_after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_test_vector_signs_to_the_published_signature() {
        let signature = sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1_614_265_330,
            br#"{"test": 2432232314}"#,
        );
        assert_eq!(signature.ok().as_deref(), Some("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    #[test]
    fn new_secrets_are_long_and_different() {
        let (a, b) = (new_secret().unwrap_or_default(), new_secret().unwrap_or_default());
        assert!(a.starts_with("whsec_") && a.len() > 40);
        assert_ne!(a, b);
    }
}
