//! Reports as a recruiter reads them: the funnel of a vacancy, as JSON and CSV, counting even
//! applications whose candidates were erased.

use crate::applications::{apply, published_vacancy, student};
use crate::offers::advance_to;
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use serde_json::json;

on_both_backends!(the_funnel_counts_every_stage_and_keeps_erased_applications);

async fn the_funnel_counts_every_stage_and_keeps_erased_applications(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let (mut ids, mut people) = (Vec::new(), Vec::new());
    for who in ["ada", "bob", "cas"] {
        let browser = student(&app, &format!("{who}@student.tudelft.nl"), "2027-08-31").await;
        let made = if who == "cas" {
            // A client that names where the candidate came from.
            let body =
                json!({ "consent": { "privacy_notice_version": "2026-11" }, "source": "LinkedIn Ads" });
            let form = reqwest::multipart::Form::new().text("application", body.to_string());
            browser
                .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
                .multipart(form)
                .send()
                .await
                .unwrap()
        } else {
            apply(&app, &browser, &vacancy, None).await
        };
        ids.push(json_of(made, 201).await["id"].as_str().unwrap().to_owned());
        people.push(crate::interviews::user_id(&app, &browser).await);
    }
    advance_to(&app, &recruiter, &ids[0], "interviews").await;
    advance_to(&app, &recruiter, &ids[1], "interviews").await;
    let url = app.url(&format!("/api/v1/orgs/acme/applications/{}", ids[1]));
    let etag = app.client().get(&url).bearer_auth(&recruiter).send().await.unwrap().headers()["etag"].clone();
    let rejected = app
        .client()
        .post(format!("{url}/transitions"))
        .bearer_auth(&recruiter)
        .header("if-match", etag)
        .json(&json!({ "action": "reject", "reason": "Position filled" }))
        .send()
        .await
        .unwrap();
    json_of(rejected, 200).await;

    let report_url = app.url(&format!("/api/v1/orgs/acme/reports/hiring?vacancy_id={vacancy}"));
    let report =
        json_of(app.client().get(&report_url).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(report["applications"], 3);
    let funnel = report["funnel"].as_array().unwrap();
    let reached: Vec<(&str, u64)> =
        funnel.iter().map(|s| (s["stage"].as_str().unwrap(), s["reached"].as_u64().unwrap())).collect();
    assert_eq!(&reached[..2], &[("application", 3), ("hr_chat", 2)], "{report}");
    assert_eq!(funnel[1]["conversion"], 0.667);
    assert_eq!(report["rejection_reasons"], json!([{ "label": "Position filled", "count": 1 }]));
    assert_eq!(report["decisions"], 1);
    assert_eq!(
        report["sources"],
        json!([{ "label": "api", "count": 2 }, { "label": "linkedin_ads", "count": 1 }]),
        "a client that names no source counts as `api`"
    );

    // As CSV, one table at a time, ready for a spreadsheet.
    let csv =
        app.client().get(format!("{report_url}&format=csv")).bearer_auth(&recruiter).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(
        text.starts_with("stage,name,reached,conversion,median_hours\napplication,Application,3,"),
        "{text}"
    );
    let bad =
        app.client().get(format!("{report_url}&format=xlsx")).bearer_auth(&recruiter).send().await.unwrap();
    problem(bad, 422, "validation_failed").await;

    // Erasing Bob takes him out, not his numbers.
    let bob_id = &people[1];
    let admin = app.token(&org, "admin").await;
    let erased = app
        .client()
        .post(app.url("/api/v1/orgs/acme/erasures"))
        .bearer_auth(&admin)
        .json(&json!({ "candidate_id": bob_id }))
        .send()
        .await
        .unwrap();
    json_of(erased, 200).await;
    let after =
        json_of(app.client().get(&report_url).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(after["applications"], 3);
    assert_eq!(after["funnel"], report["funnel"]);
    assert_eq!(after["rejection_reasons"], report["rejection_reasons"]);

    let load = app.url("/api/v1/orgs/acme/reports/interviewers");
    assert_eq!(
        json_of(app.client().get(&load).bearer_auth(&recruiter).send().await.unwrap(), 200).await,
        json!([])
    );
}
