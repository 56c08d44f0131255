//! A student registers by confirming their address, logs in and out, changes their password;
//! attackers get nowhere and learn nothing.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use serde_json::json;

on_both_backends!(
    candidate_registers_by_confirming_their_address,
    registering_a_taken_address_answers_like_a_new_one,
    an_unconfirmed_registration_expires,
    weak_or_malformed_registrations_are_refused_field_by_field,
    wrong_password_and_unknown_email_get_the_same_answer,
    repeated_failures_are_throttled_per_account,
    concurrent_guesses_cannot_outrun_the_throttle,
    registrations_are_limited_per_address,
    logout_ends_the_session,
    changing_the_password_ends_every_other_session,
    a_person_sees_and_revokes_their_own_sessions_only,
    a_person_reads_cohort_in_their_language_on_every_device,
);

/// The token of the confirmation link in an e-mail.
fn link_token(email: &str) -> String {
    let at = email.find("/register/confirm?token=").expect("a confirmation link")
        + "/register/confirm?token=".len();
    email[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

async fn candidate_registers_by_confirming_their_address(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let register = |password: &'static str| {
        browser
            .post(app.url("/api/v1/auth/register"))
            .json(&json!({ "email": " Ada@Student.TUDelft.nl ", "password": password, "name": "Ada" }))
            .send()
    };
    let asked = register("tulips in Delft at dawn").await.unwrap();
    assert!(asked.headers().get("set-cookie").is_none(), "signed in before confirming");
    let asked = json_of(asked, 202).await;
    assert_eq!(asked, json!({ "email": "ada@student.tudelft.nl", "expires_in_hours": 24 }));
    // Nothing is made until the address is confirmed.
    assert!(app.store.user_by_email("ada@student.tudelft.nl").await.unwrap().is_none());
    let first = link_token(&app.email_to("ada@student.tudelft.nl", "Confirm your Cohort account").await);

    // A wrong token does nothing.
    let confirm = |token: String| {
        browser.post(app.url("/api/v1/auth/register/confirm")).json(&json!({ "token": token })).send()
    };
    problem(confirm("not-the-token".into()).await.unwrap(), 404, "confirmation_invalid").await;
    // The link opens a page that asks to confirm; opening it changes nothing.
    let page = browser.get(app.url(&format!("/register/confirm?token={first}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Confirm and sign in"));
    assert!(app.store.user_by_email("ada@student.tudelft.nl").await.unwrap().is_none());

    let response = confirm(first.clone()).await.unwrap();
    let cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("cohort_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"),
        "{cookie}"
    );
    let me = json_of(response, 201).await;
    assert_eq!(me["email"], "ada@student.tudelft.nl");
    assert_eq!(me["memberships"], json!([]));
    let me = json_of(browser.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await;
    assert_eq!(me["name"], "Ada");
    assert_eq!(me["password_change_required"], false);
    // A link works once.
    problem(confirm(first).await.unwrap(), 404, "confirmation_invalid").await;
    app.log_in("ada@student.tudelft.nl", "tulips in Delft at dawn").await;
}

/// Registering cannot tell anyone whether an address has an account: a taken address gets
/// the same answer as a new one, its owner an e-mail, and nothing about the account changes.
async fn registering_a_taken_address_answers_like_a_new_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.candidate("ada@example.org").await;
    let register = |email: &'static str| {
        app.client()
            .post(app.url("/api/v1/auth/register"))
            .json(&json!({ "email": email, "password": "another long password", "name": "Someone" }))
            .send()
    };
    let taken = register("ADA@example.org").await.unwrap();
    let (taken_status, taken_headers) = (taken.status(), taken.headers().clone());
    let taken = taken.json::<serde_json::Value>().await.unwrap();
    let new = register("bo@example.org").await.unwrap();
    assert_eq!((taken_status.as_u16(), new.status().as_u16()), (202, 202));
    assert_eq!(taken_headers.get("set-cookie"), new.headers().get("set-cookie"));
    let new = new.json::<serde_json::Value>().await.unwrap();
    assert_eq!(taken["expires_in_hours"], new["expires_in_hours"]);
    assert_eq!(taken["email"], "ada@example.org");

    let notice = app.email_to("ada@example.org", "You already have a Cohort account").await;
    assert!(notice.contains("/login") && !notice.contains("/register/confirm"), "{notice}");
    app.email_to("bo@example.org", "Confirm your Cohort account").await;
    // The owner's password and name are theirs still.
    app.log_in("ada@example.org", "ada@example.org has a long password").await;
    let ada = app.store.user_by_email("ada@example.org").await.unwrap().unwrap();
    assert_eq!(ada.name, "Candidate");
}

/// A link that was not opened in time stops working and its registration is forgotten.
async fn an_unconfirmed_registration_expires(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let asked = app
        .client()
        .post(app.url("/api/v1/auth/register"))
        .header("accept-language", "nl-NL")
        .json(&json!({ "email": "cy@example.org", "password": "a long enough passphrase", "name": "Cy" }))
        .send()
        .await
        .unwrap();
    json_of(asked, 202).await;
    // Asked for in Dutch, the e-mail is Dutch.
    let email = app.email_to("cy@example.org", "Bevestig je Cohort-account").await;
    assert!(email.contains("Beste Cy,") && email.contains("binnen 24 uur"), "{email}");
    let token = link_token(&email);
    let tomorrow = chrono::Utc::now() + chrono::Duration::hours(25);
    assert_eq!(app.store.purge_expired_registrations(chrono::Utc::now()).await.unwrap(), 0);
    assert_eq!(app.store.purge_expired_registrations(tomorrow).await.unwrap(), 1);
    let confirm =
        app.client().post(app.url("/api/v1/auth/register/confirm")).json(&json!({ "token": token }));
    problem(confirm.send().await.unwrap(), 404, "confirmation_invalid").await;
    assert!(app.store.user_by_email("cy@example.org").await.unwrap().is_none());
}

async fn weak_or_malformed_registrations_are_refused_field_by_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .client()
        .post(app.url("/api/v1/auth/register"))
        .json(&json!({ "email": "not-an-email", "password": "password1", "name": " " }))
        .send()
        .await
        .unwrap();
    let body = problem(response, 422, "validation_failed").await;
    let fields: Vec<&str> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["email", "name", "password"]);
    for (password, message) in
        [("short", "at least 8"), ("12345678", "too common"), (&"x".repeat(129)[..], "at most 128")]
    {
        let response = app
            .client()
            .post(app.url("/api/v1/auth/register"))
            .json(&json!({ "email": "bo@example.org", "password": password, "name": "Bo" }))
            .send()
            .await
            .unwrap();
        let body = problem(response, 422, "validation_failed").await;
        assert!(body["errors"][0]["message"].as_str().unwrap().contains(message), "{body}");
    }
    // Nothing was created by the refused attempts.
    assert!(app.store.user_by_email("bo@example.org").await.unwrap().is_none());
}

async fn wrong_password_and_unknown_email_get_the_same_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.candidate("ada@example.org").await;
    let attempt = |email: &'static str| {
        app.client()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": "not the password" }))
            .send()
    };
    let wrong = problem(attempt("ada@example.org").await.unwrap(), 401, "invalid_credentials").await;
    let unknown = problem(attempt("nobody@example.org").await.unwrap(), 401, "invalid_credentials").await;
    assert_eq!(wrong, unknown);
}

async fn repeated_failures_are_throttled_per_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.candidate("ada@example.org").await;
    let attempt = |password: &'static str| {
        app.client()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": "ada@example.org", "password": password }))
            .send()
    };
    for _ in 0..5 {
        problem(attempt("wrong password").await.unwrap(), 401, "invalid_credentials").await;
    }
    // Even the right password waits now: guessing cannot continue.
    let throttled = attempt("ada@example.org has a long password").await.unwrap();
    let retry_after: u64 = throttled.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry_after));
    problem(throttled, 429, "too_many_attempts").await;
    // Another account from the same address is not locked out by it.
    app.candidate("bo@example.org").await;
    app.log_in("bo@example.org", "bo@example.org has a long password").await;
}

/// Sends 200 wrong logins through 64 concurrent clients from `ip`; `email(i)` names the account
/// of the i-th. Answers how many had their password checked (401) and how many waited (429).
async fn guess_at_once(app: &TestApp, ip: &'static str, email: fn(usize) -> String) -> (usize, usize) {
    let clients = std::sync::Arc::new(tokio::sync::Semaphore::new(64));
    let mut guesses = tokio::task::JoinSet::new();
    for i in 0..200 {
        let (client, url, clients) = (app.client(), app.url("/api/v1/auth/login"), clients.clone());
        let body = json!({ "email": email(i), "password": format!("wrong guess {i}") });
        guesses.spawn(async move {
            let _client = clients.acquire_owned().await.unwrap();
            client.post(url).header("x-forwarded-for", ip).json(&body).send().await.unwrap().status().as_u16()
        });
    }
    let statuses = guesses.join_all().await;
    assert!(statuses.iter().all(|s| [401, 429].contains(s)), "{statuses:?}");
    (statuses.iter().filter(|s| **s == 401).count(), statuses.iter().filter(|s| **s == 429).count())
}

/// The throttle reserves each attempt before the password is checked, so concurrency cannot get
/// more guesses through than the limits: 5 per account, 50 per address.
async fn concurrent_guesses_cannot_outrun_the_throttle(backend: Backend) {
    let app = TestApp::spawn_configured(backend, |config| config.trust_forwarded_for = true).await;
    app.candidate("ada@example.org").await;
    let (checked, waited) = guess_at_once(&app, "203.0.113.7", |_| "ada@example.org".into()).await;
    assert_eq!((checked, waited), (5, 195), "one account");
    let (checked, waited) = guess_at_once(&app, "203.0.113.8", |i| format!("student{i}@example.org")).await;
    assert_eq!((checked, waited), (50, 150), "one address");
}

/// A script cannot fill the database with accounts from one address, even all at once; other
/// addresses are not held back by it.
async fn registrations_are_limited_per_address(backend: Backend) {
    let app = TestApp::spawn_configured(backend, |config| {
        config.trust_forwarded_for = true;
        config.registrations_per_ip_per_hour = 3;
    })
    .await;
    let register = |ip: &'static str, i: usize| {
        let request = app.client().post(app.url("/api/v1/auth/register")).header("x-forwarded-for", ip);
        let email = format!("bot{i}@example.org");
        request.json(&json!({ "email": email, "password": "a long enough passphrase", "name": "Bot" })).send()
    };
    let mut at_once = tokio::task::JoinSet::new();
    for i in 0..12 {
        at_once.spawn(register("203.0.113.9", i));
    }
    let statuses: Vec<u16> =
        at_once.join_all().await.into_iter().map(|r| r.unwrap().status().as_u16()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 202).count(), 3, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 9, "{statuses:?}");
    let refused = register("203.0.113.9", 99).await.unwrap();
    let retry_after: u64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
    problem(refused, 429, "too_many_registrations").await;
    json_of(register("198.51.100.1", 100).await.unwrap(), 202).await;
}

async fn logout_ends_the_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.candidate("ada@example.org").await;
    let response = browser.post(app.url("/api/v1/auth/logout")).send().await.unwrap();
    assert_eq!(response.status(), 204);
    problem(browser.get(app.url("/api/v1/me")).send().await.unwrap(), 401, "unauthenticated").await;
}

async fn changing_the_password_ends_every_other_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let laptop = app.candidate("ada@example.org").await;
    let phone = app.log_in("ada@example.org", "ada@example.org has a long password").await;
    let wrong = laptop
        .post(app.url("/api/v1/auth/password"))
        .json(&json!({ "current_password": "not it", "new_password": "a brand new passphrase" }))
        .send()
        .await
        .unwrap();
    let body = problem(wrong, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "current_password");

    let changed = laptop
        .post(app.url("/api/v1/auth/password"))
        .json(&json!({
            "current_password": "ada@example.org has a long password",
            "new_password": "a brand new passphrase"
        }))
        .send()
        .await
        .unwrap();
    json_of(changed, 200).await;
    // The browser that changed it got a fresh session; the other one is logged out.
    json_of(laptop.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await;
    problem(phone.get(app.url("/api/v1/me")).send().await.unwrap(), 401, "unauthenticated").await;
    app.log_in("ada@example.org", "a brand new passphrase").await;
}

async fn a_person_sees_and_revokes_their_own_sessions_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.candidate("ada@example.org").await;
    let ada_phone = app.log_in("ada@example.org", "ada@example.org has a long password").await;
    let bo = app.candidate("bo@example.org").await;

    let sessions = json_of(ada.get(app.url("/api/v1/me/sessions")).send().await.unwrap(), 200).await;
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    let phone = sessions.iter().find(|s| s["current"] == false).unwrap()["id"].as_str().unwrap().to_owned();

    // Bo cannot end Ada's session: to Bo it does not exist.
    let response = bo.delete(app.url(&format!("/api/v1/me/sessions/{phone}"))).send().await.unwrap();
    problem(response, 404, "not_found").await;
    json_of(ada_phone.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await;

    let response = ada.delete(app.url(&format!("/api/v1/me/sessions/{phone}"))).send().await.unwrap();
    assert_eq!(response.status(), 204);
    problem(ada_phone.get(app.url("/api/v1/me")).send().await.unwrap(), 401, "unauthenticated").await;
}

/// A person's language is theirs, not only their browser's: chosen once (with the switch or the
/// API), every device they sign in on speaks it; null goes back to the browser's.
async fn a_person_reads_cohort_in_their_language_on_every_device(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let laptop = app.candidate("ada@example.org").await;
    let lang_of = |html: &str| html.split("<html lang=\"").nth(1).unwrap_or_default()[..2].to_owned();
    let page = |client: &reqwest::Client| {
        let request = client.get(app.url("/jobs")).header("accept-language", "en-GB").send();
        async move { request.await.unwrap().text().await.unwrap() }
    };
    // The switch, signed in: kept for the account.
    laptop.get(app.url("/language?to=nl&back=/jobs")).send().await.unwrap();
    let me = json_of(laptop.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await;
    assert_eq!(me["language"], "nl");
    // Another device, an English browser: Dutch, because she chose it.
    let phone = app.log_in("ada@example.org", "ada@example.org has a long password").await;
    assert_eq!(lang_of(&page(&phone).await), "nl");
    // The API chooses too; an unknown language changes nothing; null is the browser's again.
    let set = |language: serde_json::Value| {
        phone.put(app.url("/api/v1/me/language")).json(&json!({ "language": language })).send()
    };
    problem(set(json!("fr")).await.unwrap(), 400, "invalid_body").await;
    assert_eq!(lang_of(&page(&phone).await), "nl");
    assert_eq!(json_of(set(json!(null)).await.unwrap(), 200).await["language"], serde_json::Value::Null);
    assert_eq!(lang_of(&page(&phone).await), "en");
    assert_eq!(json_of(set(json!("nl")).await.unwrap(), 200).await["language"], "nl");
    assert_eq!(lang_of(&page(&phone).await), "nl");
    // It is personal data: her export has it.
    let export = phone.get(app.url("/api/v1/me/export")).send().await.unwrap().text().await.unwrap();
    assert!(export.contains("the language chosen to read Cohort in"), "{export}");
}
