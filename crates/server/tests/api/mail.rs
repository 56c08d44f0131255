//! E-mail: every notice of an application's way to an interview reaches a real SMTP conversation
//! on loopback with a plain-text part, invitations with their `.ics`; without SMTP configured,
//! e-mails land as `.eml` files in the data directory.

use crate::applications::{apply, published_vacancy, student};
use crate::interviews::{book, interviewer, morning, offer};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, json_of};
use chrono::Duration;
use serde_json::json;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

on_both_backends!(
    candidate_and_panel_get_their_emails_over_smtp,
    without_smtp_emails_are_written_as_eml_files,
    an_organisation_rejects_in_its_own_words,
    each_candidate_gets_their_offer_in_the_language_they_applied_in,
    each_person_on_an_invitation_reads_it_and_its_calendar_in_their_language,
);

/// A minimal SMTP server that accepts everything and keeps each message's DATA.
pub struct SmtpSink {
    pub url: String,
    pub messages: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let messages = Arc::new(Mutex::new(Vec::new()));
        let kept = messages.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let kept = kept.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                    while let Ok(Some(line)) = lines.next_line().await {
                        let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" => b"250-sink\r\n250 8BITMIME\r\n",
                            "DATA" => {
                                write.write_all(b"354 go on\r\n").await.unwrap();
                                let mut data = String::new();
                                while let Ok(Some(line)) = lines.next_line().await {
                                    if line == "." {
                                        break;
                                    }
                                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                                    data.push('\n');
                                }
                                kept.lock().unwrap().push(data);
                                b"250 kept\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"250 OK\r\n",
                        };
                        write.write_all(reply).await.unwrap();
                    }
                });
            }
        });
        SmtpSink { url, messages }
    }

    /// Waits (up to 20 s) until `n` messages arrived; returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..200 {
            let got = self.messages.lock().unwrap().clone();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let got = self.messages.lock().unwrap().clone();
        panic!("expected {n} e-mails, got {}: {got:#?}", got.len());
    }
}

/// A server that sends its e-mails to an SMTP sink, with a published vacancy of `acme` and a
/// recruiter's token: (sink, server, vacancy id, token).
async fn smtp_app(backend: Backend) -> (SmtpSink, TestApp, String, String) {
    let sink = SmtpSink::start().await;
    let url = sink.url.clone();
    let app = TestApp::spawn_configured(backend, |config| config.smtp_url = Some(url)).await;
    let vacancy = published_vacancy(&app).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    (sink, app, vacancy, recruiter)
}

fn subject(message: &str) -> String {
    message.lines().find_map(|l| l.strip_prefix("Subject: ")).unwrap_or_default().to_owned()
}

async fn candidate_and_panel_get_their_emails_over_smtp(backend: Backend) {
    let (sink, app, vacancy, recruiter) = smtp_app(backend).await;
    let day = morning(2);
    let (_ian, ian_id) = interviewer(&app, "ian@acme.example", day).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let interview = offer(
        &app,
        &recruiter,
        &id,
        json!({ "stage": "hr_chat", "kind": "hr_chat", "minutes": 30,
        "video_url": "https://meet.example/ada", "panel": [ian_id], "slots": [day + Duration::hours(1)] }),
    )
    .await;
    let interview = json_of(interview, 201).await["id"].as_str().unwrap().to_owned();
    json_of(book(&app, &ada, &interview, json!({ "starts_at": day + Duration::hours(1) })).await, 200).await;

    // Received, slots offered, the invitation to Ada and to Ian.
    let messages = sink.wait_for(4).await;
    let subjects: Vec<String> = messages.iter().map(|m| subject(m)).collect();
    assert!(subjects.iter().any(|s| s.starts_with("We received your application")), "{subjects:?}");
    assert!(subjects.iter().any(|s| s.starts_with("Choose a time")), "{subjects:?}");
    let invitations: Vec<&String> =
        messages.iter().filter(|m| subject(m).starts_with("Initial chat with HR")).collect();
    assert_eq!(invitations.len(), 2, "{subjects:?}");
    for message in &messages {
        assert!(message.contains("Content-Type: text/plain"), "no plain-text part:\n{message}");
        // Every e-mail leads to a page: the candidate's own, the panel's application page.
        let text = crate::support::unquote(message);
        assert!(!text.contains("/api/v1/"), "an e-mail links to the JSON API:\n{text}");
        if subject(message).starts_with("We received your application") {
            assert!(text.contains(&format!("/me#application-{id}")), "no link to her application:\n{text}");
        }
    }
    for invitation in invitations {
        assert!(invitation.contains("method=REQUEST"), "{invitation}");
        assert!(invitation.contains("invite.ics"), "{invitation}");
    }
    assert!(messages.iter().any(|m| m.contains("To: \"Ada Lovelace\" <ada@student.tudelft.nl>")));
    assert!(messages.iter().any(|m| m.contains("ian@acme.example")));
    // The last job is marked done just after its message is accepted.
    let mut counts = app.store.job_counts().await.unwrap();
    for _ in 0..50 {
        if counts.pending == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        counts = app.store.job_counts().await.unwrap();
    }
    assert_eq!((counts.pending, counts.done, counts.dead), (0, 4, 0));
}

async fn without_smtp_emails_are_written_as_eml_files(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    json_of(apply(&app, &ada, &vacancy, None).await, 201).await;
    let outbox = app.data_dir().join("outbox");
    for _ in 0..200 {
        let files: Vec<_> = std::fs::read_dir(&outbox).map(|d| d.flatten().collect()).unwrap_or_default();
        if let Some(file) = files.iter().find(|f| f.path().extension().is_some_and(|e| e == "eml")) {
            let text = std::fs::read_to_string(file.path()).unwrap();
            assert!(text.contains("Subject: We received your application: Backend intern"), "{text}");
            assert!(text.contains("Content-Type: text/plain"));
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no .eml file appeared in {}", outbox.display());
}

async fn an_organisation_rejects_in_its_own_words(backend: Backend) {
    let (sink, app, vacancy, recruiter) = smtp_app(backend).await;
    let template_url = app.url("/api/v1/orgs/acme/email-templates/rejection");
    let put =
        |body: serde_json::Value| app.client().put(&template_url).bearer_auth(&recruiter).json(&body).send();

    // A placeholder the rejection does not have is refused, naming the ones it has.
    let bad =
        put(json!({ "subject": "About {vacancy}", "body": "Your score was {match_score}." })).await.unwrap();
    let bad = crate::support::problem(bad, 422, "validation_failed").await;
    assert!(bad["errors"][0]["message"].as_str().unwrap().contains("{candidate_name}"), "{bad}");
    let own = json!({
        "subject": "{organisation}: about {vacancy}",
        "body": "Hoi {candidate_name},\n\nThank you for meeting us. We chose another candidate this time.\n\nThe Acme internship team"
    });
    assert_eq!(json_of(put(own.clone()).await.unwrap(), 200).await["custom"], true);
    // Each language has its own text: the Dutch one is set apart, and an unknown language is refused.
    let dutch = app.client().put(format!("{template_url}?language=nl")).bearer_auth(&recruiter).json(&own);
    assert_eq!(json_of(dutch.send().await.unwrap(), 200).await["language"], "nl");
    let french = app.client().put(format!("{template_url}?language=fr")).bearer_auth(&recruiter).json(&own);
    assert_eq!(french.send().await.unwrap().status(), 400);
    let listed = json_of(
        app.client()
            .get(app.url("/api/v1/orgs/acme/email-templates"))
            .bearer_auth(&recruiter)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        listed.as_array().unwrap().len(),
        22,
        "every notice in both languages, the internship's included"
    );

    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let id = json_of(apply(&app, &ada, &vacancy, None).await, 201).await["id"].as_str().unwrap().to_owned();
    let application = app.url(&format!("/api/v1/orgs/acme/applications/{id}"));
    let current = app.client().get(&application).bearer_auth(&recruiter).send().await.unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_owned();
    let rejected = app
        .client()
        .post(format!("{application}/transitions"))
        .bearer_auth(&recruiter)
        .header("if-match", etag)
        .json(&json!({ "action": "reject", "reason": "Position filled" }))
        .send()
        .await
        .unwrap();
    json_of(rejected, 200).await;
    let messages = sink.wait_for(2).await;
    let rejection = messages
        .iter()
        .find(|m| subject(m).starts_with("acme B.V.: about Backend intern"))
        .unwrap_or_else(|| panic!("{messages:#?}"));
    assert!(rejection.contains("Hoi Ada Lovelace,"), "{rejection}");
    assert!(!rejection.contains("Position filled"), "the internal reason stays internal");
}

/// Ada applies in Dutch, Bo in English: the same offer reaches each in their language, with
/// dates and money written that language's way.
async fn each_candidate_gets_their_offer_in_the_language_they_applied_in(backend: Backend) {
    let (sink, app, vacancy, recruiter) = smtp_app(backend).await;
    for (email, language) in
        [("ada@student.tudelft.nl", "nl-NL,nl;q=0.9"), ("bo@student.tudelft.nl", "en-GB")]
    {
        let student = student(&app, email, "2027-08-31").await;
        let applied = student
            .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
            .header("accept-language", language)
            .multipart(crate::applications::application_form(None))
            .send()
            .await
            .unwrap();
        let id = json_of(applied, 201).await["id"].as_str().unwrap().to_owned();
        crate::offers::advance_to(&app, &recruiter, &id, "decision").await;
        crate::offers::send_offer(&app, &recruiter, &id).await;
    }
    let offer_to = |address: &str| {
        let messages = sink.messages.lock().unwrap().clone();
        messages.into_iter().map(|m| crate::support::unquote(&m)).find(|m| {
            m.contains(address) && (m.contains("Subject: Je aanbod") || m.contains("Subject: Your offer"))
        })
    };
    let mut found = (None, None);
    for _ in 0..200 {
        found = (offer_to("ada@student.tudelft.nl"), offer_to("bo@student.tudelft.nl"));
        if found.0.is_some() && found.1.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (Some(dutch), Some(english)) = found else { panic!("both offers should arrive: {found:?}") };
    assert!(dutch.contains("Subject: Je aanbod: Backend intern bij acme B.V."), "{dutch}");
    assert!(
        dutch.contains("Beste Ada Lovelace,") && dutch.contains("We zijn blij je Backend intern"),
        "{dutch}"
    );
    assert!(dutch.contains("Van 1 februari 2027 tot en met 31 juli 2027, 40 uur per week"), "{dutch}");
    assert!(dutch.contains("€ 600 per maand") && dutch.contains("Geef je antwoord vóór"), "{dutch}");
    assert!(!dutch.contains("Dear") && !dutch.contains("delighted"), "{dutch}");
    assert!(english.contains("Subject: Your offer: Backend intern at acme B.V."), "{english}");
    assert!(english.contains("From 1 February 2027 to 31 July 2027, 40 hours a week"), "{english}");
    assert!(english.contains("€600 a month") && english.contains("Please answer before"), "{english}");
}

/// The `SUMMARY` of the one event in a calendar text (folded lines joined).
fn summary(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\n ", "");
    unfolded.lines().find_map(|l| l.strip_prefix("SUMMARY:")).unwrap_or_default().trim().to_owned()
}

/// Ada applies in Dutch; Ian chose Dutch for his account, Nina chose nothing and reads her
/// organisation's English. Each gets the invitation, and its calendar file, in their language;
/// the calendar files the API serves speak the reader's language the same way.
async fn each_person_on_an_invitation_reads_it_and_its_calendar_in_their_language(backend: Backend) {
    let (sink, app, vacancy, recruiter) = smtp_app(backend).await;
    let day = morning(2);
    let (ian, ian_id) = interviewer(&app, "ian@acme.example", day).await;
    let (nina, nina_id) = interviewer(&app, "nina@acme.example", day).await;
    let chose = ian.put(app.url("/api/v1/me/language")).json(&json!({ "language": "nl" })).send();
    json_of(chose.await.unwrap(), 200).await;
    let ada = student(&app, "ada@student.tudelft.nl", "2027-08-31").await;
    let applied = ada
        .post(app.url(&format!("/api/v1/jobs/{vacancy}/applications")))
        .header("accept-language", "nl-NL,nl;q=0.9")
        .multipart(crate::applications::application_form(None))
        .send()
        .await
        .unwrap();
    let id = json_of(applied, 201).await["id"].as_str().unwrap().to_owned();
    let interview = offer(
        &app,
        &recruiter,
        &id,
        json!({ "stage": "hr_chat", "kind": "hr_chat", "minutes": 30,
        "video_url": "https://meet.example/ada", "panel": [ian_id, nina_id], "slots": [day + Duration::hours(1)] }),
    )
    .await;
    let interview = json_of(interview, 201).await["id"].as_str().unwrap().to_owned();
    json_of(book(&app, &ada, &interview, json!({ "starts_at": day + Duration::hours(1) })).await, 200).await;

    // Received, slots offered, and the invitation: to Ada, to Ian and to Nina, one each.
    let messages: Vec<String> = sink.wait_for(5).await.iter().map(|m| crate::support::unquote(m)).collect();
    let to = |address: &str| {
        messages
            .iter()
            .filter(|m| m.contains("invite.ics"))
            .filter(|m| m.lines().any(|l| l.starts_with("To:") && l.contains(address)))
            .cloned()
            .collect::<Vec<_>>()
    };
    let (for_ada, for_ian, for_nina) = (to("ada@"), to("ian@"), to("nina@"));
    assert_eq!((for_ada.len(), for_ian.len(), for_nina.len()), (1, 1, 1), "{messages:#?}");
    let calendar_of = |message: &str| {
        let start = message.find("BEGIN:VCALENDAR").expect("a calendar");
        let end = message.find("END:VCALENDAR").expect("its end");
        message[start..end + "END:VCALENDAR".len()].to_owned()
    };
    assert!(subject(&for_ada[0]).starts_with("Kennismakingsgesprek met HR"), "{}", for_ada[0]);
    assert_eq!(
        summary(&calendar_of(&for_ada[0])),
        "Kennismakingsgesprek met HR: Backend intern bij acme B.V."
    );
    assert!(calendar_of(&for_ada[0]).contains("Online: https://meet.example/ada"), "{}", for_ada[0]);
    assert!(subject(&for_ian[0]).starts_with("Kennismakingsgesprek met HR"), "{}", for_ian[0]);
    assert!(for_ian[0].contains("Hallo,") && !for_ian[0].contains("Hello,"), "{}", for_ian[0]);
    assert_eq!(
        summary(&calendar_of(&for_ian[0])),
        "Kennismakingsgesprek met HR: Backend intern bij acme B.V."
    );
    assert!(subject(&for_nina[0]).starts_with("Initial chat with HR"), "{}", for_nina[0]);
    assert_eq!(summary(&calendar_of(&for_nina[0])), "Initial chat with HR: Backend intern at acme B.V.");
    assert!(!calendar_of(&for_nina[0]).contains(" bij "), "{}", for_nina[0]);

    // The files the API serves: Ada's in her language, Nina's in hers.
    let ics = |client: &reqwest::Client, url: String| {
        let request = client.get(url).send();
        async move { request.await.unwrap().text().await.unwrap() }
    };
    let own = ics(&ada, app.url(&format!("/api/v1/me/interviews/{interview}.ics"))).await;
    assert_eq!(summary(&own), "Kennismakingsgesprek met HR: Backend intern bij acme B.V.");
    let panelist = ics(&nina, app.url(&format!("/api/v1/orgs/acme/interviews/{interview}.ics"))).await;
    assert_eq!(summary(&panelist), "Initial chat with HR: Backend intern at acme B.V.");
}
