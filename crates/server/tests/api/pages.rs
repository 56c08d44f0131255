//! The internship's pages as a coordinator, a mentor and an intern use them in a browser:
//! mentor matching reviewed and published, then the 1-on-1 log, goals and evaluations.

use crate::applications::{PDF, apply, published_vacancy, student};
use crate::internship::hire;
use crate::interviews::user_id;
use crate::offers::case_study;
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use crate::web::{page, submit, token_in};
use reqwest::multipart::{Form, Part};
use serde_json::json;

on_both_backends!(
    a_coordinator_matches_mentors_and_the_pair_keep_their_log_in_pages,
    a_case_study_is_given_submitted_and_graded_blind_in_pages,
    interns_enrol_wait_their_turn_and_ask_to_shadow_in_pages,
    a_recruiter_writes_a_programme_and_a_vacancy_and_publishes_it_in_pages,
    a_candidate_fills_the_apply_form_from_a_json_resume,
    an_interviewer_sees_the_next_call_and_what_is_done,
);

async fn a_coordinator_matches_mentors_and_the_pair_keep_their_log_in_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = hire(&app, &recruiter, &vacancy, "ada@student.tudelft.nl").await;
    json_of(
        ada.put(app.url("/api/v1/me/internship"))
            .json(&json!({ "interests": ["security"], "languages": ["English"] }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let cora = app.member(&org, "cora@acme.example", "recruiter").await;
    let mia = app.member(&org, "mia@acme.example", "mentor").await;
    let mia_id = user_id(&app, &mia).await;
    let profile = json!({ "capacity": 2, "skills": ["Rust"], "languages": ["English"] });
    json_of(
        mia.put(app.url(&format!("/api/v1/orgs/acme/mentors/{mia_id}"))).json(&profile).send().await.unwrap(),
        200,
    )
    .await;
    let intern = json_of(
        app.client().get(app.url("/api/v1/orgs/acme/interns")).bearer_auth(&recruiter).send().await.unwrap(),
        200,
    )
    .await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let program = json_of(
        app.client().get(app.url("/api/v1/orgs/acme/programs")).bearer_auth(&recruiter).send().await.unwrap(),
        200,
    )
    .await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // The coordinator proposes a matching for the programme and reads the pair's reasons.
    let (status, _, html) = page(&cora, app.url("/orgs/acme/matching")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Mentors with their room") && html.contains("English"), "{html}");
    let token = token_in(&html);
    let fields = [("_csrf", token.as_str()), ("program_id", program.as_str()), ("not_own_team_lead", "on")];
    let (status, at, html) = submit(&app, &cora, "/orgs/acme/matching", &fields).await;
    assert_eq!(status, 200, "{html}");
    assert!(at.starts_with("/orgs/acme/matching/"), "{at}");
    assert!(html.contains("Proposed: 1 pair, 0 unmatched"), "{html}");
    assert!(html.contains("+25: shares 1 of the intern&#39;s skills: rust"), "the pair is explained: {html}");
    let run = at.clone();

    // A change from a page someone else changed first is not saved, and says so.
    let stale =
        [("_csrf", token.as_str()), ("version", "0"), ("intern_id", intern.as_str()), ("mentor_id", "")];
    let (_, _, html) = submit(&app, &cora, &format!("{run}/pairs"), &stale).await;
    assert!(html.contains("Someone changed this matching first"), "{html}");
    let version = |html: &str| {
        let at = html.find("name=\"version\" value=\"").unwrap() + 22;
        html[at..].split('"').next().unwrap().to_owned()
    };
    // Left unmatched, then given back to Mia, then published.
    let unmatch = [
        ("_csrf", token.as_str()),
        ("version", &version(&html)),
        ("intern_id", intern.as_str()),
        ("mentor_id", ""),
    ];
    let (_, _, html) = submit(&app, &cora, &format!("{run}/pairs"), &unmatch).await;
    assert!(html.contains("Pair changed.") && html.contains("no mentor"), "{html}");
    let rematch = [
        ("_csrf", token.as_str()),
        ("version", &version(&html)),
        ("intern_id", intern.as_str()),
        ("mentor_id", mia_id.as_str()),
    ];
    let (_, _, html) = submit(&app, &cora, &format!("{run}/pairs"), &rematch).await;
    assert!(html.contains("Pair changed.") && html.contains("score"), "{html}");
    let (_, _, html) =
        submit(&app, &cora, &format!("{run}/publish"), &[("_csrf", &token), ("version", &version(&html))])
            .await;
    assert!(html.contains("Published: 1 intern now has a mentor"), "{html}");
    let mentorship = json_of(ada.get(app.url("/api/v1/me/mentorship")).send().await.unwrap(), 200).await;
    assert_eq!(mentorship["mentor"]["email"], "mia@acme.example");

    // Mia finds Ada among her mentees and logs their first 1-on-1 and a goal.
    let (_, _, html) = page(&mia, app.url("/orgs/acme/interns")).await;
    assert!(html.contains(&format!("/orgs/acme/interns/{intern}")), "{html}");
    let mentee = format!("/orgs/acme/interns/{intern}");
    let (status, _, html) = page(&mia, app.url(&mentee)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Log a 1-on-1") && html.contains("Evaluate"), "{html}");
    let token = token_in(&html);
    let meeting = [
        ("_csrf", token.as_str()),
        ("held_on", "2027-02-03"),
        ("notes", "<b>SENTINEL</b> pairing on Fridays"),
        ("action_items", "Read the payments RFC\n\nSet up the laptop\n"),
    ];
    let (_, _, html) = submit(&app, &mia, &format!("{mentee}/one-on-ones"), &meeting).await;
    assert!(html.contains("1-on-1 logged."), "{html}");
    assert!(html.contains("&#60;b&#62;SENTINEL") && html.contains("<li>Set up the laptop</li>"), "{html}");
    let goal = [("_csrf", token.as_str()), ("title", "Ship the refund endpoint"), ("due_on", "2027-03-01")];
    let (_, _, html) = submit(&app, &mia, &format!("{mentee}/goals"), &goal).await;
    assert!(html.contains("Goal set: Ship the refund endpoint."), "{html}");

    // A form without its token changes nothing.
    let (status, _, _) = submit(&app, &mia, &format!("{mentee}/one-on-ones"), &meeting[1..]).await;
    assert_eq!(status, 403);

    // Ada sees both on her page and moves the goal on.
    let (_, _, html) = page(&ada, app.url("/me/internship")).await;
    assert!(html.contains("&#60;b&#62;SENTINEL") && html.contains("Ship the refund endpoint"), "{html}");
    let mentorship = json_of(ada.get(app.url("/api/v1/me/mentorship")).send().await.unwrap(), 200).await;
    assert_eq!(mentorship["one_on_ones"].as_array().unwrap().len(), 1);
    let goal_id = mentorship["goals"][0]["id"].as_str().unwrap().to_owned();
    let token = token_in(&html);
    let moved = [("_csrf", token.as_str()), ("goal_id", goal_id.as_str()), ("status", "in_progress")];
    let (_, at, html) = submit(&app, &ada, "/me/internship/goals", &moved).await;
    assert_eq!(at, "/me/internship");
    assert!(html.contains("is now in progress"), "{html}");

    // The midterm: Mia's evaluation (once; every criterion rated) and Ada's self-assessment.
    let rated = |token: &str| {
        let mut fields = vec![("_csrf".to_owned(), token.to_owned()), ("kind".into(), "midterm".into())];
        for c in ["technical_skills", "communication", "teamwork", "ownership", "learning"] {
            fields.push((format!("rating_{c}"), "4".into()));
        }
        fields.push(("comments".into(), "Solid start.".into()));
        fields
    };
    let as_pairs = |f: &[(String, String)]| f.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
    let mut missing = rated(&token_in(&page(&mia, app.url(&mentee)).await.2));
    missing.retain(|(k, _)| k != "rating_teamwork");
    let post = |browser: &reqwest::Client, path: String, fields: Vec<(String, String)>| {
        let sent = browser.post(app.url(&path)).header("origin", app.address.clone()).form(&fields).send();
        async move {
            let response = sent.await.unwrap();
            response.text().await.unwrap()
        }
    };
    let html = post(&mia, format!("{mentee}/evaluations"), as_pairs(&missing)).await;
    assert!(html.contains("role=\"alert\"") && html.contains("teamwork"), "{html}");
    let mia_token = token_in(&html);
    let html = post(&mia, format!("{mentee}/evaluations"), rated(&mia_token)).await;
    assert!(html.contains("Evaluation sent.") && html.contains("Midterm evaluation by the mentor"), "{html}");
    let html = post(&mia, format!("{mentee}/evaluations"), rated(&mia_token)).await;
    assert!(html.contains("role=\"alert\""), "a second midterm is refused: {html}");
    let html = post(&ada, "/me/internship/evaluations".into(), rated(&token)).await;
    assert!(html.contains("Evaluation sent.") && html.contains("Midterm self-assessment"), "{html}");
    let evaluations = json_of(ada.get(app.url("/api/v1/me/evaluations")).send().await.unwrap(), 200).await;
    assert_eq!(evaluations.as_array().unwrap().len(), 2);

    // Another mentor does not see Ada's records at all.
    let max = app.member(&org, "max@acme.example", "mentor").await;
    let (status, _, _) = page(&max, app.url(&mentee)).await;
    assert_eq!(status, 404);
}

async fn a_case_study_is_given_submitted_and_graded_blind_in_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let application =
        json_of(apply(&app, &ada, &vacancy, Some(("cv.pdf", PDF.to_vec()))).await, 201).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
    case_study(&app, &recruiter, "refuse").await;
    let cora = app.member(&org, "cora@acme.example", "recruiter").await;
    let rita = app.member(&org, "rita@acme.example", "interviewer").await;
    let rita_id = user_id(&app, &rita).await;
    let ravi_id = user_id(&app, &app.member(&org, "ravi@acme.example", "interviewer").await).await;

    // The recruiter gives the case study from the application page, to two blind reviewers.
    let here = format!("/orgs/acme/applications/{application}");
    let (status, _, html) = page(&cora, app.url(&here)).await;
    assert_eq!(status, 200);
    assert!(html.contains("No scorecards yet") && html.contains("Give a case study"), "{html}");
    let study = {
        let marker = "name=\"case_study_id\"><option value=\"";
        let at = html.find(marker).unwrap() + marker.len();
        html[at..].split('"').next().unwrap().to_owned()
    };
    let token = token_in(&html);
    let (_, _, html) =
        submit(&app, &cora, &format!("{here}/case-studies"), &[("_csrf", &token), ("case_study_id", &study)])
            .await;
    assert!(html.contains("role=\"alert\"") && html.contains("reviewers"), "a reviewer is needed: {html}");
    let fields = [
        ("_csrf", token.as_str()),
        ("case_study_id", study.as_str()),
        ("reviewers", rita_id.as_str()),
        ("reviewers", ravi_id.as_str()),
    ];
    let (_, _, html) = submit(&app, &cora, &format!("{here}/case-studies"), &fields).await;
    assert!(html.contains("Case study “URL shortener” sent"), "{html}");
    assert!(html.contains("0 of 2 reviewers graded"), "{html}");

    // The candidate finds it in the portal: the brief, the rubric, the time left.
    let (_, _, html) = page(&ada, app.url("/me")).await;
    assert!(html.contains("Case study: <a href=\"/me/case-studies/"), "{html}");
    let assignment = json_of(ada.get(app.url("/api/v1/me/case-studies")).send().await.unwrap(), 200).await[0]
        ["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let brief = format!("/me/case-studies/{assignment}");
    let (status, _, html) = page(&ada, app.url(&brief)).await;
    assert_eq!(status, 200);
    assert!(html.contains("<strong>small</strong>") && html.contains("Does it work?"), "{html}");
    assert!(html.contains("2 days 23 hours left") || html.contains("3 days 0 hours left"), "{html}");
    let token = token_in(&html);
    let post = |form: Form| {
        let sent = ada.post(app.url(&brief)).header("origin", app.address.clone()).multipart(form).send();
        async move {
            let response = sent.await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    // Without the token: refused, nothing stored. Not an archive: refused with the reason.
    let (status, _) = post(Form::new().text("repository_url", "https://github.com/ada/short")).await;
    assert_eq!(status, 403);
    let not_an_archive = Form::new()
        .text("_csrf", token.clone())
        .part("archive", Part::bytes(b"hello".to_vec()).file_name("work.zip"));
    let (_, html) = post(not_an_archive).await;
    assert!(html.contains("not a zip or tar.gz"), "{html}");
    // A link, with the file input left empty (as a browser sends it).
    let link = Form::new()
        .text("_csrf", token.clone())
        .text("repository_url", "https://github.com/ada/short")
        .part("archive", Part::bytes(Vec::new()).file_name(""));
    let (status, html) = post(link).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Submitted. You can replace it") && html.contains("Replace your submission"),
        "{html}"
    );

    // The reviewer grades the work without ever seeing whose it is.
    let (status, _, html) = page(&rita, app.url("/orgs/acme/case-reviews")).await;
    assert_eq!(status, 200);
    assert!(html.contains("URL shortener") && html.contains("https://github.com/ada/short"), "{html}");
    for name in ["Ada", "ada@student", "Lovelace"] {
        assert!(!html.contains(name), "the queue names nobody: {name}");
    }
    let token = token_in(&html);
    let grade = [
        ("_csrf", token.as_str()),
        ("score_Correctness", "4"),
        ("score_Code quality", "3"),
        ("comment", "Clean API, thin tests."),
    ];
    let (_, _, html) =
        submit(&app, &rita, &format!("/orgs/acme/case-reviews/{assignment}/grade"), &grade).await;
    assert!(html.contains("Grade sent: 75% for “URL shortener”."), "{html}");
    assert!(html.contains("You graded it: 75%."), "{html}");

    // The recruiter reads the grade; the candidate can no longer replace the work.
    let (_, _, html) = page(&cora, app.url(&here)).await;
    assert!(
        html.contains("1 of 2 reviewers graded; panel mean 75%") && html.contains("Clean API, thin tests."),
        "{html}"
    );
    let (_, _, html) = page(&ada, app.url(&brief)).await;
    assert!(!html.contains("Replace your submission"), "{html}");
}

async fn interns_enrol_wait_their_turn_and_ask_to_shadow_in_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = hire(&app, &recruiter, &vacancy, "ada@student.tudelft.nl").await;
    let bob = hire(&app, &recruiter, &vacancy, "bob@student.tudelft.nl").await;
    let cora = app.member(&org, "cora@acme.example", "recruiter").await;
    let team = json!({ "name": "Platform", "weekly_guests": 2 });
    json_of(
        app.client()
            .post(app.url("/api/v1/orgs/acme/teams"))
            .bearer_auth(&recruiter)
            .json(&team)
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    // The coordinator adds a workshop and schedules a session with one seat.
    let (status, _, html) = page(&cora, app.url("/orgs/acme/trainings")).await;
    assert_eq!(status, 200);
    assert!(html.contains("The catalogue is empty"), "{html}");
    let token = token_in(&html);
    let training = [
        ("_csrf", token.as_str()),
        ("title", "Pitching your work"),
        ("topic", "presentation_skills"),
        ("level", "beginner"),
        ("skills", "Presenting, Storytelling"),
    ];
    let (_, _, html) = submit(&app, &cora, "/orgs/acme/trainings", &training).await;
    assert!(html.contains("Added “Pitching your work”"), "{html}");
    let training_id = {
        let at = html.find("id=\"training-").unwrap() + 13;
        html[at..at + 36].to_owned()
    };
    let session = |starts: &'static str, ends: &'static str| {
        vec![
            ("_csrf", token.clone()),
            ("starts_at", starts.to_owned()),
            ("ends_at", ends.to_owned()),
            ("link", "https://meet.example/pitch".to_owned()),
            ("capacity", "1".to_owned()),
        ]
    };
    let schedule = format!("/orgs/acme/trainings/{training_id}/sessions");
    let backwards = session("2027-02-10T10:00", "2027-02-10T09:00");
    let as_str = |f: &[(&'static str, String)]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let pairs = as_str(&backwards);
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, &schedule, &refs).await;
    assert!(html.contains("role=\"alert\"") && html.contains("ends_at"), "{html}");
    let good = session("2027-02-10T09:00", "2027-02-10T10:00");
    let refs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, &schedule, &refs).await;
    // Typed in UTC, shown in Dutch time with the zone named.
    assert!(html.contains("scheduled for 10 February 2027, 10:00 CET"), "{html}");
    assert!(html.contains("0 of 1 seats taken"), "{html}");

    // Ada takes the seat; Bob joins the waiting list and sees his place on it.
    let (_, _, html) = page(&ada, app.url("/me/trainings")).await;
    assert!(html.contains(">Enrol<"), "{html}");
    let session_id = {
        let at = html.find("id=\"session-").unwrap() + 12;
        html[at..at + 36].to_owned()
    };
    let ada_token = token_in(&html);
    let (_, at, html) =
        submit(&app, &ada, &format!("/me/trainings/sessions/{session_id}/enroll"), &[("_csrf", &ada_token)])
            .await;
    assert_eq!(at, "/me/trainings");
    assert!(html.contains("You have a seat.") && html.contains("Give up my place"), "{html}");
    let (_, _, html) = page(&bob, app.url("/me/trainings")).await;
    assert!(html.contains("Join the waiting list"), "{html}");
    let bob_token = token_in(&html);
    let (_, _, html) =
        submit(&app, &bob, &format!("/me/trainings/sessions/{session_id}/enroll"), &[("_csrf", &bob_token)])
            .await;
    assert!(html.contains("you are on the waiting list, number 1"), "{html}");
    assert!(html.contains("You are on the waiting list: number 1."), "{html}");

    // The roster: Ada seated, Bob first in line; Ada is marked present and rates the session.
    let roster = format!("/orgs/acme/training-sessions/{session_id}");
    let (status, _, html) = page(&cora, app.url(&roster)).await;
    assert_eq!(status, 200);
    assert!(html.contains("waiting, number 1") && html.contains(">seated<"), "{html}");

    // The coordinator finds the session's form filled in as saved, and adds a seat: Bob, first
    // in line, gets it. Fewer seats than are taken are refused and change nothing.
    assert!(
        html.contains("value=\"2027-02-10T09:00\"") && html.contains("value=\"https://meet.example/pitch\"")
    );
    let mut more = session("2027-02-10T09:00", "2027-02-10T10:30");
    more[4].1 = "2".to_owned();
    let refs: Vec<(&str, &str)> = more.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, at, html) = submit(&app, &cora, &roster, &refs).await;
    assert_eq!(at, roster);
    assert!(
        html.contains(
            "Saved: 2 of 2 seats taken, 0 waiting. One intern from the waiting list now has a seat."
        ),
        "{html}"
    );
    assert!(html.contains("value=\"2027-02-10T10:30\"") && !html.contains("waiting, number"), "{html}");
    let mut fewer = more.clone();
    fewer[4].1 = "1".to_owned();
    let refs: Vec<(&str, &str)> = fewer.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, &roster, &refs).await;
    assert!(html.contains("2 interns already hold a seat"), "{html}");
    let (_, _, html) = page(&bob, app.url("/me/trainings")).await;
    assert!(html.contains("You have a seat."), "{html}");

    // The training's own form shows it as saved; a change without a title is refused, then the
    // title is corrected.
    let (_, _, html) = page(&cora, app.url("/orgs/acme/trainings")).await;
    assert!(
        html.contains("value=\"Presenting, Storytelling\"")
            && html.contains("value=\"presentation_skills\" selected"),
        "{html}"
    );
    let change = format!("/orgs/acme/trainings/{training_id}");
    let untitled =
        [("_csrf", token.as_str()), ("title", " "), ("topic", "presentation_skills"), ("level", "beginner")];
    let (_, _, html) = submit(&app, &cora, &change, &untitled).await;
    // The field is named in words, and what is wrong with it comes from the catalogue.
    assert!(html.contains("role=\"alert\"") && html.contains("Title: is required"), "{html}");
    let renamed = [
        ("_csrf", token.as_str()),
        ("title", "Pitching <your> work"),
        ("topic", "presentation_skills"),
        ("level", "intermediate"),
        ("skills", "Presenting"),
    ];
    let (_, at, html) = submit(&app, &cora, &change, &renamed).await;
    assert_eq!(at, "/orgs/acme/trainings");
    assert!(
        html.contains("Saved “Pitching &#60;your&#62; work”.")
            && html.contains("presentation skills · intermediate"),
        "{html}"
    );
    // A form without the token is refused.
    let tokenless = [("title", "Hijacked"), ("topic", "other"), ("level", "beginner")];
    assert_eq!(submit(&app, &cora, &change, &tokenless).await.0, 403);
    let (_, _, html) = page(&cora, app.url(&roster)).await;
    let ada_intern = {
        let at = html.find("name=\"intern_id\" value=\"").unwrap() + 24;
        html[at..at + 36].to_owned()
    };
    let present = [("_csrf", token.as_str()), ("intern_id", ada_intern.as_str()), ("attended", "yes")];
    let (_, _, html) = submit(&app, &cora, &format!("{roster}/attendance"), &present).await;
    assert!(html.contains("Marked present: the training is completed."), "{html}");
    let rate = [("_csrf", ada_token.as_str()), ("rating", "5"), ("comment", "Great <practice>")];
    let (_, _, html) =
        submit(&app, &ada, &format!("/me/trainings/sessions/{session_id}/feedback"), &rate).await;
    assert!(html.contains("Thank you for your feedback.") && html.contains("completed"), "{html}");
    let (_, _, html) = page(&cora, app.url(&roster)).await;
    assert!(html.contains("5/5: Great &#60;practice&#62;"), "{html}");
    // Another member who does not give the session cannot open its roster.
    let max = app.member(&org, "max@acme.example", "interviewer").await;
    assert_eq!(page(&max, app.url(&roster)).await.0, 404);

    // Ada asks to shadow Platform on her first day, then calls it off.
    let (_, _, html) = page(&ada, app.url("/me/shadowing")).await;
    assert!(html.contains(">Platform</option>"), "{html}");
    let platform = {
        let at = html.find("name=\"team_id\"><option value=\"").unwrap() + 30;
        html[at..at + 36].to_owned()
    };
    let first_day = {
        let at = html.find("min=\"").unwrap() + 5;
        html[at..at + 10].to_owned()
    };
    let ask = [
        ("_csrf", ada_token.as_str()),
        ("team_id", platform.as_str()),
        ("on_date", first_day.as_str()),
        ("note", "How you deploy"),
    ];
    let (_, _, html) = submit(&app, &ada, "/me/shadowing", &ask).await;
    assert!(html.contains("Asked to shadow on") && html.contains(">pending<"), "{html}");
    let too_late = [("_csrf", ada_token.as_str()), ("team_id", platform.as_str()), ("on_date", "2031-01-01")];
    let (_, _, html) = submit(&app, &ada, "/me/shadowing", &too_late).await;
    assert!(html.contains("role=\"alert\"") && html.contains("a day of your internship"), "{html}");
    let request = json_of(ada.get(app.url("/api/v1/me/shadowing")).send().await.unwrap(), 200).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The coordinator answers it (a member who leads no team sees none, and cannot answer).
    let (_, _, html) = page(&max, app.url("/orgs/acme/shadowing")).await;
    assert!(html.contains("No requests for your teams."), "{html}");
    let answer = format!("/orgs/acme/shadowing/{request}/decision");
    let (status, _, _) = submit(&app, &max, &answer, &[("_csrf", &token_in(&html)), ("accept", "yes")]).await;
    assert_eq!(status, 404);
    let (_, _, html) = page(&cora, app.url("/orgs/acme/shadowing")).await;
    assert!(html.contains("How you deploy") && html.contains(">pending<"), "{html}");
    let (_, _, html) = submit(&app, &cora, &answer, &[("_csrf", &token), ("accept", "yes")]).await;
    assert!(html.contains("Accepted the visit on") && html.contains(">accepted<"), "{html}");
    let (_, _, html) =
        submit(&app, &ada, "/me/shadowing", &[("_csrf", &ada_token), ("cancel", &request)]).await;
    assert!(html.contains("Request called off.") && html.contains(">cancelled<"), "{html}");

    // The coordinator adds a networking event with one place; a backwards one is refused.
    let (_, _, html) = page(&cora, app.url("/orgs/acme/events")).await;
    assert!(html.contains("No events coming up.") && html.contains("Add an event"), "{html}");
    let event = |starts: &'static str, ends: &'static str| {
        [
            ("_csrf", token.clone()),
            ("title", "Lunch <with> the CTO".to_owned()),
            ("starts_at", starts.to_owned()),
            ("ends_at", ends.to_owned()),
            ("location", "Canteen".to_owned()),
            ("capacity", "1".to_owned()),
        ]
    };
    let backwards = event("2027-03-01T13:00", "2027-03-01T12:00");
    let refs: Vec<(&str, &str)> = backwards.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, "/orgs/acme/events", &refs).await;
    assert!(html.contains("role=\"alert\"") && html.contains("ends_at"), "{html}");
    assert!(html.contains("No events coming up."), "nothing was added");
    let lunch = event("2027-03-01T12:00", "2027-03-01T13:00");
    let refs: Vec<(&str, &str)> = lunch.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, _) = submit(&app, &cora, "/orgs/acme/events", &refs[1..]).await;
    assert_eq!(status, 403, "no token");
    let (_, _, html) = submit(&app, &cora, "/orgs/acme/events", &refs).await;
    assert!(html.contains("Added “Lunch &#60;with&#62; the CTO”"), "{html}");
    assert!(html.contains("0 coming, 1 place left") && html.contains("Every intern"), "{html}");

    // Ada takes the place; Bob finds it full and can say maybe.
    let (_, _, html) = page(&ada, app.url("/me/shadowing")).await;
    assert!(html.contains("Lunch &#60;with&#62; the CTO") && html.contains("I&#39;m coming"), "{html}");
    let answer_path = {
        let at = html.find("action=\"/me/events/").unwrap() + 8;
        html[at..].split('"').next().unwrap().to_owned()
    };
    let (_, at, html) = submit(&app, &ada, &answer_path, &[("_csrf", &ada_token), ("response", "yes")]).await;
    assert_eq!(at, "/me/shadowing");
    assert!(html.contains("You are coming to") && html.contains("you said yes"), "{html}");
    let (_, _, html) = page(&bob, app.url("/me/shadowing")).await;
    assert!(html.contains("Full: no places left.") && !html.contains("I&#39;m coming"), "{html}");
    let (_, _, html) = submit(&app, &bob, &answer_path, &[("_csrf", &bob_token), ("response", "yes")]).await;
    assert!(html.contains("role=\"alert\""), "a yes beyond the places is refused: {html}");
    let (_, _, html) =
        submit(&app, &bob, &answer_path, &[("_csrf", &bob_token), ("response", "maybe")]).await;
    assert!(html.contains("you said maybe"), "{html}");
    let (_, _, html) =
        submit(&app, &bob, &answer_path, &[("_csrf", &bob_token), ("response", "perhaps")]).await;
    assert!(html.contains("yes, no or maybe"), "{html}");
    let (_, _, html) = page(&cora, app.url("/orgs/acme/events")).await;
    assert!(html.contains("1 coming, 0 places left"), "{html}");

    // The coordinator proposes a two-week rotation: each intern visits Platform once.
    let (_, _, html) = page(&cora, app.url("/orgs/acme/shadowing")).await;
    assert!(html.contains("/orgs/acme/shadowing/rotation"), "{html}");
    let (status, _, html) = page(&cora, app.url("/orgs/acme/shadowing/rotation")).await;
    assert_eq!(status, 200);
    assert!(html.contains(">Propose<") && !html.contains("<table"), "only the form: {html}");
    let program = {
        let marker = "name=\"program\" required><option value=\"";
        let at = html.find(marker).unwrap() + marker.len();
        html[at..at + 36].to_owned()
    };
    let plan = format!("/orgs/acme/shadowing/rotation?program={program}&first_week=2027-02-03&weeks=2");
    let (status, _, html) = page(&cora, app.url(&plan)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Each intern visits one team.") && html.contains("Week of 1 Feb"), "{html}");
    assert_eq!(html.matches("<td>Platform</td>").count(), 2, "{html}");
    assert!(
        html.contains("Week of 8 Feb") && html.matches("<td>—</td>").count() == 2,
        "two weeks, one visit each: {html}"
    );
    let (status, _, html) = page(&cora, app.url(&plan.replace("weeks=2", "weeks=0"))).await;
    assert_eq!(status, 422);
    assert!(html.contains("role=\"alert\"") && html.contains("Weeks: must be between 1 and 26"), "{html}");
    assert_eq!(page(&max, app.url(&plan)).await.0, 404, "interviewers do not plan rotations");
}

async fn a_recruiter_writes_a_programme_and_a_vacancy_and_publishes_it_in_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.create_org("nova").await;
    let cora = app.member(&org, "cora@nova.example", "recruiter").await;
    let (status, _, html) = page(&cora, app.url("/orgs/nova/vacancies/new")).await;
    assert_eq!(status, 200);
    assert!(html.contains("create a programme first"), "{html}");

    // A programme first: a bad one is refused with the reason, a good one saved.
    let (_, _, html) = page(&cora, app.url("/orgs/nova/programs")).await;
    let token = token_in(&html);
    let programme = |ends_on: &'static str| {
        [
            ("_csrf", token.clone()),
            ("name", "Backend Talent 2027".to_owned()),
            ("starts_on", "2027-02-01".to_owned()),
            ("ends_on", ends_on.to_owned()),
            ("capacity", "4".to_owned()),
            ("location", "Delft".to_owned()),
            ("component_mentorship", "on".to_owned()),
            ("component_mentorship_text", "A senior engineer, weekly".to_owned()),
        ]
    };
    let refs = |f: &[(&'static str, String)]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let bad = refs(&programme("2027-01-01"));
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, "/orgs/nova/programs", &bad).await;
    assert!(html.contains("role=\"alert\"") && html.contains("ends_on"), "{html}");
    let good = refs(&programme("2027-07-31"));
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, "/orgs/nova/programs", &good).await;
    assert!(html.contains("Saved “Backend Talent 2027”"), "{html}");

    // The vacancy: a form with a mistake comes back as typed, each problem named; then saved.
    let (_, _, html) = page(&cora, app.url("/orgs/nova/vacancies/new")).await;
    let program = {
        let marker = "name=\"program_id\"><option value=\"";
        let at = html.find(marker).unwrap() + marker.len();
        html[at..at + 36].to_owned()
    };
    let today = chrono::Utc::now().date_naive();
    let (opens, closes) = (today.to_string(), (today + chrono::Duration::days(30)).to_string());
    let vacancy = |closes_on: &str| {
        vec![
            ("_csrf", token.clone()),
            ("program_id", program.clone()),
            ("title", "Backend <intern>".to_owned()),
            ("description", "Build **APIs** with us.".to_owned()),
            ("responsibilities", "Write services\nReview code".to_owned()),
            ("required_skills", "Python".to_owned()),
            ("enrolled_in_country", "NL".to_owned()),
            ("fields_of_study", "Computer Science, Engineering".to_owned()),
            ("knockout_1_question", "Can you be in Delft twice a week?".to_owned()),
            ("knockout_1_answer", "yes".to_owned()),
            ("preferred_skills", "Rust".to_owned()),
            ("location", "Delft".to_owned()),
            ("work_mode", "hybrid".to_owned()),
            ("hours_per_week", "40".to_owned()),
            ("stipend_euros", "600".to_owned()),
            ("positions", "2".to_owned()),
            ("opens_on", opens.clone()),
            ("closes_on", closes_on.to_owned()),
            ("language", "en".to_owned()),
            ("translation_language", "nl".to_owned()),
            ("translation_title", "Stagiair backend".to_owned()),
            ("translation_description", "Bouw **API's** met ons.".to_owned()),
            ("translation_responsibilities", "Services schrijven".to_owned()),
        ]
    };
    let typed = vacancy("soon");
    let typed: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, html) = submit(&app, &cora, "/orgs/nova/vacancies/new", &typed).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("Nothing was saved") && html.contains("href=\"#closes_on\""), "{html}");
    assert!(
        html.contains("value=\"Backend &#60;intern&#62;\""),
        "what was typed comes back, escaped: {html}"
    );
    let typed = vacancy(&closes);
    let typed: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, at, html) = submit(&app, &cora, "/orgs/nova/vacancies/new", &typed).await;
    assert_eq!(status, 200, "{html}");
    assert!(at.ends_with("/edit") && html.contains("Saved “Backend &#60;intern&#62;”."), "{at} {html}");
    assert!(html.contains("Status: draft") && html.contains("Can you be in Delft twice a week?"), "{html}");
    let edit = at.clone();
    let id = edit.trim_start_matches("/orgs/nova/vacancies/").trim_end_matches("/edit").to_owned();

    // A stage added between the others, in the order given.
    let version = |html: &str| {
        let at = html.find("name=\"version\" value=\"").unwrap() + 22;
        html[at..].split('"').next().unwrap().to_owned()
    };
    let mut stages: Vec<(String, String)> =
        vec![("_csrf".into(), token.clone()), ("version".into(), version(&html))];
    let mut n = 0;
    while let Some(at) = html.find(&format!("name=\"stage_{n}_key\" value=\"")) {
        let key = html[at..].split("value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let name_at = html.find(&format!("name=\"stage_{n}_name\" value=\"")).unwrap();
        let name = html[name_at..].split("value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let kind_at = html.find(&format!("name=\"stage_{n}_kind\"")).unwrap();
        let kind = html[kind_at..]
            .split("\" selected")
            .next()
            .unwrap()
            .rsplit("value=\"")
            .next()
            .unwrap()
            .to_owned();
        stages.extend([
            (format!("stage_{n}_key"), key),
            (format!("stage_{n}_name"), name),
            (format!("stage_{n}_kind"), kind),
            (format!("stage_{n}_order"), format!("{}", (n + 1) * 10)),
        ]);
        n += 1;
    }
    assert!(n >= 4, "the template's stages are listed: {html}");
    stages.extend([
        (format!("stage_{n}_name"), "Pair programming".to_owned()),
        (format!("stage_{n}_kind"), "custom".to_owned()),
        (format!("stage_{n}_order"), "15".to_owned()),
    ]);
    let refs: Vec<(&str, &str)> = stages.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, &format!("/orgs/nova/vacancies/{id}/stages"), &refs).await;
    assert!(html.contains("Stages saved: Application → Pair programming →"), "{html}");

    // Published (a stale page is told so), then on the public board with its rules in words.
    let stale = [("_csrf", token.as_str()), ("version", "0"), ("to", "published")];
    let (_, _, html) = submit(&app, &cora, &format!("/orgs/nova/vacancies/{id}/status"), &stale).await;
    assert!(html.contains("Someone changed this vacancy first"), "{html}");
    let publish = [("_csrf", token.clone()), ("version", version(&html)), ("to", "published".into())];
    let refs: Vec<(&str, &str)> = publish.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, _, html) = submit(&app, &cora, &format!("/orgs/nova/vacancies/{id}/status"), &refs).await;
    assert!(
        html.contains("Published: it is on the job board now.") && html.contains("Status: published"),
        "{html}"
    );
    let (status, _, html) = page(&app.browser(), app.url(&format!("/jobs/{id}"))).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Enrolled at an institution in the Netherlands for the whole internship."),
        "{html}"
    );
    assert!(html.contains("<strong>APIs</strong>"), "{html}");
    // The Dutch version written on the same page is what a Dutch reader gets.
    let dutch = app.browser().get(app.url(&format!("/jobs/{id}"))).header("accept-language", "nl").send();
    let html = dutch.await.unwrap().text().await.unwrap();
    assert!(
        html.contains(r#"<h1 lang="nl">Stagiair backend</h1>"#) && html.contains("<strong>API's</strong>"),
        "{html}"
    );
}

async fn a_candidate_fills_the_apply_form_from_a_json_resume(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let cem = app.candidate("cem@student.tudelft.nl").await;
    let apply_page = format!("/jobs/{vacancy}/apply");
    let (status, _, html) = page(&cem, app.url(&apply_page)).await;
    assert_eq!(status, 200);
    let token = token_in(&html);
    let post = |form: Form| {
        let sent =
            cem.post(app.url(&apply_page)).header("origin", app.address.clone()).multipart(form).send();
        async move {
            let response = sent.await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let import = |resume: Vec<u8>| {
        Form::new()
            .text("_csrf", token.clone())
            .text("action", "import")
            .text("name", "Cem Y.")
            .text("skills", "Rust")
            .part("resume", Part::bytes(resume).file_name("resume.json"))
    };
    // Not JSON Resume: the reason, nothing filled.
    let wrong = json!({ "basics": { "name": 42 } }).to_string().into_bytes();
    let (status, html) = post(import(wrong)).await;
    assert_eq!(status, 422);
    assert!(html.contains("resume/basics/name"), "{html}");
    // A résumé fills what is empty and keeps what was typed; nothing is saved or sent yet.
    let resume = json!({
        "basics": {
            "name": "Cem Yilmaz", "email": "cem@student.tudelft.nl",
            "location": { "countryCode": "NL" },
            "profiles": [{ "network": "GitHub", "username": "cem-y" }]
        },
        "education": [{ "institution": "TU Delft", "area": "Computer Science", "startDate": "2024-09", "endDate": "2027-12" }],
        "skills": [{ "name": "Backend", "keywords": ["Python", "rust"] }]
    });
    let (status, html) = post(import(resume.to_string().into_bytes())).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Filled in from your JSON Resume"), "{html}");
    assert!(
        html.contains("value=\"Cem Y.\"") && !html.contains("value=\"Cem Yilmaz\""),
        "typed stays: {html}"
    );
    assert!(html.contains("value=\"TU Delft\"") && html.contains("value=\"2024-09-01\""), "{html}");
    assert!(html.contains("value=\"Rust, Backend, Python\""), "{html}");
    assert!(
        html.contains("You have every required skill"),
        "the eligibility check runs on what is filled: {html}"
    );
    assert_eq!(
        json_of(cem.get(app.url("/api/v1/me/applications")).send().await.unwrap(), 200).await["items"],
        json!([])
    );
}

async fn an_interviewer_sees_the_next_call_and_what_is_done(backend: Backend) {
    use crate::interviews::{book, interviewer, morning, offer};
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let day = morning(3);
    let (jo, jo_id) = interviewer(&app, "jo@acme.example", day).await;
    let (ian, _) = interviewer(&app, "ian@acme.example", day).await;
    // Two HR chats with Jo, booked at 10:00 and 09:00.
    let mut chats = Vec::new();
    for (email, hour) in [("bob@student.tudelft.nl", 10), ("ada@student.tudelft.nl", 9)] {
        let candidate = student(&app, email, "2027-08-31").await;
        let id = json_of(apply(&app, &candidate, &vacancy, None).await, 201).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        crate::offers::advance_to(&app, &recruiter, &id, "hr_chat").await;
        let at = day + chrono::Duration::hours(hour - 9);
        let body = json!({ "stage": "hr_chat", "kind": "hr_chat", "minutes": 30,
            "video_url": format!("https://meet.example/{hour}"), "panel": [jo_id], "slots": [at] });
        let chat =
            json_of(offer(&app, &recruiter, &id, body).await, 201).await["id"].as_str().unwrap().to_owned();
        json_of(book(&app, &candidate, &chat, json!({ "starts_at": at })).await, 200).await;
        chats.push(chat);
    }

    // Both are coming up, the 09:00 one first, with the candidate's work to look at beforehand.
    let (status, _, html) = page(&jo, app.url("/orgs/acme/my-interviews")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Coming up <span class=\"count\">2</span>") && !html.contains("Scorecards to send"),
        "{html}"
    );
    let first = html.find(&format!("id=\"interview-{}\"", chats[1])).unwrap();
    let second = html.find(&format!("id=\"interview-{}\"", chats[0])).unwrap();
    assert!(first < second, "the 09:00 chat comes first");
    assert!(html.contains("href=\"https://github.com/ada-l\"") && html.contains(">Portfolio<"), "{html}");
    assert!(html.contains("Backend intern · Initial chat with HR (30 min)"), "{html}");

    // Jo writes the 09:00 chat's scorecard during the call: it moves to "Done", without a form.
    let token = token_in(&html);
    let kit: Vec<String> = html
        .match_indices("name=\"rating_")
        .map(|(at, _)| html[at + 13..].split('"').next().unwrap().to_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(kit.len() >= 2, "{kit:?}");
    let mut card: Vec<(String, String)> =
        kit.iter().map(|a| (format!("rating_{a}"), "3".to_owned())).collect();
    card.push(("_csrf".into(), token.clone()));
    card.push(("recommendation".into(), "yes".into()));
    let fields: Vec<(&str, &str)> = card.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (_, at, html) =
        submit(&app, &jo, &format!("/orgs/acme/interviews/{}/scorecard", chats[1]), &fields).await;
    assert_eq!(at, "/orgs/acme/my-interviews");
    assert!(html.contains("Scorecard sent."), "{html}");
    assert!(html.contains("Coming up <span class=\"count\">1</span>") && html.contains(">Done<"), "{html}");
    assert_eq!(html.matches("/scorecard\"").count(), 1, "only the chat still to score has a form");
    assert!(
        html.find("id=\"done-h\"").unwrap() < html.find(&format!("id=\"interview-{}\"", chats[1])).unwrap()
    );

    // Another interviewer has none of them.
    let (_, _, html) = page(&ian, app.url("/orgs/acme/my-interviews")).await;
    assert!(html.contains("No interviews booked with you."), "{html}");
}
