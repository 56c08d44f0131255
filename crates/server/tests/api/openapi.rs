//! The API describes itself: an OpenAPI 3.1 document, snapshot-tested, and a reference page
//! that needs no network.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use serde_json::Value;

on_both_backends!(
    the_document_is_openapi_3_1_and_follows_the_conventions,
    the_reference_page_is_served_whole
);

async fn the_document_is_openapi_3_1_and_follows_the_conventions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let doc = json_of(app.client().get(app.url("/api/openapi.json")).send().await.unwrap(), 200).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."));
    let verbs = [
        "get_",
        "list_",
        "create_",
        "delete_",
        "change_",
        "register_",
        "update_",
        "check_",
        "withdraw_",
        "cancel_",
        "accept_",
        "decline_",
        "send_",
        "submit_",
        "grade_",
        "record_",
        "complete_",
        "publish_",
        "enroll_",
        "plan_",
        "preview_",
    ];
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(
                verbs.iter().any(|v| id.starts_with(v)),
                "{method} {path}: operation id {id} is not <verb>_<resource>"
            );
            assert!(operation["responses"].as_object().is_some_and(|r| !r.is_empty()));
            if path.starts_with("/api/v1/orgs/") || path.starts_with("/api/v1/me") {
                assert!(operation.get("security").is_some(), "{method} {path} declares no security");
            }
            // A client generated from the document must be able to send what a 428 asks for.
            if operation["responses"].get("428").is_some() {
                let declared = operation["parameters"].as_array().is_some_and(|params| {
                    params.iter().any(|p| {
                        p["in"] == "header"
                            && p["name"].as_str().unwrap_or("").eq_ignore_ascii_case("if-match")
                    })
                });
                assert!(declared, "{method} {path} answers 428 but declares no If-Match");
            }
        }
    }
    // Two types under one name would make one of them describe the other's answers.
    let schemas: Vec<&String> = doc["components"]["schemas"].as_object().unwrap().keys().collect();
    let sessions = doc["paths"]["/api/v1/me/sessions"]["get"]["responses"]["200"].to_string();
    assert!(
        !sessions.contains("#/components/schemas/SessionView"),
        "sign-in sessions are not training sessions"
    );
    assert!(schemas.iter().any(|s| *s == "SignInSessionView"), "{schemas:?}");
    if backend == Backend::Sqlite {
        insta::assert_json_snapshot!("openapi", doc);
    }
}

async fn the_reference_page_is_served_whole(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let page = app.client().get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    // Every asset is the binary's own: no CDN, no other host.
    let sources: Vec<&str> =
        html.split(['"', '\'']).filter(|s| s.ends_with(".js") || s.ends_with(".css")).collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    for source in sources {
        assert!(source.starts_with("/api/docs/"), "{source} is not served by Cohort");
        let asset = app.client().get(app.url(source)).send().await.unwrap();
        assert_eq!(asset.status(), 200, "{source}");
        assert!(asset.bytes().await.unwrap().len() > 100);
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
    let front_door = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let response = front_door.get(app.url("/")).send().await.unwrap();
    assert_eq!(response.headers()["location"], "/jobs");
    let _: Value = json_of(app.client().get(app.url("/api/openapi.json")).send().await.unwrap(), 200).await;
}
