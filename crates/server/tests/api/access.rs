//! Tenancy and authorisation, swept over every route the OpenAPI document lists and every
//! organisation page the web router declares: a route added later is covered without anyone
//! remembering to add it here.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use reqwest::{Client, Method};
use serde_json::{Value, json};

on_both_backends!(
    unauthenticated_calls_to_protected_routes_get_401,
    org_a_gets_404_for_every_org_b_resource,
    members_without_the_admin_role_get_404_on_admin_routes,
    a_revoked_or_expired_token_is_anonymous,
    every_organisation_page_turns_strangers_away,
);

/// Every operation of the document: (method, path template, whether it declares security).
async fn operations(app: &TestApp) -> Vec<(Method, String, bool)> {
    let doc = json_of(app.client().get(app.url("/api/openapi.json")).send().await.unwrap(), 200).await;
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let secured = operation.get("security").and_then(Value::as_array).is_some_and(|s| !s.is_empty());
            found.push((method.to_uppercase().parse().unwrap(), path.clone(), secured));
        }
    }
    assert!(found.len() >= 15, "the document lists too few operations: {found:?}");
    found
}

async fn call(
    client: &Client,
    app: &TestApp,
    method: Method,
    path: &str,
    auth: Option<&str>,
) -> reqwest::Response {
    let mut request = client.request(method.clone(), app.url(path));
    if let Some(token) = auth {
        request = request.bearer_auth(token);
    }
    if method == Method::POST || method == Method::PUT || method == Method::PATCH {
        request = request.json(&json!({}));
    }
    request.send().await.unwrap()
}

async fn unauthenticated_calls_to_protected_routes_get_401(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let anyone = app.client();
    let mut checked = 0;
    for (method, template, secured) in operations(&app).await {
        if !secured {
            continue;
        }
        let path = template.replace("{org}", &org.slug).replace("{id}", &uuid::Uuid::now_v7().to_string());
        let response = call(&anyone, &app, method.clone(), &path, None).await;
        assert_eq!(response.headers()["www-authenticate"], "Bearer", "{method} {path}");
        problem(response, 401, "unauthenticated").await;
        let response = call(&anyone, &app, method.clone(), &path, Some("cohort_pat_forged")).await;
        problem(response, 401, "unauthenticated").await;
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} protected routes checked");
}

async fn org_a_gets_404_for_every_org_b_resource(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let a = app.create_org("org-a").await;
    let b = app.create_org("org-b").await;
    let a_recruiter = app.token(&a, "recruiter").await;
    let a_admin = app.token(&a, "admin").await;
    let a_admin_person = app.member(&a, "admin@a.example", "admin").await;
    let candidate = app.candidate("ada@example.org").await;

    // Org B's real resources, so that 404 cannot come from a made-up id.
    let b_admin = app.token(&b, "admin").await;
    let b_member = json_of(
        app.client()
            .post(app.url("/api/v1/orgs/org-b/members"))
            .bearer_auth(&b_admin)
            .json(&json!({ "email": "rita@b.example", "role": "recruiter" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await["member"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let b_tokens = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/org-b/api-tokens"))
            .bearer_auth(&b_admin)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let b_token = b_tokens["items"][0]["id"].as_str().unwrap().to_owned();

    let b_recruiter = app.token(&b, "recruiter").await;
    let b_program = json_of(
        app.client()
            .post(app.url("/api/v1/orgs/org-b/programs"))
            .bearer_auth(&b_recruiter)
            .json(&json!({ "name": "B programme", "starts_on": "2027-02-01", "ends_on": "2027-07-31", "remote": true, "capacity": 2 }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let b_vacancy = json_of(
        app.client()
            .post(app.url("/api/v1/orgs/org-b/vacancies"))
            .bearer_auth(&b_recruiter)
            .json(&json!({
                "program_id": b_program, "title": "B intern", "description": "B", "work_mode": "remote",
                "remote_countries": ["NL"], "hours_per_week": 40, "stipend": null, "positions": 1,
                "opens_on": "2026-01-01", "closes_on": "2030-01-01", "location": null
            }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let token_client = app.client();
    let mut checked = 0;
    for (method, template, _) in operations(&app).await {
        if !template.contains("{org}") {
            continue;
        }
        let id = if template.contains("/members/") {
            &b_member
        } else if template.contains("/programs/") {
            &b_program
        } else if template.contains("/vacancies/") {
            &b_vacancy
        } else {
            &b_token
        };
        let path = template.replace("{org}", &b.slug).replace("{id}", id);
        for token in [&a_recruiter, &a_admin] {
            let response = call(&token_client, &app, method.clone(), &path, Some(token)).await;
            problem(response, 404, "not_found").await;
        }
        for person in [&a_admin_person, &candidate] {
            let response = call(person, &app, method.clone(), &path, None).await;
            problem(response, 404, "not_found").await;
        }
        // A slug that exists nowhere answers exactly the same.
        let nowhere = template.replace("{org}", "no-such-org").replace("{id}", id);
        problem(call(&token_client, &app, method.clone(), &nowhere, Some(&a_admin)).await, 404, "not_found")
            .await;
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} org routes checked");

    // And nothing of B changed.
    let members = json_of(
        app.client().get(app.url("/api/v1/orgs/org-b/members")).bearer_auth(&b_admin).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(members["items"].as_array().unwrap().len(), 1);
    let tokens = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/org-b/api-tokens"))
            .bearer_auth(&b_admin)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(tokens["items"][0]["revoked_at"].is_null());
    let vacancy = json_of(
        app.client()
            .get(app.url(&format!("/api/v1/orgs/org-b/vacancies/{b_vacancy}")))
            .bearer_auth(&b_admin)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!((vacancy["version"].as_i64(), vacancy["status"].as_str()), (Some(1), Some("draft")));
}

async fn members_without_the_admin_role_get_404_on_admin_routes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    for role in ["recruiter", "interviewer", "mentor"] {
        let person = app.member(&org, &format!("{role}@acme.example"), role).await;
        let token = app.token(&org, role).await;
        for path in ["/api/v1/orgs/acme/members", "/api/v1/orgs/acme/api-tokens", "/api/v1/orgs/acme/audit"] {
            problem(person.get(app.url(path)).send().await.unwrap(), 404, "not_found").await;
            problem(
                app.client().get(app.url(path)).bearer_auth(&token).send().await.unwrap(),
                404,
                "not_found",
            )
            .await;
        }
        let created = app
            .client()
            .post(app.url("/api/v1/orgs/acme/api-tokens"))
            .bearer_auth(&token)
            .json(&json!({ "name": "escalate", "role": "admin" }))
            .send()
            .await
            .unwrap();
        problem(created, 404, "not_found").await;
        // Their own organisation itself they may see.
        let org_view = json_of(person.get(app.url("/api/v1/orgs/acme")).send().await.unwrap(), 200).await;
        assert_eq!(org_view["your_roles"], json!([role]));
    }
}

async fn a_revoked_or_expired_token_is_anonymous(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    let created = json_of(
        app.client()
            .post(app.url("/api/v1/orgs/acme/api-tokens"))
            .bearer_auth(&admin)
            .json(&json!({ "name": "short-lived", "role": "recruiter" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let secret = created["secret"].as_str().unwrap();
    let id = created["token"]["id"].as_str().unwrap();
    json_of(app.client().get(app.url("/api/v1/orgs/acme")).bearer_auth(secret).send().await.unwrap(), 200)
        .await;
    let revoked = app
        .client()
        .delete(app.url(&format!("/api/v1/orgs/acme/api-tokens/{id}")))
        .bearer_auth(&admin)
        .send()
        .await;
    assert_eq!(revoked.unwrap().status(), 204);
    let after = app.client().get(app.url("/api/v1/orgs/acme")).bearer_auth(secret).send().await.unwrap();
    problem(after, 401, "unauthenticated").await;

    let past = app
        .client()
        .post(app.url("/api/v1/orgs/acme/api-tokens"))
        .bearer_auth(&admin)
        .json(&json!({ "name": "expired", "role": "recruiter", "expires_at": "2020-01-01T00:00:00Z" }))
        .send()
        .await
        .unwrap();
    let body = problem(past, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "expires_at");

    // A token whose expiry has passed (made directly: the API refuses to create one) is refused.
    let secret = cohort_server::auth::secrets::api_token_secret().unwrap();
    let expired = cohort_store::api_tokens::NewApiToken {
        org_id: org.id,
        name: "expired".into(),
        role: cohort_domain::access::Role::Admin,
        secret_hash: cohort_server::auth::secrets::digest(&secret),
        created_by: None,
        expires_at: Some(chrono::Utc::now() - chrono::Duration::minutes(1)),
    };
    app.store.create_api_token(&cohort_store::audit::Context::operator(), expired).await.unwrap();
    let response = app.client().get(app.url("/api/v1/orgs/acme")).bearer_auth(&secret).send().await.unwrap();
    problem(response, 401, "unauthenticated").await;
}

/// Every organisation page the web router declares (read from its source, so a page added later
/// is swept too): (method, path template).
fn organisation_pages() -> Vec<(Method, String)> {
    let source = include_str!("../../src/web/mod.rs");
    let mut pages = Vec::new();
    for chunk in source.split(".route(").skip(1) {
        let Some(path) = chunk.split('"').nth(1).filter(|p| p.starts_with("/orgs/{org}")) else {
            continue;
        };
        let handlers = chunk.split(".route(").next().unwrap_or_default();
        if handlers.contains("get(") {
            pages.push((Method::GET, path.to_owned()));
        }
        if handlers.contains("post(") {
            pages.push((Method::POST, path.to_owned()));
        }
    }
    assert!(pages.len() >= 40, "the router declares too few organisation pages: {pages:?}");
    pages
}

/// A path of the template in `org`, every id a fresh one and every named segment a real one.
fn page_path(template: &str, org: &str) -> String {
    template
        .replace("{org}", org)
        .replace("{id}", &uuid::Uuid::now_v7().to_string())
        .replace("{what}", "goals")
        .replace("{action}", "test")
        .replace("{notice}", "rejection")
        .replace("{language}", "nl")
}

async fn every_organisation_page_turns_strangers_away(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let theirs = app.create_org("theirs").await;
    let ours = app.create_org("ours").await;
    let owner = app.member(&theirs, "owner@theirs.example", "admin").await;
    let stranger = app.member(&ours, "stranger@ours.example", "admin").await;
    let recruiter = app.member(&theirs, "rita@theirs.example", "recruiter").await;
    let anonymous = Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let pages = organisation_pages();
    for (method, template) in &pages {
        let path = page_path(template, &theirs.slug);
        let form = [("_csrf", "whatever")];

        // Anonymous: sent to sign in, and back here after (a form: back to where it came from).
        let response = anonymous.request(method.clone(), app.url(&path)).form(&form).send().await.unwrap();
        assert_eq!(response.status(), 303, "anonymous {method} {path}");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.starts_with("/login?next="), "anonymous {method} {path} went to {location}");

        // A member of another organisation: the 404 page, as if the organisation did not exist.
        let response = stranger.request(method.clone(), app.url(&path)).form(&form).send().await.unwrap();
        assert_eq!(response.status(), 404, "stranger {method} {path}");
        assert!(
            response.headers()["content-type"].to_str().unwrap().starts_with("text/html"),
            "stranger {method} {path} got no page"
        );
        let html = response.text().await.unwrap();
        assert!(html.contains("There is nothing here"), "stranger {method} {path}: {html}");
        assert!(!html.contains("theirs B.V."), "stranger {method} {path} learns the name: {html}");

        // The console is the administrators': for a recruiter of the organisation it is not there.
        if template.starts_with("/orgs/{org}/console") {
            let response =
                recruiter.request(method.clone(), app.url(&path)).form(&form).send().await.unwrap();
            assert_eq!(response.status(), 404, "recruiter {method} {path}");
            assert!(
                response.text().await.unwrap().contains("There is nothing here"),
                "recruiter {method} {path}"
            );
        }
    }
    assert!(
        pages.iter().filter(|(_, t)| t.starts_with("/orgs/{org}/console")).count() >= 22,
        "console pages"
    );

    // The control: the organisation's own admin sees each of its pages that needs no id.
    for (_, template) in pages.iter().filter(|(m, t)| *m == Method::GET && !t.contains("{id}")) {
        let path = page_path(template, &theirs.slug);
        let response = owner.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "owner GET {path}");
    }
    // And for a page of an item, an id that cannot be one is the 404 page, not a bare status.
    for (_, template) in pages.iter().filter(|(m, t)| *m == Method::GET && t.contains("{id}")) {
        let path = page_path(&template.replace("{id}", "not-an-id"), &theirs.slug);
        let response = owner.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "owner GET {path}");
        let html = response.text().await.unwrap();
        assert!(html.contains("There is nothing here"), "owner GET {path}: {html}");
    }
}
