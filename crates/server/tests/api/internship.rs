//! The internship as an intern, their mentor, a team lead, a trainer and the coordinator live
//! it: from the accepted offer through onboarding, a published mentor match, 1-on-1s, a workshop
//! with a waiting list, a shadowing visit and the final evaluation to completion.

use crate::applications::{PDF, application_form, published_vacancy, student};
use crate::interviews::user_id;
use crate::mail::SmtpSink;
use crate::offers::{advance_to, send_offer};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use reqwest::Client;
use serde_json::{Value, json};

on_both_backends!(
    from_accepted_offer_to_a_completed_internship,
    waiting_lists_promote_once_under_a_race,
    networking_events_take_rsvps_up_to_their_capacity,
);

/// Hires a new student into `acme`'s vacancy: applies, reaches Decision, accepts the offer.
pub async fn hire(app: &TestApp, recruiter: &str, vacancy: &str, email: &str) -> Client {
    let browser = student(app, email, "2027-08-31").await;
    // With a CV, sent with an idempotency key (as a retrying client would).
    let form = application_form(Some(("cv.pdf", PDF.to_vec())));
    let applied = browser
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .header("idempotency-key", format!("apply-{email}"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let id = json_of(applied, 201).await["id"].as_str().unwrap().to_owned();
    advance_to(app, recruiter, &id, "decision").await;
    let offer = send_offer(app, recruiter, &id).await;
    json_of(browser.post(app.url(&format!("/api/v1/me/offers/{offer}/accept"))).send().await.unwrap(), 200)
        .await;
    browser
}

/// POSTs `body` as JSON, with a bearer token if given (the request is built at once, so the
/// future borrows nothing).
fn post(
    client: &Client,
    url: String,
    bearer: Option<&str>,
    body: Value,
) -> impl std::future::Future<Output = reqwest::Response> + use<> {
    let mut request = client.post(url).json(&body);
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    let sent = request.send();
    async move { sent.await.unwrap() }
}

/// Waits (up to 20 s) until e-mails with this subject reached each of `recipients`.
async fn wait_for_mail(sink: &SmtpSink, subject: &str, recipients: &[&str]) {
    for _ in 0..200 {
        let messages = sink.messages.lock().unwrap().clone();
        let arrived = |to: &&str| {
            messages.iter().any(|m| {
                m.lines().any(|l| l.starts_with("Subject: ") && l.contains(subject))
                    && m.lines().any(|l| l.starts_with("To: ") && l.contains(to))
            })
        };
        if recipients.iter().all(arrived) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no e-mail {subject:?} to each of {recipients:?}");
}

async fn from_accepted_offer_to_a_completed_internship(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url.clone();
    let app = TestApp::spawn_configured(backend, |config| config.smtp_url = Some(url)).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let api = |path: &str| app.url(&format!("/api/v1/orgs/acme{path}"));
    let me = |path: &str| app.url(&format!("/api/v1/me{path}"));

    // Two teams: the intern joins Payments (the offer's team), whose lead also mentors.
    let lead = app.member(&org, "lea@acme.example", "mentor").await;
    let lead_id = user_id(&app, &lead).await;
    let host = app.member(&org, "hugo@acme.example", "interviewer").await;
    let host_id = user_id(&app, &host).await;
    let payments = json_of(
        post(
            &app.client(),
            api("/teams"),
            Some(&recruiter),
            json!({ "name": "Payments", "lead_id": lead_id, "weekly_guests": 1 }),
        )
        .await,
        201,
    )
    .await["id"]
        .clone();
    let platform = json_of(
        post(
            &app.client(),
            api("/teams"),
            Some(&recruiter),
            json!({ "name": "Platform", "lead_id": host_id, "weekly_guests": 1 }),
        )
        .await,
        201,
    )
    .await["id"]
        .clone();
    problem(
        post(&app.client(), api("/teams"), Some(&recruiter), json!({ "name": "Payments" })).await,
        409,
        "team_exists",
    )
    .await;
    // The list of teams is paged like every list.
    let first = app.client().get(format!("{}?limit=1", api("/teams"))).bearer_auth(&recruiter).send();
    let first = json_of(first.await.unwrap(), 200).await;
    assert_eq!(first["items"][0]["id"], payments);
    let cursor = first["next_cursor"].as_str().expect("a cursor to the second team");
    let rest = app.client().get(format!("{}?limit=1&cursor={cursor}", api("/teams"))).bearer_auth(&recruiter);
    let rest = json_of(rest.send().await.unwrap(), 200).await;
    assert_eq!(rest["items"][0]["id"], platform);
    assert!(rest["next_cursor"].is_null(), "{rest}");

    // Accepting the offer makes Ada an intern in Payments, with the default checklist.
    let ada = hire(&app, &recruiter, &vacancy, "ada@student.tudelft.nl").await;
    let bob = hire(&app, &recruiter, &vacancy, "bob@student.tudelft.nl").await;
    let internship = json_of(ada.get(me("/internship")).send().await.unwrap(), 200).await;
    let intern = internship["id"].as_str().unwrap().to_owned();
    assert_eq!(internship["team_id"], payments);
    assert_eq!(
        (internship["starts_on"].as_str(), internship["ends_on"].as_str()),
        (Some("2027-02-01"), Some("2027-07-31"))
    );
    let bob_intern = json_of(bob.get(me("/internship")).send().await.unwrap(), 200).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    problem(
        app.candidate("nobody@example.org").await.get(me("/onboarding")).send().await.unwrap(),
        404,
        "not_an_intern",
    )
    .await;

    // Onboarding: every task has an owner and a due date; owners complete their own.
    let checklist = json_of(ada.get(me("/onboarding")).send().await.unwrap(), 200).await;
    let tasks = checklist["tasks"].as_array().unwrap().clone();
    assert_eq!(checklist["progress"]["total"], tasks.len());
    let task_of = |owner: &str| tasks.iter().find(|t| t["owner"] == owner).unwrap()["id"].clone();
    let induction = tasks.iter().find(|t| t["title"] == "Induction training").unwrap();
    assert_eq!(
        (induction["due_on"].as_str(), induction["state"].as_str()),
        (Some("2027-02-01"), Some("open"))
    );
    json_of(post(&ada, me("/onboarding"), None, json!({ "task_id": induction["id"] })).await, 200).await;
    problem(
        post(&ada, me("/onboarding"), None, json!({ "task_id": induction["id"] })).await,
        409,
        "task_done",
    )
    .await;
    problem(
        post(&ada, me("/onboarding"), None, json!({ "task_id": task_of("recruiter") })).await,
        403,
        "not_task_owner",
    )
    .await;
    let onboarding = api(&format!("/interns/{intern}/onboarding"));
    json_of(
        post(&app.client(), onboarding.clone(), Some(&recruiter), json!({ "task_id": task_of("recruiter") }))
            .await,
        200,
    )
    .await;
    json_of(post(&lead, onboarding.clone(), None, json!({ "task_id": task_of("team_lead") })).await, 200)
        .await;
    problem(
        post(&host, onboarding.clone(), None, json!({ "task_id": task_of("team_lead") })).await,
        404,
        "not_found",
    )
    .await;
    // Moving the first day a week earlier moves the open tasks with it; done ones stay done.
    let moved = app
        .client()
        .put(api(&format!("/interns/{intern}")))
        .bearer_auth(&recruiter)
        .json(&json!({ "team_id": payments, "starts_on": "2027-01-25", "ends_on": "2027-07-31" }))
        .send()
        .await
        .unwrap();
    json_of(moved, 200).await;
    let checklist = json_of(ada.get(me("/onboarding")).send().await.unwrap(), 200).await;
    let tasks = checklist["tasks"].as_array().unwrap();
    let due = |title: &str| tasks.iter().find(|t| t["title"] == title).unwrap()["due_on"].clone();
    assert_eq!(
        (due("Set your learning goals"), due("Induction training")),
        (json!("2027-02-04"), json!("2027-02-01"))
    );
    let progress =
        json_of(app.client().get(api("/interns")).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    let ada_row =
        progress["items"].as_array().unwrap().iter().find(|i| i["id"] == intern.as_str()).unwrap().clone();
    assert_eq!(ada_row["onboarding"]["done"], 3);

    // Mentors declare themselves; the intern says what interests them.
    let mia = app.member(&org, "mia@acme.example", "mentor").await;
    let mia_id = user_id(&app, &mia).await;
    let mentor = |id: &str| api(&format!("/mentors/{id}"));
    let profile = json!({ "capacity": 1, "skills": ["Rust"], "interests": ["security"], "languages": ["English", "Dutch"], "team_id": platform });
    json_of(mia.put(mentor(&mia_id)).json(&profile).send().await.unwrap(), 200).await;
    let lead_profile = json!({ "capacity": 2, "skills": ["Python", "Rust"], "interests": ["security"], "languages": ["English"], "team_id": payments });
    json_of(lead.put(mentor(&lead_id)).json(&lead_profile).send().await.unwrap(), 200).await;
    problem(mia.put(mentor(&lead_id)).json(&profile).send().await.unwrap(), 404, "not_found").await;
    json_of(
        ada.put(me("/internship"))
            .json(&json!({ "interests": ["Security"], "languages": ["English"] }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    json_of(
        bob.put(me("/internship"))
            .json(&json!({ "interests": [], "languages": ["English"] }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;

    // The matching never pairs an intern with their own team lead: Mia mentors Ada, Bob waits.
    let program =
        json_of(app.client().get(api("/programs")).bearer_auth(&recruiter).send().await.unwrap(), 200).await
            ["items"][0]["id"]
            .clone();
    let proposed =
        post(&app.client(), api("/matching-runs"), Some(&recruiter), json!({ "program_id": program })).await;
    let etag = proposed.headers()["etag"].to_str().unwrap().to_owned();
    let run = json_of(proposed, 201).await;
    assert_eq!(run["pairs"].as_array().unwrap().len(), 1, "{run}");
    assert_eq!(
        (run["pairs"][0]["intern"].as_str(), run["pairs"][0]["mentor"].as_str()),
        (Some(intern.as_str()), Some(mia_id.as_str()))
    );
    assert!(
        run["pairs"][0]["reasons"].as_array().unwrap().iter().any(|r| r["factor"] == "interests"),
        "{run}"
    );
    assert_eq!(run["unmatched"], json!([bob_intern]));
    let run_url = api(&format!("/matching-runs/{}", run["id"].as_str().unwrap()));
    let overridden = app
        .client()
        .put(format!("{run_url}/pairs"))
        .bearer_auth(&recruiter)
        .header("if-match", &etag)
        .json(&json!({ "intern_id": bob_intern, "mentor_id": lead_id }))
        .send()
        .await
        .unwrap();
    problem(overridden, 422, "pair_not_allowed").await;
    let publish = |etag: &str| {
        app.client()
            .post(format!("{run_url}/publication"))
            .bearer_auth(&recruiter)
            .header("if-match", etag)
            .send()
    };
    problem(publish("\"0\"").await.unwrap(), 412, "precondition_failed").await;
    let published = json_of(publish(&etag).await.unwrap(), 200).await;
    assert_eq!(published["status"], "published");
    let mentorship = json_of(ada.get(me("/mentorship")).send().await.unwrap(), 200).await;
    assert_eq!(mentorship["mentor"]["email"], "mia@acme.example");
    let announced = json_of(
        app.client()
            .get(api("/audit?action=mentor.matched"))
            .bearer_auth(&app.token(&org, "admin").await)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(announced["items"].as_array().unwrap().len(), 1);
    wait_for_mail(&sink, "Meet your mentor match", &["ada@student.tudelft.nl", "mia@acme.example"]).await;

    // A 1-on-1 and a goal: the pair and the coordinator see them; nobody else does.
    let notes = api(&format!("/interns/{intern}/one-on-ones"));
    json_of(post(&mia, notes.clone(), None, json!({ "held_on": "2027-02-03", "notes": "SENTINEL first chat: pairing on Fridays.", "action_items": ["Read the payments RFC"] })).await, 201).await;
    assert!(
        json_of(ada.get(me("/mentorship")).send().await.unwrap(), 200).await["one_on_ones"][0]["notes"]
            .as_str()
            .unwrap()
            .contains("SENTINEL")
    );
    assert_eq!(
        json_of(app.client().get(&notes).bearer_auth(&recruiter).send().await.unwrap(), 200)
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
    for outsider in [&lead, &host, &bob] {
        problem(outsider.get(&notes).send().await.unwrap(), 404, "not_found").await;
        problem(
            outsider.get(api(&format!("/interns/{intern}/evaluations"))).send().await.unwrap(),
            404,
            "not_found",
        )
        .await;
    }
    assert!(
        json_of(bob.get(me("/mentorship")).send().await.unwrap(), 200).await["one_on_ones"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let goal = json_of(
        post(
            &ada,
            me("/goals"),
            None,
            json!({ "title": "Ship a feature to production", "due_on": "2027-05-01" }),
        )
        .await,
        201,
    )
    .await;
    let goal_url = me(&format!("/goals/{}", goal["id"].as_str().unwrap()));
    json_of(
        ada.put(&goal_url)
            .json(
                &json!({ "title": "Ship a feature to production", "status": "met", "due_on": "2027-05-01" }),
            )
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    problem(bob.put(&goal_url).json(&json!({ "title": "Mine now" })).send().await.unwrap(), 404, "not_found")
        .await;

    // A workshop with one seat: Bob takes it, Ada waits; Bob cancels and Ada is promoted.
    let trainer = app.member(&org, "tara@acme.example", "interviewer").await;
    let trainer_id = user_id(&app, &trainer).await;
    let training = json_of(
        post(
            &app.client(),
            api("/trainings"),
            Some(&recruiter),
            json!({
                "title": "Secure coding", "topic": "cybersecurity", "level": "beginner",
                "skills": ["Threat modelling"], "mandatory_program_id": program, "complete_by": "2027-03-31"
            }),
        )
        .await,
        201,
    )
    .await;
    let session = json_of(
        post(&app.client(), api(&format!("/trainings/{}/sessions", training["id"].as_str().unwrap())), Some(&recruiter), json!({
            "starts_at": "2027-02-10T09:00:00Z", "ends_at": "2027-02-10T12:00:00Z", "location": "Room 4", "capacity": 1, "trainer_id": trainer_id
        })).await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let enrollment = me(&format!("/training-sessions/{session}/enrollment"));
    assert_eq!(json_of(bob.post(&enrollment).send().await.unwrap(), 201).await["seat"], "seated");
    let waiting = json_of(ada.post(&enrollment).send().await.unwrap(), 201).await;
    assert_eq!((waiting["seat"].as_str(), waiting["position"].as_u64()), (Some("waiting"), Some(1)));
    problem(ada.post(&enrollment).send().await.unwrap(), 409, "already_enrolled").await;
    json_of(bob.delete(&enrollment).send().await.unwrap(), 200).await;
    let mine = json_of(ada.get(me("/trainings")).send().await.unwrap(), 200).await;
    assert_eq!(mine["enrollments"][0]["seat"], "seated", "promoted when Bob cancelled: {mine}");
    wait_for_mail(&sink, "You have a seat: Secure coding", &["ada@student.tudelft.nl"]).await;
    assert_eq!(
        (mine["trainings"][0]["mandatory"].as_bool(), mine["trainings"][0]["overdue"].as_bool()),
        (Some(true), Some(false))
    );

    // The trainer marks attendance; only attendees give feedback; attending adds the skill.
    let roster = api(&format!("/training-sessions/{session}/roster"));
    assert_eq!(json_of(trainer.get(&roster).send().await.unwrap(), 200).await.as_array().unwrap().len(), 1);
    problem(host.get(&roster).send().await.unwrap(), 404, "not_found").await;
    let feedback = me(&format!("/training-sessions/{session}/feedback"));
    problem(post(&ada, feedback.clone(), None, json!({ "rating": 5 })).await, 403, "not_an_attendee").await;
    let attendance = api(&format!("/training-sessions/{session}/attendance"));
    problem(
        post(&trainer, attendance.clone(), None, json!({ "intern_id": bob_intern, "attended": true })).await,
        409,
        "not_seated",
    )
    .await;
    json_of(post(&trainer, attendance, None, json!({ "intern_id": intern, "attended": true })).await, 200)
        .await;
    problem(post(&bob, feedback.clone(), None, json!({ "rating": 1 })).await, 403, "not_an_attendee").await;
    json_of(post(&ada, feedback, None, json!({ "rating": 5, "comment": "Hands-on and clear." })).await, 200)
        .await;
    let skills = json_of(ada.get(me("/internship")).send().await.unwrap(), 200).await["skills"].clone();
    assert!(skills.as_array().unwrap().contains(&json!("Threat modelling")), "{skills}");

    // Shadowing: Platform hosts one guest a week; its lead accepts Ada and cannot take Bob too.
    let ask = |browser: &Client, team: &Value| {
        post(
            browser,
            me("/shadowing"),
            None,
            json!({ "team_id": team, "on_date": "2027-03-03", "note": "How do you deploy?" }),
        )
    };
    problem(ask(&ada, &payments).await, 422, "validation_failed").await;
    let ada_visit = json_of(ask(&ada, &platform).await, 201).await["id"].as_str().unwrap().to_owned();
    let bob_visit = json_of(ask(&bob, &platform).await, 201).await["id"].as_str().unwrap().to_owned();
    let decide = |who: &Client, id: &str, accept: bool| {
        post(who, api(&format!("/shadowing-requests/{id}/decision")), None, json!({ "accept": accept }))
    };
    problem(decide(&lead, &ada_visit, true).await, 404, "not_found").await;
    assert_eq!(json_of(decide(&host, &ada_visit, true).await, 200).await["status"], "accepted");
    problem(decide(&host, &bob_visit, true).await, 409, "team_full").await;
    let rotation = json_of(
        post(
            &app.client(),
            api("/shadowing-rotations"),
            Some(&recruiter),
            json!({ "program_id": program, "first_week": "2027-03-01", "weeks": 2 }),
        )
        .await,
        200,
    )
    .await;
    for visit in rotation["visits"].as_array().unwrap() {
        assert_ne!(visit["team_id"], payments, "nobody shadows their own team: {rotation}");
        assert!(
            !(visit["intern_id"] == intern.as_str() && visit["team_id"] == platform),
            "Ada already visited Platform: {rotation}"
        );
    }

    // Final evaluation by the mentor and the intern; completion records the summary.
    let ratings =
        json!({ "technical_skills": 4, "communication": 5, "teamwork": 4, "ownership": 4, "learning": 5 });
    let evaluations = api(&format!("/interns/{intern}/evaluations"));
    problem(
        post(&app.client(), api(&format!("/interns/{intern}/completion")), Some(&recruiter), json!({})).await,
        409,
        "final_evaluation_missing",
    )
    .await;
    problem(
        post(
            &app.client(),
            evaluations.clone(),
            Some(&recruiter),
            json!({ "kind": "final", "ratings": ratings }),
        )
        .await,
        403,
        "mentor_only",
    )
    .await;
    problem(
        post(
            &mia,
            evaluations.clone(),
            None,
            json!({ "kind": "final", "ratings": { "technical_skills": 9 } }),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    json_of(
        post(
            &mia,
            evaluations.clone(),
            None,
            json!({ "kind": "final", "ratings": ratings, "comments": "Ready for a junior role." }),
        )
        .await,
        201,
    )
    .await;
    problem(
        post(&mia, evaluations.clone(), None, json!({ "kind": "final", "ratings": ratings })).await,
        409,
        "evaluation_submitted",
    )
    .await;
    json_of(post(&ada, me("/evaluations"), None, json!({ "kind": "final", "ratings": ratings })).await, 201)
        .await;
    assert!(
        json_of(bob.get(me("/evaluations")).send().await.unwrap(), 200).await.as_array().unwrap().is_empty()
    );
    let done = json_of(
        post(&app.client(), api(&format!("/interns/{intern}/completion")), Some(&recruiter), json!({})).await,
        200,
    )
    .await;
    assert_eq!(done["status"], "completed");
    let summary = &done["summary"];
    assert_eq!(summary["trainings_completed"], json!(["Secure coding"]));
    assert_eq!(summary["mandatory_missed"], json!([]));
    assert_eq!((summary["goals_met"].as_u64(), summary["goals_total"].as_u64()), (Some(1), Some(1)));
    assert_eq!((summary["shadowing_visits"].as_u64(), summary["one_on_ones"].as_u64()), (Some(1), Some(1)));
    assert_eq!(summary["final_mentor_average"], 4.4);
    problem(
        post(&app.client(), api(&format!("/interns/{intern}/completion")), Some(&recruiter), json!({})).await,
        409,
        "already_completed",
    )
    .await;

    // She keeps her data at acme for future vacancies, then changes her mind; she subscribes to
    // her calendar.
    let consent =
        json!({ "organisation": "acme", "purpose": "future_vacancies", "privacy_notice_version": "2026-11" });
    let given = json_of(post(&ada, app.url("/api/v1/me/consents"), None, consent).await, 201).await;
    let withdrawal = format!("/api/v1/me/consents/{}/withdrawal", given["id"].as_str().unwrap());
    json_of(ada.post(app.url(&withdrawal)).send().await.unwrap(), 200).await;
    json_of(ada.post(app.url("/api/v1/me/calendar-feed")).send().await.unwrap(), 201).await;
    let starts = chrono::Utc::now() + chrono::Duration::days(10);
    let meetup = json!({ "title": "Meet the CTO", "starts_at": starts, "ends_at": starts + chrono::Duration::hours(1), "location": "Atrium", "capacity": 20 });
    let event = json_of(
        post(&app.client(), app.url("/api/v1/orgs/acme/events"), Some(&recruiter), meetup).await,
        201,
    )
    .await;
    let rsvp = app.url(&format!("/api/v1/me/events/{}/rsvp", event["id"].as_str().unwrap()));
    json_of(ada.put(&rsvp).json(&json!({ "response": "yes" })).send().await.unwrap(), 200).await;

    // Her export holds every personal field the data map lists for her, but those of the
    // assessment (her hire skipped interviews and the case study: the pipeline story checks
    // them) and those no story fills (each named, with the reason).
    crate::privacy::assert_export_complete(&app, &ada, crate::privacy::Journey::Internship).await;
}

async fn waiting_lists_promote_once_under_a_race(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = hire(&app, &recruiter, &vacancy, "ada@student.tudelft.nl").await;
    let bob = hire(&app, &recruiter, &vacancy, "bob@student.tudelft.nl").await;
    let training = json_of(
        post(
            &app.client(),
            app.url("/api/v1/orgs/acme/trainings"),
            Some(&recruiter),
            json!({ "title": "Pitching", "topic": "presentation_skills", "level": "beginner" }),
        )
        .await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let session = json_of(
        post(&app.client(), app.url(&format!("/api/v1/orgs/acme/trainings/{training}/sessions")), Some(&recruiter), json!({
            "starts_at": "2027-02-10T09:00:00Z", "ends_at": "2027-02-10T10:00:00Z", "link": "https://meet.example/pitch", "capacity": 1
        })).await,
        201,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let enrollment = app.url(&format!("/api/v1/me/training-sessions/{session}/enrollment"));
    // Both race for the one seat: one sits, the other waits — never two seated.
    let (a, b) = tokio::join!(ada.post(&enrollment).send(), bob.post(&enrollment).send());
    let mut seats = vec![
        json_of(a.unwrap(), 201).await["seat"].as_str().unwrap().to_owned(),
        json_of(b.unwrap(), 201).await["seat"].as_str().unwrap().to_owned(),
    ];
    seats.sort();
    assert_eq!(seats, ["seated", "waiting"]);
    // Cancelling twice at once frees one seat once.
    let seated = if json_of(ada.get(app.url("/api/v1/me/trainings")).send().await.unwrap(), 200).await["enrollments"]
        [0]["seat"]
        == "seated"
    {
        &ada
    } else {
        &bob
    };
    let (first, second) = tokio::join!(seated.delete(&enrollment).send(), seated.delete(&enrollment).send());
    let mut statuses = [first.unwrap().status().as_u16(), second.unwrap().status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let roster = json_of(
        app.client()
            .get(app.url(&format!("/api/v1/orgs/acme/training-sessions/{session}/roster")))
            .bearer_auth(&recruiter)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let roster = roster.as_array().unwrap();
    assert_eq!(roster.len(), 1);
    assert_eq!(roster[0]["seat"], "seated");
    // More seats promote nobody twice; fewer than are taken is refused.
    let resize = |capacity: u32| {
        app.client().put(app.url(&format!("/api/v1/orgs/acme/training-sessions/{session}"))).bearer_auth(&recruiter)
        .json(&json!({ "starts_at": "2027-02-10T09:00:00Z", "ends_at": "2027-02-10T10:00:00Z", "capacity": capacity })).send()
    };
    problem(resize(0).await.unwrap(), 422, "validation_failed").await;
    assert_eq!(json_of(resize(3).await.unwrap(), 200).await["seated"], 1);

    // A mandatory training whose date has passed is flagged for the intern and the coordinator.
    let programs =
        app.client().get(app.url("/api/v1/orgs/acme/programs")).bearer_auth(&recruiter).send().await.unwrap();
    let program = json_of(programs, 200).await["items"][0]["id"].clone();
    let yesterday = (chrono::Utc::now() - chrono::Duration::days(1)).date_naive().to_string();
    let overdue = json_of(
        post(
            &app.client(),
            app.url("/api/v1/orgs/acme/trainings"),
            Some(&recruiter),
            json!({
                "title": "Security awareness", "topic": "cybersecurity", "level": "beginner",
                "mandatory_program_id": program, "complete_by": yesterday
            }),
        )
        .await,
        201,
    )
    .await["id"]
        .clone();
    let mine = json_of(ada.get(app.url("/api/v1/me/trainings")).send().await.unwrap(), 200).await;
    let flagged = mine["trainings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["training"]["id"] == overdue)
        .unwrap()
        .clone();
    assert_eq!((flagged["mandatory"].as_bool(), flagged["overdue"].as_bool()), (Some(true), Some(true)));
    let interns = json_of(
        app.client().get(app.url("/api/v1/orgs/acme/interns")).bearer_auth(&recruiter).send().await.unwrap(),
        200,
    )
    .await;
    for intern in interns["items"].as_array().unwrap() {
        assert_eq!(intern["overdue_trainings"], json!([overdue]), "{intern}");
    }
}

async fn networking_events_take_rsvps_up_to_their_capacity(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let ada = hire(&app, &recruiter, &vacancy, "ada@student.tudelft.nl").await;
    let bob = hire(&app, &recruiter, &vacancy, "bob@student.tudelft.nl").await;
    let events = app.url("/api/v1/orgs/acme/events");
    let starts = chrono::Utc::now() + chrono::Duration::days(10);
    let body = json!({ "title": "Meet the CTO", "starts_at": starts, "ends_at": starts + chrono::Duration::hours(1), "location": "Atrium", "capacity": 1 });
    problem(
        post(
            &app.client(),
            events.clone(),
            Some(&recruiter),
            json!({ "title": " ", "starts_at": starts, "ends_at": starts }),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let event = json_of(post(&app.client(), events.clone(), Some(&recruiter), body).await, 201).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let rsvp = app.url(&format!("/api/v1/me/events/{event}/rsvp"));
    let answered =
        json_of(ada.put(&rsvp).json(&json!({ "response": "yes" })).send().await.unwrap(), 200).await;
    assert_eq!((answered["coming"].as_u64(), answered["my_response"].as_str()), (Some(1), Some("yes")));
    // Saying yes again is not a second seat; Bob finds the event full, then Ada's no frees it.
    json_of(ada.put(&rsvp).json(&json!({ "response": "yes" })).send().await.unwrap(), 200).await;
    problem(bob.put(&rsvp).json(&json!({ "response": "yes" })).send().await.unwrap(), 409, "event_full")
        .await;
    problem(
        bob.put(&rsvp).json(&json!({ "response": "perhaps" })).send().await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    json_of(ada.put(&rsvp).json(&json!({ "response": "no" })).send().await.unwrap(), 200).await;
    json_of(bob.put(&rsvp).json(&json!({ "response": "yes" })).send().await.unwrap(), 200).await;
    let listed = json_of(bob.get(app.url("/api/v1/me/events")).send().await.unwrap(), 200).await;
    assert_eq!((listed[0]["coming"].as_u64(), listed[0]["my_response"].as_str()), (Some(1), Some("yes")));
    let org_view =
        json_of(app.client().get(&events).bearer_auth(&recruiter).send().await.unwrap(), 200).await;
    assert_eq!(org_view[0]["coming"], 1);
    // Someone who is no intern has nothing to answer.
    problem(
        app.candidate("eve@example.org")
            .await
            .put(&rsvp)
            .json(&json!({ "response": "yes" }))
            .send()
            .await
            .unwrap(),
        404,
        "not_an_intern",
    )
    .await;
}
