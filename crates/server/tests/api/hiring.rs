//! A recruiter sets up a programme and a vacancy and publishes it; students find it on the job
//! board and learn, rule by rule, whether they may apply.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use chrono::{Duration, Utc};
use reqwest::Client;
use serde_json::{Value, json};

on_both_backends!(
    recruiter_publishes_a_vacancy_and_students_check_their_eligibility,
    the_job_board_filters_and_hides_what_is_not_public,
    vacancy_changes_need_the_current_etag,
    bad_programmes_and_vacancies_are_refused_field_by_field,
    students_browse_the_job_board_pages,
    the_board_speaks_the_readers_language,
    a_vacancy_in_two_languages_reads_in_the_readers_and_else_the_organisations,
);

fn program_body() -> Value {
    json!({
        "name": "Backend Talent Programme 2027",
        "description": "Six months on payments APIs.",
        "starts_on": "2027-02-01",
        "ends_on": "2027-07-31",
        "location": "Amsterdam",
        "capacity": 12,
        "structure": [
            { "component": "induction", "description": "A week of induction training" },
            { "component": "mentorship", "description": "A dedicated mentor" }
        ]
    })
}

fn vacancy_body(program_id: &str, title: &str) -> Value {
    let today = Utc::now().date_naive();
    json!({
        "program_id": program_id,
        "title": title,
        "description": "Build **payments** APIs with Python and TypeScript.",
        "responsibilities": ["Design REST endpoints", "Present your work to the team"],
        "required_skills": ["Python"],
        "preferences": { "skills": ["TypeScript", "SQL"], "fields": ["Computer Science"], "languages": ["Dutch"] },
        "rules": [
            { "kind": "enrolled_in_country", "country": "NL" },
            { "kind": "field_of_study", "any_of": ["Computer Science", "Engineering"] }
        ],
        "location": "Amsterdam",
        "work_mode": "hybrid",
        "hours_per_week": 32,
        "stipend": { "monthly_cents": 75000, "currency": "EUR" },
        "positions": 3,
        "opens_on": (today - Duration::days(1)).to_string(),
        "closes_on": (today + Duration::days(60)).to_string(),
    })
}

/// Creates a programme and a draft vacancy; returns (vacancy id, ETag).
async fn draft_vacancy(app: &TestApp, recruiter: &Client, org: &str, title: &str) -> (String, String) {
    let program = json_of(
        recruiter
            .post(app.url(&format!("/api/v1/orgs/{org}/programs")))
            .json(&program_body())
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let program_id = program["id"].as_str().unwrap();
    let response = recruiter
        .post(app.url(&format!("/api/v1/orgs/{org}/vacancies")))
        .json(&vacancy_body(program_id, title))
        .send()
        .await
        .unwrap();
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let vacancy = json_of(response, 201).await;
    assert_eq!(vacancy["status"], "draft");
    (vacancy["id"].as_str().unwrap().to_owned(), etag)
}

async fn publish(app: &TestApp, recruiter: &Client, org: &str, id: &str, etag: &str) -> String {
    let response = recruiter
        .post(app.url(&format!("/api/v1/orgs/{org}/vacancies/{id}/status")))
        .header("if-match", etag)
        .json(&json!({ "status": "published" }))
        .send()
        .await
        .unwrap();
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(json_of(response, 200).await["status"], "published");
    etag
}

fn student(enrolled_until: &str) -> Value {
    json!({
        "institution": "TU Delft",
        "institution_country": "NL",
        "field_of_study": "Computer Science",
        "enrollment": { "start": "2024-09-01", "end": enrolled_until },
        "skills": ["python", "TypeScript"],
        "languages": ["English"]
    })
}

async fn recruiter_publishes_a_vacancy_and_students_check_their_eligibility(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    let (id, etag) = draft_vacancy(&app, &recruiter, "acme", "Backend intern").await;

    // A draft is not public.
    problem(app.client().get(app.url(&format!("/api/v1/jobs/{id}"))).send().await.unwrap(), 404, "not_found")
        .await;
    publish(&app, &recruiter, "acme", &id, &etag).await;

    let board = json_of(app.client().get(app.url("/api/v1/jobs")).send().await.unwrap(), 200).await;
    let job = &board["items"][0];
    assert_eq!(job["title"], "Backend intern");
    assert_eq!(job["organisation"], json!({ "slug": "acme", "name": "acme B.V." }));
    assert_eq!(job["program"]["ends_on"], "2027-07-31");
    assert_eq!(job["open"], true);
    assert!(job["description_html"].as_str().unwrap().contains("<strong>payments</strong>"));
    assert_eq!(job["requirements"].as_array().unwrap().len(), 3, "two rules and the required skills");

    let check = |profile: Value| {
        app.client()
            .post(app.url(&format!("/api/v1/jobs/{id}/eligibility")))
            .json(&json!({ "profile": profile }))
            .send()
    };
    // Enrolled until June, but the internship runs until the end of July: told exactly that.
    let early = json_of(check(student("2027-06-30")).await.unwrap(), 200).await;
    assert_eq!(early["evaluation"]["verdict"], "not_eligible");
    let enrollment = &early["evaluation"]["results"][0];
    assert_eq!(enrollment["outcome"], "fail");
    assert_eq!(
        enrollment["explanation"],
        "Your enrollment ends on 30 June 2027, before the internship ends on 31 July 2027; you must be enrolled for the whole internship."
    );
    let eligible = json_of(check(student("2027-08-31")).await.unwrap(), 200).await;
    assert_eq!(eligible["evaluation"]["verdict"], "eligible");
    let score = &eligible["match_score"];
    assert_eq!(score["parts"][0]["explanation"], "1 of 2 preferred skills: TypeScript.");
    assert!(score["total"].as_u64().unwrap() > 0);
    // An empty profile cannot be judged yet: incomplete, not a failure.
    let empty = json_of(check(json!({})).await.unwrap(), 200).await;
    assert_eq!(empty["evaluation"]["verdict"], "incomplete");
    // A malformed profile is a clear 400.
    let bad = check(json!({ "institution_country": "Netherlands" })).await.unwrap();
    problem(bad, 400, "invalid_body").await;
}

async fn the_job_board_filters_and_hides_what_is_not_public(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let acme = app.create_org("acme").await;
    let bank = app.create_org("bank").await;
    let acme_recruiter = app.member(&acme, "rita@acme.example", "recruiter").await;
    let bank_recruiter = app.member(&bank, "bo@bank.example", "recruiter").await;
    let (backend_id, etag) = draft_vacancy(&app, &acme_recruiter, "acme", "Backend intern").await;
    publish(&app, &acme_recruiter, "acme", &backend_id, &etag).await;
    let (closed_id, etag) = draft_vacancy(&app, &acme_recruiter, "acme", "Closed intern").await;
    let etag = publish(&app, &acme_recruiter, "acme", &closed_id, &etag).await;
    let closed = acme_recruiter
        .post(app.url(&format!("/api/v1/orgs/acme/vacancies/{closed_id}/status")))
        .header("if-match", &etag)
        .json(&json!({ "status": "closed" }))
        .send()
        .await
        .unwrap();
    json_of(closed, 200).await;
    draft_vacancy(&app, &bank_recruiter, "bank", "Draft at the bank").await;
    let (bank_id, etag) = draft_vacancy(&app, &bank_recruiter, "bank", "Data analyst intern").await;
    publish(&app, &bank_recruiter, "bank", &bank_id, &etag).await;

    let titles = |query: &'static str| {
        let client = app.client();
        let url = app.url(&format!("/api/v1/jobs{query}"));
        async move {
            let board = json_of(client.get(url).send().await.unwrap(), 200).await;
            board["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|j| j["title"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        titles("").await,
        ["Data analyst intern", "Backend intern"],
        "newest first; no drafts, nothing closed"
    );
    assert_eq!(titles("?org=acme").await, ["Backend intern"]);
    assert_eq!(titles("?org=nobody").await, Vec::<String>::new());
    assert_eq!(titles("?q=ANALYST").await, ["Data analyst intern"]);
    assert_eq!(titles("?skill=typescript").await.len(), 2, "preferred skills count too");
    assert_eq!(titles("?skill=haskell").await, Vec::<String>::new());
    assert_eq!(titles("?location=amster").await.len(), 2);
    assert_eq!(titles("?remote=true").await, Vec::<String>::new());
    assert_eq!(titles("?q=100%25").await, Vec::<String>::new(), "LIKE wildcards are text");
    assert_eq!(titles("?q=%27%20OR%201%3D1%20--").await, Vec::<String>::new(), "SQL is text");
    assert_eq!(titles("?limit=1").await.len(), 1);
    // A closed vacancy can still be read (links keep working), marked not open.
    let closed =
        json_of(app.client().get(app.url(&format!("/api/v1/jobs/{closed_id}"))).send().await.unwrap(), 200)
            .await;
    assert_eq!(closed["open"], false);
}

async fn vacancy_changes_need_the_current_etag(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    let (id, etag) = draft_vacancy(&app, &recruiter, "acme", "Backend intern").await;
    let url = app.url(&format!("/api/v1/orgs/acme/vacancies/{id}"));
    let current = json_of(recruiter.get(&url).send().await.unwrap(), 200).await;
    let mut body = vacancy_body(current["program_id"].as_str().unwrap(), "Backend intern (Rust)");

    problem(recruiter.put(&url).json(&body).send().await.unwrap(), 428, "precondition_required").await;
    let updated = recruiter.put(&url).header("if-match", &etag).json(&body).send().await.unwrap();
    let new_etag = updated.headers()["etag"].to_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    assert_eq!(json_of(updated, 200).await["title"], "Backend intern (Rust)");
    // The old tag is stale now: a second editor cannot overwrite the first.
    body["title"] = json!("Overwritten");
    problem(
        recruiter.put(&url).header("if-match", &etag).json(&body).send().await.unwrap(),
        412,
        "precondition_failed",
    )
    .await;
    let status_url = format!("{url}/status");
    let stale =
        recruiter.post(&status_url).header("if-match", &etag).json(&json!({ "status": "published" })).send();
    problem(stale.await.unwrap(), 412, "precondition_failed").await;
    assert_eq!(
        json_of(recruiter.get(&url).send().await.unwrap(), 200).await["title"],
        "Backend intern (Rust)"
    );
    // RFC 9110: a weak tag never matches under If-Match (strong comparison), `*` matches whatever
    // is current, a list matches when it names the current tag, and a missing resource is 404
    // before any precondition.
    let weak = format!("W/{new_etag}");
    problem(
        recruiter.put(&url).header("if-match", &weak).json(&body).send().await.unwrap(),
        412,
        "precondition_failed",
    )
    .await;
    body["title"] = json!("Backend intern (Rust, any version)");
    let any = recruiter.put(&url).header("if-match", "*").json(&body).send().await.unwrap();
    let new_etag = any.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(json_of(any, 200).await["title"], "Backend intern (Rust, any version)");
    body["title"] = json!("Backend intern (Rust)");
    let listed = recruiter.put(&url).header("if-match", format!("{etag}, {new_etag}")).json(&body).send();
    let listed = listed.await.unwrap();
    let new_etag = listed.headers()["etag"].to_str().unwrap().to_owned();
    json_of(listed, 200).await;
    let missing = app.url(&format!("/api/v1/orgs/acme/vacancies/{}", uuid::Uuid::new_v4()));
    problem(recruiter.put(&missing).json(&body).send().await.unwrap(), 404, "not_found").await;
    problem(
        recruiter.put(&missing).header("if-match", "*").json(&body).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    // Draft → closed is allowed; closed → published is not.
    let closed =
        recruiter.post(&status_url).header("if-match", &new_etag).json(&json!({ "status": "closed" })).send();
    let closed = closed.await.unwrap();
    let closed_etag = closed.headers()["etag"].to_str().unwrap().to_owned();
    json_of(closed, 200).await;
    let reopen = recruiter
        .post(&status_url)
        .header("if-match", &closed_etag)
        .json(&json!({ "status": "published" }))
        .send();
    problem(reopen.await.unwrap(), 409, "status_change_refused").await;
    // Interviewers read vacancies but do not write them.
    let interviewer = app.member(&org, "ivo@acme.example", "interviewer").await;
    json_of(interviewer.get(&url).send().await.unwrap(), 200).await;
    problem(
        interviewer.put(&url).header("if-match", &closed_etag).json(&body).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
}

async fn bad_programmes_and_vacancies_are_refused_field_by_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    let mut program = program_body();
    program["ends_on"] = json!("2026-01-01");
    program["capacity"] = json!(0);
    let refused = recruiter.post(app.url("/api/v1/orgs/acme/programs")).json(&program).send().await.unwrap();
    let body = problem(refused, 422, "validation_failed").await;
    let fields: Vec<&str> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["ends_on", "capacity"]);

    let mut vacancy = vacancy_body(&uuid::Uuid::now_v7().to_string(), " ");
    vacancy["hours_per_week"] = json!(0);
    let refused = recruiter.post(app.url("/api/v1/orgs/acme/vacancies")).json(&vacancy).send().await.unwrap();
    let body = problem(refused, 422, "validation_failed").await;
    let fields: Vec<&str> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["program_id", "title", "hours_per_week"]);
    vacancy["rules"] = json!([{ "kind": "astrology", "sign": "leo" }]);
    problem(
        recruiter.post(app.url("/api/v1/orgs/acme/vacancies")).json(&vacancy).send().await.unwrap(),
        400,
        "invalid_body",
    )
    .await;
    let listed =
        json_of(recruiter.get(app.url("/api/v1/orgs/acme/vacancies")).send().await.unwrap(), 200).await;
    assert_eq!(listed["items"], json!([]), "nothing was created");
}

async fn students_browse_the_job_board_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    let (id, etag) =
        draft_vacancy(&app, &recruiter, "acme", "Backend intern <script>alert(1)</script>").await;
    let page = |path: String| {
        let client = app.client();
        let url = app.url(&path);
        async move {
            let response = client.get(url).send().await.unwrap();
            let status = response.status().as_u16();
            let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
            (status, content_type, response.text().await.unwrap())
        }
    };
    // A draft is not on the board, and its page is an HTML "not found".
    let (status, content_type, html) = page(format!("/jobs/{id}")).await;
    assert_eq!((status, content_type.as_str()), (404, "text/html; charset=utf-8"));
    assert!(html.contains("Not found"));
    assert!(page("/jobs".into()).await.2.contains("No internships are open right now"));

    publish(&app, &recruiter, "acme", &id, &etag).await;
    let (status, _, board) = page("/jobs?skill=python".into()).await;
    assert_eq!(status, 200);
    assert!(board.contains(&format!("/jobs/{id}")));
    assert!(board.contains("Backend intern &"), "the title is there, escaped");
    assert!(!board.contains("<script>alert"), "and never as markup");
    assert!(page("/jobs?skill=cobol".into()).await.2.contains("No open internships match"));
    // The words box finds a vacancy by its skills as well as its title and description (this
    // one names Python only as a required skill), and says how many it found.
    let token = app.token(&org, "recruiter").await;
    let apis = crate::applications::another_vacancy(&app, "acme", &token).await;
    let (_, _, by_words) = page("/jobs?q=Python".into()).await;
    assert!(by_words.contains(&format!("/jobs/{apis}")), "a skill is not found by the words box");
    assert!(
        by_words.contains(&format!("/jobs/{id}")) && by_words.contains("2 internships found"),
        "{by_words}"
    );

    // The admin names the employer's own website and country; a recruiter may not, and a
    // wrong one changes nothing.
    let (admin, recruiting) = (app.token(&org, "admin").await, app.token(&org, "recruiter").await);
    let profile = |token: &str, body: Value| {
        app.client().put(app.url("/api/v1/orgs/acme")).bearer_auth(token).json(&body).send()
    };
    let good = json!({ "name": "acme B.V.", "website": "https://acme.example/careers", "country": "NL" });
    problem(profile(&recruiting, good.clone()).await.unwrap(), 404, "not_found").await;
    let bad = json!({ "name": "acme B.V.", "website": "javascript:alert(1)", "country": "XX" });
    let refused = problem(profile(&admin, bad).await.unwrap(), 422, "validation_failed").await;
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["website", "country"]);
    let unchanged = json_of(
        app.client().get(app.url("/api/v1/orgs/acme")).bearer_auth(&admin).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!((unchanged["website"].clone(), unchanged["country"].clone()), (Value::Null, json!("NL")));
    let saved = json_of(profile(&admin, good).await.unwrap(), 200).await;
    assert_eq!(saved["website"], "https://acme.example/careers");

    let (status, _, html) = page(format!("/jobs/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Enrolled at an institution in the Netherlands for the whole internship."));
    assert!(html.contains("€750 a month"), "{html}");
    let start = html.find(r#"<script type="application/ld+json">"#).unwrap()
        + r#"<script type="application/ld+json">"#.len();
    let end = start + html[start..].find("</script>").unwrap();
    let posting: Value = serde_json::from_str(&html[start..end]).expect("the JSON-LD parses");
    for property in [
        "title",
        "description",
        "datePosted",
        "validThrough",
        "hiringOrganization",
        "jobLocation",
        "employmentType",
        "directApply",
        "baseSalary",
        "identifier",
    ] {
        assert!(posting.get(property).is_some_and(|v| !v.is_null()), "JobPosting lacks {property}");
    }
    assert_eq!(posting["@type"], "JobPosting");
    assert_eq!(posting["title"], "Backend intern <script>alert(1)</script>");
    assert_eq!(posting["hiringOrganization"]["name"], "acme B.V.");
    assert_eq!(posting["hiringOrganization"]["sameAs"], "https://acme.example/careers");
    assert_eq!(posting["jobLocation"]["address"]["addressCountry"], "NL");
    assert!(html.contains(r#"href="https://acme.example/careers""#), "the page links the employer's site");
    assert_eq!(posting["employmentType"], "INTERN");
    assert_eq!(posting["identifier"]["value"], id.as_str());
    assert_eq!(page("/jobs/not-an-id".into()).await.0, 404);
}

/// A Dutch reader gets the board and the vacancy in Dutch (from the browser's language, or the
/// switch, which the cookie remembers), an English one in English; the page says its language
/// and points search engines at each language's version.
async fn the_board_speaks_the_readers_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    let (id, etag) = draft_vacancy(&app, &recruiter, "acme", "Backend intern").await;
    publish(&app, &recruiter, "acme", &id, &etag).await;
    let get = |client: &Client, path: String, language: &'static str| {
        client.get(app.url(&path)).header("accept-language", language).send()
    };
    let anyone = app.client();
    let dutch = get(&anyone, "/jobs".into(), "nl-NL,nl;q=0.9,en;q=0.8").await.unwrap().text().await.unwrap();
    assert!(dutch.contains(r#"<html lang="nl">"#), "{dutch}");
    assert!(dutch.contains("Stages in software-engineering") && dutch.contains("32 u/week"), "{dutch}");
    assert!(dutch.contains("Solliciteer uiterlijk"), "{dutch}");
    let english = get(&anyone, "/jobs".into(), "en-GB").await.unwrap().text().await.unwrap();
    assert!(english.contains(r#"<html lang="en">"#) && english.contains("Software-engineering internships"));

    let vacancy = get(&anyone, format!("/jobs/{id}"), "nl").await.unwrap().text().await.unwrap();
    assert!(vacancy.contains("€ 750 per maand") && vacancy.contains("Kom ik in aanmerking?"), "{vacancy}");
    assert!(vacancy.contains("1 februari 2027"), "dates in Dutch: {vacancy}");
    for lang in ["en", "nl"] {
        let alternate = format!(r#"<link rel="alternate" hreflang="{lang}" href="#);
        assert!(
            vacancy.contains(&alternate) && vacancy.contains(&format!(r#"/jobs/{id}?lang={lang}">"#)),
            "{vacancy}"
        );
    }
    // The alternate addresses work without the browser's help.
    let by_address =
        anyone.get(app.url(&format!("/jobs/{id}?lang=nl"))).send().await.unwrap().text().await.unwrap();
    assert!(by_address.contains(r#"<html lang="nl">"#));

    // The switch: Dutch chosen on an English browser sticks, and comes back to the page.
    let browser = app.browser();
    let switched = get(&browser, format!("/language?to=nl&back=/jobs/{id}"), "en").await.unwrap();
    assert_eq!(switched.url().path(), format!("/jobs/{id}"));
    assert!(switched.text().await.unwrap().contains(r#"<html lang="nl">"#));
    let later = get(&browser, "/jobs".into(), "en").await.unwrap().text().await.unwrap();
    assert!(
        later.contains(r#"<html lang="nl">"#) && later.contains(r#"href="/language?to=en&amp;back=/jobs""#),
        "{later}"
    );
    // A language Cohort does not speak, or a way back off the site, changes nothing.
    let odd = get(&browser, "/language?to=fr&back=//evil.example".into(), "en").await.unwrap();
    assert_eq!(odd.url().host_str(), Some("127.0.0.1"));
    let still = get(&browser, "/jobs".into(), "en").await.unwrap().text().await.unwrap();
    assert!(still.contains(r#"<html lang="nl">"#));
}

async fn a_vacancy_in_two_languages_reads_in_the_readers_and_else_the_organisations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.member(&org, "ada@acme.example", "admin").await;
    let recruiter = app.member(&org, "rita@acme.example", "recruiter").await;
    // The organisation works in Dutch: its new vacancies are Dutch unless they say otherwise.
    let profile = json!({ "name": "Acme", "website": null, "country": "NL", "language": "nl" });
    let changed =
        json_of(admin.put(app.url("/api/v1/orgs/acme")).json(&profile).send().await.unwrap(), 200).await;
    assert_eq!(changed["language"], "nl");
    let unchanged = json!({ "name": "Acme B.V.", "country": "NL" });
    let kept =
        json_of(admin.put(app.url("/api/v1/orgs/acme")).json(&unchanged).send().await.unwrap(), 200).await;
    assert_eq!(kept["language"], "nl", "a profile without a language keeps it");
    let french = json!({ "name": "Acme", "country": "NL", "language": "fr" });
    let refused = admin.put(app.url("/api/v1/orgs/acme")).json(&french).send().await.unwrap();
    assert_eq!(problem(refused, 422, "validation_failed").await["errors"][0]["field"], "language");

    let (id, etag) = draft_vacancy(&app, &recruiter, "acme", "Stagiair backend").await;
    let stored = json_of(
        recruiter.get(app.url(&format!("/api/v1/orgs/acme/vacancies/{id}"))).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(
        (stored["language"].as_str(), stored["translations"].as_array().map(Vec::len)),
        (Some("nl"), Some(0))
    );
    let program_id = stored["program_id"].as_str().unwrap().to_owned();
    let mut body = vacancy_body(&program_id, "Stagiair backend");
    body["description"] = json!("Bouw **betaal**-API's.");
    body["translations"] = json!([{
        "language": "en",
        "title": "Backend intern",
        "description": "Build **payments** APIs.",
        "responsibilities": ["Design REST endpoints"]
    }]);
    let twice = {
        let mut twice = body.clone();
        twice["translations"] = json!([{ "language": "nl", "title": "Nog eens", "description": "Dubbel." }]);
        twice
    };
    let refused = recruiter
        .put(app.url(&format!("/api/v1/orgs/acme/vacancies/{id}")))
        .header("if-match", &etag)
        .json(&twice)
        .send()
        .await
        .unwrap();
    assert_eq!(
        problem(refused, 422, "validation_failed").await["errors"][0]["field"],
        "translations[0].language"
    );
    let response = recruiter
        .put(app.url(&format!("/api/v1/orgs/acme/vacancies/{id}")))
        .header("if-match", &etag)
        .json(&body)
        .send()
        .await
        .unwrap();
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(json_of(response, 200).await["translations"][0]["title"], "Backend intern");
    publish(&app, &recruiter, "acme", &id, &etag).await;

    let anyone = app.client();
    let read = |language: Option<&'static str>| {
        let mut request = anyone.get(app.url(&format!("/api/v1/jobs/{id}")));
        if let Some(language) = language {
            request = request.header("accept-language", language);
        }
        async move { json_of(request.send().await.unwrap(), 200).await }
    };
    let english = read(Some("en-GB,en;q=0.9")).await;
    assert_eq!(
        (english["language"].as_str(), english["title"].as_str()),
        (Some("en"), Some("Backend intern"))
    );
    assert_eq!(english["responsibilities"], json!(["Design REST endpoints"]));
    assert_eq!(english["languages"], json!(["nl", "en"]));
    let dutch = read(Some("nl-NL")).await;
    assert_eq!((dutch["language"].as_str(), dutch["title"].as_str()), (Some("nl"), Some("Stagiair backend")));
    let nobody_said = read(None).await;
    assert_eq!(nobody_said["language"], "nl", "no language asked: the organisation's");
    // The board finds a vacancy by the words of either version.
    for words in ["backend intern", "betaal"] {
        let found = json_of(
            anyone.get(app.url("/api/v1/jobs")).query(&[("q", words), ("lang", "en")]).send().await.unwrap(),
            200,
        )
        .await;
        assert_eq!(found["items"][0]["title"], "Backend intern", "{words}: {found}");
    }

    // The page: the reader's version, marked with its language, and the JSON-LD says which.
    let page = |path: String, language: &'static str| {
        let request = anyone.get(app.url(&path)).header("accept-language", language);
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let english = page(format!("/jobs/{id}?lang=en"), "nl").await;
    assert!(english.contains(r#"<h1 lang="en">Backend intern</h1>"#), "{english}");
    assert!(english.contains(r#""inLanguage":"en""#), "{english}");
    let dutch = page(format!("/jobs/{id}"), "nl").await;
    assert!(
        dutch.contains(r#"<h1 lang="nl">Stagiair backend</h1>"#) && dutch.contains(r#""inLanguage":"nl""#)
    );
    let board = page("/jobs".into(), "en").await;
    assert!(
        board.contains(r#"<h2 lang="en"><a href="/jobs/"#) && board.contains("Backend intern</a>"),
        "{board}"
    );
}
