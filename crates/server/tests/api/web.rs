//! The web pages as a person in a browser uses them: forms with CSRF tokens, sessions in
//! cookies, everything they typed shown as text.

use crate::on_both_backends;
use crate::support::{Backend, TestApp};
use reqwest::Client;

on_both_backends!(
    a_candidate_creates_an_account_signs_out_and_in_with_forms,
    forms_without_the_token_or_from_another_site_change_nothing,
    a_card_someone_else_moved_first_is_left_alone,
    a_recruiter_rejects_the_ticked_cards_at_once,
    a_recruiter_finds_cards_and_keeps_the_view_while_moving_them,
    an_offer_from_the_page_is_decided_drafted_and_sent_or_not_at_all,
);

/// The first of the organisation's rejection reasons a page offers (the value of the first
/// option with one, in the reasons' list).
fn first_reason(html: &str) -> String {
    let list = html.find("name=\"reason\"").expect("the organisation's reasons");
    let options = &html[list..];
    let at = options
        .match_indices("<option value=\"")
        .map(|(i, _)| i + 15)
        .find(|i| !options[*i..].starts_with('"'))
        .expect("a reason");
    options[at..].split('"').next().unwrap().to_owned()
}

/// The CSRF token of the first form on a page.
pub fn token_in(html: &str) -> String {
    let at = html.find("name=\"_csrf\" value=\"").expect("a form with a CSRF token") + 20;
    html[at..].split('"').next().unwrap().to_owned()
}

pub async fn page(browser: &Client, url: String) -> (u16, String, String) {
    let response = browser.get(url).send().await.unwrap();
    let (status, at) = (response.status().as_u16(), response.url().path().to_owned());
    (status, at, response.text().await.unwrap())
}

pub async fn submit(
    app: &TestApp,
    browser: &Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let response =
        browser.post(app.url(path)).header("origin", app.address.clone()).form(fields).send().await.unwrap();
    let (status, at) = (response.status().as_u16(), response.url().path().to_owned());
    (status, at, response.text().await.unwrap())
}

async fn a_candidate_creates_an_account_signs_out_and_in_with_forms(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let name = "<img src=x onerror=alert(1)>";
    let (status, _, html) = page(&browser, app.url("/register?next=/me")).await;
    assert_eq!(status, 200);
    assert!(html.contains("<label for=\"password\">Password</label>"), "every input has its label");
    let token = token_in(&html);

    // A weak password: the form comes back with the reason and what was typed, escaped.
    let weak = [
        ("name", name),
        ("email", "ada@student.example"),
        ("password", "short"),
        ("next", "/me"),
        ("_csrf", &token),
    ];
    let (status, _, html) = submit(&app, &browser, "/register", &weak).await;
    assert_eq!(status, 422);
    assert!(html.contains("role=\"alert\"") && html.contains("href=\"#password\""), "{html}");
    assert!(html.contains("&#60;img src=x onerror=alert(1)&#62;") && !html.contains("<img src=x"), "{html}");
    assert!(html.contains("must be at least 8 characters"), "{html}");
    // The same refusal to a Dutch reader is in Dutch: the field's problem comes from the catalogue.
    let dutch = browser
        .post(app.url("/register"))
        .header("origin", app.address.clone())
        .header("accept-language", "nl-NL,nl;q=0.9")
        .form(&weak)
        .send()
        .await
        .unwrap();
    assert_eq!(dutch.status(), 422);
    let html = dutch.text().await.unwrap();
    assert!(
        html.contains("moet minstens 8 tekens lang zijn") && !html.contains("must be at least"),
        "{html}"
    );

    // The form is right: the page says where the link went, and the e-mail has it.
    let good = [
        ("name", name),
        ("email", "ada@student.example"),
        ("password", "correct horse battery staple"),
        ("next", "/jobs"),
        ("_csrf", &token),
    ];
    let (status, at, html) = submit(&app, &browser, "/register", &good).await;
    assert_eq!((status, at.as_str()), (200, "/register"), "{html}");
    assert!(
        html.contains("Check your inbox") && html.contains("We sent an e-mail to ada@student.example."),
        "{html}"
    );
    let email = app.email_to("ada@student.example", "Confirm your Cohort account").await;
    let link =
        email.lines().find_map(|l| l.split_once("/register/confirm?token=")).expect("the link").1.trim();
    let link = app.url(&format!("/register/confirm?token={link}"));
    assert!(link.ends_with("&next=/jobs"), "{link}");

    // The link asks to confirm; the button makes the account and signs in, on to the portal.
    let (status, _, html) = page(&browser, link.clone()).await;
    assert_eq!(status, 200);
    let form = |html: &str, name: &str| {
        let at = html.find(&format!("name=\"{name}\" value=\"")).expect(name) + name.len() + 15;
        html[at..].split('"').next().unwrap().to_owned()
    };
    let (csrf, link_token, next) = (token_in(&html), form(&html, "token"), form(&html, "next"));
    let confirm = [("token", link_token.as_str()), ("next", &next), ("_csrf", &csrf)];
    let (status, at, html) = submit(&app, &browser, "/register/confirm", &confirm).await;
    assert_eq!((status, at.as_str()), (200, "/jobs"), "{html}");
    let (status, _, html) = page(&browser, app.url("/me")).await;
    assert_eq!(status, 200);
    // A used link says so in words.
    let (status, _, used) = submit(&app, &browser, "/register/confirm", &confirm).await;
    assert_eq!(status, 404);
    assert!(used.contains("was used already or it expired") && used.contains("Register again"), "{used}");
    assert!(html.contains("My applications") && html.contains("You have not applied yet"));
    assert!(html.contains("&#60;img src=x onerror=alert(1)&#62;") && !html.contains("<img src=x"));

    // Signing out needs the page's token too; then the portal asks to sign in, and comes back.
    let token = token_in(&html);
    let (status, at, _) = submit(&app, &browser, "/logout", &[("_csrf", &token)]).await;
    assert_eq!((status, at.as_str()), (200, "/jobs"));
    let (status, at, html) = page(&browser, app.url("/me")).await;
    assert_eq!((status, at.as_str()), (200, "/login"));
    let token = token_in(&html);
    let wrong = [
        ("email", "ada@student.example"),
        ("password", "not it at all, no"),
        ("next", "/me"),
        ("_csrf", &token),
    ];
    let (status, _, html) = submit(&app, &browser, "/login", &wrong).await;
    assert_eq!(status, 401);
    assert!(html.contains("not right") && html.contains("value=\"ada@student.example\""), "{html}");
    let right = [
        ("email", "ada@student.example"),
        ("password", "correct horse battery staple"),
        ("next", "/me"),
        ("_csrf", &token),
    ];
    let (status, at, _) = submit(&app, &browser, "/login", &right).await;
    assert_eq!((status, at.as_str()), (200, "/me"));
    let response = browser.get(app.url("/me")).send().await.unwrap();
    assert_eq!(response.headers()["cache-control"], "no-store");
}

async fn forms_without_the_token_or_from_another_site_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let account = |token: &str| {
        vec![
            ("name".to_owned(), "Mallory's victim".to_owned()),
            ("email".to_owned(), "victim@student.example".to_owned()),
            ("password".to_owned(), "correct horse battery staple".to_owned()),
            ("_csrf".to_owned(), token.to_owned()),
        ]
    };
    let exists = || async {
        let login = serde_json::json!({ "email": "victim@student.example", "password": "correct horse battery staple" });
        app.client().post(app.url("/api/v1/auth/login")).json(&login).send().await.unwrap().status() == 200
    };

    // No token: refused, nothing made.
    let response = browser.post(app.url("/register")).form(&account("")).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert!(response.text().await.unwrap().contains("Nothing was changed"));
    assert!(!exists().await);

    // The right token, but posted from another site: refused, nothing made.
    let (_, _, html) = page(&browser, app.url("/register")).await;
    let token = token_in(&html);
    let foreign = browser
        .post(app.url("/register"))
        .header("origin", "https://evil.example")
        .form(&account(&token))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 403);
    assert!(!exists().await);

    // A token made for another browser: refused.
    let other = app.browser();
    let (_, _, other_html) = page(&other, app.url("/register")).await;
    let response =
        browser.post(app.url("/register")).form(&account(&token_in(&other_html))).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert!(!exists().await);

    // Signed in, a forged sign-out does not end the session.
    let browser = app.candidate("ada@student.example").await;
    let forged =
        browser.post(app.url("/logout")).header("origin", "https://evil.example").form(&[("_csrf", "x")]);
    assert_eq!(forged.send().await.unwrap().status(), 403);
    assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200);

    // An application posted without the token is not made.
    let vacancy = crate::applications::published_vacancy(&app).await;
    let form = reqwest::multipart::Form::new()
        .text("name", "Ada")
        .text("institution_country", "NL")
        .text("enrollment_start", "2024-09-01")
        .text("enrollment_end", "2027-08-31")
        .text("skills", "Python")
        .text("consent", "yes")
        .text("action", "apply");
    let posted =
        browser.post(app.url(&format!("/jobs/{vacancy}/apply"))).multipart(form).send().await.unwrap();
    assert_eq!(posted.status(), 403);
    let mine: serde_json::Value =
        browser.get(app.url("/api/v1/me/applications")).send().await.unwrap().json().await.unwrap();
    assert!(mine["items"].as_array().unwrap().is_empty(), "{mine}");
}

async fn a_card_someone_else_moved_first_is_left_alone(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = crate::applications::published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let ada = crate::applications::student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let made = crate::applications::apply(&app, &ada, &vacancy, None).await;
    let id = crate::support::json_of(made, 201).await["id"].as_str().unwrap().to_owned();
    let rita = app.member(&org, "rita@acme.example", "recruiter").await;
    let sam = app.member(&org, "sam@acme.example", "recruiter").await;
    let board = app.url(&format!("/orgs/acme/vacancies/{vacancy}/board"));
    // Both open the board; Rita moves Ada on, then Sam, from his stale board, tries too.
    let (_, _, rita_board) = page(&rita, board.clone()).await;
    let (_, _, sam_board) = page(&sam, board.clone()).await;
    let version = |html: &str| {
        let marker = "name=\"version\" value=\"";
        let at = html.find(marker).unwrap() + marker.len();
        html[at..].split('"').next().unwrap().to_owned()
    };
    let post = |who: &Client, html: &str| {
        let fields = [
            ("_csrf", token_in(html)),
            ("version", version(html)),
            ("vacancy", vacancy.clone()),
            ("action", "advance".to_owned()),
        ];
        who.post(app.url(&format!("/orgs/acme/applications/{id}/move")))
            .header("origin", app.address.clone())
            .form(&fields)
            .send()
    };
    let moved = post(&rita, &rita_board).await.unwrap().text().await.unwrap();
    assert!(moved.contains("is now in Initial chat with HR"), "{moved}");
    let stale = post(&sam, &sam_board).await.unwrap().text().await.unwrap();
    assert!(stale.contains("Someone else moved") && stale.contains("nothing was changed"), "{stale}");
    let current = app.store.org_application(org.id, id.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(current.stage, "hr_chat", "moved once, not twice");
    // A rejection needs a reason from the list.
    let (_, _, fresh) = page(&sam, board.clone()).await;
    let fields = [
        ("_csrf", token_in(&fresh)),
        ("version", version(&fresh)),
        ("vacancy", vacancy.clone()),
        ("action", "reject".to_owned()),
    ];
    let refused = sam
        .post(app.url(&format!("/orgs/acme/applications/{id}/move")))
        .header("origin", app.address.clone())
        .form(&fields)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains("Not moved"), "{refused}");
    // The card's "Reject…" leads to one small form (the board opens it in a dialog where
    // JavaScript runs) carrying the version the board showed.
    let link = {
        let marker = format!("href=\"/orgs/acme/applications/{id}/reject?version=");
        let at = fresh.find(&marker).expect("a reject link per card") + 6;
        fresh[at..].split('"').next().unwrap().to_owned()
    };
    assert_eq!(fresh.matches("<select id=\"reject-reason\"").count(), 1, "one reason list per board");
    let (status, _, form) = page(&sam, app.url(&link)).await;
    assert_eq!(status, 200);
    let reason = first_reason(&form);
    let fields = [
        ("_csrf", token_in(&form)),
        ("version", version(&form)),
        ("vacancy", vacancy.clone()),
        ("reason", reason.clone()),
        ("action", "reject".to_owned()),
    ];
    let rejected = sam
        .post(app.url(&format!("/orgs/acme/applications/{id}/move")))
        .header("origin", app.address.clone())
        .form(&fields)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(rejected.contains("1 rejected or withdrawn application is not on the board"), "{rejected}");
    let current = app.store.org_application(org.id, id.parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(current.status.as_str(), "rejected");
    // Another organisation's member finds no such board.
    let other = app.create_org("globex").await;
    let gina = app.member(&other, "gina@globex.example", "recruiter").await;
    assert_eq!(gina.get(&board).send().await.unwrap().status(), 404);
}

async fn a_recruiter_rejects_the_ticked_cards_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = crate::applications::published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let mut ids = Vec::new();
    for who in ["ada", "bob", "cas"] {
        let student =
            crate::applications::student(&app, &format!("{who}@student.tudelft.nl"), "2027-08-31").await;
        let made = crate::applications::apply(&app, &student, &vacancy, None).await;
        ids.push(crate::support::json_of(made, 201).await["id"].as_str().unwrap().to_owned());
    }
    let rita = app.member(&org, "rita@acme.example", "recruiter").await;
    let (_, _, board) = page(&rita, app.url(&format!("/orgs/acme/vacancies/{vacancy}/board"))).await;
    assert_eq!(board.matches("form=\"bulk\"").count(), 3, "a tick box per card");
    let token = token_in(&board);
    let reason = first_reason(&board);
    let path = format!("/orgs/acme/vacancies/{vacancy}/bulk-reject");
    // Nothing ticked, or no reason: nothing changes, and the board says why.
    let (_, _, html) = submit(&app, &rita, &path, &[("_csrf", &token), ("reason", &reason)]).await;
    assert!(html.contains("tick the cards to reject first"), "{html}");
    let (_, _, html) =
        submit(&app, &rita, &path, &[("_csrf", &token), ("ids", &ids[0]), ("reason", "")]).await;
    assert!(html.contains("role=\"alert\"") && html.contains("reason"), "{html}");
    // Without the token: refused.
    let (status, _, _) = submit(&app, &rita, &path, &[("ids", &ids[0]), ("reason", &reason)]).await;
    assert_eq!(status, 403);
    // Two ticked: both rejected, the third stays.
    let fields = [("_csrf", token.as_str()), ("ids", &ids[0]), ("ids", &ids[1]), ("reason", &reason)];
    let (_, at, html) = submit(&app, &rita, &path, &fields).await;
    assert!(at.ends_with("/board"), "{at}");
    assert!(html.contains("Rejected 2; each candidate is told."), "{html}");
    assert!(html.contains("2 rejected or withdrawn applications are not on the board"), "{html}");
    for (id, status) in ids.iter().zip(["rejected", "rejected", "active"]) {
        let now = app.store.org_application(org.id, id.parse().unwrap()).await.unwrap().unwrap();
        assert_eq!(now.status.as_str(), status);
    }
    // A card already rejected is reported, not rejected twice.
    let fields = [("_csrf", token.as_str()), ("ids", &ids[0]), ("ids", &ids[2]), ("reason", &reason)];
    let (_, _, html) = submit(&app, &rita, &path, &fields).await;
    assert!(html.contains("Rejected 1; 1 not ("), "{html}");
}

async fn a_recruiter_finds_cards_and_keeps_the_view_while_moving_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = crate::applications::published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let mut ids = Vec::new();
    for (email, name, skills) in [
        ("ada@student.tudelft.nl", "Ada Lovelace", vec!["Python", "Rust"]),
        ("bob@student.tudelft.nl", "Bob Builder", vec!["Python", "Java"]),
        ("cas@student.tudelft.nl", "Cas Coder", vec!["Python", "Rust", "TypeScript"]),
    ] {
        let student = crate::applications::student(&app, email, "2027-08-31").await;
        let profile = serde_json::json!({
            "name": name, "institution": "TU Delft", "institution_country": "NL",
            "field_of_study": "Computer Science", "enrollment": { "start": "2024-09-01", "end": "2027-08-31" },
            "skills": skills, "github": "someone",
        });
        crate::support::json_of(
            student.put(app.url("/api/v1/me/profile")).json(&profile).send().await.unwrap(),
            200,
        )
        .await;
        let made = crate::applications::apply(&app, &student, &vacancy, None).await;
        ids.push(crate::support::json_of(made, 201).await["id"].as_str().unwrap().to_owned());
    }
    let rita = app.member(&org, "rita@acme.example", "recruiter").await;
    let board = format!("/orgs/acme/vacancies/{vacancy}/board");

    // Every card, best match first; then only those with a skill, or found by name.
    let (_, _, html) = page(&rita, app.url(&board)).await;
    assert_eq!(html.matches("class=\"card board-card\"").count(), 3);
    assert!(!html.contains("Show every card"), "the plain board hides nothing");
    let (_, _, html) = page(&rita, app.url(&format!("{board}?skill=java"))).await;
    assert!(
        html.contains("1 card matches") && html.contains("Bob Builder") && !html.contains("Ada Lovelace"),
        "{html}"
    );
    let (_, _, html) = page(&rita, app.url(&format!("{board}?q=cas"))).await;
    assert!(html.contains("Cas Coder") && !html.contains("Bob Builder"), "{html}");
    let (_, _, html) = page(&rita, app.url(&format!("{board}?q=%3Cscript%3E"))).await;
    assert!(html.contains("0 cards match") && html.contains("value=\"&#60;script&#62;\""), "{html}");
    // Newest first: Cas applied last.
    let (_, _, html) = page(&rita, app.url(&format!("{board}?order=newest"))).await;
    assert!(html.find("Cas Coder").unwrap() < html.find("Ada Lovelace").unwrap(), "{html}");
    assert!(html.contains("value=\"newest\" selected"), "{html}");

    // Moving a card from the Rust view comes back to the Rust view.
    let (_, _, html) = page(&rita, app.url(&format!("{board}?skill=Rust"))).await;
    assert!(html.contains("2 cards match"), "{html}");
    let token = token_in(&html);
    let action = format!("/orgs/acme/applications/{}/move?skill=Rust", ids[0]);
    assert!(html.contains(&format!("action=\"{action}\"")), "{html}");
    let version = {
        let marker = format!("id=\"card-{}\" data-version=\"", ids[0]);
        let at = html.find(&marker).unwrap() + marker.len();
        html[at..].split('"').next().unwrap().to_owned()
    };
    let fields =
        [("_csrf", token.as_str()), ("version", &version), ("vacancy", &vacancy), ("action", "advance")];
    let (_, at, html) = submit(&app, &rita, &action, &fields).await;
    assert!(at.ends_with("/board"), "{at}");
    assert!(html.contains("Ada Lovelace is now in") && html.contains("2 cards match"), "{html}");
    assert!(html.contains("id=\"find-skill\" name=\"skill\" value=\"Rust\""), "{html}");
    // So does a bulk rejection.
    let reason = first_reason(&html);
    let bulk = format!("/orgs/acme/vacancies/{vacancy}/bulk-reject?skill=Rust");
    let (_, _, html) =
        submit(&app, &rita, &bulk, &[("_csrf", &token), ("ids", &ids[2]), ("reason", &reason)]).await;
    assert!(html.contains("Rejected 1; the candidate is told.") && html.contains("1 card matches"), "{html}");
    let bob = app.store.org_application(org.id, ids[1].parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(bob.status.as_str(), "active", "a card outside the view is left alone");
}

async fn an_offer_from_the_page_is_decided_drafted_and_sent_or_not_at_all(backend: Backend) {
    use crate::support::json_of;
    use serde_json::json;
    let app = TestApp::spawn(backend).await;
    let vacancy = crate::applications::published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = crate::applications::student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let made = crate::applications::apply(&app, &ada, &vacancy, None).await;
    let id = json_of(made, 201).await["id"].as_str().unwrap().to_owned();
    crate::offers::advance_to(&app, &recruiter, &id, "decision").await;
    let api = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let etag = app.client().get(&api).bearer_auth(&recruiter).send().await.unwrap().headers()["etag"].clone();
    let decided = app
        .client()
        .post(format!("{api}/decision"))
        .bearer_auth(&recruiter)
        .header("if-match", etag)
        .json(&json!({ "outcome": "offer", "rationale": "First look: strong case study." }))
        .send()
        .await
        .unwrap();
    json_of(decided, 200).await;
    // A draft already waits (drafted through the API, not yet sent).
    let terms = json!({
        "terms": { "starts_on": "2027-02-01", "ends_on": "2027-07-31", "hours_per_week": 40,
                   "location": "Amsterdam", "team": "Payments" },
        "expires_at": chrono::Utc::now() + chrono::Duration::days(7)
    });
    let drafted =
        app.client().post(format!("{api}/offers")).bearer_auth(&recruiter).json(&terms).send().await;
    json_of(drafted.unwrap(), 201).await;

    // The recruiter, on the application's page, decides again and makes an offer: refused as a
    // whole, so the decision stays as it was and no second offer appears.
    let rita = app.member(&org, "rita@acme.example", "recruiter").await;
    let (_, _, html) = page(&rita, app.url(&format!("/orgs/acme/applications/{id}"))).await;
    let version = {
        let form = &html[html.find("/offer\">").expect("the offer form")..];
        let at = form.find("name=\"version\" value=\"").unwrap() + 22;
        form[at..].split('"').next().unwrap().to_owned()
    };
    let token = token_in(&html);
    let fields = [
        ("_csrf", token.as_str()),
        ("version", &version),
        ("rationale", "Second thoughts from the page."),
        ("starts_on", "2027-02-01"),
        ("ends_on", "2027-07-31"),
        ("hours_per_week", "32"),
        ("stipend_euros", "750"),
        ("team", "Payments"),
        ("location", "Amsterdam"),
        ("days_to_answer", "7"),
    ];
    let (status, _, answer) =
        submit(&app, &rita, &format!("/orgs/acme/applications/{id}/offer"), &fields).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("already has an open offer"), "{answer}");
    let decision = json_of(
        app.client().get(format!("{api}/decision")).bearer_auth(&recruiter).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(
        decision["rationale"], "First look: strong case study.",
        "the refused offer left the decision alone"
    );
    let offers = app.url(&format!("/api/v1/orgs/acme/offers?application_id={id}"));
    let listed = json_of(app.client().get(offers).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed["items"][0]["status"], "draft");
}
