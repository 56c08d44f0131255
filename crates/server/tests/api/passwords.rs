//! A person who forgot their password asks for a link and chooses a new one; an admin invites a
//! new member, who chooses their first password from the link; the operator resets an account
//! from the command line. Links work once, for a limited time, and tell no one which addresses
//! have accounts.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use serde_json::json;

on_both_backends!(
    a_forgotten_password_is_reset_by_a_link_that_works_once,
    a_reset_link_stops_working_after_an_hour,
    resets_are_throttled_and_answer_alike_for_every_address,
    an_invited_member_chooses_their_first_password_from_the_link,
    an_existing_account_invited_is_told_it_holds_the_role,
);

/// The token of the link to `path` in an e-mail.
pub fn token_in(email: &str, path: &str) -> String {
    let marker = format!("{path}?token=");
    let at = email.find(&marker).unwrap_or_else(|| panic!("no link to {path} in {email}")) + marker.len();
    email[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

async fn a_forgotten_password_is_reset_by_a_link_that_works_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let elsewhere = app.candidate("ada@example.org").await;
    let anonymous = app.browser();
    let ask = |email: &'static str| {
        anonymous.post(app.url("/api/v1/auth/password-reset")).json(&json!({ "email": email })).send()
    };
    let known = json_of(ask("Ada@Example.org").await.unwrap(), 202).await;
    let unknown = json_of(ask("nobody@example.org").await.unwrap(), 202).await;
    assert_eq!(known, unknown, "the answer tells whether the address has an account");
    assert_eq!(known, json!({ "expires_in_minutes": 60 }));
    let email = app.email_to("ada@example.org", "Choose a new Cohort password").await;
    assert!(!email.contains("/api/v1/"), "{email}");
    let token = token_in(&email, "/password/reset");

    let confirm = |token: String, password: &'static str| {
        anonymous
            .post(app.url("/api/v1/auth/password-reset/confirm"))
            .json(&json!({ "token": token, "password": password }))
            .send()
    };
    // A weak password is refused and the link still works.
    let weak = problem(confirm(token.clone(), "short").await.unwrap(), 422, "validation_failed").await;
    assert_eq!(weak["errors"][0]["field"], "password");
    problem(
        confirm("not-the-token".into(), "a brand new long password").await.unwrap(),
        404,
        "password_link_invalid",
    )
    .await;
    let me = json_of(confirm(token.clone(), "a brand new long password").await.unwrap(), 200).await;
    assert_eq!(me["email"], "ada@example.org");
    // The session that was signed in elsewhere has ended; the old password no longer works.
    assert_eq!(elsewhere.get(app.url("/api/v1/me")).send().await.unwrap().status(), 401);
    let old = anonymous
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": "ada@example.org", "password": "ada@example.org has a long password" }))
        .send()
        .await
        .unwrap();
    problem(old, 401, "invalid_credentials").await;
    app.log_in("ada@example.org", "a brand new long password").await;
    // The link works once.
    problem(confirm(token, "yet another long password").await.unwrap(), 404, "password_link_invalid").await;
    let audit = app.store.user_by_email("ada@example.org").await.unwrap().unwrap();
    assert!(!audit.must_change_password);
}

async fn a_reset_link_stops_working_after_an_hour(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.candidate("ada@example.org").await;
    let asked = app
        .browser()
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&json!({ "email": "ada@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 202);
    let token = token_in(&app.email_to("ada@example.org", "password").await, "/password/reset");
    let hash = cohort_server::auth::secrets::digest(&token);
    let now = chrono::Utc::now();
    assert!(app.store.password_link(&hash, now).await.unwrap().is_some());
    let later = now + chrono::Duration::minutes(61);
    assert!(app.store.password_link(&hash, later).await.unwrap().is_none(), "works after an hour");
    assert_eq!(app.store.purge_expired_password_links(later).await.unwrap(), 1);
    let page = app.browser().get(app.url(&format!("/password/reset?token={token}"))).send().await.unwrap();
    assert_eq!(page.status(), 404);
    assert!(page.text().await.unwrap().contains("used already or it expired"));
}

async fn resets_are_throttled_and_answer_alike_for_every_address(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.candidate("ada@example.org").await;
    for email in ["ada@example.org", "nobody@example.org"] {
        for _ in 0..5 {
            let asked = app
                .client()
                .post(app.url("/api/v1/auth/password-reset"))
                .json(&json!({ "email": email }))
                .send()
                .await
                .unwrap();
            assert_eq!(asked.status(), 202);
        }
        let sixth = app
            .client()
            .post(app.url("/api/v1/auth/password-reset"))
            .json(&json!({ "email": email }))
            .send()
            .await
            .unwrap();
        assert!(sixth.headers().contains_key("retry-after"));
        problem(sixth, 429, "too_many_reset_requests").await;
    }
    // Asking for resets does not lock the person out of signing in.
    app.log_in("ada@example.org", "ada@example.org has a long password").await;
    let malformed = app
        .client()
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&json!({ "email": "not an address" }))
        .send()
        .await
        .unwrap();
    problem(malformed, 422, "validation_failed").await;
}

async fn an_invited_member_chooses_their_first_password_from_the_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    let created = json_of(
        admin
            .post(app.url("/api/v1/orgs/acme/members"))
            .json(&json!({ "email": "rita@acme.example", "name": "Rita", "role": "recruiter" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(created["invited"], true);
    assert!(created["one_time_password"].is_null(), "{created}");
    let email = app.email_to("rita@acme.example", "invites you to acme B.V.").await;
    assert!(email.contains("as a recruiter"), "{email}");
    assert!(!email.contains("/api/v1/"), "{email}");
    let token = token_in(&email, "/password/reset");
    // Until then, nobody can sign in to the account.
    let page = app.browser().get(app.url(&format!("/password/reset?token={token}"))).send().await.unwrap();
    assert!(page.text().await.unwrap().contains("Welcome to acme B.V."));
    let me = json_of(
        app.browser()
            .post(app.url("/api/v1/auth/password-reset/confirm"))
            .json(&json!({ "token": token, "password": "rita chooses a long password" }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(me["memberships"][0]["role"], "recruiter", "{me}");
    app.log_in("rita@acme.example", "rita chooses a long password").await;
    let trail =
        json_of(admin.get(app.url("/api/v1/orgs/acme/audit?limit=50")).send().await.unwrap(), 200).await;
    let actions: Vec<&str> =
        trail["items"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(
        actions.contains(&"member.invited") && actions.contains(&"member.invitation_accepted"),
        "{actions:?}"
    );
}

async fn an_existing_account_invited_is_told_it_holds_the_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    app.candidate("ada@example.org").await;
    let created = json_of(
        admin
            .post(app.url("/api/v1/orgs/acme/members"))
            .json(&json!({ "email": "ada@example.org", "role": "mentor" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(created["member"]["role"], "mentor");
    let email = app.email_to("ada@example.org", "You are now a mentor at acme B.V.").await;
    assert!(email.contains("/login"), "{email}");
    // Their password is theirs still.
    app.log_in("ada@example.org", "ada@example.org has a long password").await;
    let unknown = admin
        .post(app.url("/api/v1/orgs/acme/members"))
        .json(&json!({ "email": "x@acme.example", "role": "mentor", "first_password": "carrier pigeon" }))
        .send()
        .await
        .unwrap();
    problem(unknown, 422, "validation_failed").await;
}
