//! Applicants' personal data as EU law expects: every column is classified in the data map.

use crate::applications::{another_vacancy, apply, published_vacancy, published_vacancy_in, student};
use crate::interviews::user_id;
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use chrono::{Duration, Utc};
use cohort_server::services::privacy::run_retention;
use cohort_store::data_map;
use reqwest::Client;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

on_both_backends!(
    every_column_of_the_schema_is_classified_in_the_data_map,
    a_bsn_an_id_copy_or_health_data_is_never_taken,
    candidates_give_and_withdraw_consents,
    every_view_of_an_application_or_cv_is_logged,
    retention_erases_on_time_and_applying_again_resets_the_clock,
    an_erased_candidate_leaves_no_trace_in_files_or_apis,
    an_admin_erases_what_one_organisation_holds_about_a_person,
);

/// The exported personal fields (every one the data map lists for a candidate or account
/// holder) that `who`'s export leaves empty.
pub async fn export_gaps(app: &TestApp, who: &Client) -> Vec<String> {
    let export = json_of(who.get(app.url("/api/v1/me/export")).send().await.unwrap(), 200).await;
    data_map::PERSONAL
        .iter()
        .filter(|f| cohort_store::export::exported(f))
        .filter(|f| {
            !export["records"][f.table]
                .as_array()
                .is_some_and(|rows| rows.iter().any(|row| !row[f.column].is_null()))
        })
        .map(|f| format!("{}.{}", f.table, f.column))
        .collect()
}

/// Personal fields that no story fills for the candidate it exports, and why.
pub const UNREACHED: &[(&str, &str)] = &[
    ("applications.suggested_skills", "GitHub enrichment has its own test, against a fake GitHub"),
    ("interviews.cancel_reason", "the candidate's interviews are rescheduled, not cancelled"),
    ("offers.decline_reason", "the candidate accepts"),
    ("jobs.last_error", "every e-mail to the candidate is delivered"),
    (
        "users.language",
        "the story's candidate reads in their browser's language; accounts.rs exports a chosen one",
    ),
    ("talent_pool.email", "the candidate applied; nobody imported them as a contact"),
    ("talent_pool.name", "the same"),
    ("talent_pool.profile", "the same"),
    ("talent_pool.source", "the same"),
    ("talent_invitations.email", "the same: nobody invited her from a pool; talent.rs tells invitations"),
    ("password_tokens.user_id", "she never forgot her password, and registered rather than being invited"),
    ("password_tokens.created_at", "the same"),
];

/// Tables of the assessment: interviews, scorecards and the case study.
const ASSESSMENT: &[&str] = &["interviews", "scorecards", "case_assignments", "case_reviews"];

/// Which story exports.
pub enum Journey {
    /// From the first chat to an accepted offer: the assessment's fields must all be there.
    Assessment,
    /// From the offer to a completed internship (hired without interviews): every field but the
    /// assessment's and the unreached ones must be there, and nothing else may be missing.
    Internship,
}

/// Checks the export against the data map: the fields a journey filled are all there.
pub async fn assert_export_complete(app: &TestApp, who: &Client, journey: Journey) {
    let gaps = export_gaps(app, who).await;
    let unreached = |g: &String| UNREACHED.iter().any(|(f, _)| f == g);
    let assessment = |g: &String| ASSESSMENT.iter().any(|t| g.starts_with(&format!("{t}.")));
    let missing: Vec<&String> = match journey {
        Journey::Assessment => gaps.iter().filter(|g| assessment(g) && !unreached(g)).collect(),
        Journey::Internship => gaps.iter().filter(|g| !assessment(g) && !unreached(g)).collect(),
    };
    assert!(missing.is_empty(), "the export leaves out {missing:?}");
    if let Journey::Internship = journey {
        let filled: Vec<&&str> =
            UNREACHED.iter().map(|(f, _)| f).filter(|f| !gaps.iter().any(|g| g == *f)).collect();
        assert!(filled.is_empty(), "now filled, take them off UNREACHED: {filled:?}");
    }
}

/// Rejects an application (with one of the organisation's reasons).
async fn reject(app: &TestApp, org: &str, recruiter: &str, id: &str) {
    let url = app.url(&format!("/api/v1/orgs/{org}/applications/{id}"));
    let current = app.client().get(&url).bearer_auth(recruiter).send().await.unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_owned();
    let moved = app
        .client()
        .post(format!("{url}/transitions"))
        .bearer_auth(recruiter)
        .header("if-match", etag)
        .json(&json!({ "action": "reject", "reason": "Position filled" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(moved, 200).await["status"], "rejected");
}

/// Applies with a CV of its own; returns the application's id.
async fn apply_with_cv(app: &TestApp, who: &Client, vacancy: &str, cv: &str) -> String {
    let bytes = format!("%PDF-1.7\n% {cv}\n%%EOF\n").into_bytes();
    let made = apply(app, who, vacancy, Some(("cv.pdf", bytes))).await;
    json_of(made, 201).await["id"].as_str().unwrap().to_owned()
}

/// The status of an organisation's GET of one of its applications (404 once erased).
async fn seen_by(app: &TestApp, org: &str, recruiter: &str, id: &str) -> u16 {
    let url = app.url(&format!("/api/v1/orgs/{org}/applications/{id}"));
    app.client().get(url).bearer_auth(recruiter).send().await.unwrap().status().as_u16()
}

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

async fn retention_erases_on_time_and_applying_again_resets_the_clock(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let acme_job = published_vacancy(&app).await;
    let acme = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let acme_rec = app.token(&acme, "recruiter").await;
    let acme_job_2 = another_vacancy(&app, "acme", &acme_rec).await;
    let globex_job = published_vacancy_in(&app, "globex").await;
    let globex = app.store.org_by_slug("globex").await.unwrap().unwrap();
    let globex_rec = app.token(&globex, "recruiter").await;
    let blobs = app.blobs();
    let consent = |who: &Client| {
        who.post(app.url("/api/v1/me/consents"))
            .json(&json!({ "organisation": "acme", "purpose": "future_vacancies", "privacy_notice_version": "2026-11" }))
            .send()
    };

    // Ada is rejected. Bea consents to be kept for future vacancies and is rejected. Dan does
    // too, then withdraws the consent. Cas is rejected by both organisations, then applies to
    // acme again.
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let ada_app = apply_with_cv(&app, &ada, &acme_job, "ada").await;
    reject(&app, "acme", &acme_rec, &ada_app).await;
    let bea = student(&app, "bea@student.tudelft.nl", "2027-08-31").await;
    let bea_app = apply_with_cv(&app, &bea, &acme_job, "bea").await;
    json_of(consent(&bea).await.unwrap(), 201).await;
    reject(&app, "acme", &acme_rec, &bea_app).await;
    let dan = student(&app, "dan@student.tudelft.nl", "2027-08-31").await;
    let dan_app = apply_with_cv(&app, &dan, &acme_job, "dan").await;
    let dan_consent = json_of(consent(&dan).await.unwrap(), 201).await;
    reject(&app, "acme", &acme_rec, &dan_app).await;
    let withdrawal = format!("/api/v1/me/consents/{}/withdrawal", dan_consent["id"].as_str().unwrap());
    json_of(dan.post(app.url(&withdrawal)).send().await.unwrap(), 200).await;
    let cas = student(&app, "cas@student.tudelft.nl", "2027-08-31").await;
    let cas_acme = apply_with_cv(&app, &cas, &acme_job, "cas").await;
    let cas_globex = apply_with_cv(&app, &cas, &globex_job, "cas at globex").await;
    reject(&app, "acme", &acme_rec, &cas_acme).await;
    reject(&app, "globex", &globex_rec, &cas_globex).await;
    let cas_again = apply_with_cv(&app, &cas, &acme_job_2, "cas again").await;
    let now = Utc::now();
    let files = blobs.count();

    // The organisation sees what falls due in the coming four weeks (not Bea: she consented).
    let due = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/acme/retention/due?within_days=29"))
            .bearer_auth(&acme_rec)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let mut names: Vec<(&str, &str)> = due["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["candidate_id"].as_str().unwrap(), i["rule"].as_str().unwrap()))
        .collect();
    names.sort_unstable();
    let (ada_id, dan_id) = (user_id(&app, &ada).await, user_id(&app, &dan).await);
    let mut expected = vec![(ada_id.as_str(), "after_procedure"), (dan_id.as_str(), "consent_withdrawn")];
    expected.sort_unstable();
    assert_eq!(names, expected, "{due}");
    assert_eq!(due["policy"]["after_procedure_days"], 28);

    // A dry run four weeks and a day on names what is due and changes nothing.
    let dry = run_retention(&app.store, &blobs, now + Duration::days(29), true).await.unwrap();
    assert_eq!(dry.organisations["acme"].people, 2, "{:?}", dry.lines());
    assert_eq!(dry.organisations["globex"].people, 1);
    assert_eq!(seen_by(&app, "acme", &acme_rec, &ada_app).await, 200);

    // 27 days on: nothing is due yet.
    let early = run_retention(&app.store, &blobs, now + Duration::days(27), false).await.unwrap();
    assert_eq!(early.erased, 0, "{:?}", early.lines());
    assert_eq!(seen_by(&app, "acme", &acme_rec, &ada_app).await, 200);

    // 29 days on: Ada, Dan and Cas's data at globex go; Bea (consent) and Cas at acme (applied
    // again) stay.
    let month = run_retention(&app.store, &blobs, now + Duration::days(29), false).await.unwrap();
    assert_eq!(month.erased, 3, "{:?}", month.lines());
    assert_eq!(seen_by(&app, "acme", &acme_rec, &ada_app).await, 404);
    assert_eq!(seen_by(&app, "acme", &acme_rec, &dan_app).await, 404);
    assert_eq!(seen_by(&app, "globex", &globex_rec, &cas_globex).await, 404);
    assert_eq!(seen_by(&app, "acme", &acme_rec, &bea_app).await, 200);
    assert_eq!(seen_by(&app, "acme", &acme_rec, &cas_acme).await, 200);
    assert_eq!(blobs.count(), files - 3, "the erased CVs left the blob store");
    let mine = json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    assert!(mine["items"].as_array().unwrap().is_empty(), "{mine}");
    let cas_mine = json_of(cas.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    assert_eq!(cas_mine["items"].as_array().unwrap().len(), 2, "acme still holds both of Cas's");
    // A second run finds nothing new.
    let again = run_retention(&app.store, &blobs, now + Duration::days(29), false).await.unwrap();
    assert_eq!(again.erased, 0, "{:?}", again.lines());

    // Cas's second application ends too: four weeks from that end, acme lets go of both.
    reject(&app, "acme", &acme_rec, &cas_again).await;
    let later = run_retention(&app.store, &blobs, Utc::now() + Duration::days(29), false).await.unwrap();
    assert_eq!(later.organisations["acme"].applications, 2, "{:?}", later.lines());
    assert_eq!(seen_by(&app, "acme", &acme_rec, &cas_acme).await, 404);

    // Bea's consent keeps her for a year, not a day more.
    let year = run_retention(&app.store, &blobs, now + Duration::days(364), false).await.unwrap();
    assert_eq!(year.erased, 0, "{:?}", year.lines());
    assert_eq!(seen_by(&app, "acme", &acme_rec, &bea_app).await, 200);
    let over = run_retention(&app.store, &blobs, now + Duration::days(366), false).await.unwrap();
    assert_eq!(over.organisations["acme"].by_rule["with_consent"], 1, "{:?}", over.lines());
    assert_eq!(seen_by(&app, "acme", &acme_rec, &bea_app).await, 404);
    let consents = json_of(bea.get(app.url("/api/v1/me/consents")).send().await.unwrap(), 200).await;
    assert!(consents["consents"].as_array().unwrap().is_empty(), "{consents}");

    // A policy outside the law is refused; a shorter one is the organisation's choice.
    let admin = app.token(&acme, "admin").await;
    let policy = app.url("/api/v1/orgs/acme/retention-policy");
    let too_long =
        json!({ "after_procedure_days": 60, "with_consent_days": 365, "after_internship_days": 730 });
    let refused = app.client().put(&policy).bearer_auth(&admin).json(&too_long).send().await.unwrap();
    assert!(problem(refused, 422, "validation_failed").await.to_string().contains("four weeks"));
    let shorter =
        json!({ "after_procedure_days": 14, "with_consent_days": 180, "after_internship_days": 365 });
    json_of(app.client().put(&policy).bearer_auth(&admin).json(&shorter).send().await.unwrap(), 200).await;
    let read = json_of(app.client().get(&policy).bearer_auth(&acme_rec).send().await.unwrap(), 200).await;
    assert_eq!(read, shorter);
    problem(
        app.client().put(&policy).bearer_auth(&acme_rec).json(&shorter).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
}

async fn an_erased_candidate_leaves_no_trace_in_files_or_apis(backend: Backend) {
    const NAME: &str = "Zyxwname Qvsentinel";
    const EMAIL: &str = "zyxw.qvmail@student.example";
    const CV: &str = "ZYXWCVSENTINEL";
    let sentinels = ["zyxwname", "qvsentinel", "zyxw.qvmail", "zyxwcvsentinel"];
    let app = TestApp::spawn(backend).await;
    let acme_job = published_vacancy(&app).await;
    let acme = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let globex_job = published_vacancy_in(&app, "globex").await;
    let globex = app.store.org_by_slug("globex").await.unwrap().unwrap();
    let rita = app.member(&acme, "rita@acme.example", "recruiter").await;
    let tokens = [("acme", app.token(&acme, "admin").await), ("globex", app.token(&globex, "admin").await)];

    // Zyxw applies to both with the same CV, is viewed, consents, is rejected by acme.
    let zyxw = app.candidate(EMAIL).await;
    let profile = json!({
        "name": NAME, "institution": "TU Delft", "institution_country": "NL",
        "field_of_study": "Computer Science", "enrollment": { "start": "2024-09-01", "end": "2027-08-31" },
        "skills": ["Python"], "phone": "+31 6 1234 5678"
    });
    json_of(zyxw.put(app.url("/api/v1/me/profile")).json(&profile).send().await.unwrap(), 200).await;
    let at_acme = apply_with_cv(&app, &zyxw, &acme_job, CV).await;
    apply_with_cv(&app, &zyxw, &globex_job, CV).await;
    json_of(
        rita.get(app.url(&format!("/api/v1/orgs/acme/applications/{at_acme}"))).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(
        rita.get(app.url(&format!("/api/v1/orgs/acme/applications/{at_acme}/cv")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    json_of(
        zyxw.post(app.url("/api/v1/me/consents"))
            .json(&json!({ "organisation": "acme", "purpose": "future_vacancies", "privacy_notice_version": "2026-11" }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    reject(&app, "acme", &tokens[0].1, &at_acme).await;
    let search = app.url("/api/v1/orgs/acme/applications?q=zyxwname");
    let found = json_of(app.client().get(&search).bearer_auth(&tokens[0].1).send().await.unwrap(), 200).await;
    assert_eq!(found["items"].as_array().unwrap().len(), 1, "{found}");
    let export = zyxw.get(app.url("/api/v1/me/export")).send().await.unwrap().text().await.unwrap();
    assert!(export.contains(NAME) && export.contains(EMAIL), "{export}");
    // The export links the CV, says when and why it was viewed (not by whom), and explains
    // each field.
    let export: Value = serde_json::from_str(&export).unwrap();
    let link = export["records"]["applications"][0]["cv_blob"]["url"].as_str().unwrap().to_owned();
    let file = zyxw.get(app.url(&link)).send().await.unwrap().bytes().await.unwrap();
    assert!(file.windows(CV.len()).any(|w| w == CV.as_bytes()));
    let other = app.candidate("other@student.example").await;
    assert_eq!(other.get(app.url(&link)).send().await.unwrap().status(), 404);
    let views = export["records"]["profile_views"].as_array().unwrap();
    assert!(
        views.len() >= 2
            && views.iter().all(|v| v["purpose"] == "recruitment" && v.get("viewer_label").is_none())
    );
    assert!(export["fields"]["applications.cover_letter"]["kept"].as_str().unwrap().contains("four weeks"));
    assert!(export["records"]["users"][0].get("password_hash").is_none());
    let blobs_before = app.blobs().count();

    // A member cannot delete their account this way; the candidate can.
    problem(rita.delete(app.url("/api/v1/me")).send().await.unwrap(), 409, "member_of_organisation").await;
    let deleted = zyxw.delete(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    assert!(deleted.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    problem(zyxw.get(app.url("/api/v1/me")).send().await.unwrap(), 401, "unauthenticated").await;
    assert_eq!(app.blobs().count(), blobs_before - 1, "the CV left the blob store");

    // No API of either organisation shows them; the counts stay.
    for (org, token) in &tokens {
        for path in [
            "/applications",
            "/applications?q=zyxwname",
            "/applications?status=rejected",
            "/audit?limit=200",
            "/profile-views",
            "/talent-pool",
            "/retention/due?within_days=365",
            "/interns",
            "/interviews",
        ] {
            let url = app.url(&format!("/api/v1/orgs/{org}{path}"));
            let response = app.client().get(&url).bearer_auth(token).send().await.unwrap();
            assert_eq!(response.status(), 200, "{url}");
            let text = response.text().await.unwrap().to_lowercase();
            for sentinel in sentinels {
                assert!(!text.contains(sentinel), "{url} still shows {sentinel}: {text}");
            }
        }
    }
    assert_eq!(seen_by(&app, "acme", &tokens[0].1, &at_acme).await, 404);
    let board = app.store.holdings(Some(acme.id)).await.unwrap();
    assert!(board.is_empty(), "{board:?}");
    let jobs = json_of(app.client().get(app.url("/api/v1/jobs")).send().await.unwrap(), 200).await;
    assert!(!jobs.to_string().to_lowercase().contains("zyxw"));

    // Nor does any file: the database, its write-ahead log, the blob store.
    if backend == Backend::Sqlite {
        let db = app.database_url().trim_start_matches("sqlite://").split('?').next().unwrap().to_owned();
        let mut files = vec![std::path::PathBuf::from(&db), std::path::PathBuf::from(format!("{db}-wal"))];
        for dir in std::fs::read_dir(app.data_dir().join("blobs")).unwrap().flatten() {
            files.extend(std::fs::read_dir(dir.path()).unwrap().flatten().map(|f| f.path()));
        }
        for file in files.iter().filter(|f| f.exists()) {
            let bytes = std::fs::read(file).unwrap().to_ascii_lowercase();
            for sentinel in sentinels {
                let hit = bytes.windows(sentinel.len()).any(|w| w == sentinel.as_bytes());
                assert!(!hit, "{} still holds {sentinel}", file.display());
            }
        }
    }
    // Signing in with the old address fails (the attempt itself is kept a while, for throttling).
    let login = app
        .client()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": EMAIL, "password": format!("{EMAIL} has a long password") }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 401);
}

async fn an_admin_erases_what_one_organisation_holds_about_a_person(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let acme_job = published_vacancy(&app).await;
    let acme = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let globex_job = published_vacancy_in(&app, "globex").await;
    let globex = app.store.org_by_slug("globex").await.unwrap().unwrap();
    let (acme_admin, acme_rec) = (app.token(&acme, "admin").await, app.token(&acme, "recruiter").await);
    let globex_rec = app.token(&globex, "recruiter").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let ada_id = user_id(&app, &ada).await;
    let at_acme = apply_with_cv(&app, &ada, &acme_job, "ada").await;
    let at_globex = apply_with_cv(&app, &ada, &globex_job, "ada").await;
    let erasures = app.url("/api/v1/orgs/acme/erasures");
    let erase = |token: &str| {
        app.client().post(&erasures).bearer_auth(token).json(&json!({ "candidate_id": ada_id })).send()
    };

    // Only admins erase; the organisation's data goes, the other's and the account stay.
    problem(erase(&acme_rec).await.unwrap(), 404, "not_found").await;
    let report = json_of(erase(&acme_admin).await.unwrap(), 200).await;
    assert_eq!(report, json!({ "applications": 1, "interns": 0 }));
    assert_eq!(seen_by(&app, "acme", &acme_rec, &at_acme).await, 404);
    assert_eq!(seen_by(&app, "globex", &globex_rec, &at_globex).await, 200);
    let mine = json_of(ada.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await;
    let mine: Vec<&str> =
        mine["items"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(mine, [at_globex.as_str()], "the same CV stays for globex");
    let cv = app.client().get(app.url(&format!("/api/v1/orgs/globex/applications/{at_globex}/cv")));
    assert_eq!(cv.bearer_auth(&globex_rec).send().await.unwrap().status(), 200);
    // Nothing is left to erase; the audit trail names a pseudonym.
    problem(erase(&acme_admin).await.unwrap(), 404, "not_found").await;
    let audit = app.client().get(app.url("/api/v1/orgs/acme/audit?limit=100")).bearer_auth(&acme_admin);
    let audit = audit.send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("personal_data.erased") && !audit.contains("ada@student"), "{audit}");

    // A running internship is kept until it is completed, against the organisation's admin and
    // the intern's own request alike.
    let bob = crate::internship::hire(&app, &acme_rec, &acme_job, "bob@student.tudelft.nl").await;
    let bob_id = user_id(&app, &bob).await;
    let erase_bob =
        app.client().post(&erasures).bearer_auth(&acme_admin).json(&json!({ "candidate_id": bob_id }));
    problem(erase_bob.send().await.unwrap(), 409, "internship_in_progress").await;
    problem(bob.delete(app.url("/api/v1/me")).send().await.unwrap(), 409, "internship_in_progress").await;
    let interns = app.client().get(app.url("/api/v1/orgs/acme/interns")).bearer_auth(&acme_rec);
    assert_eq!(json_of(interns.send().await.unwrap(), 200).await["items"].as_array().unwrap().len(), 1);
}
