//! A student who has no account yet: the vacancy page promises a check "before you send
//! anything", so the apply form checks eligibility without one, keeps what was typed when they
//! try to send it, and says how to sign in; the privacy notice the consent names is a page beside
//! the checkbox (and in the API), with the organisation's own retention policy.

use crate::applications::published_vacancy;
use crate::e2e::fill_studies;
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use crate::webdriver::{Browser, tools};
use reqwest::multipart::Form;

on_both_backends!(
    a_visitor_checks_eligibility_and_reads_the_privacy_notice_without_an_account,
    a_candidate_keeps_a_profile_of_their_own,
);

/// The token of the first form in `html`.
fn form_token(html: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let at = html.find(marker).expect("a form token") + marker.len();
    html[at..].chars().take_while(|c| *c != '"').collect()
}

/// `/me/profile`: the profile every application starts from, saved without applying; a refusal
/// keeps what was typed and names the field in words.
async fn a_candidate_keeps_a_profile_of_their_own(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.candidate("ada@student.example").await;
    let page = ada.get(app.url("/me/profile")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let token = form_token(&page.text().await.unwrap());
    let form = |country: &str| {
        vec![
            ("_csrf", token.clone()),
            ("name", "Ada Jansen".to_owned()),
            ("institution", "TU Delft".to_owned()),
            ("institution_country", country.to_owned()),
            ("skills", "Python, Rust".to_owned()),
        ]
    };
    let refused = ada.post(app.url("/me/profile")).form(&form("Holland")).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("value=\"Holland\"") && html.contains("value=\"Ada Jansen\""), "{html}");
    assert!(!html.contains("institution_country:"), "a field named by its code: {html}");
    let saved = ada.post(app.url("/me/profile")).form(&form("NL")).send().await.unwrap();
    assert!(saved.status().is_success(), "{}", saved.status());
    assert!(saved.text().await.unwrap().contains("Your profile is saved"));
    let user = app.store.user_by_email("ada@student.example").await.unwrap().unwrap();
    let profile = app.store.profile(user.id).await.unwrap().unwrap();
    assert_eq!(profile.skills, ["Python", "Rust"]);
    assert_eq!(profile.institution.as_deref(), Some("TU Delft"));
}

async fn a_visitor_checks_eligibility_and_reads_the_privacy_notice_without_an_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let visitor = app.browser();
    let form = visitor.get(app.url(&format!("/jobs/{vacancy}/apply"))).send().await.unwrap();
    assert_eq!(form.status(), 200, "the form needs no account");
    let html = form.text().await.unwrap();
    let token = form_token(&html);
    assert!(
        html.contains("without an account") && html.contains(&format!("/jobs/{vacancy}/privacy")),
        "{html}"
    );
    let typed = || {
        Form::new()
            .text("_csrf", token.clone())
            .text("name", "Ada Visitor")
            .text("institution", "TU Delft")
            .text("institution_country", "NL")
            .text("field_of_study", "Computer Science")
            .text("enrollment_start", "2024-09-01")
            .text("enrollment_end", "2027-08-31")
            .text("skills", "Python")
    };
    let url = app.url(&format!("/jobs/{vacancy}/apply"));
    let checked = visitor.post(&url).multipart(typed().text("action", "check")).send().await.unwrap();
    assert_eq!(checked.status(), 200);
    assert!(checked.text().await.unwrap().contains("You meet every requirement"));
    // Sending it needs an account: nothing is made, what was typed stays, the page says why.
    let sent = visitor.post(&url).multipart(typed().text("action", "apply")).send().await.unwrap();
    assert_eq!(sent.status(), 401);
    let html = sent.text().await.unwrap();
    assert!(
        html.contains("sign in or create an account") && html.contains("value=\"Ada Visitor\""),
        "{html}"
    );
    assert!(app.store.user_by_email("ada@student.tudelft.nl").await.unwrap().is_none());

    // The notice, with the organisation's own retention, as a page and in the API.
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let policy = cohort_domain::retention::Policy::new(14, 200, 700).unwrap();
    app.store.set_retention_policy(&cohort_store::audit::Context::operator(), org.id, policy).await.unwrap();
    let page = visitor.get(app.url(&format!("/jobs/{vacancy}/privacy"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let text = page.text().await.unwrap();
    assert!(
        text.contains("deleted 14 days after the procedure ends") && text.contains("acme B.V."),
        "{text}"
    );
    let api =
        app.client().get(app.url(&format!("/api/v1/jobs/{vacancy}/privacy-notice"))).send().await.unwrap();
    let notice = json_of(api, 200).await;
    assert_eq!(notice["version"], cohort_domain::candidate::PRIVACY_NOTICE_VERSION);
    assert_eq!(notice["after_procedure_days"], 14);
    let unknown = app.client().get(app.url(&format!("/jobs/{}/privacy", uuid::Uuid::now_v7()))).send().await;
    assert_eq!(unknown.unwrap().status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_finds_out_in_the_browser_before_making_an_account() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    for phone in [false, true] {
        let size = if phone { "phone" } else { "desktop" };
        let browser = Browser::start(&tools, phone).await;
        browser.go(&app.url(&format!("/jobs/{vacancy}"))).await;
        browser.follow("a.button").await;
        let verdict =
            fill_studies(&browser, "Computer Science", "2027-08-31", "You meet every requirement").await;
        assert!(!verdict.contains("Not met"), "{verdict}");
        browser.check_page(&format!("visitor-01-eligible-{size}")).await;
        browser.follow("#account a.button").await;
        assert!(
            browser.url().await.contains(&format!("/login?next=/jobs/{vacancy}/apply")),
            "{}",
            browser.url().await
        );
        browser.go(&app.url(&format!("/jobs/{vacancy}/privacy"))).await;
        browser.check_page(&format!("visitor-02-privacy-notice-{size}")).await;
    }
}
