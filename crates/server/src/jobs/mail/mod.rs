//! E-mail: what each notice says (always with a plain-text part; invitations carry their `.ics`),
//! and how it leaves: over SMTP when `smtp_url` is set, otherwise as `.eml` files in the data
//! directory's `outbox/` folder.

mod account;
mod links;
mod sample;

pub use account::account_message;
pub use sample::sample;

use crate::config::Config;
use crate::i18n::{self, Lang};
use crate::services::interviews as interview_text;
use anyhow::{Context as _, anyhow};
use chrono::{DateTime, Utc};
use cohort_domain::delivery::{Audience, Notice};
use cohort_domain::email_template::{Template, default_template, render};
use cohort_domain::pipeline::{Position, next_stage};
use cohort_store::Store;
use cohort_store::outbox::OutboxMessage;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use links::Target;
use std::collections::BTreeMap;
use std::path::PathBuf;
use uuid::Uuid;

/// Where e-mails go.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder.
    Files(PathBuf),
}

impl Mailer {
    /// The mailer the configuration asks for.
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        match &config.smtp_url {
            Some(url) => Ok(Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow!("smtp_url is not usable: {e}"))?
                    .timeout(Some(std::time::Duration::from_secs(30)))
                    .build(),
            )),
            None => Ok(Mailer::Files(config.data_dir.join("outbox"))),
        }
    }

    /// Where mail goes, for the log.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp(_) => "the configured SMTP server".into(),
            Mailer::Files(dir) => {
                format!("{} as .eml files (set COHORT_SMTP_URL to send them)", dir.display())
            }
        }
    }

    /// Sends one message; `id` names the file (so a retry overwrites rather than duplicates).
    pub async fn send(&self, id: &str, message: Message) -> anyhow::Result<()> {
        match self {
            Mailer::Smtp(transport) => {
                transport.send(message).await.map_err(|e| anyhow!("SMTP: {e}"))?;
            }
            Mailer::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .with_context(|| format!("creating {}", dir.display()))?;
                let path = dir.join(format!("{id}.eml"));
                let partial = dir.join(format!(".{id}.eml.partial"));
                tokio::fs::write(&partial, message.formatted()).await.context("writing the e-mail")?;
                tokio::fs::rename(&partial, &path).await.context("writing the e-mail")?;
            }
        }
        Ok(())
    }
}

/// A rendered e-mail, before addressing.
struct Letter {
    subject: String,
    paragraphs: Vec<String>,
    calendar: Option<(String, &'static str)>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// What an e-mail is about, read once for every language it is written in.
struct Subject {
    org: cohort_store::orgs::Org,
    application: cohort_store::applications::Application,
    vacancy: cohort_store::vacancies::Vacancy,
    candidate: cohort_store::users::User,
    /// The candidate's name as they applied.
    name: String,
    record: Record,
}

/// The record a notice is about, besides its application.
enum Record {
    Application,
    Interview(cohort_store::interviews::Interview),
    CaseStudy(cohort_store::case_studies::Assignment, cohort_store::case_studies::CaseStudy),
    Offer(cohort_store::offers::Offer),
    Mentor(cohort_store::users::User),
    Seat(cohort_store::trainings::TrainingSession, cohort_store::trainings::Training),
}

/// Reads what the e-mail is about, or `None` when it is gone.
async fn subject(store: &Store, notice: Notice, event: &OutboxMessage) -> anyhow::Result<Option<Subject>> {
    let org_id = event.org_id.ok_or_else(|| anyhow!("event without organisation"))?;
    let Some(org) = store.orgs_by_ids(vec![org_id]).await?.pop() else { return Ok(None) };
    // The application the event is about, found through its subject.
    let application_id = match notice {
        Notice::ApplicationReceived | Notice::StageChanged | Notice::Rejection | Notice::OnboardingStart => {
            Some(event.subject_id)
        }
        _ => event.payload["data"]["application_id"].as_str().and_then(|id| Uuid::parse_str(id).ok()),
    };
    let Some(application) = (match application_id {
        Some(id) => store.org_application(org_id, id).await?,
        None => None,
    }) else {
        return Ok(None);
    };
    let Some(vacancy) = store.vacancy(org_id, application.vacancy_id).await? else { return Ok(None) };
    let Some(candidate) = store.users_by_ids(vec![application.candidate_id]).await?.pop() else {
        return Ok(None);
    };
    let id_in = |key: &str| event.payload["data"][key].as_str().and_then(|id| Uuid::parse_str(id).ok());
    let record = match notice {
        Notice::ApplicationReceived | Notice::StageChanged | Notice::Rejection | Notice::OnboardingStart => {
            Some(Record::Application)
        }
        Notice::InterviewOffered | Notice::InterviewInvitation | Notice::InterviewCancelled => {
            store.interview(org_id, event.subject_id).await?.map(Record::Interview)
        }
        Notice::CaseStudyAssigned => match store.assignment(org_id, event.subject_id).await? {
            Some(assignment) => store
                .case_study(org_id, assignment.case_study_id)
                .await?
                .map(|study| Record::CaseStudy(assignment, study)),
            None => None,
        },
        Notice::OfferSent => store.offer(org_id, event.subject_id).await?.map(Record::Offer),
        Notice::MentorIntroduction => {
            store.users_by_ids(id_in("mentor_id").into_iter().collect()).await?.pop().map(Record::Mentor)
        }
        Notice::SeatPromoted => match id_in("session_id") {
            Some(id) => match store.session(org_id, id).await? {
                Some(session) => {
                    store.training(org_id, session.training_id).await?.map(|t| Record::Seat(session, t))
                }
                None => None,
            },
            None => None,
        },
    };
    let Some(record) = record else { return Ok(None) };
    let name = if application.profile.name.trim().is_empty() {
        candidate.name.clone()
    } else {
        application.profile.name.clone()
    };
    Ok(Some(Subject { org, application, vacancy, candidate, name, record }))
}

/// The people of `audience`, each with the language they read: the candidate the language they
/// applied in; staff their own choice, else the organisation's.
async fn recipients(
    store: &Store,
    audience: Audience,
    subject: &Subject,
) -> anyhow::Result<Vec<(Mailbox, Lang)>> {
    let staff = |user: &cohort_store::users::User| {
        let lang = Lang::written(None, user.chosen_language(), subject.org.works_in());
        Ok((mailbox(&user.name, &user.email)?, lang))
    };
    match (audience, &subject.record) {
        (Audience::Candidate, _) => {
            Ok(vec![(mailbox(&subject.name, &subject.candidate.email)?, subject.application.language)])
        }
        (Audience::Panel, Record::Interview(interview)) => {
            store.users_by_ids(interview.panel.clone()).await?.iter().map(staff).collect()
        }
        (Audience::Mentor, Record::Mentor(mentor)) => Ok(vec![staff(mentor)?]),
        (Audience::Panel | Audience::Mentor, _) => Ok(Vec::new()),
    }
}

/// The letter about `subject` for `audience`, in `lang`.
async fn letter(
    store: &Store,
    public_url: &str,
    notice: Notice,
    audience: Audience,
    subject: &Subject,
    lang: Lang,
) -> anyhow::Result<Option<Letter>> {
    let Subject { org, application, vacancy, candidate, name, record } = subject;
    let say = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
    let when = |at: DateTime<Utc>| i18n::date_time(lang, at);
    let mut values: BTreeMap<&str, String> = BTreeMap::from([
        ("greeting", say("mail-greeting", &[("name", name.as_str().into())])),
        ("candidate_name", name.clone()),
        ("vacancy", vacancy.draft.title.clone()),
        ("organisation", org.name.clone()),
        ("link", links::page(public_url, &org.slug, audience, Target::Application(application.id))),
    ]);
    let position = Position { stage: application.stage.clone(), status: application.status };
    let next = next_stage(&vacancy.pipeline, &position);
    let mut calendar = None;
    match (notice, record) {
        (Notice::ApplicationReceived, _) => {
            values.insert(
                "next_step",
                next.map(|n| say("mail-next-step", &[("stage", i18n::stage(lang, &n).into())]))
                    .unwrap_or_default(),
            );
        }
        (Notice::StageChanged, _) => {
            let stage = vacancy
                .pipeline
                .stage(&application.stage)
                .map_or(application.stage.clone(), |s| s.name.clone());
            values.insert("stage", i18n::stage(lang, &stage));
            values.insert(
                "next_step",
                next.map(|n| say("mail-after-this", &[("stage", i18n::stage(lang, &n).into())]))
                    .unwrap_or_default(),
            );
        }
        (Notice::InterviewOffered, Record::Interview(interview)) => {
            values.insert("kind", say("mail-interview-kind", &[("kind", interview.kind.as_str().into())]));
            values.insert("minutes", interview.minutes.to_string());
            let slots: Vec<String> = interview.slots.iter().map(|s| format!("- {}", when(*s))).collect();
            values.insert("slots", slots.join("\n"));
            let target = Target::Interview(interview.id, application.id);
            values.insert("link", links::page(public_url, &org.slug, audience, target));
        }
        (Notice::InterviewInvitation | Notice::InterviewCancelled, Record::Interview(interview)) => {
            let Some(time) = interview.time else { return Ok(None) };
            values.insert("kind", say("mail-interview-kind", &[("kind", interview.kind.as_str().into())]));
            values.insert("minutes", interview.minutes.to_string());
            let cancelled = notice == Notice::InterviewCancelled;
            let reader = interview_text::CalendarReader::In(lang);
            let ics = interview_text::invitation(store, interview, public_url, reader)
                .await
                .map_err(|e| anyhow!("{e}"))?;
            calendar = ics.map(|text| (text, if cancelled { "CANCEL" } else { "REQUEST" }));
            values.insert("time", when(time.start));
            values.insert(
                "place",
                match (&interview.location, &interview.video_url) {
                    (Some(l), Some(v)) => {
                        say("mail-place-both", &[("location", l.into()), ("video", v.into())])
                    }
                    (Some(l), None) => say("mail-place-location", &[("location", l.into())]),
                    (None, Some(v)) => say("mail-place-online", &[("video", v.into())]),
                    (None, None) => String::new(),
                },
            );
            values.insert("reason", interview.cancel_reason.clone().unwrap_or_default());
            if audience == Audience::Panel {
                values.insert("greeting", say("mail-greeting-team", &[]));
                values.insert("with", say("mail-with", &[("name", name.as_str().into())]));
            } else {
                values.insert("with", String::new());
            }
        }
        (Notice::CaseStudyAssigned, Record::CaseStudy(assignment, study)) => {
            values.insert("title", study.draft.title.clone());
            values.insert("deadline", when(assignment.deadline));
            let target = Target::CaseStudy(assignment.id, application.id);
            values.insert("link", links::page(public_url, &org.slug, audience, target));
        }
        (Notice::OfferSent, Record::Offer(offer)) => {
            let t = &offer.terms;
            let mut args: Vec<(&str, i18n::Arg<'_>)> = vec![
                ("starts", i18n::date(lang, t.starts_on).into()),
                ("ends", i18n::date(lang, t.ends_on).into()),
                ("hours", t.hours_per_week.into()),
                ("location", t.location.as_str().into()),
                ("team", t.team.as_str().into()),
            ];
            let terms = match &t.stipend {
                Some(s) => {
                    args.push(("amount", i18n::money(lang, s.monthly_cents, &s.currency).into()));
                    say("mail-terms-stipend", &args)
                }
                None => say("mail-terms", &args),
            };
            values.insert("terms", terms);
            values.insert("deadline", when(offer.expires_at));
            let target = Target::Offer(offer.id, application.id);
            values.insert("link", links::page(public_url, &org.slug, audience, target));
        }
        (Notice::MentorIntroduction, Record::Mentor(mentor)) => {
            values.insert("candidate_email", candidate.email.clone());
            values.insert("mentor_name", mentor.name.clone());
            values.insert("mentor_email", mentor.email.clone());
            values.insert("link", links::page(public_url, &org.slug, audience, Target::Internship));
            if audience == Audience::Mentor {
                values.insert("greeting", say("mail-greeting", &[("name", mentor.name.as_str().into())]));
            }
        }
        (Notice::SeatPromoted, Record::Seat(session, training)) => {
            values.insert("training", training.draft.title.clone());
            values.insert("time", when(session.draft.starts_at));
            values.insert("link", links::page(public_url, &org.slug, audience, Target::Trainings));
        }
        _ => {}
    }
    let template = match store.email_template(org.id, notice.as_str(), lang).await? {
        Some(own) => own,
        None => default_template(notice, lang),
    };
    Ok(Some(Letter { calendar, ..fill(&template, &values) }))
}

/// The letter `template` writes with `values`: its subject, and its body in paragraphs.
fn fill(template: &Template, values: &BTreeMap<&str, String>) -> Letter {
    Letter {
        subject: render(&template.subject, values),
        paragraphs: render(&template.body, values)
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        calendar: None,
    }
}

fn mailbox(name: &str, email: &str) -> anyhow::Result<Mailbox> {
    Ok(Mailbox::new(Some(name.to_owned()), email.parse().map_err(|e| anyhow!("address {email:?}: {e}"))?))
}

/// The e-mails of one job, one per language its audience reads, each with the name it is kept
/// under (the job's id, and the language where it is not the first); none when there is nobody
/// left to tell. What the e-mail is about is read once; each language gets its own letter.
pub async fn messages(
    store: &Store,
    config: &Config,
    job_id: Uuid,
    notice: Notice,
    audience: Audience,
    event: &OutboxMessage,
) -> anyhow::Result<Vec<(String, Message)>> {
    let public_url = config.public_url();
    let Some(subject) = subject(store, notice, event).await? else { return Ok(Vec::new()) };
    let mut readers = recipients(store, audience, &subject).await?;
    let mut messages = Vec::new();
    for lang in Lang::ALL {
        let (to, rest): (Vec<_>, Vec<_>) = readers.into_iter().partition(|(_, l)| *l == lang);
        readers = rest;
        if to.is_empty() {
            continue;
        }
        let Some(letter) = letter(store, &public_url, notice, audience, &subject, lang).await? else {
            return Ok(Vec::new());
        };
        let name = if messages.is_empty() { job_id.to_string() } else { format!("{job_id}.{}", lang.code()) };
        let to = to.into_iter().map(|(mailbox, _)| mailbox).collect();
        messages.push((name.clone(), build(config, &name, to, letter)?));
    }
    Ok(messages)
}

/// A letter addressed and put in its envelope: plain text and HTML, and its calendar file.
fn build(config: &Config, name: &str, recipients: Vec<Mailbox>, letter: Letter) -> anyhow::Result<Message> {
    let public_url = config.public_url();
    let host =
        public_url.split("://").nth(1).unwrap_or("localhost").split(['/', ':']).next().unwrap_or("localhost");
    let from: Mailbox = match &config.mail_from {
        Some(from) => from.parse().map_err(|e| anyhow!("mail_from {from:?}: {e}"))?,
        None => format!("Cohort <no-reply@{host}>").parse().map_err(|e| anyhow!("{e}"))?,
    };
    let text = letter.paragraphs.join("\n\n");
    let html = format!(
        "<!doctype html><html><body>{}</body></html>",
        letter
            .paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", escape(p).replace('\n', "<br>")))
            .collect::<String>()
    );
    let mut builder =
        Message::builder().from(from).subject(letter.subject).message_id(Some(format!("<{name}@{host}>")));
    for to in recipients {
        builder = builder.to(to);
    }
    let body = MultiPart::alternative_plain_html(text, html);
    let message = match letter.calendar {
        None => builder.multipart(body),
        Some((ics, method)) => {
            let kind = ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                .map_err(|e| anyhow!("{e}"))?;
            builder.multipart(
                MultiPart::mixed()
                    .multipart(body)
                    .singlepart(Attachment::new("invite.ics".into()).body(ics, kind)),
            )
        }
    }
    .map_err(|e| anyhow!("building the e-mail: {e}"))?;
    Ok(message)
}

#[cfg(test)]
mod tests {
    use cohort_domain::identity::EmailAddress;

    /// Registration and delivery agree: an address a person can register with is one an e-mail
    /// can be sent to, and the addresses delivery refuses are refused at registration.
    #[test]
    fn registration_accepts_only_what_delivery_sends_to() {
        let registers = |a: &str| EmailAddress::parse(a).is_ok();
        let delivers = |a: &str| a.parse::<lettre::Address>().is_ok();
        for address in
            ["ada@example.org", "a.b+intern@student.tudelft.nl", "o'neil@x.org", "a_b-c@sub.x-y.org"]
        {
            assert!(registers(address) && delivers(address), "{address}");
        }
        for address in ["a(b)@x.org", ".a@x.org", "a.@x.org", "a..b@x.org", "a b@x.org"] {
            assert!(!registers(address) && !delivers(address), "{address}");
        }
        // Stricter than delivery where RFC 5321 is: host names are letters, digits and hyphens.
        for address in ["a@x_y.org", "a@-x.org"] {
            assert!(!registers(address), "{address}");
        }
    }
}
