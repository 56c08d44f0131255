//! An admin sets up how their organisation hires, in the browser: the standard stages and the
//! rejection reasons, the words of an e-mail (previewed with sample values first), teams, the
//! onboarding checklist and the case-study library. Each refusal keeps what was typed and says
//! what is wrong in words; each page is screenshotted and checked with axe-core at desktop and
//! phone size. The e-mail preview is in the API too.

use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use crate::webdriver::{Browser, tools};
use serde_json::json;

on_both_backends!(an_email_is_previewed_with_sample_values_before_it_is_saved);

async fn an_email_is_previewed_with_sample_values_before_it_is_saved(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("acme").await;
    let admin = app.token(&org, "admin").await;
    let url = app.url("/api/v1/orgs/acme/email-templates/rejection/preview?language=nl");
    let asked = json!({ "subject": "Over {vacancy}", "body": "{greeting}\n\nHelaas, {candidate_name}.\n\n{organisation}" });
    let response = app.client().post(&url).bearer_auth(&admin).json(&asked).send().await.unwrap();
    let preview = json_of(response, 200).await;
    assert_eq!(preview["subject"], "Over Stagiair backend-ontwikkeling");
    assert_eq!(preview["paragraphs"][0], "Beste Ada de Vries,");
    assert_eq!(preview["paragraphs"][2], "acme B.V.");
    // Nothing was saved: the default is still in force.
    let all = app.client().get(app.url("/api/v1/orgs/acme/email-templates")).bearer_auth(&admin).send().await;
    let all = json_of(all.unwrap(), 200).await;
    assert!(all.as_array().unwrap().iter().all(|t| t["custom"] == false), "{all}");
    // A placeholder the notice does not have is refused as saving it would be.
    let bad = json!({ "subject": "Hi", "body": "Your salary: {salary}" });
    let response = app.client().post(&url).bearer_auth(&admin).json(&bad).send().await.unwrap();
    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "body");
    let unknown = app.url("/api/v1/orgs/acme/email-templates/no_such_notice/preview");
    let response = app.client().post(&unknown).bearer_auth(&admin).json(&asked).send().await.unwrap();
    problem(response, 404, "not_found").await;
}

/// Signs `email` in at the login page (its password is the one `TestApp::member` gives).
async fn sign_in(browser: &Browser, app: &TestApp, email: &str) {
    browser.go(&app.url("/login")).await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", &format!("{email} has a long password")).await;
    browser.follow("form.panel button[type=submit]").await;
}

/// The value of the field `id` in the page.
async fn value(browser: &Browser, id: &str) -> String {
    let script = format!("return document.getElementById({id:?}).value;");
    browser.script(&script, json!([])).await.as_str().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_sets_up_hiring_in_the_console() {
    let Some(tools) = tools() else { return };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let org = app.create_org("acme").await;
    app.member(&org, "alice@acme.example", "admin").await;
    app.member(&org, "lee@acme.example", "mentor").await;
    let browser = Browser::start(&tools, false).await;
    sign_in(&browser, &app, "alice@acme.example").await;
    let unchecked = "document.querySelectorAll('form').forEach(f => f.noValidate = true);";

    // Hiring settings: no rejection reason is refused, with the stages as typed kept.
    browser.go(&app.url("/orgs/acme/console/hiring")).await;
    browser.check_page("settings-01-hiring").await;
    browser.script(unchecked, json!([])).await;
    browser.type_into("#stage-new-name", "Team lunch").await;
    browser.type_into("#stage-new-order", "15").await;
    browser.script("document.getElementById('rejection_reasons').value = '';", json!([])).await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("#form-error").await.contains("Rejection reasons"), "{}", browser.source().await);
    let names = browser
        .script("return [...document.querySelectorAll('input[name$=_name]')].map(i => i.value);", json!([]))
        .await;
    assert!(names.as_array().unwrap().iter().any(|n| n == "Team lunch"), "{names}");
    browser.type_into("#rejection_reasons", "Not enough Rust yet\nWe chose another candidate").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("hiring settings are saved"), "{}", browser.source().await);
    let saved = app.store.hiring_settings(org.id).await.unwrap();
    assert_eq!(saved.rejection_reasons, ["Not enough Rust yet", "We chose another candidate"]);
    assert!(saved.template.stages().iter().any(|s| s.name == "Team lunch"));

    // An e-mail's words: previewed with sample values, an unknown placeholder refused, then saved.
    browser.go(&app.url("/orgs/acme/console/email-templates")).await;
    browser.check_page("settings-02-emails").await;
    browser.follow("a[href='/orgs/acme/console/email-templates/rejection/en']").await;
    browser.type_into("#body", "{greeting}\n\nThank you for applying to {vacancy}, {salary}.").await;
    browser.follow("button[value=preview]").await;
    assert!(browser.text("#form-error").await.contains("{salary}"), "{}", browser.source().await);
    assert!(value(&browser, "body").await.contains("{salary}"), "what was typed is gone");
    browser.type_into("#body", "{greeting}\n\nThank you for applying to {vacancy}.\n\n{organisation}").await;
    browser.follow("button[value=preview]").await;
    let preview = browser.text("#preview").await;
    assert!(
        preview.contains("Dear Ada de Vries,") && preview.contains("Backend developer intern"),
        "{preview}"
    );
    browser.check_page("settings-03-email-preview").await;
    let org_id = org.id;
    assert!(
        app.store
            .email_template(org_id, "rejection", cohort_domain::language::Lang::En)
            .await
            .unwrap()
            .is_none()
    );
    browser.follow("button[value=save]").await;
    assert!(browser.text("main").await.contains("words are saved"), "{}", browser.source().await);
    let own = app.store.email_template(org_id, "rejection", cohort_domain::language::Lang::En).await.unwrap();
    assert!(own.unwrap().body.contains("Thank you for applying"));
    browser.follow("a[href='/orgs/acme/console/email-templates/rejection/en']").await;
    browser.follow("form[action$='/reset'] button").await;
    assert!(browser.text("main").await.contains("Cohort's words again"));

    // Teams: too many guests is refused with the name kept; then the team is added, led by Lee.
    browser.go(&app.url("/orgs/acme/console/teams")).await;
    browser.script(unchecked, json!([])).await;
    browser.type_into("#new-name", "Payments").await;
    browser.type_into("#new-guests", "99").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("#form-error").await.contains("Guests a week"), "{}", browser.source().await);
    assert_eq!(value(&browser, "new-name").await, "Payments");
    browser.type_into("#new-guests", "2").await;
    let lee = app.store.user_by_email("lee@acme.example").await.unwrap().unwrap();
    browser.script(&format!("document.getElementById('new-lead').value = '{}';", lee.id), json!([])).await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("Led by"), "{}", browser.source().await);
    browser.check_page("settings-04-teams").await;

    // The onboarding checklist: a due day that is no number is refused by its task's number.
    browser.go(&app.url("/orgs/acme/console/onboarding")).await;
    browser.check_page("settings-05-onboarding").await;
    let rows = browser.script("return document.querySelectorAll('ol.tasks li').length;", json!([])).await;
    let new_row = rows.as_u64().unwrap() - 3;
    browser.type_into(&format!("#task_{new_row}_title"), "Lunch with the team").await;
    browser.type_into(&format!("#task_{new_row}_due_day"), "friday").await;
    browser.follow("form.panel button[type=submit]").await;
    let error = browser.text("#form-error").await;
    assert!(error.contains(&format!("Task {}", new_row + 1)), "{error}");
    browser.type_into(&format!("#task_{new_row}_due_day"), "4").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(
        browser.text("main").await.contains("onboarding template is saved"),
        "{}",
        browser.source().await
    );
    let tasks = app.store.onboarding_template(org.id).await.unwrap();
    assert!(tasks.iter().any(|t| t.title == "Lunch with the team" && t.due_day == 4));

    // The case-study library: a brief with its rubric, then a file with it.
    browser.go(&app.url("/orgs/acme/case-studies")).await;
    browser.script(unchecked, json!([])).await;
    browser.type_into("#title", "A small REST API").await;
    browser.type_into("#brief", "Build an API that lists **interns**.").await;
    browser.type_into("#rubric_0_name", "Correctness").await;
    browser.type_into("#rubric_0_weight", "heavy").await;
    browser.follow("form.panel button[type=submit]").await;
    let error = browser.text("#form-error").await;
    assert!(error.contains("Criterion 1"), "{error}");
    assert_eq!(value(&browser, "brief").await, "Build an API that lists **interns**.");
    browser.type_into("#rubric_0_weight", "60").await;
    browser.follow("form.panel button[type=submit]").await;
    assert!(browser.text("main").await.contains("case study is saved"), "{}", browser.source().await);
    let file = std::env::temp_dir().join(format!("starter-{}.txt", uuid::Uuid::now_v7()));
    std::fs::write(&file, "fn main() {}\n").unwrap();
    browser.upload("#file", &file).await;
    browser.follow("form[enctype] button").await;
    assert!(browser.text("main").await.contains("The file is added"), "{}", browser.source().await);
    browser.check_page("settings-06-case-study").await;
    browser.go(&app.url("/orgs/acme/case-studies")).await;
    browser.check_page("settings-07-library").await;

    // The same pages on a phone.
    let phone = Browser::start(&tools, true).await;
    sign_in(&phone, &app, "alice@acme.example").await;
    for (name, path) in [
        ("settings-phone-hiring", "/orgs/acme/console/hiring"),
        ("settings-phone-emails", "/orgs/acme/console/email-templates"),
        ("settings-phone-email", "/orgs/acme/console/email-templates/offer_sent/nl"),
        ("settings-phone-teams", "/orgs/acme/console/teams"),
        ("settings-phone-onboarding", "/orgs/acme/console/onboarding"),
        ("settings-phone-library", "/orgs/acme/case-studies"),
    ] {
        phone.go(&app.url(path)).await;
        phone.check_page(name).await;
    }
}
