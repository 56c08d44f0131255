//! An admin brings colleagues in: they get a one-time password, choose their own, and work.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, all_items, json_of, problem};
use serde_json::json;

on_both_backends!(
    admin_adds_a_recruiter_who_must_choose_a_password_first,
    a_person_can_hold_several_roles_but_not_the_same_one_twice,
    the_last_admin_cannot_be_removed,
    member_lists_are_paginated,
);

async fn admin_adds_a_recruiter_who_must_choose_a_password_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    let created = json_of(
        admin
            .post(app.url("/api/v1/orgs/acme/members"))
            .json(&json!({ "email": "Rita@Acme.example", "name": "Rita Recruiter", "role": "recruiter", "first_password": "one_time" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(created["member"]["email"], "rita@acme.example");
    assert_eq!(created["member"]["role"], "recruiter");
    let one_time = created["one_time_password"].as_str().unwrap();

    let rita = app.log_in("rita@acme.example", one_time).await;
    let me = json_of(rita.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await;
    assert_eq!(me["password_change_required"], true);
    assert_eq!(me["memberships"], json!([{ "org": "acme", "org_name": "acme B.V.", "role": "recruiter" }]));
    problem(rita.get(app.url("/api/v1/orgs/acme")).send().await.unwrap(), 403, "password_change_required")
        .await;

    let changed = rita
        .post(app.url("/api/v1/auth/password"))
        .json(&json!({ "current_password": one_time, "new_password": "recruiting all summer long" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(changed, 200).await["password_change_required"], false);
    json_of(rita.get(app.url("/api/v1/orgs/acme")).send().await.unwrap(), 200).await;
}

async fn a_person_can_hold_several_roles_but_not_the_same_one_twice(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    let add = |role: &'static str| {
        app.client()
            .post(app.url("/api/v1/orgs/acme/members"))
            .bearer_auth(&admin)
            .json(&json!({ "email": "ivo@acme.example", "role": role, "first_password": "one_time" }))
            .send()
    };
    let first = json_of(add("interviewer").await.unwrap(), 201).await;
    assert!(first["one_time_password"].is_string());
    let second = json_of(add("mentor").await.unwrap(), 201).await;
    assert!(second["one_time_password"].is_null(), "an existing account gets no new password");
    problem(add("mentor").await.unwrap(), 409, "already_member").await;
    let bad = app
        .client()
        .post(app.url("/api/v1/orgs/acme/members"))
        .bearer_auth(&admin)
        .json(&json!({ "email": "ivo@acme.example", "role": "owner" }))
        .send()
        .await
        .unwrap();
    let body = problem(bad, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "role");
}

async fn the_last_admin_cannot_be_removed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "admin@acme.example", "admin").await;
    let members = json_of(admin.get(app.url("/api/v1/orgs/acme/members")).send().await.unwrap(), 200).await;
    let only_admin = members["items"][0]["id"].as_str().unwrap().to_owned();
    let refused =
        admin.delete(app.url(&format!("/api/v1/orgs/acme/members/{only_admin}"))).send().await.unwrap();
    problem(refused, 409, "refused").await;

    let second = json_of(
        admin
            .post(app.url("/api/v1/orgs/acme/members"))
            .json(&json!({ "email": "second@acme.example", "role": "admin" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let second_id = second["member"]["id"].as_str().unwrap();
    let removed =
        admin.delete(app.url(&format!("/api/v1/orgs/acme/members/{second_id}"))).send().await.unwrap();
    assert_eq!(removed.status(), 204);
    let gone = admin.delete(app.url(&format!("/api/v1/orgs/acme/members/{second_id}"))).send().await.unwrap();
    problem(gone, 404, "not_found").await;
}

async fn member_lists_are_paginated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    for i in 0..5 {
        let response = app
            .client()
            .post(app.url("/api/v1/orgs/acme/members"))
            .bearer_auth(&admin)
            .json(&json!({ "email": format!("m{i}@acme.example"), "role": "mentor" }))
            .send()
            .await
            .unwrap();
        json_of(response, 201).await;
    }
    let url = app.url("/api/v1/orgs/acme/members");
    let seen: Vec<String> = all_items(&app.client(), &url, &admin, 2)
        .await
        .iter()
        .map(|m| m["email"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, (0..5).map(|i| format!("m{i}@acme.example")).collect::<Vec<_>>());
    for bad in ["limit=0", "limit=201", "cursor=nonsense"] {
        let response = app
            .client()
            .get(app.url(&format!("/api/v1/orgs/acme/members?{bad}")))
            .bearer_auth(&admin)
            .send()
            .await;
        problem(response.unwrap(), 422, "validation_failed").await;
    }
    let unknown =
        app.client().get(app.url("/api/v1/orgs/acme/members?page=2")).bearer_auth(&admin).send().await;
    problem(unknown.unwrap(), 400, "invalid_query").await;
}
