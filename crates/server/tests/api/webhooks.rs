//! Webhooks: every delivery carries a Standard Webhooks signature a receiver can verify; retries
//! keep the `webhook-id`; 410 disables the endpoint; internal addresses are refused.

use crate::applications::{apply, published_vacancy, student};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use axum::http::{HeaderMap, StatusCode};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

on_both_backends!(
    deliveries_are_signed_retried_under_one_id_and_410_disables,
    internal_addresses_are_refused,
    two_servers_deliver_a_thousand_events_each_once,
    a_hanging_endpoint_holds_up_nothing_and_gets_nothing_twice_at_once,
);

/// A request as it arrived: headers and body.
type Arrival = (HeaderMap, String);

#[derive(Clone, Default)]
struct Receiver {
    /// Per path: the statuses to answer, in order (then 200).
    script: Arc<Mutex<HashMap<String, VecDeque<u16>>>>,
    /// Per path: what arrived (headers, body).
    got: Arc<Mutex<HashMap<String, Vec<Arrival>>>>,
}

impl Receiver {
    async fn start(script: &[(&str, &[u16])]) -> (Receiver, String) {
        let receiver = Receiver::default();
        for (path, statuses) in script {
            receiver.script.lock().unwrap().insert((*path).to_owned(), statuses.iter().copied().collect());
        }
        let state = receiver.clone();
        let router = axum::Router::new().route(
            "/{path}",
            axum::routing::post(
                move |axum::extract::Path(path): axum::extract::Path<String>,
                      headers: HeaderMap,
                      body: String| {
                    let state = state.clone();
                    async move {
                        state.got.lock().unwrap().entry(path.clone()).or_default().push((headers, body));
                        let status = state
                            .script
                            .lock()
                            .unwrap()
                            .get_mut(&path)
                            .and_then(VecDeque::pop_front)
                            .unwrap_or(200);
                        // Too many requests: come back in two seconds.
                        let retry_after = if status == 429 { "2" } else { "0" };
                        (StatusCode::from_u16(status).unwrap(), [("retry-after", retry_after)])
                    }
                },
            ),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        (receiver, base)
    }

    fn got(&self, path: &str) -> Vec<Arrival> {
        self.got.lock().unwrap().get(path).cloned().unwrap_or_default()
    }

    async fn wait_for(&self, path: &str, n: usize) -> Vec<Arrival> {
        for _ in 0..300 {
            let got = self.got(path);
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{path}: expected {n} deliveries, got {}", self.got(path).len());
    }
}

/// Verifies a delivery the way the Standard Webhooks libraries do.
fn verify(secret: &str, headers: &HeaderMap, body: &str) {
    let id = headers["webhook-id"].to_str().unwrap();
    let timestamp: i64 = headers["webhook-timestamp"].to_str().unwrap().parse().unwrap();
    assert!((chrono::Utc::now().timestamp() - timestamp).abs() < 300, "timestamp too far off");
    let key = STANDARD.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    let sent = headers["webhook-signature"].to_str().unwrap();
    assert!(sent.split(' ').any(|s| s == expected), "signature {sent} does not verify");
}

async fn deliveries_are_signed_retried_under_one_id_and_410_disables(backend: Backend) {
    let (receiver, base) =
        Receiver::start(&[("flaky", &[500, 500, 500]), ("gone", &[410]), ("busy", &[429])]).await;
    let app = TestApp::spawn_configured(backend, |config| {
        config.webhook_allow_private = true;
        config.retry_first_ms = 50;
    })
    .await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let admin = app.token(&org, "admin").await;
    let create = |url: String, types: Value| {
        app.client()
            .post(app.url("/api/v1/orgs/acme/webhooks"))
            .bearer_auth(&admin)
            .json(&json!({ "url": url, "event_types": types, "description": "HR system" }))
            .send()
    };
    let flaky = json_of(
        create(format!("{base}/flaky"), json!(["application.created", "application.moved"])).await.unwrap(),
        201,
    )
    .await;
    let gone = json_of(create(format!("{base}/gone"), json!(["*"])).await.unwrap(), 201).await;
    let busy =
        json_of(create(format!("{base}/busy"), json!(["application.created"])).await.unwrap(), 201).await;
    // Several deliveries wait for the gone endpoint at once: its first 410 stops the rest.
    let gone_id: uuid::Uuid = gone["id"].as_str().unwrap().parse().unwrap();
    for i in 0..5 {
        let id = format!("msg_gone_{i}");
        app.store.enqueue_webhook(org.id, gone_id, id, "webhook.test".into(), "{}".into()).await.unwrap();
    }
    let secret = flaky["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"));
    problem(create(format!("{base}/x"), json!(["vibes.changed"])).await.unwrap(), 422, "validation_failed")
        .await;

    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    json_of(apply(&app, &ada, &vacancy, None).await, 201).await;

    // 500, 500, 500, then 200: four tries, one webhook-id, each signed.
    let tries = receiver.wait_for("flaky", 4).await;
    let ids: Vec<&str> = tries.iter().map(|(h, _)| h["webhook-id"].to_str().unwrap()).collect();
    assert!(ids.iter().all(|id| *id == ids[0] && id.starts_with("msg_")), "{ids:?}");
    for (headers, body) in &tries {
        verify(&secret, headers, body);
        let body: Value = serde_json::from_str(body).unwrap();
        assert_eq!(body["type"], "application.created");
    }
    let flaky_id = flaky["id"].as_str().unwrap();
    let log_url = app.url(&format!("/api/v1/orgs/acme/webhooks/{flaky_id}/deliveries"));
    let mut statuses = Vec::new();
    for _ in 0..100 {
        let log = json_of(app.client().get(&log_url).bearer_auth(&admin).send().await.unwrap(), 200).await;
        statuses =
            log["items"].as_array().unwrap().iter().map(|d| d["status_code"].as_u64().unwrap()).collect();
        if statuses.len() == 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(statuses, [200, 500, 500, 500]);

    // 429 Too Many Requests with Retry-After: 2 — the retry waits two seconds, not the 50 ms backoff.
    let tries = receiver.wait_for("busy", 2).await;
    let at = |n: usize| tries[n].0["webhook-timestamp"].to_str().unwrap().parse::<i64>().unwrap();
    assert!(at(1) - at(0) >= 2, "retried after {} s", at(1) - at(0));
    verify(busy["secret"].as_str().unwrap(), &tries[1].0, &tries[1].1);

    // 410 Gone disables the endpoint: nothing more goes there.
    receiver.wait_for("gone", 1).await;
    let gone_url = app.url(&format!("/api/v1/orgs/acme/webhooks/{}", gone["id"].as_str().unwrap()));
    let mut disabled = Value::Null;
    for _ in 0..100 {
        disabled = json_of(app.client().get(&gone_url).bearer_auth(&admin).send().await.unwrap(), 200).await;
        if disabled["enabled"] == false {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(disabled["enabled"], false, "{disabled}");
    assert!(disabled["disabled_reason"].as_str().unwrap().contains("410"));

    // A ping, and a redelivery under the same id, reach the flaky endpoint; not the gone one.
    let ping = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/webhooks/{flaky_id}/test")))
        .bearer_auth(&admin)
        .send();
    json_of(ping.await.unwrap(), 202).await;
    let log = json_of(app.client().get(&log_url).bearer_auth(&admin).send().await.unwrap(), 200).await;
    let delivered =
        log["items"].as_array().unwrap().iter().find(|d| d["status_code"] == 200).unwrap()["id"].clone();
    let again = app
        .client()
        .post(app.url(&format!(
            "/api/v1/orgs/acme/webhooks/{flaky_id}/deliveries/{}/redeliver",
            delivered.as_str().unwrap()
        )))
        .bearer_auth(&admin)
        .send();
    assert_eq!(json_of(again.await.unwrap(), 202).await["webhook_id"], ids[0]);
    let all = receiver.wait_for("flaky", 6).await;
    assert!(all.iter().any(|(_, body)| body.contains("webhook.test")));
    assert_eq!(all.iter().filter(|(h, _)| h["webhook-id"] == ids[0]).count(), 5);
    assert_eq!(receiver.got("gone").len(), 1);

    // Rotation: both secrets sign for a while.
    let rotated = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/webhooks/{flaky_id}/rotate-secret")))
        .bearer_auth(&admin)
        .send();
    let new_secret = json_of(rotated.await.unwrap(), 200).await["secret"].as_str().unwrap().to_owned();
    let ping = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/webhooks/{flaky_id}/test")))
        .bearer_auth(&admin)
        .send();
    json_of(ping.await.unwrap(), 202).await;
    let all = receiver.wait_for("flaky", 7).await;
    let (headers, body) = all.last().unwrap();
    verify(&new_secret, headers, body);
    verify(&secret, headers, body);
}

async fn internal_addresses_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    for url in [
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest",
        "http://10.0.0.5/x",
        "http://[::1]/x",
        "http://[::127.0.0.1]/x",
        "http://[64:ff9b::7f00:1]/x",
        "http://[2002:7f00:1::]/x",
        "http://198.18.0.1/x",
        "http://240.0.0.1/x",
    ] {
        let refused = app
            .client()
            .post(app.url("/api/v1/orgs/acme/webhooks"))
            .bearer_auth(&admin)
            .json(&json!({ "url": url, "event_types": ["*"] }))
            .send()
            .await
            .unwrap();
        let body = problem(refused, 422, "validation_failed").await;
        assert!(body["errors"][0]["message"].as_str().unwrap().contains("internal address"), "{url}: {body}");
    }
    let recruiter = app.token(&org, "recruiter").await;
    let listed =
        app.client().get(app.url("/api/v1/orgs/acme/webhooks")).bearer_auth(&recruiter).send().await.unwrap();
    problem(listed, 404, "not_found").await;
}

async fn two_servers_deliver_a_thousand_events_each_once(backend: Backend) {
    let (receiver, base) = Receiver::start(&[]).await;
    let first = TestApp::spawn_configured(backend, |config| config.webhook_allow_private = true).await;
    let org = first.create_org("acme").await;
    let admin = first.token(&org, "admin").await;
    let endpoint = first
        .client()
        .post(first.url("/api/v1/orgs/acme/webhooks"))
        .bearer_auth(&admin)
        .json(&json!({ "url": format!("{base}/all"), "event_types": ["*"] }))
        .send()
        .await
        .unwrap();
    let endpoint: uuid::Uuid = json_of(endpoint, 201).await["id"].as_str().unwrap().parse().unwrap();
    let second = first.spawn_beside_configured(|config| config.webhook_allow_private = true).await;
    for n in 0..1000 {
        first
            .store
            .enqueue_webhook(
                org.id,
                endpoint,
                format!("msg_{n}"),
                "webhook.test".into(),
                format!("{{\"n\":{n}}}"),
            )
            .await
            .unwrap();
    }
    receiver.wait_for("all", 1000).await;
    // Give a straggler time to show up twice, if it would.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let got = receiver.got("all");
    let mut ids: Vec<String> =
        got.iter().map(|(h, _)| h["webhook-id"].to_str().unwrap().to_owned()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!((before, ids.len()), (1000, 1000), "some event was delivered twice");
    drop(second);
}

/// An endpoint that hangs on every delivery, two servers with a short lease: each delivery keeps
/// its lease while it runs (no `webhook-id` is in flight twice at once), and an e-mail queued
/// behind thirty hanging deliveries goes out at once, in its own lane.
async fn a_hanging_endpoint_holds_up_nothing_and_gets_nothing_twice_at_once(backend: Backend) {
    #[derive(Clone, Default)]
    struct Hanging {
        in_flight: Arc<Mutex<Vec<String>>>,
        twice: Arc<Mutex<Vec<String>>>,
        arrived: Arc<Mutex<usize>>,
    }
    let hanging = Hanging::default();
    let seen = hanging.clone();
    let router = axum::Router::new().route(
        "/{path}",
        axum::routing::post(move |headers: HeaderMap| {
            let hanging = hanging.clone();
            async move {
                let id = headers["webhook-id"].to_str().unwrap().to_owned();
                {
                    let mut in_flight = hanging.in_flight.lock().unwrap();
                    if in_flight.contains(&id) {
                        hanging.twice.lock().unwrap().push(id.clone());
                    }
                    in_flight.push(id.clone());
                    *hanging.arrived.lock().unwrap() += 1;
                }
                tokio::time::sleep(std::time::Duration::from_secs(20)).await;
                hanging.in_flight.lock().unwrap().retain(|i| *i != id);
                StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    let short_lease = |config: &mut cohort_server::config::Config| {
        config.webhook_allow_private = true;
        config.job_lease_secs = 2;
    };
    let first = TestApp::spawn_configured(backend, short_lease).await;
    let vacancy = published_vacancy(&first).await;
    let org = first.store.org_by_slug("acme").await.unwrap().unwrap();
    let admin = first.token(&org, "admin").await;
    let endpoint = |path: String| {
        let created = first
            .client()
            .post(first.url("/api/v1/orgs/acme/webhooks"))
            .bearer_auth(&admin)
            .json(&json!({ "url": format!("{base}/{path}"), "event_types": ["webhook.test"] }))
            .send();
        async move {
            json_of(created.await.unwrap(), 201).await["id"].as_str().unwrap().parse::<uuid::Uuid>().unwrap()
        }
    };
    // Thirty deliveries to one endpoint fill every server's share of it; one each to three
    // others leaves a server room to take over a delivery whose lease ran out, if one did.
    let mut deliveries = vec![(endpoint("crowded".into()).await, "crowded".to_owned(), 30)];
    for i in 0..3 {
        deliveries.push((endpoint(format!("roomy{i}")).await, format!("roomy{i}"), 1));
    }
    let second = first.spawn_beside_configured(short_lease).await;
    for (endpoint, name, n) in deliveries {
        for i in 0..n {
            let (id, body) = (format!("msg_{name}_{i}"), format!("{{\"n\":{i}}}"));
            first.store.enqueue_webhook(org.id, endpoint, id, "webhook.test".into(), body).await.unwrap();
        }
    }
    // The hanging deliveries have started; now a candidate applies, which sends an e-mail.
    for _ in 0..100 {
        if *seen.arrived.lock().unwrap() > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let ada = student(&first, "ada@student.tudelft.nl", "2027-08-31").await;
    json_of(apply(&first, &ada, &vacancy, None).await, 201).await;
    let outboxes = [first.data_dir().join("outbox"), second.data_dir().join("outbox")];
    let eml = |dir: &std::path::PathBuf| {
        std::fs::read_dir(dir)
            .map(|d| d.flatten().any(|f| f.path().extension().is_some_and(|e| e == "eml")))
            .unwrap_or(false)
    };
    let mut waited = 0;
    while !outboxes.iter().any(eml) {
        assert!(waited < 50, "the e-mail waited behind the hanging webhooks for more than 5 s");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }
    // Three lease periods and more: with leases that ran out, the other server would now be
    // delivering the same webhooks again.
    tokio::time::sleep(std::time::Duration::from_secs(7)).await;
    let twice = seen.twice.lock().unwrap().clone();
    assert!(twice.is_empty(), "delivered twice at once: {twice:?}");
    let in_flight = seen.in_flight.lock().unwrap().clone();
    let crowded = in_flight.iter().filter(|id| id.starts_with("msg_crowded")).count();
    assert!((1..=2).contains(&crowded), "{crowded} at once to one endpoint: one per endpoint and server");
    drop(second);
}
