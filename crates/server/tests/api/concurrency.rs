//! Many writers at once: nothing fails, nothing acknowledged is lost; several servers share one
//! database.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, all_items, json_of};
use serde_json::json;
use std::collections::HashSet;
use std::time::{Duration, Instant};

on_both_backends!(
    fifty_concurrent_writers_lose_nothing,
    two_servers_on_one_database_both_answer,
    acknowledged_writes_survive_a_restart,
);

const WRITERS: usize = 50;

/// How long the writers keep writing; `COHORT_TEST_SOAK_SECS` overrides the 10 seconds.
fn soak() -> Duration {
    Duration::from_secs(
        std::env::var("COHORT_TEST_SOAK_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(10),
    )
}

async fn fifty_concurrent_writers_lose_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    let url = app.url("/api/v1/orgs/acme/api-tokens");
    let deadline = Instant::now() + soak();
    let writers = (0..WRITERS).map(|writer| {
        let (client, url, admin) = (app.client(), url.clone(), admin.clone());
        tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            let mut failures = Vec::new();
            let mut n = 0;
            let mut conflicts = 0;
            while Instant::now() < deadline {
                n += 1;
                if writer % 5 == 0 && n % 10 == 1 {
                    // The same role for the same person again: refused by a unique index inside
                    // the write transaction, next to other writers' good writes in one batch.
                    let response = client
                        .post(url.replace("api-tokens", "members"))
                        .bearer_auth(&admin)
                        .json(&json!({ "email": "dup@acme.example", "role": "mentor" }))
                        .send()
                        .await
                        .expect("the server answers");
                    match response.status().as_u16() {
                        201 => {}
                        409 => conflicts += 1,
                        status => {
                            failures.push(format!("{status}: {}", response.text().await.unwrap_or_default()))
                        }
                    }
                    continue;
                }
                let response = client
                    .post(&url)
                    .bearer_auth(&admin)
                    .json(&json!({ "name": format!("writer {writer} #{n}"), "role": "mentor" }))
                    .send()
                    .await
                    .expect("the server answers");
                let status = response.status().as_u16();
                let body = response.text().await.unwrap_or_default();
                if status == 201 {
                    let created: serde_json::Value = serde_json::from_str(&body).expect("JSON");
                    acknowledged.push(created["token"]["id"].as_str().expect("id").to_owned());
                } else {
                    failures.push(format!("{status}: {body}"));
                }
            }
            (acknowledged, failures, conflicts)
        })
    });
    let mut acknowledged = HashSet::new();
    let mut failures = Vec::new();
    let mut conflicts = 0;
    for writer in writers.collect::<Vec<_>>() {
        let (ids, failed, refused) = writer.await.unwrap();
        acknowledged.extend(ids);
        failures.extend(failed);
        conflicts += refused;
    }
    assert!(failures.is_empty(), "{} failed writes, e.g. {:?}", failures.len(), failures.first());
    assert!(acknowledged.len() >= WRITERS, "too few writes to mean anything: {}", acknowledged.len());
    assert!(conflicts > 0, "the conflicting writes were not exercised");

    // Every acknowledged write is there, read back page by page.
    let stored: HashSet<String> = all_items(&app.client(), &url, &admin, 200)
        .await
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .collect();
    let missing: Vec<_> = acknowledged.difference(&stored).collect();
    assert!(missing.is_empty(), "{} acknowledged writes are missing", missing.len());
    eprintln!(
        "{backend:?}: {} writes by {WRITERS} writers in {:?}, all present; {conflicts} conflicts refused",
        acknowledged.len(),
        soak()
    );

    // And they are still there after the server stops and a new one opens the database.
    let app = app.restart().await;
    let after =
        app.client().get(app.url("/api/v1/orgs/acme/api-tokens?limit=1")).bearer_auth(&admin).send().await;
    let after = json_of(after.unwrap(), 200).await;
    assert!(after["items"].as_array().is_some_and(|items| items.len() == 1));
    let members =
        app.store.members_page(org.id, cohort_store::PageRequest { limit: 10, after: None }).await.unwrap();
    assert_eq!(members.items.len(), 1, "exactly one of the conflicting writes succeeded");
}

async fn two_servers_on_one_database_both_answer(backend: Backend) {
    let first = TestApp::spawn(backend).await;
    let second = first.spawn_beside().await;
    let org = first.create_org("acme").await;
    let admin = first.token(&org, "admin").await;
    for app in [&first, &second] {
        assert_eq!(
            json_of(app.client().get(app.url("/readyz")).send().await.unwrap(), 200).await["status"],
            "ok"
        );
    }
    // A write through one server is read through the other, and the other way round.
    let created = json_of(
        first
            .client()
            .post(first.url("/api/v1/orgs/acme/members"))
            .bearer_auth(&admin)
            .json(&json!({ "email": "rita@acme.example", "role": "recruiter", "first_password": "one_time" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let password = created["one_time_password"].as_str().unwrap();
    let rita = second.log_in("rita@acme.example", password).await;
    let me = json_of(rita.get(first.url("/api/v1/me")).send().await.unwrap(), 200).await;
    assert_eq!(me["email"], "rita@acme.example", "a session made by one server works on the other");
    second.stop().await;
    first.stop().await;
}

async fn acknowledged_writes_survive_a_restart(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    let mut ids = Vec::new();
    for n in 0..20 {
        let created = app
            .client()
            .post(app.url("/api/v1/orgs/acme/api-tokens"))
            .bearer_auth(&admin)
            .json(&json!({ "name": format!("token {n}"), "role": "mentor" }))
            .send()
            .await
            .unwrap();
        ids.push(json_of(created, 201).await["token"]["id"].as_str().unwrap().to_owned());
    }
    let app = app.restart().await;
    let listed = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/acme/api-tokens?limit=200"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let stored: HashSet<String> =
        listed["items"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap().to_owned()).collect();
    assert!(ids.iter().all(|id| stored.contains(id)));
}
