//! The candidate's portal: their applications, each with its stage timeline.

use super::kit::MemberForm;
use super::kit::{Layout, Member, Said, back};
use super::page;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::applications::{own_application_href, own_applications};
use crate::services::offers::{self, Answer};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use cohort_domain::offer::OfferStatus;
use cohort_domain::pipeline::{Progress, Status};
use cohort_domain::scheduling::InterviewStatus;
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// A stage on an application's timeline, in words.
struct Step {
    name: String,
    progress: &'static str,
    when: String,
}

/// An interview as the candidate sees it: times to choose from, or the time booked.
struct InterviewCard {
    id: Uuid,
    what: String,
    place: String,
    booked: Option<String>,
    slots: Vec<(String, String)>,
}

/// An offer waiting for the candidate's answer, or answered.
struct OfferCard {
    id: Uuid,
    open: bool,
    status: &'static str,
    terms: Vec<(String, String)>,
    answer_by: String,
}

/// A case study given to the candidate.
struct CaseCard {
    id: Uuid,
    title: String,
    state: String,
}

/// An application as the portal shows it.
struct ApplicationCard {
    id: Uuid,
    interviews: Vec<InterviewCard>,
    offers: Vec<OfferCard>,
    cases: Vec<CaseCard>,
    vacancy_title: String,
    organisation: String,
    status: &'static str,
    status_key: &'static str,
    steps: Vec<Step>,
    next_stage: Option<String>,
    applied: String,
    cv: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "portal.html")]
struct PortalPage {
    layout: Layout,
    applications: Vec<ApplicationCard>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me`: the signed-in candidate's applications.
pub async fn portal_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let found = async {
        let page = PageRequest { limit: 100, after: None };
        let applications = own_applications(&state.store, member.user.id, page).await?.items;
        let interviews = state.store.own_interviews(member.user.id, page).await?.items;
        let offers = state.store.own_offers(member.user.id).await?;
        let cases = crate::services::case_studies::own_case_studies(&state.store, member.user.id).await?;
        Ok::<_, ServiceError>((applications, interviews, offers, cases))
    }
    .await;
    let (applications, interviews, offers, cases) = match found {
        Ok(found) => found,
        Err(error) => return super::kit::failed(member.layout(), &error),
    };
    let lang = member.lang;
    let t = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
    let when = |at: DateTime<Utc>| i18n::date_time(lang, at);
    let mut interviews_of: HashMap<Uuid, Vec<InterviewCard>> = HashMap::new();
    for i in interviews.into_iter().filter(|i| i.status != InterviewStatus::Cancelled) {
        interviews_of.entry(i.application_id).or_default().push(InterviewCard {
            id: i.id,
            what: t("portal-interview", &[("kind", i.kind.as_str().into()), ("minutes", i.minutes.into())]),
            place: i.video_url.clone().or(i.location.clone()).unwrap_or_default(),
            booked: i.time.map(|t| when(t.start)),
            slots: if i.status == InterviewStatus::Offered {
                i.slots.iter().filter(|s| **s > Utc::now()).map(|s| (s.to_rfc3339(), when(*s))).collect()
            } else {
                vec![]
            },
        });
    }
    let mut offers_of: HashMap<Uuid, Vec<OfferCard>> = HashMap::new();
    for o in offers.into_iter().filter(|o| o.status != OfferStatus::Draft) {
        let terms = &o.terms;
        offers_of.entry(o.application_id).or_default().push(OfferCard {
            id: o.id,
            open: o.status == OfferStatus::Sent,
            status: o.status.as_str(),
            terms: vec![
                (t("portal-offer-from", &[]), i18n::date(lang, terms.starts_on)),
                (t("portal-offer-until", &[]), i18n::date(lang, terms.ends_on)),
                (
                    t("portal-offer-hours", &[]),
                    t("portal-offer-hours-value", &[("hours", terms.hours_per_week.into())]),
                ),
                (
                    t("portal-offer-stipend", &[]),
                    terms.stipend.as_ref().map_or_else(
                        || t("portal-offer-no-stipend", &[]),
                        |s| {
                            let amount = i18n::money(lang, s.monthly_cents, &s.currency);
                            t("portal-offer-stipend-value", &[("amount", amount.into())])
                        },
                    ),
                ),
                (t("portal-offer-team", &[]), terms.team.clone()),
                (t("portal-offer-where", &[]), terms.location.clone()),
            ],
            answer_by: when(o.expires_at),
        });
    }
    let mut cases_of: HashMap<Uuid, Vec<CaseCard>> = HashMap::new();
    for (a, study) in cases {
        let title = study.draft.title;
        let state = match a.submitted_at {
            Some(at) => t("portal-case-submitted", &[("when", when(at).into())]),
            None => {
                let left = i18n::time_left(lang, (a.deadline - Utc::now()).num_seconds());
                t("portal-case-due", &[("when", when(a.deadline).into()), ("left", left.into())])
            }
        };
        cases_of.entry(a.application_id).or_default().push(CaseCard { id: a.id, title, state });
    }
    let applications = applications
        .into_iter()
        .map(|own| (own.timeline(), own))
        .map(|((timeline, next_stage), own)| (own.application, own.job, timeline, next_stage))
        .map(|(a, job, timeline, next_stage)| ApplicationCard {
            id: a.id,
            interviews: interviews_of.remove(&a.id).unwrap_or_default(),
            offers: offers_of.remove(&a.id).unwrap_or_default(),
            cases: cases_of.remove(&a.id).unwrap_or_default(),
            vacancy_title: job.vacancy.draft.title,
            organisation: job.org.name,
            status: a.status.as_str(),
            status_key: match a.status {
                Status::Active => "portal-status-active",
                Status::Hired => "portal-status-hired",
                Status::Rejected => "portal-status-rejected",
                Status::Withdrawn => "portal-status-withdrawn",
            },
            steps: timeline
                .into_iter()
                .map(|entry| Step {
                    name: i18n::stage(lang, &entry.name),
                    progress: match entry.progress {
                        Progress::Passed => "done",
                        Progress::Skipped => "skipped",
                        Progress::Current => "current",
                        Progress::Upcoming => "upcoming",
                    },
                    when: match (entry.progress, entry.reached_at) {
                        (Progress::Skipped, _) => t("portal-skipped", &[]),
                        (_, Some(at)) => i18n::date(lang, at.date_naive()),
                        (_, None) => t("portal-to-come", &[]),
                    },
                })
                .collect(),
            next_stage: next_stage.map(|name| i18n::stage(lang, &name)),
            applied: i18n::date(lang, a.created_at.date_naive()),
            cv: a.cv.map(|cv| (cv.filename, format!("{}/cv", own_application_href(a.id)))),
        })
        .collect();
    let layout = member.layout();
    let body = PortalPage { layout, applications, notice: said.notice, alert: said.alert };
    member.csrf.attach(page(body.render()))
}

/// A time the candidate picked.
#[derive(Debug, Deserialize)]
pub struct BookForm {
    #[serde(default)]
    starts_at: String,
}

/// `POST /me/interviews/{id}/book`.
pub async fn book(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, form }: MemberForm<BookForm>,
) -> Response {
    let outcome = async {
        let start = DateTime::parse_from_rfc3339(&form.starts_at)
            .map_err(|_| ServiceError::invalid("starts_at", problem::of("choose-time")))?
            .with_timezone(&Utc);
        let booked = crate::services::interviews::book_own(
            &state.store,
            &member.audit(),
            member.user.id,
            id,
            start,
            None,
        )
        .await?;
        let at = booked.time.map(|t| i18n::date_time(member.lang, t.start)).unwrap_or_default();
        Ok(i18n::t(member.lang, "portal-booked", &[("when", at.into())]))
    }
    .await;
    back(member.lang, "/me", outcome)
}

/// A form that holds only its token.
#[derive(Debug, Deserialize)]
pub struct Confirmed {}

/// `POST /me/applications/{id}/withdraw`: the candidate withdraws an application still under way.
pub async fn withdraw(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, .. }: MemberForm<Confirmed>,
) -> Response {
    let withdrawn =
        crate::services::applications::withdraw(&state.store, &member.audit(), member.user.id, id).await;
    back(member.lang, "/me", withdrawn.map(|_| i18n::t(member.lang, "portal-withdrawn", &[])))
}

/// An answer to an offer.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

/// `POST /me/offers/{id}/answer`: accept or decline.
pub async fn answer_offer(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, form }: MemberForm<AnswerForm>,
) -> Response {
    let outcome = async {
        let (answer, said) = match form.answer.as_str() {
            "accept" => (Answer::Accept, "portal-accepted"),
            "decline" => (Answer::Decline(Some(form.reason.clone())), "portal-declined"),
            _ => return Err(ServiceError::invalid("answer", problem::of("accept-or-decline"))),
        };
        offers::answer(&state.store, &member.audit(), member.user.id, id, answer).await?;
        Ok(i18n::t(member.lang, said, &[]))
    }
    .await;
    back(member.lang, "/me", outcome)
}
