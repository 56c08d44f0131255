//! The admin reads who did what, when, from where: logins and every write.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use serde_json::{Value, json};

on_both_backends!(every_login_and_write_is_in_the_trail_with_its_request);

async fn every_login_and_write_is_in_the_trail_with_its_request(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    let failed = app
        .client()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": "admin@acme.example", "password": "a wrong guess" }))
        .send()
        .await
        .unwrap();
    problem(failed, 401, "invalid_credentials").await;
    let created = admin
        .post(app.url("/api/v1/orgs/acme/api-tokens"))
        .json(&json!({ "name": "HR sync", "role": "recruiter" }))
        .send()
        .await
        .unwrap();
    let request_id = created.headers()["x-request-id"].to_str().unwrap().to_owned();
    let token_id = json_of(created, 201).await["token"]["id"].as_str().unwrap().to_owned();

    let trail = json_of(admin.get(app.url("/api/v1/orgs/acme/audit")).send().await.unwrap(), 200).await;
    let events = trail["items"].as_array().unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "api_token.created",
            "auth.login_failed",
            "auth.login_succeeded",
            "member.added",
            "user.created",
            "org.created"
        ],
        "newest first"
    );
    let token_event = &events[0];
    assert_eq!(token_event["request_id"], request_id.as_str());
    assert_eq!(token_event["target_id"], token_id.as_str());
    assert_eq!(token_event["actor_label"], "admin@acme.example");
    assert_eq!(token_event["ip"], "127.0.0.1");
    assert_eq!(token_event["details"], json!({ "name": "HR sync", "role": "recruiter" }));
    let failure = &events[1];
    assert_eq!(failure["actor_kind"], "anonymous");
    assert_eq!(failure["details"]["email"], "admin@acme.example");

    let only_failures = json_of(
        admin.get(app.url("/api/v1/orgs/acme/audit?action=auth.login_failed")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(only_failures["items"].as_array().map(Vec::len), Some(1));
    problem(
        admin.get(app.url("/api/v1/orgs/acme/audit?action=nope")).send().await.unwrap(),
        422,
        "validation_failed",
    )
    .await;

    // There is no way to change the trail.
    let event_id = token_event["id"].as_str().unwrap();
    for method in [reqwest::Method::DELETE, reqwest::Method::PUT, reqwest::Method::PATCH] {
        let response =
            admin.request(method, app.url(&format!("/api/v1/orgs/acme/audit/{event_id}"))).send().await;
        assert!(matches!(response.unwrap().status().as_u16(), 404 | 405));
    }
    let again = json_of(admin.get(app.url("/api/v1/orgs/acme/audit")).send().await.unwrap(), 200).await;
    assert_eq!(again["items"].as_array().map(Vec::len), Some(events.len()), "{}", Value::from(actions.len()));
}
