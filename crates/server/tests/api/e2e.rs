//! End to end, in headless Chromium: what a person sees and does, page by page; each page is
//! screenshotted into `target/e2e/screenshots` and checked with axe-core (no serious or critical
//! violations). Browser tests run on SQLite: the pages are the same on either backend.

use crate::applications::published_vacancy;
use crate::support::{Backend, TestApp};
use crate::webdriver::{Browser, tools};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_student_finds_an_internship_and_creates_an_account() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let vacancy = published_vacancy(&app).await;
    let browser = Browser::start(&tools, false).await;

    browser.go(&app.url("/jobs")).await;
    browser.check_page("01-job-board").await;
    browser.type_into("input[name=q]", "backend").await;
    browser.click("form.search button").await;
    browser.click(&format!("a[href='/jobs/{vacancy}']")).await;
    assert!(browser.url().await.ends_with(&format!("/jobs/{vacancy}")));
    browser.check_page("02-vacancy").await;

    browser.go(&app.url("/register?next=/me")).await;
    browser.check_page("03-register").await;
    browser.type_into("#name", "Ada <Lovelace>").await;
    browser.type_into("#email", "ada@student.tudelft.nl").await;
    browser.type_into("#password", "correct horse battery staple").await;
    browser.click("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me"), "{}", browser.source().await);
    let html = browser.source().await;
    assert!(html.contains("My applications") && html.contains("Ada &lt;Lovelace&gt;"), "{html}");
    browser.check_page("04-portal-empty").await;

    // Sign out, and in again through the sign-in page.
    browser.click("form.inline button").await;
    browser.go(&app.url("/me")).await;
    assert!(browser.url().await.contains("/login"));
    browser.check_page("05-sign-in").await;
    browser.type_into("#email", "ada@student.tudelft.nl").await;
    browser.type_into("#password", "correct horse battery staple").await;
    browser.click("form.panel button[type=submit]").await;
    assert!(browser.url().await.ends_with("/me"));

    // On a phone-sized screen.
    let phone = Browser::start(&tools, true).await;
    phone.go(&app.url("/jobs")).await;
    phone.check_page("06-job-board-phone").await;
    phone.go(&app.url(&format!("/jobs/{vacancy}"))).await;
    phone.check_page("07-vacancy-phone").await;
}
