//! Interviews: availability, offered slots, bookings that never double-book anyone, reschedules
//! and cancellations with reasons, and invitations that an independent RFC 5545 parser reads.

use crate::applications::{apply, published_vacancy, student};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of, problem};
use chrono::{DateTime, Duration, Utc};
use reqwest::Client;
use serde_json::{Value, json};

on_both_backends!(
    candidates_book_reschedule_and_cancel_with_invitations_that_parse,
    two_candidates_racing_for_one_interviewer_slot_one_wins,
);

/// 09:00 UTC, `days` from today.
pub fn morning(days: i64) -> DateTime<Utc> {
    (Utc::now().date_naive() + Duration::days(days)).and_hms_opt(9, 0, 0).unwrap().and_utc()
}

pub async fn user_id(app: &TestApp, browser: &Client) -> String {
    json_of(browser.get(app.url("/api/v1/me")).send().await.unwrap(), 200).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// An interviewer of `acme`, available all of that day from 09:00 to 17:00.
pub async fn interviewer(app: &TestApp, email: &str, day: DateTime<Utc>) -> (Client, String) {
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let browser = app.member(&org, email, "interviewer").await;
    let id = user_id(app, &browser).await;
    let window = json!({ "starts_at": day, "ends_at": day + Duration::hours(8) });
    json_of(browser.post(app.url("/api/v1/orgs/acme/availability")).json(&window).send().await.unwrap(), 201)
        .await;
    (browser, id)
}

pub async fn offer(app: &TestApp, recruiter: &str, application: &str, body: Value) -> reqwest::Response {
    app.client()
        .post(app.url(&format!("/api/v1/orgs/acme/applications/{application}/interviews")))
        .bearer_auth(recruiter)
        .json(&body)
        .send()
        .await
        .unwrap()
}

pub async fn book(app: &TestApp, browser: &Client, interview: &str, body: Value) -> reqwest::Response {
    browser
        .post(app.url(&format!("/api/v1/me/interviews/{interview}/booking")))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Parses an invitation with the `ical` crate and returns its one event's properties by name,
/// with the calendar's METHOD under "METHOD".
fn parse(text: &str) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("parses");
    assert!(calendars.next().is_none());
    assert_eq!(calendar.events.len(), 1);
    let mut found = std::collections::BTreeMap::<String, Vec<String>>::new();
    for p in calendar.properties.iter().chain(calendar.events[0].properties.iter()) {
        found.entry(p.name.clone()).or_default().push(p.value.clone().unwrap_or_default());
    }
    for required in
        ["VERSION", "PRODID", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "ORGANIZER"]
    {
        assert!(found.contains_key(required), "{required} missing from\n{text}");
    }
    for time in ["DTSTAMP", "DTSTART", "DTEND"] {
        assert!(found[time][0].ends_with('Z'), "{time} is not UTC");
    }
    found
}

async fn calendar(browser: &Client, url: String) -> String {
    let response = browser.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    response.text().await.unwrap()
}

async fn candidates_book_reschedule_and_cancel_with_invitations_that_parse(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let day = morning(3);
    let (ian, ian_id) = interviewer(&app, "ian@acme.example", day).await;
    let (_jo, jo_id) = interviewer(&app, "jo@acme.example", day).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let application =
        json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let at = |hour: i64| day + Duration::hours(hour - 9);

    // Where Ian's and Jo's days meet: every half hour from nine, the last hour starting at four.
    let url =
        format!("/api/v1/orgs/acme/free-slots?panel={ian_id},{jo_id}&minutes=60&from={}", day.to_rfc3339());
    let free =
        app.client().get(app.url(&url.replace('+', "%2B"))).bearer_auth(&recruiter).send().await.unwrap();
    let free = json_of(free, 200).await["starts"].as_array().unwrap().clone();
    assert_eq!(
        (free.len(), free[0].as_str().unwrap()),
        (15, at(9).to_rfc3339_opts(chrono::SecondsFormat::Secs, true).as_str())
    );

    // The HR chat online with Jo, the technical interview on site with Ian and Jo.
    let hr = json_of(
        offer(
            &app,
            &recruiter,
            &application,
            json!({
                "stage": "hr_chat", "kind": "hr_chat", "minutes": 30, "video_url": "https://meet.example/ada",
                "panel": [jo_id], "slots": [at(10), at(11)]
            }),
        )
        .await,
        201,
    )
    .await;
    let tech = json_of(
        offer(&app, &recruiter, &application, json!({
            "stage": "interviews", "kind": "technical", "minutes": 60, "location": "Keizersgracht 1, Amsterdam",
            "panel": [ian_id, jo_id], "slots": [at(10), at(14)]
        }))
        .await,
        201,
    )
    .await;
    assert_eq!(tech["status"], "offered");
    // A slot outside Ian's day is not offered at all.
    let late = offer(
        &app,
        &recruiter,
        &application,
        json!({
            "stage": "interviews", "kind": "technical", "minutes": 60, "location": "Amsterdam",
            "panel": [ian_id], "slots": [at(16) + Duration::minutes(30)]
        }),
    )
    .await;
    assert!(
        problem(late, 422, "slot_unavailable").await["detail"].as_str().unwrap().contains("not available")
    );

    let mine = json_of(ada.get(app.url("/api/v1/me/interviews")).send().await.unwrap(), 200).await;
    assert_eq!(mine["items"].as_array().unwrap().len(), 2);
    let (hr, tech) = (hr["id"].as_str().unwrap(), tech["id"].as_str().unwrap());

    // Ada books the chat at ten; ten is then taken for her (and Jo), so she takes two o'clock.
    let booked = json_of(book(&app, &ada, hr, json!({ "starts_at": at(10) })).await, 200).await;
    assert_eq!(booked["status"], "booked");
    problem(book(&app, &ada, tech, json!({ "starts_at": at(10) })).await, 409, "double_booking").await;
    problem(book(&app, &ada, tech, json!({ "starts_at": at(12) })).await, 409, "slot_not_offered").await;
    json_of(book(&app, &ada, tech, json!({ "starts_at": at(14) })).await, 200).await;

    let first = calendar(&ada, app.url(&format!("/api/v1/me/interviews/{tech}.ics"))).await;
    let first = parse(&first);
    assert_eq!(first["METHOD"], ["REQUEST"]);
    assert_eq!(first["SEQUENCE"], ["0"]);
    assert_eq!(first["DTSTART"], [at(14).format("%Y%m%dT%H%M%SZ").to_string()]);
    assert_eq!(first["ATTENDEE"].len(), 3, "Ada, Ian and Jo");
    assert_eq!(first["LOCATION"], ["Keizersgracht 1\\, Amsterdam"]);

    // The recruiter moves it to three; the invitation keeps its UID with a higher SEQUENCE,
    // and Ian sees the same one.
    let moved = app
        .client()
        .post(app.url(&format!("/api/v1/orgs/acme/interviews/{tech}/reschedule")))
        .bearer_auth(&recruiter)
        .json(&json!({ "starts_at": at(15), "reason": "Ian has a clash" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(moved, 200).await["sequence"], 1);
    let second = parse(&calendar(&ian, app.url(&format!("/api/v1/orgs/acme/interviews/{tech}.ics"))).await);
    assert_eq!(second["UID"], first["UID"]);
    assert_eq!(second["SEQUENCE"], ["1"]);
    assert_eq!(second["DTSTART"], [at(15).format("%Y%m%dT%H%M%SZ").to_string()]);

    // Ada moves the chat to the other offered slot; a move needs a reason.
    problem(book(&app, &ada, hr, json!({ "starts_at": at(11) })).await, 422, "validation_failed").await;
    let hr_moved =
        json_of(book(&app, &ada, hr, json!({ "starts_at": at(11), "reason": "A lecture moved" })).await, 200)
            .await;
    assert_eq!(hr_moved["sequence"], 1);

    // Ian's private feed has the technical interview; once revoked, the URL is dead.
    let feed = json_of(ian.post(app.url("/api/v1/me/calendar-feed")).send().await.unwrap(), 201).await;
    let path = feed["url"].as_str().unwrap().split_once("/api/").unwrap().1.to_owned();
    let text = app.client().get(app.url(&format!("/api/{path}"))).send().await.unwrap().text().await.unwrap();
    assert!(text.contains(&format!("UID:{}", first["UID"][0])), "{text}");
    assert_eq!(ian.delete(app.url("/api/v1/me/calendar-feed")).send().await.unwrap().status(), 204);
    problem(app.client().get(app.url(&format!("/api/{path}"))).send().await.unwrap(), 404, "not_found").await;

    // Ada cancels the chat: the invitation becomes a cancellation.
    let cancel = ada
        .post(app.url(&format!("/api/v1/me/interviews/{hr}/cancel")))
        .json(&json!({ "reason": "I accepted another offer" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(cancel, 200).await["status"], "cancelled");
    let cancelled = parse(&calendar(&ada, app.url(&format!("/api/v1/me/interviews/{hr}.ics"))).await);
    assert_eq!(cancelled["METHOD"], ["CANCEL"]);
    assert_eq!(cancelled["STATUS"], ["CANCELLED"]);
    assert_eq!(cancelled["SEQUENCE"], ["2"]);

    // Nobody else sees them: another student, or an interviewer not on the panel.
    let bo = student(&app, "bo@student.tudelft.nl", "2027-08-31").await;
    problem(
        bo.get(app.url(&format!("/api/v1/me/interviews/{tech}"))).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    let outsider = app.member(&org, "olga@acme.example", "interviewer").await;
    let url = app.url(&format!("/api/v1/orgs/acme/interviews/{tech}.ics"));
    problem(outsider.get(url).send().await.unwrap(), 404, "not_found").await;

    // Ian takes at most one interview a day: no more slots with him that day.
    let cap = ian
        .put(app.url("/api/v1/orgs/acme/interviewer-settings"))
        .json(&json!({ "daily_cap": 1 }))
        .send()
        .await
        .unwrap();
    json_of(cap, 200).await;
    let capped = offer(
        &app,
        &recruiter,
        &application,
        json!({
            "stage": "interviews", "kind": "presentation", "minutes": 30, "location": "Amsterdam",
            "panel": [ian_id], "slots": [at(9)]
        }),
    )
    .await;
    assert!(
        problem(capped, 422, "slot_unavailable").await["detail"].as_str().unwrap().contains("daily maximum")
    );
}

async fn two_candidates_racing_for_one_interviewer_slot_one_wins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let day = morning(2);
    let (_ian, ian_id) = interviewer(&app, "ian@acme.example", day).await;
    let ian_caps = app
        .client()
        .put(app.url("/api/v1/orgs/acme/interviewer-settings"))
        .bearer_auth(&recruiter)
        .json(&json!({ "user_id": ian_id, "daily_cap": 12 }))
        .send()
        .await
        .unwrap();
    json_of(ian_caps, 200).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let bo = student(&app, "bo@student.tudelft.nl", "2027-08-31").await;
    let mut interviews = Vec::new();
    for browser in [&ada, &bo] {
        let application =
            json_of(apply(&app, browser, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
        let mut ids = Vec::new();
        // Eight rounds: each hour is offered to both, then both grab it at once.
        for round in 0..8 {
            let slot = day + Duration::hours(round);
            let body = json!({ "stage": "interviews", "kind": "technical", "minutes": 60,
                "video_url": "https://meet.example/x", "panel": [ian_id], "slots": [slot] });
            ids.push(
                json_of(offer(&app, &recruiter, &application, body).await, 201).await["id"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
        }
        interviews.push(ids);
    }
    for round in 0..8 {
        let slot = day + Duration::hours(round);
        let (a, b) = tokio::join!(
            book(&app, &ada, &interviews[0][round as usize], json!({ "starts_at": slot })),
            book(&app, &bo, &interviews[1][round as usize], json!({ "starts_at": slot })),
        );
        let mut statuses = [a.status().as_u16(), b.status().as_u16()];
        statuses.sort();
        assert_eq!(statuses, [200, 409], "round {round}");
        let loser = if a.status() == 409 { a } else { b };
        problem(loser, 409, "double_booking").await;
    }
    let ian_booked = app
        .client()
        .get(app.url("/api/v1/orgs/acme/interviews?limit=50"))
        .bearer_auth(&recruiter)
        .send()
        .await
        .unwrap();
    let all = json_of(ian_booked, 200).await;
    let booked = all["items"].as_array().unwrap().iter().filter(|i| i["status"] == "booked").count();
    assert_eq!(booked, 8);
}
