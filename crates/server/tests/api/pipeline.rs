//! The whole story: a recruiter publishes a vacancy with a Dutch-enrollment rule; a student who
//! does not qualify is told exactly why; one who does applies with a CV and GitHub; the
//! recruiter moves the application through every stage to hire; the student follows it.

use crate::applications::{PDF, apply, published_vacancy, student};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use serde_json::{Value, json};

on_both_backends!(
    from_vacancy_to_hire_with_a_timeline_the_student_can_follow,
    refused_moves_say_why_and_change_nothing,
    recruiters_find_candidates_by_skill_institution_and_words,
    candidates_withdraw_and_recruiters_reject_in_bulk,
    stages_change_only_where_no_application_is_or_was,
    an_organisation_sets_its_own_stage_template_and_rejection_reasons,
);

async fn from_vacancy_to_hire_with_a_timeline_the_student_can_follow(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;

    // Enrolled until June while the internship runs to the end of July: the dry run and the
    // application both say so.
    let bo = student(&app, "bo@student.tudelft.nl", "2027-06-30").await;
    let profile = json_of(bo.get(app.url("/api/v1/me/profile")).send().await.unwrap(), 200).await;
    let dry_run = bo
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/eligibility")))
        .json(&json!({ "profile": {
            "institution_country": profile["institution_country"], "enrollment": profile["enrollment"], "skills": profile["skills"]
        } }))
        .send()
        .await
        .unwrap();
    let dry_run = json_of(dry_run, 200).await;
    let why = "Your enrollment ends on 30 June 2027, before the internship ends on 31 July 2027; you must be enrolled for the whole internship.";
    assert_eq!(dry_run["evaluation"]["results"][0]["explanation"], why);
    let refused =
        problem(apply(&app, &bo, &vacancy, Some(("cv.pdf", PDF.to_vec()))).await, 422, "not_eligible").await;
    assert_eq!(refused["errors"][0]["message"], why);

    // Ada qualifies and applies with her CV and GitHub profile.
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let mine = json_of(apply(&app, &ada, &vacancy, Some(("Ada.pdf", PDF.to_vec()))).await, 201).await;
    let id = mine["id"].as_str().unwrap().to_owned();

    let url = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let listed = json_of(
        recruiter.get(app.url("/api/v1/orgs/acme/applications?sort=match")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(listed["items"][0]["id"], id.as_str());
    assert_eq!(listed["items"][0]["candidate"]["email"], "ada@student.tudelft.nl");
    let response = recruiter.get(&url).send().await.unwrap();
    let mut etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let detail = json_of(response, 200).await;
    assert_eq!(detail["github_url"], "https://github.com/ada-l");
    assert_eq!(detail["evaluation"]["verdict"], "eligible");
    let cv = recruiter.get(app.url(detail["cv_href"].as_str().unwrap())).send().await.unwrap();
    assert_eq!(cv.headers()["content-disposition"], "attachment; filename=\"Ada.pdf\"");

    // Through every stage to the decision, then hire.
    let first_etag = etag.clone();
    for (action, expected_stage) in [
        ("advance", "hr_chat"),
        ("advance", "interviews"),
        ("advance", "case_study"),
        ("advance", "decision"),
        ("hire", "onboarding"),
    ] {
        let moved = recruiter
            .post(format!("{url}/transitions"))
            .header("if-match", &etag)
            .json(&json!({ "action": action }))
            .send()
            .await
            .unwrap();
        etag = moved.headers()["etag"].to_str().unwrap().to_owned();
        let moved = json_of(moved, 200).await;
        assert_eq!(moved["stage"], expected_stage);
    }
    // A move made with a stale ETag is refused.
    let stale = recruiter
        .post(format!("{url}/transitions"))
        .header("if-match", &first_etag)
        .json(&json!({ "action": "back" }))
        .send()
        .await
        .unwrap();
    problem(stale, 412, "precondition_failed").await;

    let detail = json_of(recruiter.get(&url).send().await.unwrap(), 200).await;
    assert_eq!(detail["status"], "hired");
    let history = detail["history"].as_array().unwrap();
    assert_eq!(history.len(), 6, "applied + five moves");
    assert_eq!(history[5]["to_status"], "hired");
    assert_eq!(history[5]["actor_kind"], "user");
    assert!(history.iter().all(|m| m["at"].is_string()));

    // Ada sees every stage she passed, with its date; the application is hired.
    let mine =
        json_of(ada.get(app.url(&format!("/api/v1/me/applications/{id}"))).send().await.unwrap(), 200).await;
    assert_eq!(mine["status"], "hired");
    let timeline = mine["timeline"].as_array().unwrap();
    let stages: Vec<(&str, &str)> =
        timeline.iter().map(|t| (t["name"].as_str().unwrap(), t["progress"].as_str().unwrap())).collect();
    assert_eq!(
        stages,
        [
            ("Application", "passed"),
            ("Initial chat with HR", "passed"),
            ("Interviews", "passed"),
            ("Case study", "passed"),
            ("Decision", "passed"),
            ("Onboarding", "current"),
        ]
    );
    assert!(timeline.iter().all(|t| t["reached_at"].is_string()), "every stage has its date: {timeline:?}");
    assert_eq!(mine["next_stage"], Value::Null);
}

async fn refused_moves_say_why_and_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let url = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let send = |etag: Option<&str>, body: Value| {
        let mut request = app.client().post(format!("{url}/transitions")).bearer_auth(&recruiter).json(&body);
        if let Some(etag) = etag {
            request = request.header("if-match", etag.to_owned());
        }
        request.send()
    };
    problem(send(None, json!({ "action": "advance" })).await.unwrap(), 428, "precondition_required").await;
    let etag = "\"1\"";
    problem(send(Some(etag), json!({ "action": "hire" })).await.unwrap(), 409, "transition_refused").await;
    problem(send(Some(etag), json!({ "action": "back" })).await.unwrap(), 409, "transition_refused").await;
    problem(
        send(Some(etag), json!({ "action": "skip_to", "stage": "case_study" })).await.unwrap(),
        409,
        "transition_refused",
    )
    .await;
    let bad = problem(
        send(Some(etag), json!({ "action": "reject", "reason": "Vibes" })).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert!(bad["errors"][0]["message"].as_str().unwrap().contains("Position filled"));
    problem(send(Some(etag), json!({ "action": "teleport" })).await.unwrap(), 422, "validation_failed").await;
    problem(
        send(Some(etag), json!({ "action": "advance", "extra": 1 })).await.unwrap(),
        400,
        "unknown_field",
    )
    .await;

    let rejected =
        send(Some(etag), json!({ "action": "reject", "reason": "Position filled" })).await.unwrap();
    let next_etag = rejected.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(json_of(rejected, 200).await["status"], "rejected");
    // Terminal stays terminal.
    problem(send(Some(&next_etag), json!({ "action": "advance" })).await.unwrap(), 409, "transition_refused")
        .await;
    let mine =
        json_of(ada.get(app.url(&format!("/api/v1/me/applications/{id}"))).send().await.unwrap(), 200).await;
    assert_eq!(mine["status"], "rejected");
    assert!(!mine.to_string().contains("Position filled"), "the candidate does not see internal reasons");
    // Interviewers do not work the pipeline.
    let interviewer = app.token(&org, "interviewer").await;
    let response = app
        .client()
        .get(app.url("/api/v1/orgs/acme/applications"))
        .bearer_auth(interviewer)
        .send()
        .await
        .unwrap();
    problem(response, 404, "not_found").await;
}

async fn recruiters_find_candidates_by_skill_institution_and_words(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let people = [
        ("ada@uva.example", "Ada Lovelace", "Universiteit van Amsterdam", vec!["Python", "TypeScript"]),
        ("bo@tue.example", "Bo Jansen", "TU Eindhoven", vec!["Python", "C#"]),
        ("cem@tud.example", "Cem Yilmaz", "TU Delft", vec!["Python", "Rust", "SQL"]),
    ];
    for (email, name, institution, skills) in &people {
        let browser = app.candidate(email).await;
        let profile = json!({
            "name": name, "institution": institution, "institution_country": "NL",
            "enrollment": { "start": "2024-09-01", "end": "2027-12-31" }, "skills": skills, "github": "someone"
        });
        json_of(browser.put(app.url("/api/v1/me/profile")).json(&profile).send().await.unwrap(), 200).await;
        json_of(apply(&app, &browser, &vacancy, None).await, 201).await;
    }
    let found = |query: &'static str| {
        let client = app.client();
        let url = app.url(&format!("/api/v1/orgs/acme/applications?{query}"));
        let token = recruiter.clone();
        async move {
            let page = json_of(client.get(url).bearer_auth(token).send().await.unwrap(), 200).await;
            let mut names: Vec<String> = page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["candidate"]["name"].as_str().unwrap().to_owned())
                .collect();
            names.sort();
            names
        }
    };
    assert_eq!(found("skill=typescript").await, ["Ada Lovelace"]);
    assert_eq!(found("skill=C%23").await, ["Bo Jansen"]);
    assert_eq!(found("q=Delft").await, ["Cem Yilmaz"]);
    assert_eq!(found("q=rust").await, ["Cem Yilmaz"], "skills are searched as words too");
    assert_eq!(found("q=universiteit%20amsterdam").await, ["Ada Lovelace"]);
    assert_eq!(found("q=python").await.len(), 3);
    assert_eq!(found("q=python&skill=rust").await, ["Cem Yilmaz"]);
    // As one types: a word of three letters or more finds the words it begins; a shorter one
    // only itself, so "C#" (the word "c") finds C# and not every word starting with c.
    assert_eq!(found("q=yil").await, ["Cem Yilmaz"]);
    assert_eq!(found("q=tu%20eind").await, ["Bo Jansen"]);
    assert_eq!(found("q=C%23").await, ["Bo Jansen"]);
    assert_eq!(found("q=ye").await, Vec::<String>::new(), "two letters: whole words only");
    // Operators of SQL and of the search engines are only text.
    for hostile in [
        "%27%20OR%201%3D1%20--",
        "%22",
        "*",
        "NEAR(",
        "python%20NEAR(",
        "%22python%22%20OR%20*",
        "%27%3B%20DROP%20TABLE%20applications%3B%20--",
    ] {
        let names = found(Box::leak(format!("q={hostile}").into_boxed_str())).await;
        assert!(names.len() <= 3, "{hostile}: {names:?}");
    }
    assert_eq!(
        found("q=%27%20OR%201%3D1%20--").await,
        Vec::<String>::new(),
        "no application holds the words or/1/1"
    );
    assert_eq!(found("q=python%20NEAR(").await, Vec::<String>::new(), "NEAR is just a word nobody wrote");
    assert_eq!(found("q=*").await.len(), 3, "no words at all: no text filter");
    assert_eq!(found("").await.len(), 3, "and the table is still there");
}

async fn candidates_withdraw_and_recruiters_reject_in_bulk(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let mut ids = Vec::new();
    let mut browsers = Vec::new();
    for n in 0..3 {
        let browser = student(&app, &format!("s{n}@student.tudelft.nl"), "2027-08-31").await;
        ids.push(
            json_of(apply(&app, &browser, &vacancy, None).await, 201).await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
        browsers.push(browser);
    }
    // Another site cannot make a signed-in student's browser withdraw (the session cookie goes
    // along with a cross-site form post; its Origin gives it away).
    let withdraw = |browser: &reqwest::Client, id: &str| {
        browser.post(app.url(&format!("/api/v1/me/applications/{id}/withdraw"))).send()
    };
    let forged = browsers[0]
        .post(app.url(&format!("/api/v1/me/applications/{}/withdraw", ids[0])))
        .header("origin", "http://evil.example")
        .send();
    problem(forged.await.unwrap(), 403, "cross_origin_request").await;
    let logout = browsers[0].post(app.url("/api/v1/auth/logout")).header("origin", "null").send();
    problem(logout.await.unwrap(), 403, "cross_origin_request").await;
    let own = json_of(
        browsers[0].get(app.url(&format!("/api/v1/me/applications/{}", ids[0]))).send().await.unwrap(),
        200,
    );
    assert_ne!(own.await["status"], "withdrawn");
    // The first student withdraws; twice is refused, and another student cannot.
    assert_eq!(json_of(withdraw(&browsers[0], &ids[0]).await.unwrap(), 200).await["status"], "withdrawn");
    problem(withdraw(&browsers[0], &ids[0]).await.unwrap(), 409, "transition_refused").await;
    problem(withdraw(&browsers[1], &ids[0]).await.unwrap(), 404, "not_found").await;

    let unknown = uuid::Uuid::now_v7().to_string();
    let body = json!({ "application_ids": [ids[0], ids[1], ids[2], unknown], "reason": "Position filled" });
    // A token is no cookie: an integration's calls are not judged by where a browser was.
    let response = app
        .client()
        .post(app.url("/api/v1/orgs/acme/applications/bulk-reject"))
        .header("origin", "http://evil.example")
        .bearer_auth(&recruiter)
        .json(&body)
        .send();
    let results = json_of(response.await.unwrap(), 200).await;
    let outcomes: Vec<&str> =
        results["results"].as_array().unwrap().iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["refused", "rejected", "rejected", "not_found"], "{results}");
    assert!(results["results"][0]["detail"].as_str().unwrap().contains("withdrawn"), "{results}");
    let bad = json!({ "application_ids": [ids[1]], "reason": "Vibes" });
    let response = app
        .client()
        .post(app.url("/api/v1/orgs/acme/applications/bulk-reject"))
        .bearer_auth(&recruiter)
        .json(&bad)
        .send();
    problem(response.await.unwrap(), 422, "validation_failed").await;
    let mine = json_of(
        browsers[1].get(app.url(&format!("/api/v1/me/applications/{}", ids[1]))).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(mine["status"], "rejected");
}

async fn stages_change_only_where_no_application_is_or_was(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let url = app.url(&format!("/api/v1/orgs/acme/vacancies/{vacancy}"));
    let current = app.client().get(&url).bearer_auth(&recruiter).send().await.unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_owned();
    let mut stages = json_of(current, 200).await["stages"].clone();
    let put = |etag: String, stages: Value| {
        app.client()
            .put(format!("{url}/stages"))
            .bearer_auth(&recruiter)
            .header("if-match", etag)
            .json(&json!({ "stages": stages }))
            .send()
    };

    // Rename the HR chat, drop the case study, add a portfolio review: nobody is there.
    stages[1]["name"] = json!("Phone screen");
    let mut edited: Vec<Value> =
        stages.as_array().unwrap().iter().filter(|s| s["key"] != "case_study").cloned().collect();
    edited.insert(
        2,
        json!({ "key": "portfolio", "name": "Portfolio review", "kind": "custom", "skippable": true }),
    );
    let response = put(etag.clone(), Value::Array(edited.clone())).await.unwrap();
    let new_etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let names: Vec<String> = json_of(response, 200).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names,
        ["Application", "Phone screen", "Portfolio review", "Interviews", "Decision", "Onboarding"]
    );
    problem(put(etag, Value::Array(edited.clone())).await.unwrap(), 412, "precondition_failed").await;

    // Ada's application sits in the first stage: it stays.
    let mut renamed = edited.clone();
    renamed[0]["name"] = json!("Applied");
    problem(put(new_etag.clone(), Value::Array(renamed)).await.unwrap(), 409, "stage_occupied").await;
    let mut two_decisions = edited.clone();
    two_decisions[2]["kind"] = json!("decision");
    problem(put(new_etag.clone(), Value::Array(two_decisions)).await.unwrap(), 422, "validation_failed")
        .await;

    // Ada's timeline follows the new stages.
    let mine =
        json_of(ada.get(app.url(&format!("/api/v1/me/applications/{id}"))).send().await.unwrap(), 200).await;
    assert_eq!(mine["next_stage"], "Phone screen");
}

async fn an_organisation_sets_its_own_stage_template_and_rejection_reasons(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let url = app.url("/api/v1/orgs/acme/hiring-settings");
    let get = || app.client().get(&url).bearer_auth(&recruiter).send();
    let put = |body: Value| app.client().put(&url).bearer_auth(&recruiter).json(&body).send();

    // Until it saves its own, an organisation has the standard stages and reasons.
    let standard = json_of(get().await.unwrap(), 200).await;
    assert_eq!(standard["stage_template"].as_array().unwrap().len(), 6);
    assert!(standard["rejection_reasons"].as_array().unwrap().contains(&json!("Position filled")));

    // Bad settings are refused, every field named, and nothing changes.
    let two_decisions = json!([
        { "key": "application", "name": "Application", "kind": "application", "skippable": false },
        { "key": "decision", "name": "Decision", "kind": "decision", "skippable": false },
        { "key": "decision2", "name": "Decision again", "kind": "decision", "skippable": false },
    ]);
    let refused = problem(
        put(json!({ "stage_template": two_decisions, "rejection_reasons": [] })).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["stage_template", "rejection_reasons"], "{refused}");
    assert_eq!(json_of(get().await.unwrap(), 200).await, standard);

    // No case study here, and reasons in the organisation's own words.
    let template: Vec<Value> = standard["stage_template"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["key"] != "case_study")
        .cloned()
        .collect();
    let reasons = json!(["Not enough Rust yet", "Position filled"]);
    let saved =
        json_of(put(json!({ "stage_template": template, "rejection_reasons": reasons })).await.unwrap(), 200)
            .await;
    assert_eq!(saved["rejection_reasons"], reasons);

    // New vacancies start from the template; the existing one keeps its stages.
    let existing = app.url(&format!("/api/v1/orgs/acme/vacancies/{vacancy}"));
    let existing =
        json_of(app.client().get(&existing).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(existing["stages"].as_array().unwrap().len(), 6);
    let fresh = json_of(
        app.client()
            .post(app.url("/api/v1/orgs/acme/vacancies"))
            .bearer_auth(&recruiter)
            .json(&json!({
                "program_id": existing["program_id"], "title": "Frontend intern", "description": "UIs",
                "location": "Amsterdam", "work_mode": "on_site", "hours_per_week": 40, "positions": 1,
                "opens_on": existing["opens_on"], "closes_on": existing["closes_on"]
            }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let keys: Vec<&str> =
        fresh["stages"].as_array().unwrap().iter().map(|s| s["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["application", "hr_chat", "interviews", "decision", "onboarding"]);

    // Rejections take the organisation's reasons, not the standard ones it dropped.
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let application = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let reject = |etag: String, reason: &str| {
        app.client()
            .post(format!("{application}/transitions"))
            .bearer_auth(&recruiter)
            .header("if-match", etag)
            .json(&json!({ "action": "reject", "reason": reason }))
            .send()
    };
    let current = app.client().get(&application).bearer_auth(&recruiter).send().await.unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_owned();
    let old = problem(reject(etag.clone(), "No show").await.unwrap(), 422, "validation_failed").await;
    assert!(old["errors"][0]["message"].as_str().unwrap().contains("Not enough Rust yet"), "{old}");
    let rejected = json_of(reject(etag, "Not enough Rust yet").await.unwrap(), 200).await;
    assert_eq!(rejected["status"], "rejected");
}
