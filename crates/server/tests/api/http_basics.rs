//! What every client can count on: readable errors, limits, ids, headers, health.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};

on_both_backends!(
    bodies_that_are_not_right_are_refused_clearly,
    responses_carry_ids_and_safety_headers,
    health_readiness_and_metrics,
    metrics_are_for_the_operator_unless_made_public,
    connections_cannot_be_hoarded,
    text_goes_gzipped_to_clients_that_ask_and_files_as_they_are,
    a_link_cannot_put_words_in_a_pages_banner,
    a_form_too_large_answers_a_page_that_says_so,
);

/// A form larger than the site takes is answered by a page in the site's frame that says what
/// was too large, for anyone's form and a member's alike; nothing changes.
async fn a_form_too_large_answers_a_page_that_says_so(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "alice@acme.example", "admin").await;
    let long = format!("name={}", "a".repeat(2 * 1024 * 1024));
    for (client, path) in [(app.browser(), "/login"), (admin, "/orgs/acme/console/teams")] {
        let response = client
            .post(app.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(long.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 413, "{path}");
        let kind = response.headers()["content-type"].to_str().unwrap().to_owned();
        assert!(kind.starts_with("text/html"), "{path}: {kind}");
        let html = response.text().await.unwrap();
        assert!(html.contains("That form is too long") && html.contains("<nav"), "{path}: {html}");
    }
    assert!(
        app.store
            .teams_page(org.id, cohort_store::PageRequest { limit: 5, after: None })
            .await
            .unwrap()
            .items
            .is_empty()
    );
}

/// What a page says after a form travels in a cookie read once, not in the address: a link with
/// `?alert=` or `?notice=` shows nothing of its own.
async fn a_link_cannot_put_words_in_a_pages_banner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.candidate("ada@example.org").await;
    let forged = "/me/privacy?alert=Your%20account%20is%20locked&notice=Mail%20your%20password%20to%20x";
    let html = ada.get(app.url(forged)).send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("Your account is locked") && !html.contains("Mail your password"), "{html}");
    // A form's own message is told once, on the page it leads back to.
    let page = ada.get(app.url("/me/privacy")).send().await.unwrap().text().await.unwrap();
    let token = crate::web::token_in(&page);
    let asked = ada
        .post(app.url("/me/delete"))
        .header("origin", app.address.clone())
        .form(&[("_csrf", token.as_str()), ("confirm", "no")])
        .send()
        .await
        .unwrap();
    assert!(asked.url().path() == "/me/privacy", "{}", asked.url());
    let told = asked.text().await.unwrap();
    assert!(told.contains("nothing was deleted"), "the refusal is not told: {told}");
    let again = ada.get(app.url("/me/privacy")).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains("nothing was deleted"), "told twice: {again}");
}

async fn bodies_that_are_not_right_are_refused_clearly(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = app.url("/api/v1/auth/register");
    let client = app.client();
    let send = |body: String, content_type: &'static str| {
        client.post(&url).header("content-type", content_type).body(body).send()
    };
    problem(
        send("email=a".into(), "application/x-www-form-urlencoded").await.unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    problem(send("{\"email\":".into(), "application/json").await.unwrap(), 400, "malformed_json").await;
    let unknown = r#"{"email":"a@b.org","password":"long enough pass","name":"A","admin":true}"#;
    let body = problem(send(unknown.into(), "application/json").await.unwrap(), 400, "unknown_field").await;
    assert!(body["detail"].as_str().unwrap().contains("admin"), "{body}");
    problem(send(r#"{"email":1}"#.into(), "application/json").await.unwrap(), 400, "invalid_body").await;
    let huge =
        format!(r#"{{"email":"a@b.org","password":"long enough pass","name":"{}"}}"#, "x".repeat(1_100_000));
    problem(send(huge, "application/json").await.unwrap(), 413, "payload_too_large").await;
    // None of it created anything.
    assert!(app.store.user_by_email("a@b.org").await.unwrap().is_none());
    problem(client.get(app.url("/api/v1/no-such-thing")).send().await.unwrap(), 404, "not_found").await;
}

async fn responses_carry_ids_and_safety_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response =
        app.client().get(app.url("/api/v1/me")).header("x-request-id", "trace-me-42").send().await.unwrap();
    let headers = response.headers().clone();
    assert_eq!(headers["x-request-id"], "trace-me-42");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"));
    assert_eq!(headers["cache-control"], "no-store", "API answers hold personal data");
    problem(response, 401, "unauthenticated").await;
    let generated = app.client().get(app.url("/healthz")).send().await.unwrap();
    let id = generated.headers()["x-request-id"].to_str().unwrap();
    assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 7);
}

async fn health_readiness_and_metrics(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    assert_eq!(
        json_of(app.client().get(app.url("/healthz")).send().await.unwrap(), 200).await["status"],
        "ok"
    );
    assert_eq!(
        json_of(app.client().get(app.url("/readyz")).send().await.unwrap(), 200).await["status"],
        "ok"
    );
    let metrics = app.client().get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("http_requests_total{"), "{metrics}");
    assert!(metrics.contains(r#"route="/readyz""#), "per-route labels: {metrics}");
    assert!(metrics.contains("http_request_duration_seconds_bucket{"), "latency histogram: {metrics}");
}

/// `/metrics` tells about traffic: loopback (a scraper on the host) and a scraper with the token
/// read it; a client elsewhere does not, until the operator makes it public.
async fn metrics_are_for_the_operator_unless_made_public(backend: Backend) {
    let app = TestApp::spawn_configured(backend, |config| {
        config.trust_forwarded_for = true;
        config.metrics_token = Some("scrape-secret".into());
    })
    .await;
    let from = |ip: &'static str| app.client().get(app.url("/metrics")).header("x-forwarded-for", ip);
    problem(from("203.0.113.5").send().await.unwrap(), 403, "metrics_restricted").await;
    problem(
        from("203.0.113.5").bearer_auth("scrape-secret!").send().await.unwrap(),
        403,
        "metrics_restricted",
    )
    .await;
    assert_eq!(from("203.0.113.5").bearer_auth("scrape-secret").send().await.unwrap().status(), 200);
    assert_eq!(from("::1").send().await.unwrap().status(), 200);
    assert_eq!(app.client().get(app.url("/metrics")).send().await.unwrap().status(), 200, "loopback");
    let public = app.spawn_beside_configured(|config| {
        config.trust_forwarded_for = true;
        config.metrics_public = true;
    });
    let public = public.await;
    let answer = public.client().get(public.url("/metrics")).header("x-forwarded-for", "203.0.113.5").send();
    assert_eq!(answer.await.unwrap().status(), 200);
}

/// Reads from a raw connection until the server closes it (or `within` passes: then `None`).
async fn closed_within(stream: &mut tokio::net::TcpStream, within: std::time::Duration) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    tokio::time::timeout(within, async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return seen,
                Ok(n) => seen.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await
    .ok()
}

/// Half-sent requests and idle keep-alive connections are closed after the header timeout,
/// connections beyond the cap are closed at once, and the health check still answers while a
/// crowd of slow clients holds connections open.
async fn connections_cannot_be_hoarded(backend: Backend) {
    use std::time::Duration;
    use tokio::io::AsyncWriteExt;
    let app = TestApp::spawn_configured(backend, |config| {
        config.header_read_timeout_secs = 1;
    })
    .await;
    let address = app.url("").trim_start_matches("http://").trim_end_matches('/').to_owned();
    let connect = || tokio::net::TcpStream::connect(address.clone());
    // A slow client that never finishes its request's head.
    let mut slow = connect().await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    assert!(closed_within(&mut slow, Duration::from_secs(5)).await.is_some(), "a half-sent head is cut off");
    // A keep-alive connection left idle after its answer.
    let mut idle = connect().await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let answered =
        closed_within(&mut idle, Duration::from_secs(5)).await.expect("an idle connection is closed");
    assert!(String::from_utf8_lossy(&answered).starts_with("HTTP/1.1 200"), "answered first");
    // A refusal before the body is read says the connection closes, instead of dropping it.
    let refused = app
        .client()
        .post(app.url("/api/v1/orgs/acme/programs"))
        .header("content-type", "application/json")
        .body("{\"name\": \"x\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    assert_eq!(refused.headers()["connection"], "close");
    // A crowd of slow clients: those beyond the cap are closed at once, and the health check
    // still gets through while the others hold their connections.
    let app = app
        .spawn_beside_configured(|config| {
            config.header_read_timeout_secs = 60;
            config.max_connections = 300;
        })
        .await;
    let address = app.url("").trim_start_matches("http://").trim_end_matches('/').to_owned();
    let connect = || tokio::net::TcpStream::connect(address.clone());
    let mut crowd = Vec::new();
    for _ in 0..290 {
        let mut stream = connect().await.unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\n").await.unwrap();
        crowd.push(stream);
    }
    let health = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    for _ in 0..20 {
        crowd.push(connect().await.unwrap());
    }
    let mut beyond = crowd.pop().unwrap();
    assert_eq!(
        closed_within(&mut beyond, Duration::from_millis(500)).await,
        Some(Vec::new()),
        "over the cap"
    );
}

async fn text_goes_gzipped_to_clients_that_ask_and_files_as_they_are(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = crate::applications::published_vacancy(&app).await;
    let get = |path: String, encoding: &'static str| {
        app.client().get(app.url(&path)).header("accept-encoding", encoding).send()
    };
    let gzipped = get("/jobs".into(), "gzip").await.unwrap();
    assert_eq!(gzipped.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"));
    assert_eq!(gzipped.headers()["vary"], "accept-encoding");
    let zipped_size = gzipped.bytes().await.unwrap().len();
    let plain = get("/jobs".into(), "identity").await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_size = plain.bytes().await.unwrap().len();
    assert!(zipped_size < plain_size, "{zipped_size} vs {plain_size}");
    let json = get("/api/openapi.json".into(), "gzip").await.unwrap();
    assert_eq!(json.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"));
    // A CV is served as it was sent.
    let ada = crate::applications::student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let made = crate::applications::apply(
        &app,
        &ada,
        &vacancy,
        Some(("cv.pdf", crate::applications::PDF.repeat(40))),
    )
    .await;
    let href = json_of(made, 201).await["cv"]["href"].as_str().unwrap().to_owned();
    let cv = ada.get(app.url(&href)).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(cv.status(), 200);
    assert!(cv.headers().get("content-encoding").is_none(), "{:?}", cv.headers());
}
