//! Applicants' personal data as EU law expects: every column is classified in the data map.

use crate::applications::{published_vacancy, student};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use cohort_store::data_map;
use reqwest::multipart::{Form, Part};
use serde_json::json;

on_both_backends!(
    every_column_of_the_schema_is_classified_in_the_data_map,
    a_bsn_an_id_copy_or_health_data_is_never_taken,
    candidates_give_and_withdraw_consents,
    every_view_of_an_application_or_cv_is_logged,
);

async fn every_column_of_the_schema_is_classified_in_the_data_map(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let live = app.store.schema_columns().await.unwrap();
    assert!(live.len() > 300, "the schema reads as {} columns", live.len());
    let classified = data_map::classified();
    let unclassified: Vec<String> = live
        .iter()
        .filter(|(t, c)| !classified.contains(&(t.as_str(), c.as_str())))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(
        unclassified.is_empty(),
        "classify these columns in crates/store/src/data_map.rs (personal data or not): {unclassified:?}"
    );
    let gone: Vec<String> = classified
        .iter()
        .filter(|(t, c)| !live.iter().any(|(lt, lc)| lt == t && lc == c))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(gone.is_empty(), "the data map names columns the schema does not have: {gone:?}");
}

async fn a_bsn_an_id_copy_or_health_data_is_never_taken(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let apply = |body: serde_json::Value, extra: Option<&'static str>| {
        let mut form = Form::new().text("application", body.to_string());
        if let Some(part) = extra {
            form = form.part(part, Part::bytes(crate::applications::PDF.to_vec()).file_name("scan.pdf"));
        }
        ada.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications"))).multipart(form).send()
    };
    let consent = json!({ "privacy_notice_version": "2026-11" });
    let refused =
        apply(json!({ "cover_letter": "Hi", "consent": consent, "bsn": "111222333" }), None).await.unwrap();
    let refused = problem(refused, 422, "forbidden_personal_data").await;
    assert!(refused["detail"].as_str().unwrap().contains("citizen service number"), "{refused}");
    problem(
        apply(json!({ "cover_letter": "Hi", "consent": consent }), Some("passport_copy")).await.unwrap(),
        422,
        "forbidden_personal_data",
    )
    .await;
    let in_letter = apply(
        json!({ "cover_letter": "My BSN is 1112.22.333, in case you need it.", "consent": consent }),
        None,
    )
    .await
    .unwrap();
    let in_letter = problem(in_letter, 422, "validation_failed").await;
    assert_eq!(in_letter["errors"][0]["field"], "cover_letter", "{in_letter}");
    let profile = ada
        .put(app.url("/api/v1/me/profile"))
        .json(&json!({ "name": "Ada", "health_condition": "none" }))
        .send()
        .await
        .unwrap();
    problem(profile, 422, "forbidden_personal_data").await;
    // Nothing was stored.
    let mine = json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    assert!(mine["items"].as_array().unwrap().is_empty(), "{mine}");
    // Nor can a vacancy ask for them in a knockout question.
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let current = app
        .client()
        .get(app.url(&format!("/api/v1/orgs/acme/vacancies/{vacancy}")))
        .bearer_auth(&recruiter)
        .send()
        .await
        .unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_owned();
    let mut draft = json_of(current, 200).await;
    let rules = json!([{ "kind": "knockout", "id": "health", "question": "Do you have a chronic illness?", "required_answer": false }]);
    let fields = [
        "program_id",
        "title",
        "description",
        "responsibilities",
        "required_skills",
        "preferences",
        "location",
        "work_mode",
        "remote_countries",
        "hours_per_week",
        "stipend",
        "positions",
        "opens_on",
        "closes_on",
    ];
    let mut body = serde_json::Map::new();
    for field in fields {
        if let Some(value) = draft.get_mut(field) {
            body.insert(field.to_owned(), value.take());
        }
    }
    body.insert("rules".into(), rules);
    let changed = app
        .client()
        .put(app.url(&format!("/api/v1/orgs/acme/vacancies/{vacancy}")))
        .bearer_auth(&recruiter)
        .header("if-match", etag)
        .json(&body)
        .send()
        .await
        .unwrap();
    let changed = problem(changed, 422, "validation_failed").await;
    assert!(changed.to_string().contains("never asks applicants about their health"), "{changed}");
}

async fn candidates_give_and_withdraw_consents(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    app.create_org("other").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    json_of(crate::applications::apply(&app, &ada, &vacancy, None).await, 201).await;
    let consents = app.url("/api/v1/me/consents");
    let listed = json_of(ada.get(&consents).send().await.unwrap(), 200).await;
    assert_eq!(listed["applications"][0]["privacy_notice_version"], "2026-11");
    assert_eq!(listed["applications"][0]["organisation"], "acme");
    assert!(listed["consents"].as_array().unwrap().is_empty());
    let give = |org: &str, version: &str| {
        ada.post(&consents)
            .json(&json!({ "organisation": org, "purpose": "future_vacancies", "privacy_notice_version": version }))
            .send()
    };
    problem(give("other", "2026-11").await.unwrap(), 422, "no_data_held").await;
    problem(give("nowhere", "2026-11").await.unwrap(), 422, "no_data_held").await;
    problem(give("acme", "2019-01").await.unwrap(), 422, "validation_failed").await;
    let given = json_of(give("acme", "2026-11").await.unwrap(), 201).await;
    assert!(given["statement"].as_str().unwrap().contains("one year"));
    problem(give("acme", "2026-11").await.unwrap(), 409, "consent_given").await;
    let withdrawal = app.url(&format!("/api/v1/me/consents/{}/withdrawal", given["id"].as_str().unwrap()));
    let bob = app.candidate("bob@example.org").await;
    problem(bob.post(&withdrawal).send().await.unwrap(), 404, "not_found").await;
    let withdrawn = json_of(ada.post(&withdrawal).send().await.unwrap(), 200).await;
    assert!(withdrawn["withdrawn_at"].is_string());
    problem(ada.post(&withdrawal).send().await.unwrap(), 409, "consent_withdrawn").await;
    // Given again after withdrawing: a new record, the history kept.
    json_of(give("acme", "2026-11").await.unwrap(), 201).await;
    let listed = json_of(ada.get(&consents).send().await.unwrap(), 200).await;
    assert_eq!(listed["consents"].as_array().unwrap().len(), 2);
}

async fn every_view_of_an_application_or_cv_is_logged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let cv = Some(("cv.pdf", crate::applications::PDF.to_vec()));
    let id = json_of(crate::applications::apply(&app, &ada, &vacancy, cv).await, 201).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let rita = app.member(&org, "rita@acme.example", "recruiter").await;
    let url = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    json_of(rita.get(&url).send().await.unwrap(), 200).await;
    assert_eq!(rita.get(format!("{url}/cv")).send().await.unwrap().status(), 200);
    // The candidate sees when and why, not who.
    let mine = json_of(ada.get(app.url("/api/v1/me/profile-views")).send().await.unwrap(), 200).await;
    let mine = mine.as_array().unwrap();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert!(
        mine.iter().all(|v| v["organisation"] == "acme"
            && v["purpose"] == "recruitment"
            && v.get("viewer").is_none())
    );
    let resources: Vec<&str> = mine.iter().map(|v| v["resource"].as_str().unwrap()).collect();
    assert!(resources.contains(&"cv") && resources.contains(&"application"), "{resources:?}");
    // The admins see who; a recruiter does not see the log.
    let admin = app.token(&org, "admin").await;
    let log = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/acme/profile-views"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(log["items"].as_array().unwrap().iter().all(|v| v["viewer"] == "rita@acme.example"), "{log}");
    problem(rita.get(app.url("/api/v1/orgs/acme/profile-views")).send().await.unwrap(), 404, "not_found")
        .await;
    // Nobody else's views show up in another candidate's log.
    let bob = app.candidate("bob@example.org").await;
    assert!(
        json_of(bob.get(app.url("/api/v1/me/profile-views")).send().await.unwrap(), 200)
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
}
