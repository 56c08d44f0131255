//! An organisation's first hour in the browser: the operator makes an admin, who chooses a
//! password, invites a recruiter by e-mail, makes a token and a webhook, watches a delivery and
//! sends it again, sets the retention policy and reads it all in the audit trail; and a person
//! who forgot their password gets back in. Headless Chromium, each page screenshotted and
//! checked with axe-core, on SQLite (the pages are the same on either backend).

use crate::mail::SmtpSink;
use crate::support::{Backend, TestApp, unquote};
use crate::webdriver::{Browser, tools};
use std::process::Command;

/// The link to `path` in the last e-mail to `to` the sink received, as an address on `app`.
async fn link_in_mail(sink: &SmtpSink, count: usize, to: &str, path: &str, app: &TestApp) -> String {
    let messages = sink.wait_for(count).await;
    let message = messages
        .iter()
        .rev()
        .map(|m| unquote(m))
        .find(|m| m.lines().any(|l| l.starts_with("To: ") && l.contains(to)))
        .unwrap_or_else(|| panic!("no e-mail to {to}: {messages:#?}"));
    assert!(!message.contains("/api/v1/"), "an e-mail links to the JSON API: {message}");
    let marker = format!("{path}?token=");
    let at = message.find(&marker).unwrap_or_else(|| panic!("no {path} link: {message}")) + marker.len();
    let token: String =
        message[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    app.url(&format!("{marker}{token}"))
}

/// A receiver of webhooks that answers 200 to everything; returns its address.
async fn webhook_receiver() -> String {
    let router = axum::Router::new().route("/hook", axum::routing::post(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    base
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_sets_up_their_organisation_in_the_browser() {
    let Some(tools) = tools() else { return };
    let sink = SmtpSink::start().await;
    let smtp = sink.url.clone();
    let app = TestApp::spawn_configured(Backend::Sqlite, |config| {
        config.smtp_url = Some(smtp);
        config.webhook_allow_private = true;
    })
    .await;
    app.create_org("acme").await;
    let made = Command::new(env!("CARGO_BIN_EXE_cohort"))
        .args(["admin", "create-user", "--email", "alice@acme.example", "--org", "acme", "--role", "admin"])
        .args(["--name", "Alice Admin", "--database-url", &app.database_url()])
        .env("COHORT_LOG", "warn")
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&made.stdout).into_owned();
    assert!(made.status.success(), "{printed} {}", String::from_utf8_lossy(&made.stderr));
    let one_time = printed.lines().last().unwrap().trim().to_owned();

    // She signs in with the one-time password and must choose her own before anything else.
    let browser = Browser::start(&tools, false).await;
    browser.go(&app.url("/login")).await;
    browser.type_into("#email", "alice@acme.example").await;
    browser.type_into("#password", &one_time).await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.contains("/password/choose"), "{}", browser.url().await);
    browser.check_page("console-01-choose-password").await;
    browser.go(&app.url("/orgs/acme/console/members")).await;
    assert!(browser.url().await.contains("/password/choose"), "a page opened before choosing");
    // The server checks what the browser would (a browser without those checks sends anything).
    let unchecked = "document.querySelectorAll('form').forEach(f => f.noValidate = true);";
    browser.script(unchecked, serde_json::json!([])).await;
    browser.type_into("#new_password", "short").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("#form-error").await.contains("at least 8 characters"));
    browser.type_into("#new_password", "alice runs acme with care").await;
    browser.follow("form.panel button[type=submit]").await;
    // Then she lands on the console, as an admin does.
    assert!(browser.url().await.ends_with("/orgs/acme/console/members"), "{}", browser.url().await);
    browser.go(&app.url("/start")).await;
    assert!(browser.url().await.ends_with("/orgs/acme/console"), "{}", browser.url().await);
    let nav = browser.text("header nav").await;
    assert!(
        nav.contains("Organisation") && nav.contains("Vacancies") && !nav.contains("My applications"),
        "{nav}"
    );
    browser.check_page("console-02-home").await;

    // She invites a recruiter by e-mail.
    browser.go(&app.url("/orgs/acme/console/members")).await;
    browser.script(unchecked, serde_json::json!([])).await;
    browser.type_into("#email", "not an address").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("#form-error").await.contains("E-mail address"), "{}", browser.source().await);
    browser.check_page("console-03-members-refused").await;
    browser.type_into("#email", "rita@acme.example").await;
    browser.type_into("#name", "Rita Recruiter").await;
    browser.script("document.getElementById('role').value = 'recruiter';", serde_json::json!([])).await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("the e-mail is on its way"), "{}", browser.source().await);
    assert!(browser.text("table").await.contains("Rita Recruiter"));
    browser.check_page("console-04-members").await;
    let invitation = link_in_mail(&sink, 1, "rita@acme.example", "/password/reset", &app).await;

    // The recruiter follows the link, sets a password and lands on the vacancies.
    let rita = Browser::start(&tools, true).await;
    rita.go(&invitation).await;
    assert!(rita.text("h1").await.contains("Welcome to acme B.V."));
    rita.check_page("console-05-invitation").await;
    rita.type_into("#password", "rita hires the best interns").await;
    rita.follow("form.panel button[type=submit]").await;
    assert!(rita.url().await.ends_with("/orgs/acme"), "{}", rita.url().await);
    // The link worked once.
    rita.go(&invitation).await;
    assert!(rita.text("main").await.contains("used already or it expired"));

    // An API token: its secret is shown once.
    browser.go(&app.url("/orgs/acme/console/api-tokens")).await;
    browser.type_into("#name", "HR system sync").await;
    browser.type_into("#expires_in_days", "90").await;
    browser.follow("form.panel button[type=submit]").await;
    let secret =
        browser.script("return document.getElementById('secret').value;", serde_json::json!([])).await;
    let secret = secret.as_str().unwrap().to_owned();
    assert!(secret.starts_with("cohort_pat_"), "{secret}");
    browser.check_page("console-06-token-made").await;
    let answer =
        app.client().get(app.url("/api/v1/orgs/acme/members")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(answer.status(), 200, "the token does not work");

    // A webhook: a test delivery appears in the log, and she delivers it again.
    let hook = webhook_receiver().await;
    browser.go(&app.url("/orgs/acme/console/webhooks")).await;
    browser.type_into("#url", &hook).await;
    browser.click("#event_types").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("Copy its signing secret now"), "{}", browser.source().await);
    browser.check_page("console-07-webhook-made").await;
    browser.follow(".notice a").await;
    browser.follow(".actions form:first-child button").await;
    assert!(browser.text("main").await.contains("A test is on its way"));
    let log = reload_until(&browser, "table", "webhook.test").await;
    assert!(log.contains("200"), "{log}");
    browser.check_page("console-08-webhook-log").await;
    browser.follow("table form button").await;
    assert!(browser.text("main").await.contains("queued again"));
    for _ in 0..100 {
        let rows = browser
            .script("return document.querySelectorAll('table tbody tr').length;", serde_json::json!([]))
            .await;
        if rows.as_u64() >= Some(2) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        browser.go(&browser.url().await).await;
    }
    let rows = browser
        .script("return document.querySelectorAll('table tbody tr').length;", serde_json::json!([]))
        .await;
    assert_eq!(rows.as_u64(), Some(2), "the redelivery is not in the log");

    // The retention policy: out of bounds is refused with what was typed kept.
    browser.go(&app.url("/orgs/acme/console/retention")).await;
    browser.type_into("#after_procedure_days", "400").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(
        browser.text("#form-error").await.contains("Days kept after a procedure"),
        "{}",
        browser.source().await
    );
    let kept = browser
        .script("return document.getElementById('after_procedure_days').value;", serde_json::json!([]))
        .await;
    assert_eq!(kept, "400");
    browser.type_into("#after_procedure_days", "21").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("retention policy is saved"));
    browser.check_page("console-09-retention").await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    assert_eq!(app.store.retention_policy(org.id).await.unwrap().after_procedure_days, 21);

    // The audit trail shows all of it, and filters by person.
    browser.go(&app.url("/orgs/acme/console/audit")).await;
    let trail = browser.text("table").await;
    for action in [
        "user.created",
        "auth.password_changed",
        "member.invited",
        "member.invitation_accepted",
        "api_token.created",
        "webhook.changed",
        "retention_policy.changed",
    ] {
        assert!(trail.contains(action), "{action} missing from the trail: {trail}");
    }
    browser.check_page("console-10-audit").await;
    let alice = app.store.user_by_email("alice@acme.example").await.unwrap().unwrap();
    browser.go(&app.url(&format!("/orgs/acme/console/audit?actor={}", alice.id))).await;
    let hers = browser.text("table").await;
    assert!(hers.contains("api_token.created") && !hers.contains("member.invitation_accepted"), "{hers}");

    // The view log: nobody here has opened a candidate's data yet.
    browser.go(&app.url("/orgs/acme/console/view-log")).await;
    assert!(browser.text("main").await.contains("Nobody has opened a candidate's data yet"));
    browser.check_page("console-11-view-log").await;
}

/// Reloads the page until `css` holds `needle` (the worker delivers in the background).
async fn reload_until(browser: &Browser, css: &str, needle: &str) -> String {
    for _ in 0..100 {
        let found = browser
            .script(
                &format!("const e = document.querySelector({css:?}); return e ? e.innerText : '';"),
                serde_json::json!([]),
            )
            .await;
        let text = found.as_str().unwrap_or_default().to_owned();
        if text.contains(needle) {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        browser.go(&browser.url().await).await;
    }
    panic!("{needle} never appeared in {css}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_forgot_their_password_gets_back_in() {
    let Some(tools) = tools() else { return };
    let sink = SmtpSink::start().await;
    let smtp = sink.url.clone();
    let app = TestApp::spawn_configured(Backend::Sqlite, |config| config.smtp_url = Some(smtp)).await;
    let elsewhere = app.candidate("ada@example.org").await;

    let browser = Browser::start(&tools, true).await;
    browser.go(&app.url("/login")).await;
    browser.follow("a[href='/password/forgot']").await;
    browser.check_page("forgot-01-form").await;
    browser.type_into("#email", "ada@example.org").await;
    browser.follow("form.panel button[type=submit]").await;
    let known = browser.text("main").await;
    assert!(known.contains("Check your inbox"), "{known}");
    browser.check_page("forgot-02-sent").await;
    let link = link_in_mail(&sink, 1, "ada@example.org", "/password/reset", &app).await;
    // An unknown address gets the same page, and no e-mail goes anywhere.
    browser.go(&app.url("/password/forgot")).await;
    browser.type_into("#email", "nobody@example.org").await;
    browser.follow("form.panel button[type=submit]").await;
    assert_eq!(browser.text("main").await, known.replace("ada@example.org", "nobody@example.org"));

    browser.go(&link).await;
    browser.check_page("forgot-03-reset").await;
    browser.type_into("#password", "ada@example.org").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("#form-error").await.contains("must not be your e-mail address"));
    browser.type_into("#password", "ada remembers this one").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me"), "{}", browser.url().await);
    // The session she had elsewhere has ended.
    assert_eq!(elsewhere.get(app.url("/api/v1/me")).send().await.unwrap().status(), 401);
    // A used link is refused.
    browser.go(&link).await;
    assert!(browser.text("main").await.contains("used already or it expired"));
    browser.check_page("forgot-04-used-link").await;
    // Her account page lists where she is signed in.
    browser.go(&app.url("/account")).await;
    assert!(browser.text("table").await.contains("This browser"));
    browser.check_page("forgot-05-account").await;
    browser.go(&app.url("/me/profile")).await;
    browser.check_page("forgot-06-profile").await;
    assert_eq!(sink.messages.lock().unwrap().len(), 1, "an unknown address got an e-mail");
}
