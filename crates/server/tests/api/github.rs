//! GitHub enrichment against a local server that answers what GitHub's REST API answered.

use crate::applications::{apply, published_vacancy, student};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

on_both_backends!(an_opted_in_organisation_sees_skills_suggested_from_github,);

/// Serves recorded GitHub responses; records the paths asked for.
async fn recorded_github() -> (String, Arc<Mutex<Vec<String>>>) {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let router = axum::Router::new().fallback(move |uri: axum::http::Uri| {
        let log = log.clone();
        async move {
            log.lock().unwrap().push(uri.path().to_owned());
            let body: Value = match uri.path() {
                "/users/ada-l/repos" => json!([
                    { "name": "shortener", "fork": false, "language": "Rust" },
                    { "name": "someone-elses-lib", "fork": true, "language": "C" },
                    { "name": "notes", "fork": false, "language": "TypeScript" }
                ]),
                "/repos/ada-l/shortener/languages" => json!({ "Rust": 6000, "Go": 3000, "Python": 1000 }),
                "/repos/ada-l/notes/languages" => json!({ "TypeScript": 1000 }),
                _ => {
                    return (
                        axum::http::StatusCode::NOT_FOUND,
                        axum::Json(json!({ "message": "Not Found" })),
                    );
                }
            };
            (axum::http::StatusCode::OK, axum::Json(body))
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, asked)
}

async fn an_opted_in_organisation_sees_skills_suggested_from_github(backend: Backend) {
    let (github, asked) = recorded_github().await;
    let app = TestApp::spawn_configured(backend, |config| config.github_api_url = github).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let settings_url = app.url("/api/v1/orgs/acme/hiring-settings");
    let mut settings =
        json_of(app.client().get(&settings_url).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(settings["github_enrichment"], false);
    settings["github_enrichment"] = json!(true);
    json_of(
        app.client().put(&settings_url).bearer_auth(&recruiter).json(&settings).send().await.unwrap(),
        200,
    )
    .await;

    // Ada lists Python and Rust; her repositories also hold Go and TypeScript.
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let url = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let mut suggested = Value::Null;
    for _ in 0..100 {
        suggested = json_of(app.client().get(&url).bearer_auth(&recruiter).send().await.unwrap(), 200).await
            ["suggested_skills"]
            .clone();
        if !suggested.as_array().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        suggested,
        json!([
            { "skill": "Go", "share_percent": 27, "source": "github" },
            { "skill": "TypeScript", "share_percent": 9, "source": "github" }
        ])
    );
    assert!(!asked.lock().unwrap().iter().any(|p| p.contains("someone-elses-lib")), "forks are not read");
    // The candidate's own profile is untouched: suggestions are the organisation's.
    let profile = json_of(ada.get(app.url("/api/v1/me/profile")).send().await.unwrap(), 200).await;
    assert_eq!(profile["skills"], json!(["Python", "Rust"]));
}
