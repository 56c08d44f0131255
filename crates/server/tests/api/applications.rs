//! A student applies: the profile they keep, a CV, consent; told exactly why not when they may
//! not; their application followed on a timeline.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use chrono::{Duration, Utc};
use reqwest::Client;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

on_both_backends!(
    an_eligible_student_applies_and_follows_the_timeline,
    an_ineligible_student_is_told_which_rule_and_nothing_is_stored,
    bad_uploads_are_refused_and_leave_nothing_behind,
    a_retried_application_with_the_same_key_is_made_once,
    applications_are_private_to_their_candidate,
    a_json_resume_fills_the_profile_and_a_malformed_one_is_refused,
);

pub const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A published vacancy of `acme` requiring Dutch enrollment for Feb–Jul 2027; returns its id.
pub async fn published_vacancy(app: &TestApp) -> String {
    published_vacancy_in(app, "acme").await
}

/// A new organisation `slug` with such a vacancy; returns the vacancy's id.
pub async fn published_vacancy_in(app: &TestApp, slug: &str) -> String {
    let org = app.create_org(slug).await;
    let recruiter = app.token(&org, "recruiter").await;
    another_vacancy(app, slug, &recruiter).await
}

/// Another such vacancy of an existing organisation; returns its id.
pub async fn another_vacancy(app: &TestApp, slug: &str, recruiter: &str) -> String {
    let program = json_of(
        app.client()
            .post(app.url(&format!("/api/v1/orgs/{slug}/programs")))
            .bearer_auth(recruiter)
            .json(&json!({ "name": "Backend 2027", "starts_on": "2027-02-01", "ends_on": "2027-07-31", "location": "Amsterdam", "capacity": 5 }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let today = Utc::now().date_naive();
    let created = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/{slug}/vacancies")))
        .bearer_auth(recruiter)
        .json(&json!({
            "program_id": program["id"], "title": "Backend intern", "description": "APIs",
            "required_skills": ["Python"],
            "rules": [{ "kind": "enrolled_in_country", "country": "NL" }],
            "location": "Amsterdam", "work_mode": "on_site", "hours_per_week": 40, "stipend": null, "positions": 2,
            "opens_on": (today - Duration::days(1)).to_string(), "closes_on": (today + Duration::days(30)).to_string()
        }))
        .send()
        .await
        .unwrap();
    let etag = created.headers()["etag"].to_str().unwrap().to_owned();
    let id = json_of(created, 201).await["id"].as_str().unwrap().to_owned();
    let published = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/{slug}/vacancies/{id}/status")))
        .bearer_auth(recruiter)
        .header("if-match", etag)
        .json(&json!({ "status": "published" }))
        .send()
        .await
        .unwrap();
    json_of(published, 200).await;
    id
}

/// A candidate with a saved profile, enrolled at TU Delft until `enrolled_until`.
pub async fn student(app: &TestApp, email: &str, enrolled_until: &str) -> Client {
    let browser = app.candidate(email).await;
    let profile = json!({
        "name": "Ada Lovelace",
        "institution": "TU Delft",
        "institution_country": "NL",
        "field_of_study": "Computer Science",
        "enrollment": { "start": "2024-09-01", "end": enrolled_until },
        "skills": ["Python", "Rust"],
        "github": "ada-l",
        "portfolio_url": "https://ada.example/portfolio"
    });
    json_of(browser.put(app.url("/api/v1/me/profile")).json(&profile).send().await.unwrap(), 200).await;
    browser
}

pub fn application_form(cv: Option<(&'static str, Vec<u8>)>) -> Form {
    let body = json!({
        "cover_letter": "I build APIs for fun.",
        "consent": { "privacy_notice_version": "2026-11" }
    });
    let form = Form::new().text("application", body.to_string());
    match cv {
        Some((name, bytes)) => {
            form.part("cv", Part::bytes(bytes).file_name(name).mime_str("application/pdf").unwrap())
        }
        None => form,
    }
}

pub async fn apply(
    app: &TestApp,
    browser: &Client,
    vacancy: &str,
    cv: Option<(&'static str, Vec<u8>)>,
) -> reqwest::Response {
    browser
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .multipart(application_form(cv))
        .send()
        .await
        .unwrap()
}

async fn an_eligible_student_applies_and_follows_the_timeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;

    let response = apply(&app, &ada, &vacancy, Some(("Ada CV.pdf", PDF.to_vec()))).await;
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let application = json_of(response, 201).await;
    assert_eq!(location, format!("/api/v1/me/applications/{}", application["id"].as_str().unwrap()));
    assert_eq!(application["status"], "active");
    assert_eq!(application["stage"], "Application");
    assert_eq!(application["eligibility"], "eligible");
    assert_eq!(application["next_stage"], "Initial chat with HR");
    assert_eq!(application["timeline"][0]["progress"], "current");
    assert!(application["timeline"][0]["reached_at"].is_string());
    assert_eq!(application["timeline"][1]["progress"], "upcoming");
    assert!(application.get("match_score").is_none(), "nothing internal");

    let mine = json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    assert_eq!(mine["items"][0]["id"], application["id"]);
    assert_eq!(mine["items"][0]["vacancy_title"], "Backend intern");

    let cv = ada.get(app.url(&format!("{location}/cv"))).send().await.unwrap();
    assert_eq!(cv.status(), 200);
    assert_eq!(cv.headers()["content-type"], "application/pdf");
    assert_eq!(cv.headers()["content-disposition"], "attachment; filename=\"Ada CV.pdf\"");
    assert_eq!(cv.bytes().await.unwrap().as_ref(), PDF);

    // Once is enough: a second application is a conflict that points at the first.
    let again = problem(apply(&app, &ada, &vacancy, None).await, 409, "already_applied").await;
    assert_eq!(again["see"], location.as_str());
}

async fn an_ineligible_student_is_told_which_rule_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let bo = student(&app, "bo@student.tudelft.nl", "2027-06-30").await;
    let refused =
        problem(apply(&app, &bo, &vacancy, Some(("cv.pdf", PDF.to_vec()))).await, 422, "not_eligible").await;
    assert_eq!(refused["errors"][0]["field"], "rules.enrolled_in_country");
    assert_eq!(
        refused["errors"][0]["message"],
        "Your enrollment ends on 30 June 2027, before the internship ends on 31 July 2027; you must be enrolled for the whole internship."
    );
    assert_eq!(
        json_of(bo.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await["items"],
        json!([])
    );
    assert_eq!(app.blobs().count(), 0, "the CV of a refused application is not kept");

    // Without a saved profile, or without consent, the answer says what to do.
    let newcomer = app.candidate("new@student.example").await;
    problem(apply(&app, &newcomer, &vacancy, None).await, 422, "profile_missing").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let no_consent = Form::new().text("application", json!({ "cover_letter": "hi" }).to_string());
    let response =
        ada.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications"))).multipart(no_consent).send().await;
    let body = problem(response.unwrap(), 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "consent.privacy_notice_version");
}

async fn bad_uploads_are_refused_and_leave_nothing_behind(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;

    let html = b"<!doctype html><html><body>not a CV</body></html>".to_vec();
    let body =
        problem(apply(&app, &ada, &vacancy, Some(("cv.pdf", html))).await, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "cv");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("PDF or Word"));

    let mut eleven_mib = PDF.to_vec();
    eleven_mib.resize(11 * 1024 * 1024, b' ');
    problem(apply(&app, &ada, &vacancy, Some(("big.pdf", eleven_mib))).await, 413, "file_too_large").await;

    let mut huge = PDF.to_vec();
    huge.resize(13 * 1024 * 1024, b' ');
    // Past the body limit the server answers 413 and stops reading, so the client may instead
    // see the connection closed under its upload: refused either way.
    // (Its own client: the server closes that connection, which must not be reused.)
    let another_tab =
        app.log_in("ada@student.tudelft.nl", "ada@student.tudelft.nl has a long password").await;
    let sent = another_tab
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .multipart(application_form(Some(("huge.pdf", huge))))
        .send()
        .await;
    if let Ok(response) = sent {
        assert_eq!(response.status(), 413);
    }

    let unknown_part = Form::new().text("application", "{}").text("photo", "x");
    let response = ada
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .multipart(unknown_part)
        .send()
        .await;
    problem(response.unwrap(), 400, "unknown_field").await;
    let json_body =
        ada.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications"))).json(&json!({})).send().await;
    problem(json_body.unwrap(), 415, "unsupported_media_type").await;

    assert_eq!(
        json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await["items"],
        json!([])
    );
    assert_eq!(app.blobs().count(), 0);
    // And after all that, the same student applies fine.
    json_of(apply(&app, &ada, &vacancy, Some(("cv.pdf", PDF.to_vec()))).await, 201).await;
    assert_eq!(app.blobs().count(), 1);
}

async fn a_retried_application_with_the_same_key_is_made_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let send = |key: &'static str, cover: &'static str| {
        let form = Form::new().text(
            "application",
            json!({ "cover_letter": cover, "consent": { "privacy_notice_version": "2026-11" } }).to_string(),
        );
        ada.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
            .header("idempotency-key", key)
            .multipart(form)
            .send()
    };
    let first = json_of(send("apply-1", "hello").await.unwrap(), 201).await;
    let retry = json_of(send("apply-1", "hello").await.unwrap(), 201).await;
    assert_eq!(first, retry, "the same answer again");
    problem(send("apply-1", "a different letter").await.unwrap(), 422, "idempotency_key_reused").await;
    let mine = json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    assert_eq!(mine["items"].as_array().map(Vec::len), Some(1));
}

async fn applications_are_private_to_their_candidate(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let application: Value =
        json_of(apply(&app, &ada, &vacancy, Some(("cv.pdf", PDF.to_vec()))).await, 201).await;
    let id = application["id"].as_str().unwrap();
    let bo = student(&app, "bo@student.tudelft.nl", "2027-08-31").await;
    for path in [format!("/api/v1/me/applications/{id}"), format!("/api/v1/me/applications/{id}/cv")] {
        problem(bo.get(app.url(&path)).send().await.unwrap(), 404, "not_found").await;
        problem(app.client().get(app.url(&path)).send().await.unwrap(), 401, "unauthenticated").await;
    }
    let token = app.token(&app.store.org_by_slug("acme").await.unwrap().unwrap(), "admin").await;
    let response = app
        .client()
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .bearer_auth(token)
        .multipart(application_form(None))
        .send()
        .await
        .unwrap();
    problem(response, 404, "not_found").await;
}

async fn a_json_resume_fills_the_profile_and_a_malformed_one_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let cem = app.candidate("cem@student.tudelft.nl").await;
    let send = |resume: Vec<u8>| {
        let form = application_form(None).part(
            "resume",
            Part::bytes(resume).file_name("resume.json").mime_str("application/json").unwrap(),
        );
        cem.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications"))).multipart(form).send()
    };
    // Malformed: not JSON at all, or JSON that breaks the JSON Resume schema.
    let body = problem(send(b"{ not json".to_vec()).await.unwrap(), 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "resume");
    let wrong = json!({ "basics": { "name": 42, "email": "cem@student.tudelft.nl" }, "hobbies": ["chess"] });
    let body = problem(send(wrong.to_string().into_bytes()).await.unwrap(), 422, "validation_failed").await;
    let fields: Vec<&str> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert!(fields.contains(&"resume/basics/name"), "{body}");
    assert_eq!(
        json_of(cem.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await["items"],
        json!([])
    );
    assert_eq!(
        json_of(cem.get(app.url("/api/v1/me/profile")).send().await.unwrap(), 200).await["institution"],
        Value::Null
    );

    // A valid résumé is enough to apply: it fills the profile.
    let resume = json!({
        "basics": {
            "name": "Cem Yilmaz", "email": "cem@student.tudelft.nl",
            "location": { "city": "Delft", "countryCode": "NL" },
            "profiles": [{ "network": "GitHub", "username": "cem-y", "url": "https://github.com/cem-y" }]
        },
        "education": [{ "institution": "TU Delft", "area": "Computer Science", "studyType": "Master", "startDate": "2024-09", "endDate": "2027-12" }],
        "skills": [{ "name": "Backend", "keywords": ["Python", "PostgreSQL"] }],
        "languages": [{ "language": "Dutch", "fluency": "Native speaker" }]
    });
    let application = json_of(send(resume.to_string().into_bytes()).await.unwrap(), 201).await;
    assert_eq!(application["eligibility"], "eligible");
    let profile = json_of(cem.get(app.url("/api/v1/me/profile")).send().await.unwrap(), 200).await;
    assert_eq!(profile["institution"], "TU Delft");
    assert_eq!(profile["enrollment"], json!({ "start": "2024-09-01", "end": "2027-12-31" }));
    assert_eq!(profile["github"], "cem-y");
    assert_eq!(profile["skills"], json!(["Backend", "Python", "PostgreSQL"]));
}
