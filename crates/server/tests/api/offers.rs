//! The middle of the pipeline as a recruiter, two interviewers, two reviewers and a student live
//! it: interviews, scorecards, a blind-graded case study, the decision and the offer.

use crate::applications::{apply, published_vacancy, student};
use crate::interviews::{book, interviewer, morning, offer, user_id};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use chrono::{Duration, Utc};
use reqwest::Client;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

on_both_backends!(
    from_first_chat_to_an_accepted_offer,
    refused_submissions_and_foreign_acceptances_change_nothing,
    two_candidates_accepting_the_last_position_one_wins,
);

/// The smallest well-formed zip: an empty archive's end-of-central-directory record.
const EMPTY_ZIP: &[u8] = b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

/// Moves an application forward until it reaches `stage`.
pub async fn advance_to(app: &TestApp, recruiter: &str, id: &str, stage: &str) {
    let url = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    loop {
        let current = app.client().get(&url).bearer_auth(recruiter).send().await.unwrap();
        let etag = current.headers()["etag"].to_str().unwrap().to_owned();
        if json_of(current, 200).await["stage"] == stage {
            return;
        }
        let moved = app
            .client()
            .post(format!("{url}/transitions"))
            .bearer_auth(recruiter)
            .header("if-match", etag)
            .json(&json!({ "action": "advance" }))
            .send()
            .await
            .unwrap();
        json_of(moved, 200).await;
    }
}

async fn etag_of(app: &TestApp, recruiter: &str, path: &str) -> String {
    let response = app.client().get(app.url(path)).bearer_auth(recruiter).send().await.unwrap();
    response.headers()["etag"].to_str().unwrap().to_owned()
}

/// Records the decision to offer, drafts an offer and sends it; returns the offer's id.
pub async fn send_offer(app: &TestApp, recruiter: &str, application: &str) -> String {
    let path = format!("/api/v1/orgs/acme/applications/{application}");
    let decided = app
        .client()
        .post(app.url(&format!("{path}/decision")))
        .bearer_auth(recruiter)
        .header("if-match", etag_of(app, recruiter, &path).await)
        .json(&json!({ "outcome": "offer", "rationale": "Strong scorecards and case study." }))
        .send()
        .await
        .unwrap();
    json_of(decided, 200).await;
    let terms = json!({
        "terms": { "starts_on": "2027-02-01", "ends_on": "2027-07-31", "hours_per_week": 40,
                   "stipend": { "monthly_cents": 60000, "currency": "EUR" }, "location": "Amsterdam", "team": "Payments" },
        "expires_at": Utc::now() + Duration::days(7)
    });
    let drafted = app
        .client()
        .post(app.url(&format!("{path}/offers")))
        .bearer_auth(recruiter)
        .json(&terms)
        .send()
        .await
        .unwrap();
    let etag = drafted.headers()["etag"].to_str().unwrap().to_owned();
    let id = json_of(drafted, 201).await["id"].as_str().unwrap().to_owned();
    let sent = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/offers/{id}/send")))
        .bearer_auth(recruiter)
        .header("if-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(sent, 200).await["status"], "sent");
    id
}

pub async fn case_study(app: &TestApp, recruiter: &str, late_policy: &str) -> String {
    let body = json!({
        "title": "URL shortener", "brief": "Build a **small** URL shortener with an HTTP API.",
        "rubric": [
            { "name": "Correctness", "weight": 3, "description": "Does it work?" },
            { "name": "Code quality", "weight": 1 }
        ],
        "hours_allowed": 72, "late_policy": late_policy
    });
    let created = app
        .client()
        .post(app.url("/api/v1/orgs/acme/case-studies"))
        .bearer_auth(recruiter)
        .json(&body)
        .send()
        .await
        .unwrap();
    json_of(created, 201).await["id"].as_str().unwrap().to_owned()
}

async fn assign(app: &TestApp, recruiter: &str, application: &str, body: Value) -> reqwest::Response {
    app.client()
        .post(app.url(&format!("/api/v1/orgs/acme/applications/{application}/case-studies")))
        .bearer_auth(recruiter)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn submit(app: &TestApp, student: &Client, assignment: &str, form: Form) -> reqwest::Response {
    student
        .post(app.url(&format!("/api/v1/me/case-studies/{assignment}/submission")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn from_first_chat_to_an_accepted_offer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let day = morning(3);
    let (ian, ian_id) = interviewer(&app, "ian@acme.example", day).await;
    let (jo, jo_id) = interviewer(&app, "jo@acme.example", day).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let at = |hour: i64| day + Duration::hours(hour - 9);

    // The initial chat with HR, then the technical interview; one is moved.
    advance_to(&app, &recruiter, &id, "hr_chat").await;
    let chat = json_of(
        offer(
            &app,
            &recruiter,
            &id,
            json!({ "stage": "hr_chat", "kind": "hr_chat", "minutes": 30,
            "video_url": "https://meet.example/ada", "panel": [jo_id], "slots": [at(9), at(10)] }),
        )
        .await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    json_of(book(&app, &ada, &chat, json!({ "starts_at": at(9) })).await, 200).await;
    advance_to(&app, &recruiter, &id, "interviews").await;
    let tech = json_of(
        offer(
            &app,
            &recruiter,
            &id,
            json!({ "stage": "interviews", "kind": "presentation", "minutes": 60,
            "location": "Amsterdam", "panel": [ian_id, jo_id], "slots": [at(13), at(15)] }),
        )
        .await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    json_of(book(&app, &ada, &tech, json!({ "starts_at": at(13) })).await, 200).await;
    let moved = json_of(
        book(&app, &ada, &tech, json!({ "starts_at": at(15), "reason": "My train is late" })).await,
        200,
    )
    .await;
    assert_eq!(moved["sequence"], 1);

    // Both interviewers score the presentation; Ian cannot read Jo's until he has sent his own.
    let card = |ratings: Value, recommendation: &str| json!({ "ratings": ratings, "recommendation": recommendation, "notes": "Clear walkthrough of her project." });
    let ratings = json!({ "API design": 3, "SQL": 3, "Communication": 4, "Presentation of own work": 4 });
    let scorecards_url = app.url(&format!("/api/v1/orgs/acme/applications/{id}/scorecards"));
    let submit_card = |who: &Client, body: Value| {
        who.post(app.url(&format!("/api/v1/orgs/acme/interviews/{tech}/scorecards"))).json(&body).send()
    };
    json_of(submit_card(&jo, card(ratings.clone(), "strong_yes")).await.unwrap(), 201).await;
    problem(ian.get(&scorecards_url).send().await.unwrap(), 403, "own_scorecard_first").await;
    let incomplete = submit_card(&ian, card(json!({ "SQL": 3 }), "yes")).await.unwrap();
    problem(incomplete, 422, "validation_failed").await;
    json_of(submit_card(&ian, card(ratings.clone(), "yes")).await.unwrap(), 201).await;
    problem(submit_card(&ian, card(ratings, "no")).await.unwrap(), 409, "scorecard_submitted").await;
    let seen = json_of(ian.get(&scorecards_url).send().await.unwrap(), 200).await;
    assert_eq!(seen["scorecards"].as_array().unwrap().len(), 2);
    let summary = json_of(
        app.client().get(&scorecards_url).bearer_auth(&recruiter).send().await.unwrap(),
        200,
    )
    .await["summary"]
        .clone();
    assert_eq!(summary["mean_recommendation"], 3.5);
    assert_eq!(summary["attributes"].as_array().unwrap().len(), 4);

    // The case study, graded blind by two reviewers.
    advance_to(&app, &recruiter, &id, "case_study").await;
    let study = case_study(&app, &recruiter, "refuse").await;
    let org_b = app.member(&org, "rob@acme.example", "interviewer").await;
    let rob_id = user_id(&app, &org_b).await;
    let (rev, rev_id) = (org_b, rob_id);
    let one_reviewer =
        assign(&app, &recruiter, &id, json!({ "case_study_id": study, "reviewers": [ian_id] })).await;
    problem(one_reviewer, 422, "validation_failed").await;
    let assignment = json_of(
        assign(&app, &recruiter, &id, json!({ "case_study_id": study, "reviewers": [ian_id, rev_id] })).await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let starter =
        Form::new().part("file", Part::bytes(b"# Starter\nGET /{code}".to_vec()).file_name("../starter.md"));
    let with_file = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/case-studies/{study}/attachments")))
        .bearer_auth(&recruiter)
        .multipart(starter)
        .send()
        .await
        .unwrap();
    json_of(with_file, 201).await;
    let brief = json_of(
        ada.get(app.url(&format!("/api/v1/me/case-studies/{assignment}"))).send().await.unwrap(),
        200,
    )
    .await;
    let file = ada.get(app.url(brief["attachments"][0]["href"].as_str().unwrap())).send().await.unwrap();
    assert_eq!(file.headers()["content-disposition"], "attachment; filename=\"starter.md\"");
    assert_eq!(file.text().await.unwrap(), "# Starter\nGET /{code}");
    assert!(brief["brief_html"].as_str().unwrap().contains("<strong>small</strong>"));
    assert!(brief["seconds_left"].as_i64().unwrap() > 71 * 3600);
    let form = Form::new()
        .text("repository_url", "https://github.com/ada-l/shortener")
        .part("archive", Part::bytes(EMPTY_ZIP.to_vec()).file_name("Ada Lovelace shortener.zip"));
    let submitted = json_of(submit(&app, &ada, &assignment, form).await, 200).await;
    assert_eq!(submitted["late"], false);

    for (reviewer, scores) in [
        (&ian, json!({ "Correctness": 5, "Code quality": 3 })),
        (&rev, json!({ "Correctness": 4, "Code quality": 4 })),
    ] {
        let queue = reviewer
            .get(app.url("/api/v1/orgs/acme/case-reviews"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let item = reviewer
            .get(app.url(&format!("/api/v1/orgs/acme/case-reviews/{assignment}")))
            .send()
            .await
            .unwrap();
        let item = item.text().await.unwrap();
        let archive = reviewer
            .get(app.url(&format!("/api/v1/orgs/acme/case-reviews/{assignment}/archive")))
            .send()
            .await
            .unwrap();
        assert_eq!(archive.headers()["content-disposition"], "attachment; filename=\"submission.zip\"");
        let graded = reviewer
            .post(app.url(&format!("/api/v1/orgs/acme/case-reviews/{assignment}/grade")))
            .json(&json!({ "scores": scores, "comment": "Solid." }))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for text in [&queue, &item, &graded] {
            for personal in ["Ada", "Lovelace", "ada@student", "TU Delft", "candidate", &id] {
                assert!(!text.contains(personal), "a reviewer saw {personal:?} in {text}");
            }
        }
    }
    let results = json_of(
        app.client()
            .get(app.url(&format!("/api/v1/orgs/acme/applications/{id}/case-studies")))
            .bearer_auth(&recruiter)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    // Ian: (3*5 + 1*3) / 20 = 90%; Rob: (3*4 + 1*4) / 20 = 80%; mean 85, offsets +5 and -5.
    assert_eq!(results[0]["complete"], true);
    assert_eq!(results[0]["calibration"]["mean"], 85.0);
    let offsets: Vec<f64> = results[0]["calibration"]["reviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["offset"].as_f64().unwrap())
        .collect();
    assert_eq!(offsets.iter().map(|o| o.abs()).collect::<Vec<_>>(), [5.0, 5.0]);

    // Decision, offer, acceptance: Onboarding, and one of two positions filled.
    advance_to(&app, &recruiter, &id, "decision").await;
    let offer_id = send_offer(&app, &recruiter, &id).await;
    let mine = json_of(ada.get(app.url("/api/v1/me/offers")).send().await.unwrap(), 200).await;
    assert_eq!(mine[0]["terms"]["team"], "Payments");
    let accepted = json_of(
        ada.post(app.url(&format!("/api/v1/me/offers/{offer_id}/accept"))).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(accepted["status"], "accepted");
    let application =
        json_of(ada.get(app.url(&format!("/api/v1/me/applications/{id}"))).send().await.unwrap(), 200).await;
    assert_eq!(application["status"], "hired");
    assert_eq!(application["stage"], "Onboarding");
    let vacancy_row = app.store.vacancy(org.id, vacancy.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(vacancy_row.draft.positions, 2);
    let outbox: Vec<String> =
        app.store.recent_outbox(500).await.unwrap().into_iter().map(|m| m.topic).collect();
    for topic in [
        "interview.scheduled",
        "interview.rescheduled",
        "case_study.assigned",
        "case_study.submitted",
        "offer.sent",
        "offer.accepted",
    ] {
        assert!(outbox.iter().any(|t| t == topic), "{topic} missing from the outbox: {outbox:?}");
    }

    // Her export holds every personal field of her interviews, scorecards and case study.
    crate::privacy::assert_export_complete(&app, &ada, crate::privacy::Journey::Assessment).await;
}

async fn refused_submissions_and_foreign_acceptances_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let (_ian, ian_id) = interviewer(&app, "ian@acme.example", morning(2)).await;
    let (_jo, jo_id) = interviewer(&app, "jo@acme.example", morning(2)).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    advance_to(&app, &recruiter, &id, "case_study").await;
    let study = case_study(&app, &recruiter, "refuse").await;
    let soon = Utc::now() + Duration::milliseconds(1500);
    let assignment = json_of(
        assign(
            &app,
            &recruiter,
            &id,
            json!({ "case_study_id": study, "reviewers": [ian_id, jo_id], "deadline": soon }),
        )
        .await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Another case study takes late work, flagged.
    let lenient = case_study(&app, &recruiter, "accept_flagged").await;
    let flagged = json_of(
        assign(
            &app,
            &recruiter,
            &id,
            json!({ "case_study_id": lenient, "reviewers": [ian_id, jo_id], "deadline": soon }),
        )
        .await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let blobs_before = app.blobs().count();

    // HTML renamed to .zip is not an archive; nothing is stored.
    let fake = Form::new().part("archive", Part::bytes(b"<html>hi</html>".to_vec()).file_name("work.zip"));
    problem(submit(&app, &ada, &assignment, fake).await, 422, "not_an_archive").await;
    let tarball_of_text =
        Form::new().part("archive", Part::bytes(vec![0x1f, 0x8b, 0x08, 0, 0, 0]).file_name("w.tar.gz"));
    problem(submit(&app, &ada, &assignment, tarball_of_text).await, 422, "not_an_archive").await;

    // After the deadline, a refusing case study refuses; the archive is not kept.
    tokio::time::sleep(std::time::Duration::from_millis(1700)).await;
    let late = Form::new().part("archive", Part::bytes(EMPTY_ZIP.to_vec()).file_name("late.zip"));
    let refused = problem(submit(&app, &ada, &assignment, late).await, 422, "deadline_passed").await;
    assert!(refused["detail"].as_str().unwrap().contains("deadline"));
    let after = json_of(
        ada.get(app.url(&format!("/api/v1/me/case-studies/{assignment}"))).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(after["submitted_at"], Value::Null);
    assert_eq!(app.blobs().count(), blobs_before);
    let form = Form::new().text("repository_url", "https://github.com/ada-l/late-but-done");
    assert_eq!(json_of(submit(&app, &ada, &flagged, form).await, 200).await["late"], true);

    // Bo cannot accept Ada's offer, nor can the recruiter; it stays sent.
    advance_to(&app, &recruiter, &id, "decision").await;
    let offer_id = send_offer(&app, &recruiter, &id).await;
    let bo = student(&app, "bo@student.tudelft.nl", "2027-08-31").await;
    problem(
        bo.post(app.url(&format!("/api/v1/me/offers/{offer_id}/accept"))).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    let as_org = app
        .client()
        .post(app.url(&format!("/api/v1/me/offers/{offer_id}/accept")))
        .bearer_auth(&recruiter)
        .send()
        .await
        .unwrap();
    assert_eq!(as_org.status(), 404);
    let still = json_of(
        app.client()
            .get(app.url(&format!("/api/v1/orgs/acme/offers/{offer_id}")))
            .bearer_auth(&recruiter)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(still["status"], "sent");
    assert_eq!(still["version"], 2);
}

async fn two_candidates_accepting_the_last_position_one_wins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The vacancy has two positions; one is filled first, then two race for the last.
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let mut offers = Vec::new();
    let mut students = Vec::new();
    for n in 0..3 {
        let browser = student(&app, &format!("s{n}@student.tudelft.nl"), "2027-08-31").await;
        let id = json_of(apply(&app, &browser, &vacancy, None).await, 201).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        advance_to(&app, &recruiter, &id, "decision").await;
        offers.push(send_offer(&app, &recruiter, &id).await);
        students.push(browser);
    }
    let accept =
        |n: usize| students[n].post(app.url(&format!("/api/v1/me/offers/{}/accept", offers[n]))).send();
    json_of(accept(0).await.unwrap(), 200).await;
    let (a, b) = tokio::join!(accept(1), accept(2));
    let (a, b) = (a.unwrap(), b.unwrap());
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let loser = if a.status() == 409 { a } else { b };
    problem(loser, 409, "positions_filled").await;
    let hired = app
        .client()
        .get(app.url("/api/v1/orgs/acme/applications?status=hired"))
        .bearer_auth(&recruiter)
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(hired, 200).await["items"].as_array().unwrap().len(), 2);
    let accepted =
        app.client().get(app.url("/api/v1/orgs/acme/offers")).bearer_auth(&recruiter).send().await.unwrap();
    let accepted = json_of(accepted, 200).await;
    assert_eq!(accepted["items"].as_array().unwrap().iter().filter(|o| o["status"] == "accepted").count(), 2);
}
