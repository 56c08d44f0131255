//! A recruiter finds candidates of the talent pool by name, address or skill, and invites one to
//! apply to a vacancy that takes applications: an e-mail with the vacancy's public page, once per
//! candidate and vacancy. In the API and in the browser.

use crate::applications::published_vacancy;
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use crate::webdriver::{Browser, tools};
use cohort_domain::candidate::CandidateProfile;
use cohort_store::audit::Context;
use serde_json::json;

on_both_backends!(a_recruiter_finds_talent_and_invites_it_to_apply);

/// Two candidates in acme's pool: Ada (Python, Delft) and Ben (Java).
async fn pool(app: &TestApp) {
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let profile = |name: &str, skills: &[&str], institution: &str| CandidateProfile {
        name: name.into(),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        institution: Some(institution.into()),
        ..CandidateProfile::default()
    };
    let batch = vec![
        ("ada@student.example".to_owned(), profile("Ada Jansen", &["Python", "SQL"], "TU Delft")),
        ("ben@student.example".to_owned(), profile("Ben de Boer", &["Java"], "UvA")),
    ];
    app.store.import_talent(&Context::operator(), org.id, "csv", batch).await.unwrap();
}

async fn a_recruiter_finds_talent_and_invites_it_to_apply(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    pool(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let find = |q: &str| {
        let url = app.url(&format!("/api/v1/orgs/acme/talent-pool?q={q}"));
        let request = app.client().get(url).bearer_auth(&recruiter).send();
        async move { json_of(request.await.unwrap(), 200).await }
    };
    // By skill, by place of study, by address; LIKE's wildcards are taken literally.
    assert_eq!(find("python").await["items"].as_array().unwrap().len(), 1);
    assert_eq!(find("delft").await["items"][0]["email"], "ada@student.example");
    assert_eq!(find("ben%40").await["items"][0]["email"], "ben@student.example");
    assert_eq!(find("%25").await["items"].as_array().unwrap().len(), 0);
    assert_eq!(find("").await["items"].as_array().unwrap().len(), 2);

    let ada = find("ada").await["items"][0]["id"].as_str().unwrap().to_owned();
    let invite = |entry: &str, vacancy: &str| {
        let url = app.url(&format!("/api/v1/orgs/acme/talent-pool/{entry}/invitations"));
        app.client().post(url).bearer_auth(&recruiter).json(&json!({ "vacancy_id": vacancy })).send()
    };
    let sent = json_of(invite(&ada, &vacancy).await.unwrap(), 201).await;
    assert_eq!(sent["vacancy_id"], vacancy.as_str());
    let mail = app.email_to("ada@student.example", "invites you to apply").await;
    assert!(mail.contains(&format!("/jobs/{vacancy}")), "{mail}");
    assert!(!mail.contains("/api/v1/"), "{mail}");
    assert_eq!(find("ada").await["items"][0]["invited_to"], json!([vacancy]));
    // Once per vacancy; an unknown candidate or vacancy is not found.
    problem(invite(&ada, &vacancy).await.unwrap(), 409, "already_invited").await;
    problem(invite(&uuid::Uuid::now_v7().to_string(), &vacancy).await.unwrap(), 404, "not_found").await;
    problem(invite(&ada, &uuid::Uuid::now_v7().to_string()).await.unwrap(), 404, "not_found").await;
    let trail = app
        .store
        .audit_page(
            org.id,
            Some(cohort_domain::audit::Action::TalentInvited),
            None,
            cohort_store::PageRequest { limit: 10, after: None },
        )
        .await;
    assert_eq!(trail.unwrap().items.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recruiter_invites_talent_in_the_browser() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    published_vacancy(&app).await;
    pool(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    app.member(&org, "rita@acme.example", "recruiter").await;
    for phone in [false, true] {
        let browser = Browser::start(&tools, phone).await;
        browser.go(&app.url("/login")).await;
        browser.type_into("#email", "rita@acme.example").await;
        browser.type_into("#password", "rita@acme.example has a long password").await;
        browser.follow("form.panel button[type=submit]").await;
        browser.go(&app.url("/orgs/acme")).await;
        browser.follow("a[href='/orgs/acme/talent-pool']").await;
        browser.type_into("#q", "java").await;
        browser.follow("form.search button").await;
        let found = browser.text("main").await;
        assert!(found.contains("Ben de Boer") && !found.contains("Ada Jansen"), "{found}");
        let size = if phone { "phone" } else { "desktop" };
        browser.check_page(&format!("talent-01-found-{size}")).await;
        browser.follow("form.inline-form button").await;
        let said = browser.text("main").await;
        if phone {
            assert!(said.contains("invited to apply to this vacancy already"), "{said}");
        } else {
            assert!(said.contains("invitation to apply is on its way"), "{said}");
            assert!(said.contains("Invited to apply to"), "{said}");
            browser.check_page("talent-02-invited").await;
        }
    }
    app.email_to("ben@student.example", "invites you to apply").await;
}
