//! End to end, in headless Chromium: what a person sees and does, page by page; each page is
//! screenshotted into `target/e2e/screenshots` and checked with axe-core (no serious or critical
//! violations). Browser tests run on SQLite: the pages are the same on either backend.

use crate::applications::published_vacancy;
use crate::support::{Backend, TestApp};
use crate::webdriver::{Browser, tools};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_the_job_board_to_an_accepted_offer() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let browser = Browser::start(&tools, false).await;

    browser.go(&app.url("/jobs")).await;
    browser.check_page("01-job-board").await;
    browser.type_into("input[name=q]", "backend").await;
    browser.follow("form.search button").await;
    browser.follow(&format!("a[href='/jobs/{vacancy}']")).await;
    assert!(browser.url().await.ends_with(&format!("/jobs/{vacancy}")));
    browser.check_page("02-vacancy").await;

    browser.go(&app.url("/register?next=/me")).await;
    browser.check_page("03-register").await;
    browser.type_into("#name", "Ada <Lovelace>").await;
    browser.type_into("#email", "ada@student.tudelft.nl").await;
    browser.type_into("#password", "correct horse battery staple").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("Check your inbox"), "{}", browser.source().await);
    browser.check_page("03-register-sent").await;
    // She opens the link in the e-mail and confirms.
    let email = app.email_to("ada@student.tudelft.nl", "Confirm your Cohort account").await;
    let link =
        email.lines().find_map(|l| l.split_once("/register/confirm?token=")).expect("the link").1.trim();
    let link = app.url(&format!("/register/confirm?token={link}"));
    browser.go(&link).await;
    browser.check_page("03-register-confirm").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me"), "{}", browser.source().await);
    let html = browser.source().await;
    assert!(html.contains("My applications") && html.contains("Ada &lt;Lovelace&gt;"), "{html}");
    browser.check_page("04-portal-empty").await;
    browser.follow("a[href='/me/profile']").await;
    browser.check_page("04-profile-empty").await;

    // Am I eligible? The form explains each rule against what she fills in, then she applies.
    // She came through a careers-fair link: the report counts it as the application's source.
    browser.go(&app.url(&format!("/jobs/{vacancy}?utm_source=TU%20Delft%20Fair"))).await;
    browser.follow("a.button").await;
    assert!(browser.url().await.ends_with(&format!("/jobs/{vacancy}/apply?source=tu_delft_fair")));
    browser.check_page("05-apply-form").await;
    let verdict = fill_studies(&browser, "Computer Science", "2026-12-31", "Not met").await;
    assert!(verdict.contains("Your enrollment ends on 31 December 2026"), "{verdict}");
    browser.check_page("06-eligibility-not-met").await;
    // Without waiting for the live check, the button checks too (as it does without JavaScript).
    browser
        .script("document.getElementById('enrollment_end').value = '2027-08-31';", serde_json::json!([]))
        .await;
    browser.follow("button[value=check]").await;
    let verdict = browser.text("#eligibility").await;
    assert!(verdict.contains("You meet every requirement") && !verdict.contains("Not met"), "{verdict}");
    let cv = app.data_dir().join("ada-cv.pdf");
    std::fs::create_dir_all(app.data_dir()).unwrap();
    std::fs::write(&cv, crate::applications::PDF).unwrap();
    browser.upload("#cv", &cv).await;
    browser.type_into("#cover_letter", "I love building APIs.").await;
    browser.click("#consent").await;
    browser.follow("button[value=apply]").await;
    assert!(browser.url().await.ends_with("/me"), "{}", browser.source().await);
    let portal = browser.text("main").await;
    assert!(
        portal.contains("Backend intern") && portal.contains("In progress") && portal.contains("ada-cv.pdf"),
        "{portal}"
    );
    browser.check_page("07-portal-applied").await;

    // The recruiter moves her card across the board to the decision.
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    app.member(&org, "rita@acme.example", "recruiter").await;
    let recruiter = Browser::start(&tools, false).await;
    recruiter.go(&app.url("/login")).await;
    recruiter.type_into("#email", "rita@acme.example").await;
    recruiter.type_into("#password", "rita@acme.example has a long password").await;
    recruiter.follow("form.panel button[type=submit]").await;
    recruiter.go(&app.url("/orgs")).await;
    recruiter.check_page("11-recruiting").await;
    recruiter.follow("a[href='/orgs/acme']").await;
    recruiter.check_page("12-org-vacancies").await;
    recruiter.follow(&format!("a[href='/orgs/acme/vacancies/{vacancy}/board']")).await;
    recruiter.check_page("13-board").await;
    recruiter.follow(".board-card button[value=advance]").await;
    assert!(recruiter.text(".notice").await.contains("in Initial chat with HR"));

    // At the HR chat she offers two times in her availability; Ada books one.
    recruiter.follow(".board-card .who a").await;
    recruiter.check_page("14-application").await;
    let day = (chrono::Utc::now() + chrono::Duration::days(2)).date_naive();
    let set = |id: &str, value: String| format!("document.getElementById('{id}').value = '{value}';");
    recruiter
        .script(
            &(set("from", format!("{day}T08:00")) + &set("until", format!("{day}T17:00"))),
            serde_json::json!([]),
        )
        .await;
    recruiter.follow("form[action$='/availability'] button").await;
    assert!(recruiter.text(".notice").await.contains("You are available"), "{}", recruiter.source().await);
    recruiter.type_into("#video_url", "https://meet.example/ada").await;
    recruiter
        .script(
            &(set("slot1", format!("{day}T09:00")) + &set("slot2", format!("{day}T10:00"))),
            serde_json::json!([]),
        )
        .await;
    recruiter.follow("form[action$='/interviews'] button").await;
    let notice = recruiter.text(".notice").await;
    assert!(notice.contains("2 times offered"), "{notice}");
    browser.go(&app.url("/me")).await;
    browser.check_page("15-portal-choose-a-time").await;
    browser.click("input[name=starts_at]").await;
    browser.follow(".sub button[type=submit]").await;
    let booked = browser.text(".notice").await;
    // 09:00 UTC, shown in the Netherlands' time with its zone named.
    let dutch_time = booked.contains("10:00 CET") || booked.contains("11:00 CEST");
    assert!(booked.contains("Booked for") && dutch_time, "{booked}");
    assert!(browser.source().await.contains(".ics\">Add it to your calendar"));
    browser.check_page("16-portal-booked").await;

    // She sat on the chat: her scorecard, one rating per attribute of the kit.
    recruiter.go(&app.url("/orgs/acme/my-interviews")).await;
    recruiter.click("section[aria-labelledby=upcoming-h] details summary").await;
    recruiter.check_page("17-my-interviews").await;
    let ratings = recruiter.script(
        "const names = new Set([...document.querySelectorAll('input[type=radio][name^=rating_]')].map(i => i.name));\
         names.forEach(n => document.querySelector(`input[name=\"${n}\"][value=\"3\"]`).click());\
         document.querySelector('input[name=recommendation][value=yes]').click();\
         return names.size;",
        serde_json::json!([]),
    )
    .await;
    assert!(ratings.as_u64().unwrap() >= 2, "{ratings}");
    recruiter.type_into("textarea[name=notes]", "Curious, clear about her project.").await;
    recruiter.follow("form[action$='/scorecard'] button").await;
    assert!(recruiter.text(".notice").await.contains("Scorecard sent"), "{}", recruiter.source().await);

    // Through the interviews and the case study to the decision, and the offer.
    recruiter.go(&app.url(&format!("/orgs/acme/vacancies/{vacancy}/board"))).await;
    recruiter.follow(".board-card button[value=advance]").await;
    assert!(recruiter.text(".notice").await.contains("in Interviews"));
    // Dragged (where JavaScript runs) from Interviews to Case study.
    recruiter
        .follow_script(
            "const card = document.querySelector('.board-card[data-version]');\
             const target = document.querySelector('.column[data-stage=case_study]');\
             const dt = new DataTransfer();\
             card.dispatchEvent(new DragEvent('dragstart', { dataTransfer: dt, bubbles: true }));\
             target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));\
             target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));",
        )
        .await;
    assert!(recruiter.text(".notice").await.contains("in Case study"), "{}", recruiter.source().await);
    recruiter.follow(".board-card button[value=advance]").await;
    assert!(recruiter.text(".notice").await.contains("in Decision"));
    let column = recruiter.text("section[aria-labelledby=col-decision]").await;
    assert!(column.contains("Ada <Lovelace>"), "{column}");
    recruiter.check_page("18-board-at-decision").await;
    recruiter.follow(".board-card .who a").await;
    recruiter.type_into("#rationale", "Clear presentation, strong case study.").await;
    recruiter
        .script(
            &(set("starts_on", "2027-02-01".into()) + &set("ends_on", "2027-07-31".into())),
            serde_json::json!([]),
        )
        .await;
    recruiter.type_into("#team", "Payments").await;
    recruiter.type_into("form[action$='/offer'] #location", "Amsterdam").await;
    recruiter.follow("form[action$='/offer'] button").await;
    let notice = recruiter.text(".notice").await;
    assert!(notice.contains("Offer sent"), "{notice}");
    recruiter.check_page("19-offer-sent").await;

    // Ada accepts.
    browser.go(&app.url("/me")).await;
    browser.check_page("20-portal-offer").await;
    browser.follow("button[value=accept]").await;
    let accepted = browser.text("main").await;
    assert!(accepted.contains("You accepted the offer") && accepted.contains("Hired"), "{accepted}");
    browser.check_page("21-portal-hired").await;
    browser.follow("a[href='/me/internship']").await;
    let before = browser.text("#onboarding-h").await;
    assert!(before.contains("0 of 7 done"), "{before}");
    browser.check_page("21b-internship").await;
    browser.follow("ol.tasks form button").await;
    assert!(browser.text(".notice").await.starts_with("Done:"));
    assert!(browser.text("#onboarding-h").await.contains("1 of 7 done"));

    // The recruiter sees her among the interns, with her onboarding progress.
    recruiter.go(&app.url("/orgs/acme/interns")).await;
    let interns = recruiter.text("table.data").await;
    assert!(interns.contains("Ada <Lovelace>") && interns.contains("1/7"), "{interns}");
    recruiter.check_page("21c-interns").await;

    // The recruiter's report shows the funnel, as a chart and as numbers.
    recruiter.go(&app.url("/orgs/acme/reports")).await;
    let funnel = recruiter.text("section[aria-labelledby=funnel-h] table").await;
    for row in ["Application 1", "Initial chat with HR 1 100%", "Decision 1 100%", "Onboarding 1 100%"] {
        assert!(funnel.contains(row), "{row} missing from {funnel}");
    }
    assert!(recruiter.source().await.contains("<svg class=\"chart\" role=\"img\""));
    let sources = recruiter.text("section[aria-labelledby=sources-h] table").await;
    assert!(sources.contains("tu delft fair 1"), "{sources}");
    let load = recruiter.text("section[aria-labelledby=load-h] table").await;
    assert!(load.contains("rita 1 1 0"), "{load}");
    recruiter.check_page("22-report").await;

    // Sign out, and in again through the sign-in page.
    browser.follow("form.inline button").await;
    browser.go(&app.url("/me")).await;
    assert!(browser.url().await.contains("/login"));
    browser.check_page("23-sign-in").await;
    browser.type_into("#email", "ada@student.tudelft.nl").await;
    browser.type_into("#password", "correct horse battery staple").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me"));

    // On a phone-sized screen.
    let phone = Browser::start(&tools, true).await;
    phone.go(&app.url("/jobs")).await;
    phone.check_page("24-job-board-phone").await;
    phone.go(&app.url(&format!("/jobs/{vacancy}"))).await;
    phone.check_page("25-vacancy-phone").await;
    phone.go(&app.url("/login")).await;
    phone.type_into("#email", "ada@student.tudelft.nl").await;
    phone.type_into("#password", "correct horse battery staple").await;
    phone.follow("form.panel button[type=submit]").await;
    phone.check_page("26-portal-phone").await;
    phone.go(&app.url("/me/internship")).await;
    phone.check_page("27-internship-phone").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_candidate_sees_withdraws_and_deletes_their_data() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let ada = crate::applications::student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    crate::support::json_of(crate::applications::apply(&app, &ada, &vacancy, None).await, 201).await;
    let consent = serde_json::json!({ "organisation": "acme", "purpose": "future_vacancies", "privacy_notice_version": "2026-11" });
    crate::support::json_of(
        ada.post(app.url("/api/v1/me/consents")).json(&consent).send().await.unwrap(),
        201,
    )
    .await;

    let browser = Browser::start(&tools, false).await;
    browser.go(&app.url("/login?next=/me/privacy")).await;
    browser.type_into("#email", "ada@student.tudelft.nl").await;
    browser.type_into("#password", "ada@student.tudelft.nl has a long password").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me/privacy"));
    browser.check_page("30-my-data").await;
    browser.follow("form[action$='/withdraw'] button").await;
    let notice = browser.text(".notice").await;
    assert!(notice.contains("Consent withdrawn"), "{notice}: {}", browser.source().await);
    assert!(browser.text("section[aria-labelledby=consents-h]").await.contains("withdrawn"));

    // She withdraws her application from her portal, after saying she means it.
    browser.go(&app.url("/me")).await;
    browser.click("details.withdraw summary").await;
    browser.check_page("31-withdraw").await;
    browser.follow("details.withdraw form button").await;
    assert!(
        browser.text(".notice").await.contains("Your application is withdrawn"),
        "{}",
        browser.source().await
    );
    assert!(
        browser.text(".status").await.contains("Withdrawn")
            && !browser.source().await.contains("details class=\"withdraw\"")
    );
    browser.go(&app.url("/me/privacy")).await;

    // Deleting needs the word; then the account is gone and the browser signed out.
    browser.click("form[action='/me/delete'] button").await;
    let url = browser.url().await;
    assert!(
        url.contains("/me/privacy") && !url.contains("alert"),
        "the browser's own check stops an empty form"
    );
    browser.type_into("#confirm", "delete").await;
    browser.follow("form[action='/me/delete'] button").await;
    assert!(browser.text("[role=alert]").await.contains("Type DELETE"));
    browser.type_into("#confirm", "DELETE").await;
    browser.follow("form[action='/me/delete'] button").await;
    assert!(browser.url().await.contains("/jobs"), "{}", browser.url().await);
    browser.go(&app.url("/me")).await;
    assert!(browser.url().await.contains("/login"));
    let login = serde_json::json!({ "email": "ada@student.tudelft.nl", "password": "ada@student.tudelft.nl has a long password" });
    let status = app.client().post(app.url("/api/v1/auth/login")).json(&login).send().await.unwrap().status();
    assert_eq!(status, 401);
}

/// A browser signed in through the sign-in page.
async fn signed_in(
    tools: &(std::path::PathBuf, std::path::PathBuf, std::path::PathBuf),
    app: &TestApp,
    email: &str,
) -> Browser {
    signed_in_on(tools, app, email, false).await
}

async fn signed_in_on(
    tools: &(std::path::PathBuf, std::path::PathBuf, std::path::PathBuf),
    app: &TestApp,
    email: &str,
    phone: bool,
) -> Browser {
    let browser = Browser::start(tools, phone).await;
    browser.go(&app.url("/login")).await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", &format!("{email} has a long password")).await;
    browser.follow("form.panel button[type=submit]").await;
    browser
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_programme_and_internship_pages_in_the_browser() {
    use crate::support::json_of;
    use serde_json::json;
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let token = app.token(&org, "recruiter").await;
    let api = |path: &str| app.url(&format!("/api/v1/orgs/acme{path}"));
    // Ada is hired; Bob applies and gets a case study; Mia mentors; a workshop is planned.
    let ada = crate::internship::hire(&app, &token, &vacancy, "ada@student.tudelft.nl").await;
    let interests = json!({ "interests": ["security"], "languages": ["English"] });
    json_of(ada.put(app.url("/api/v1/me/internship")).json(&interests).send().await.unwrap(), 200).await;
    let bob = crate::applications::student(&app, "bob@student.tudelft.nl", "2027-08-31").await;
    let bob_application =
        json_of(crate::applications::apply(&app, &bob, &vacancy, None).await, 201).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
    app.member(&org, "rita@acme.example", "recruiter").await;
    let mia = app.member(&org, "mia@acme.example", "mentor").await;
    let rita_id = app.store.user_by_email("rita@acme.example").await.unwrap().unwrap().id.to_string();
    let mia_id = crate::interviews::user_id(&app, &mia).await;
    let profile =
        json!({ "capacity": 2, "skills": ["Rust"], "interests": ["security"], "languages": ["English"] });
    json_of(mia.put(api(&format!("/mentors/{mia_id}"))).json(&profile).send().await.unwrap(), 200).await;
    let study = crate::offers::case_study(&app, &token, "refuse").await;
    let assigned = app
        .client()
        .post(api(&format!("/applications/{bob_application}/case-studies")))
        .bearer_auth(&token)
        .json(&json!({ "case_study_id": study, "reviewers": [rita_id, mia_id] }))
        .send()
        .await
        .unwrap();
    let assignment = json_of(assigned, 201).await["id"].as_str().unwrap().to_owned();
    let work = reqwest::multipart::Form::new().text("repository_url", "https://github.com/bob/shortener");
    let submitted = bob
        .post(app.url(&format!("/api/v1/me/case-studies/{assignment}/submission")))
        .multipart(work)
        .send()
        .await
        .unwrap();
    json_of(submitted, 200).await;
    let training = json!({ "title": "Secure coding", "topic": "cybersecurity", "level": "beginner" });
    let training = json_of(
        app.client().post(api("/trainings")).bearer_auth(&token).json(&training).send().await.unwrap(),
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let session = json!({ "starts_at": "2027-02-10T09:00:00Z", "ends_at": "2027-02-10T12:00:00Z", "location": "Room 4", "capacity": 1 });
    let sessions = api(&format!("/trainings/{training}/sessions"));
    json_of(app.client().post(sessions).bearer_auth(&token).json(&session).send().await.unwrap(), 201).await;

    // The recruiter: programmes, the vacancy editor, the board's reject dialog, the assessment.
    let rita = signed_in(&tools, &app, "rita@acme.example").await;
    rita.go(&app.url("/orgs/acme/programs")).await;
    rita.check_page("31-programmes").await;
    rita.go(&app.url("/orgs/acme/vacancies/new")).await;
    rita.check_page("32-vacancy-editor-new").await;
    rita.go(&app.url(&format!("/orgs/acme/vacancies/{vacancy}/edit"))).await;
    assert!(rita.text("#status-h").await.contains("published"));
    rita.check_page("33-vacancy-editor").await;
    rita.go(&app.url(&format!("/orgs/acme/vacancies/{vacancy}/board"))).await;
    rita.click(&format!("#card-{bob_application} a.reject-link")).await;
    assert!(rita.text("#reject-h").await.contains("Ada Lovelace"), "the dialog names the card's candidate");
    rita.check_page("34-board-reject-dialog").await;
    rita.click("#reject-dialog [data-close]").await;
    rita.go(&app.url(&format!("/orgs/acme/applications/{bob_application}"))).await;
    assert!(rita.text("#cases-h").await.contains("Case studies"));
    rita.check_page("35-application-assessment").await;
    rita.go(&app.url("/orgs/acme/case-reviews")).await;
    assert!(rita.text(".cards").await.contains("https://github.com/bob/shortener"));
    rita.check_page("36-case-reviews").await;

    // Mentor matching: propose, read the pair, publish.
    rita.go(&app.url("/orgs/acme/matching")).await;
    rita.check_page("37-matching").await;
    rita.follow("form[action='/orgs/acme/matching'] button").await;
    assert!(rita.text(".notice").await.contains("Proposed: 1 pair"));
    rita.check_page("38-matching-run").await;
    rita.follow("form[action$='/publish'] button").await;
    assert!(rita.text(".notice").await.contains("Published"));
    rita.go(&app.url("/orgs/acme/trainings")).await;
    rita.check_page("39-trainings").await;

    // The intern: mentorship on her page, a seat in the workshop, a shadowing request.
    let ada_browser = signed_in(&tools, &app, "ada@student.tudelft.nl").await;
    ada_browser.go(&app.url("/me/trainings")).await;
    ada_browser.follow(".sessions form button").await;
    assert!(ada_browser.text(".notice").await.contains("You have a seat."));
    ada_browser.check_page("40-my-trainings").await;
    // The coordinator opens the session's roster and its form, filled in as saved.
    rita.go(&app.url("/orgs/acme/trainings")).await;
    rita.follow("table.data td a").await;
    rita.click("details.panel summary").await;
    assert!(rita.text("table.data").await.contains("Ada"));
    rita.check_page("40b-roster").await;
    let lunch = json!({ "title": "Lunch with the CTO", "starts_at": "2027-03-01T12:00:00Z",
        "ends_at": "2027-03-01T13:00:00Z", "location": "Canteen", "capacity": 12 });
    json_of(app.client().post(api("/events")).bearer_auth(&token).json(&lunch).send().await.unwrap(), 201)
        .await;
    rita.go(&app.url("/orgs/acme/events")).await;
    rita.check_page("41a-events").await;
    for team in ["Platform", "Payments"] {
        let body = json!({ "name": team, "weekly_guests": 1 });
        json_of(app.client().post(api("/teams")).bearer_auth(&token).json(&body).send().await.unwrap(), 201)
            .await;
    }
    rita.go(&app.url("/orgs/acme/shadowing/rotation")).await;
    rita.follow("form.search button").await;
    assert!(rita.text("[role=status]").await.contains("Each intern visits"), "{}", rita.source().await);
    rita.check_page("41b-rotation").await;
    ada_browser.go(&app.url("/me/shadowing")).await;
    ada_browser.follow("#events + ul button[value=yes]").await;
    assert!(ada_browser.text(".notice").await.contains("You are coming"));
    ada_browser.check_page("41-shadowing").await;

    // The mentor logs their first 1-on-1; Ada reads it on her page.
    let mentor = signed_in(&tools, &app, "mia@acme.example").await;
    mentor.go(&app.url("/orgs/acme/interns")).await;
    mentor.follow("table.data th a").await;
    mentor.click("section[aria-labelledby=meetings-h] summary").await;
    mentor.type_into("#meeting-notes", "Pairing on Fridays; first PR merged.").await;
    mentor.type_into("#action-items", "Read the payments RFC").await;
    mentor.follow("form[action$='/one-on-ones'] button").await;
    assert!(mentor.text(".notice").await.contains("1-on-1 logged."));
    mentor.check_page("42-mentee").await;
    ada_browser.go(&app.url("/me/internship")).await;
    assert!(ada_browser.text("section[aria-labelledby=meetings-h]").await.contains("Pairing on Fridays"));
    ada_browser.check_page("43-internship-mentorship").await;

    // The candidate's case study, with its countdown.
    let bob_browser = signed_in(&tools, &app, "bob@student.tudelft.nl").await;
    bob_browser.go(&app.url(&format!("/me/case-studies/{assignment}"))).await;
    assert!(bob_browser.text("[data-deadline]").await.ends_with("left"));
    bob_browser.check_page("44-case-study").await;

    // The recruiter's board and the mentor's mentee on a phone.
    let phone = signed_in_on(&tools, &app, "rita@acme.example", true).await;
    phone.go(&app.url(&format!("/orgs/acme/vacancies/{vacancy}/board"))).await;
    phone.check_page("45-board-phone").await;
    let phone = signed_in_on(&tools, &app, "mia@acme.example", true).await;
    phone.go(&app.url("/orgs/acme/interns")).await;
    phone.follow("table.data th a").await;
    phone.check_page("46-mentee-phone").await;
}

/// Words that give an English sentence away, for the Dutch walk.
const ENGLISH: &[&str] =
    &["the", "your", "you", "and", "with", "for", "Apply", "apply", "Sign", "Search", "application"];

/// The English words a page shows (its text as a person reads it, not its inputs' values).
async fn english_on(browser: &Browser) -> Vec<String> {
    let text = browser.script("return document.body.innerText;", serde_json::json!([])).await;
    text.as_str()
        .unwrap_or_default()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| ENGLISH.contains(word))
        .map(str::to_owned)
        .collect()
}

/// Checks that a page is Dutch through and through, then screenshots and checks it like any.
async fn dutch_page(browser: &Browser, name: &str) {
    let html = browser.source().await;
    assert!(html.contains(r#"<html lang="nl">"#), "{name} is not Dutch: {html}");
    let english = english_on(browser).await;
    assert!(english.is_empty(), "{name} says {english:?} in English: {}", browser.text("main").await);
    browser.check_page(name).await;
}

/// Fills the apply form's studies and skills, enrolled until `enrolled_until`, and waits for the
/// live check to say `verdict`; returns what it says.
pub async fn fill_studies(browser: &Browser, field: &str, enrolled_until: &str, verdict: &str) -> String {
    browser.type_into("#institution", "TU Delft").await;
    browser.type_into("#institution_country", "NL").await;
    browser.type_into("#field_of_study", field).await;
    // Date inputs take the date as the locale shows it; a script sets the ISO value instead
    // (and says it changed, as typing would). The check follows what she fills in, live.
    let dates = format!(
        "document.getElementById('enrollment_start').value = '2024-09-01';\
         const end = document.getElementById('enrollment_end'); end.value = '{enrolled_until}';\
         end.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    );
    browser.script(&dates, serde_json::json!([])).await;
    browser.type_into("#skills", "Python, Rust").await;
    browser.wait_for_text("#eligibility", verdict).await
}

/// The student's story in a Dutch browser: every page in Dutch, no English sentence on any of
/// them, the e-mail with the link in Dutch too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dutch_student_goes_from_the_board_to_the_portal_in_dutch() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let browser = Browser::start_in(&tools, false, Some("nl-NL")).await;

    browser.go(&app.url("/jobs")).await;
    assert!(browser.text("main").await.contains("Stages in software-engineering"));
    dutch_page(&browser, "nl-01-job-board").await;
    browser.follow(&format!("a[href='/jobs/{vacancy}']")).await;
    assert!(browser.text("main").await.contains("Kom ik in aanmerking?"));
    dutch_page(&browser, "nl-02-vacancy").await;

    browser.go(&app.url(&format!("/register?next=/jobs/{vacancy}/apply"))).await;
    dutch_page(&browser, "nl-03-register").await;
    browser.type_into("#name", "Daan de Vries").await;
    browser.type_into("#email", "daan@student.tudelft.nl").await;
    browser.type_into("#password", "tulpen in Delft bij dageraad").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("Kijk in je inbox"));
    dutch_page(&browser, "nl-03-register-sent").await;
    let email = app.email_to("daan@student.tudelft.nl", "Bevestig je Cohort-account").await;
    assert!(email.contains("Beste Daan de Vries,"), "{email}");
    let link =
        email.lines().find_map(|l| l.split_once("/register/confirm?token=")).expect("the link").1.trim();
    browser.go(&app.url(&format!("/register/confirm?token={link}"))).await;
    dutch_page(&browser, "nl-03-register-confirm").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with(&format!("/jobs/{vacancy}/apply")), "{}", browser.url().await);
    dutch_page(&browser, "nl-04-apply-form").await;

    let verdict = fill_studies(&browser, "Informatica", "2026-12-31", "Niet voldaan").await;
    assert!(verdict.contains("Je inschrijving eindigt op 31 december 2026"), "{verdict}");
    dutch_page(&browser, "nl-05-eligibility-not-met").await;
    browser
        .script("document.getElementById('enrollment_end').value = '2027-08-31';", serde_json::json!([]))
        .await;
    browser.follow("button[value=check]").await;
    assert!(browser.text("#eligibility").await.contains("Je voldoet aan elke eis"));
    let cv = app.data_dir().join("daan-cv.pdf");
    std::fs::create_dir_all(app.data_dir()).unwrap();
    std::fs::write(&cv, crate::applications::PDF).unwrap();
    browser.upload("#cv", &cv).await;
    browser.type_into("#cover_letter", "Ik bouw graag API's.").await;
    browser.click("#consent").await;
    browser.follow("button[value=apply]").await;
    assert!(browser.url().await.ends_with("/me"), "{}", browser.source().await);
    let portal = browser.text("main").await;
    assert!(portal.contains("Mijn sollicitaties") && portal.contains("Loopt"), "{portal}");
    dutch_page(&browser, "nl-06-portal").await;
    // The application keeps the language: its e-mails are Dutch.
    let received = app.email_to("daan@student.tudelft.nl", "We hebben je sollicitatie ontvangen").await;
    assert!(received.contains("Bedankt voor je sollicitatie"), "{received}");
}

/// The recruiter's story in a Dutch browser: from signing in over the board to the offer, every
/// page in Dutch and no English sentence on any of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dutch_recruiter_moves_a_card_to_an_offer_in_dutch() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    app.member(&org, "rita@acme.example", "recruiter").await;
    let student = crate::applications::student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let body = serde_json::json!({
        "cover_letter": "Ik bouw graag API's.",
        "consent": { "privacy_notice_version": "2026-11" }
    });
    let form = reqwest::multipart::Form::new().text("application", body.to_string());
    let applied = student.post(app.url(&format!("/api/v1/jobs/{vacancy}/applications"))).multipart(form);
    assert_eq!(applied.send().await.unwrap().status(), 201);

    let browser = Browser::start_in(&tools, false, Some("nl-NL")).await;
    browser.go(&app.url("/login?next=/orgs")).await;
    dutch_page(&browser, "nl-11-sign-in").await;
    browser.type_into("#email", "rita@acme.example").await;
    browser.type_into("#password", "rita@acme.example has a long password").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("Werving"));
    dutch_page(&browser, "nl-12-recruiting").await;
    browser.follow("a[href='/orgs/acme']").await;
    dutch_page(&browser, "nl-13-org-vacancies").await;
    browser.follow(&format!("a[href='/orgs/acme/vacancies/{vacancy}/board']")).await;
    dutch_page(&browser, "nl-14-board").await;
    for stage in ["Kennismaking met HR", "Gesprekken", "Casus", "Besluit"] {
        browser.follow(".board-card button[value=advance]").await;
        let notice = browser.text(".notice").await;
        assert!(notice.contains(&format!("staat nu bij {stage}")), "{notice}");
    }
    dutch_page(&browser, "nl-15-board-at-decision").await;
    browser.follow(".board-card .who a").await;
    dutch_page(&browser, "nl-16-application").await;
    browser.type_into("#rationale", "Sterke sollicitatie.").await;
    browser
        .script(
            "document.getElementById('starts_on').value = '2027-02-01';\
             document.getElementById('ends_on').value = '2027-07-31';",
            serde_json::json!([]),
        )
        .await;
    browser.type_into("#team", "Betalingen").await;
    browser.type_into("form[action$='/offer'] #location", "Amsterdam").await;
    browser.follow("form[action$='/offer'] button").await;
    let notice = browser.text(".notice").await;
    assert!(notice.contains("Aanbod verstuurd; de kandidaat heeft 7 dagen om te antwoorden."), "{notice}");
    dutch_page(&browser, "nl-17-offer-sent").await;
}
