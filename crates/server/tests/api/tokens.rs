//! An admin gives an integration a token: shown once, stored hashed, scoped, revocable.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use serde_json::json;

on_both_backends!(the_secret_is_shown_once_and_acts_with_its_role_only);

async fn the_secret_is_shown_once_and_acts_with_its_role_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    let created = json_of(
        admin
            .post(app.url("/api/v1/orgs/acme/api-tokens"))
            .json(&json!({ "name": "HR sync", "role": "recruiter", "expires_at": "2099-01-01T00:00:00Z" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("cohort_pat_") && secret.len() > 50);
    assert_eq!(created["token"]["expires_at"], "2099-01-01T00:00:00Z");

    let listed = json_of(admin.get(app.url("/api/v1/orgs/acme/api-tokens")).send().await.unwrap(), 200).await;
    let text = listed.to_string();
    assert!(!text.contains(secret) && !text.contains("secret"), "a list never shows secrets: {text}");
    let token = &listed["items"][0];
    assert_eq!(token["name"], "HR sync");
    assert!(token["created_by"].is_string());

    let org_view = json_of(
        app.client().get(app.url("/api/v1/orgs/acme")).bearer_auth(secret).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(org_view["your_roles"], json!(["recruiter"]));
    // Tokens are not people: they have no `/me`.
    let me = app.client().get(app.url("/api/v1/me")).bearer_auth(secret).send().await.unwrap();
    assert_eq!(me.status(), 404);
}
