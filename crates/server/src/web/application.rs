//! One application as a recruiter works on it: the profile, CV, eligibility and history; offering
//! interview times (and adding one's own availability); at the decision, making the offer. Every
//! opening is in the candidate's view log, as through the API.

use super::kit::{Item, OrgForm, OrgPage};
use super::kit::{Layout, Said, back};
use crate::auth::caller::Recruiters;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::applications::look_at;
use crate::services::interviews::{self, InterviewRequest, offer as offer_interview};
use crate::services::offers::decide_and_send;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use cohort_domain::offer::Terms;
use cohort_domain::pipeline::{StageKind, Status};
use cohort_domain::privacy::ViewedResource;
use cohort_domain::scheduling::{Interval, InterviewKind};
use cohort_domain::vacancy::Stipend;
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use cohort_store::interviews::InterviewFilter;
use serde::Deserialize;
use uuid::Uuid;

/// A `datetime-local` field's value, read as UTC.
pub fn local_time(raw: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%dT%H:%M").ok().map(|t| t.and_utc())
}

struct Line {
    label: String,
    value: String,
}

struct InterviewLine {
    what: String,
    status: String,
}

#[derive(Template)]
#[template(path = "application.html")]
struct ApplicationPage {
    layout: Layout,
    slug: String,
    id: Uuid,
    vacancy_id: Uuid,
    version: i32,
    name: String,
    status: String,
    stage: String,
    match_score: u32,
    facts: Vec<Line>,
    rules: Vec<Line>,
    cover_letter: String,
    cv: Option<String>,
    history: Vec<Line>,
    interviews: Vec<InterviewLine>,
    offers: Vec<Line>,
    can_interview: bool,
    interview_stage: String,
    at_decision: bool,
    can_assign: bool,
    assess: super::scorecards::Assessment,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/applications/{id}`.
pub async fn application_page(
    State(state): State<AppState>,
    Item(id): Item,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let built = async {
        let ctx = caller.audit();
        let a = look_at(&state.store, &ctx, caller.org.id, id, ViewedResource::Application).await?;
        let vacancy =
            state.store.vacancy(caller.org.id, a.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
        let stage = vacancy.pipeline.stage(&a.stage);
        let kind = stage.map(|s| s.kind);
        let lang = layout.lang;
        let say = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
        let p = &a.profile;
        let institution = format!(
            "{}{}",
            p.institution.clone().unwrap_or_else(|| "—".into()),
            p.institution_country
                .as_ref()
                .map(|c| format!(" ({})", i18n::country(lang, c)))
                .unwrap_or_default()
        );
        let field = p.field_of_study.clone().unwrap_or_else(|| "—".into());
        let mut facts = vec![
            Line {
                label: say("app-studies", &[]),
                value: say(
                    "app-studies-value",
                    &[("field", field.into()), ("institution", institution.into())],
                ),
            },
            Line { label: say("app-skills", &[]), value: p.skills.join(", ") },
            Line { label: say("app-languages", &[]), value: p.languages.join(", ") },
        ];
        if let Some(period) = p.enrollment {
            let (from, until) = (i18n::date(lang, period.start), i18n::date(lang, period.end));
            facts.push(Line {
                label: say("app-enrolled", &[]),
                value: say("app-enrolled-value", &[("from", from.into()), ("until", until.into())]),
            });
        }
        if let Some(github) = &a.github_url {
            facts.push(Line { label: say("app-github", &[]), value: github.clone() });
        }
        if let Some(portfolio) = &a.portfolio_url {
            facts.push(Line { label: say("app-portfolio", &[]), value: portfolio.clone() });
        }
        let rules = a
            .evaluation
            .results
            .iter()
            .map(|r| Line { label: i18n::mark(lang, r.outcome), value: i18n::reason(lang, r) })
            .collect();
        let history = state
            .store
            .application_history(a.id)
            .await?
            .into_iter()
            .map(|e| Line {
                label: i18n::date_time(lang, e.at),
                value: format!(
                    "{}{}{}",
                    i18n::stage(
                        lang,
                        vacancy.pipeline.stage(&e.to_stage).map_or(e.to_stage.as_str(), |s| s.name.as_str())
                    ),
                    match e.to_status.as_str() {
                        "active" => String::new(),
                        status => format!(" — {}", say(&format!("app-history-{status}"), &[])),
                    },
                    e.reason.map(|r| format!(" ({r})")).unwrap_or_default()
                ),
            })
            .collect();
        let filter = InterviewFilter { application_id: Some(a.id), ..Default::default() };
        let interviews = state
            .store
            .org_interviews(caller.org.id, &filter, PageRequest { limit: 50, after: None })
            .await?
            .items
            .into_iter()
            .map(|i| InterviewLine {
                what: say(
                    "app-interview",
                    &[("kind", i.kind.as_str().into()), ("minutes", i.minutes.into())],
                ),
                status: match i.time {
                    Some(t) => {
                        say("app-interview-booked", &[("when", i18n::date_time(lang, t.start).into())])
                    }
                    None => say("app-interview-offered", &[("count", i.slots.len().into())]),
                },
            })
            .collect();
        let offers = state
            .store
            .org_offers(caller.org.id, Some(a.id), PageRequest { limit: 20, after: None })
            .await?
            .items
            .into_iter()
            .map(|o| Line {
                label: say("app-offer-status", &[("status", o.status.as_str().into())]),
                value: say(
                    "app-offer-value",
                    &[
                        ("starts", i18n::date(lang, o.terms.starts_on).into()),
                        ("team", o.terms.team.as_str().into()),
                    ],
                ),
            })
            .collect();
        Ok::<_, ServiceError>(ApplicationPage {
            layout,
            slug: caller.org.slug.clone(),
            id: a.id,
            vacancy_id: a.vacancy_id,
            version: a.version,
            name: a.profile.name.clone(),
            status: a.status.as_str().into(),
            stage: stage.map_or_else(|| a.stage.clone(), |s| i18n::stage(lang, &s.name)),
            match_score: a.match_score,
            facts,
            rules,
            cover_letter: a.cover_letter.clone(),
            cv: a.cv.as_ref().map(|cv| cv.filename.clone()),
            history,
            interviews,
            offers,
            can_interview: a.status == Status::Active
                && matches!(kind, Some(StageKind::HrChat | StageKind::Interviews)),
            interview_stage: a.stage.clone(),
            at_decision: a.status == Status::Active && kind == Some(StageKind::Decision),
            can_assign: a.status == Status::Active,
            assess: super::scorecards::assessment(&state, caller.org.id, a.id, lang).await?,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

impl ApplicationPage {
    /// The stage, the status and the match, in one line.
    fn facts_line(&self) -> String {
        let args = [
            ("stage", self.stage.as_str().into()),
            ("status", self.status.as_str().into()),
            ("score", self.match_score.into()),
        ];
        i18n::t(self.layout.lang, "app-facts", &args)
    }
}

/// Times to offer for an interview.
#[derive(Debug, Deserialize)]
pub struct InterviewForm {
    #[serde(default)]
    stage: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    minutes: String,
    #[serde(default)]
    video_url: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    slot1: String,
    #[serde(default)]
    slot2: String,
    #[serde(default)]
    slot3: String,
}

/// `POST /orgs/{org}/applications/{id}/interviews`: offers times; the recruiter interviews.
pub async fn offer_times(
    State(state): State<AppState>,
    Item(id): Item,
    i18n::Reader(lang): i18n::Reader,
    OrgForm { caller, form, .. }: OrgForm<Recruiters, InterviewForm>,
) -> Response {
    let outcome = async {
        let kind = match form.kind.as_str() {
            "hr_chat" => InterviewKind::HrChat,
            "technical" => InterviewKind::Technical,
            "presentation" => InterviewKind::Presentation,
            "behavioural" => InterviewKind::Behavioural,
            _ => return Err(ServiceError::invalid("kind", problem::of("interview-kind"))),
        };
        let minutes = form
            .minutes
            .trim()
            .parse()
            .map_err(|_| ServiceError::invalid("minutes", problem::of("minutes")))?;
        let slots: Vec<DateTime<Utc>> = [&form.slot1, &form.slot2, &form.slot3]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .filter_map(|s| local_time(s))
            .collect();
        let me = caller.user_id().ok_or(ServiceError::NotFound)?;
        let request = InterviewRequest {
            stage: form.stage.clone(),
            kind,
            minutes,
            location: Some(form.location.clone()).filter(|l| !l.trim().is_empty()),
            video_url: Some(form.video_url.clone()).filter(|l| !l.trim().is_empty()),
            panel: vec![me],
            slots,
        };
        let offered = offer_interview(&state.store, &caller.audit(), caller.org.id, id, request).await?;
        Ok(i18n::t(lang, "app-times-offered", &[("count", offered.slots.len().into())]))
    }
    .await;
    back(lang, &format!("/orgs/{}/applications/{id}", caller.org.slug), outcome)
}

/// A window of one's own availability.
#[derive(Debug, Deserialize)]
pub struct AvailabilityForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
}

/// `POST /orgs/{org}/applications/{id}/availability`: adds a window when the recruiter can
/// interview, then back to the application.
pub async fn add_availability(
    State(state): State<AppState>,
    Item(id): Item,
    i18n::Reader(lang): i18n::Reader,
    OrgForm { caller, form, .. }: OrgForm<Recruiters, AvailabilityForm>,
) -> Response {
    let outcome = async {
        let (Some(start), Some(end)) = (local_time(&form.from), local_time(&form.until)) else {
            return Err(ServiceError::invalid("from", problem::of("both-times")));
        };
        let me = caller.user_id().ok_or(ServiceError::NotFound)?;
        interviews::add_availability(
            &state.store,
            &caller.audit(),
            caller.org.id,
            me,
            Interval { start, end },
        )
        .await?;
        Ok(i18n::t(
            lang,
            "app-available",
            &[
                ("from", crate::i18n::date_time(lang, start).into()),
                ("until", crate::i18n::date_time(lang, end).into()),
            ],
        ))
    }
    .await;
    back(lang, &format!("/orgs/{}/applications/{id}", caller.org.slug), outcome)
}

/// The decision to offer, and the offer's terms.
#[derive(Debug, Deserialize)]
pub struct OfferForm {
    #[serde(default)]
    version: i32,
    #[serde(default)]
    rationale: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    hours_per_week: String,
    #[serde(default)]
    stipend_euros: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    days_to_answer: String,
}

/// `POST /orgs/{org}/applications/{id}/offer`: records the decision to offer, drafts the offer
/// and sends it to the candidate.
pub async fn make_offer(
    State(state): State<AppState>,
    Item(id): Item,
    i18n::Reader(lang): i18n::Reader,
    OrgForm { caller, form, .. }: OrgForm<Recruiters, OfferForm>,
) -> Response {
    let outcome = async {
        let date = |field: &str, raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                .map_err(|_| ServiceError::invalid(field, problem::of("a-date")))
        };
        let number = |field: &str, raw: &str| -> Result<u32, ServiceError> {
            raw.trim().parse().map_err(|_| ServiceError::invalid(field, problem::of("whole-number")))
        };
        let stipend = match form.stipend_euros.trim() {
            "" | "0" => None,
            raw => Some(Stipend {
                monthly_cents: i64::from(number("stipend_euros", raw)?) * 100,
                currency: "EUR".into(),
            }),
        };
        let terms = Terms {
            starts_on: date("starts_on", &form.starts_on)?,
            ends_on: date("ends_on", &form.ends_on)?,
            hours_per_week: number("hours_per_week", &form.hours_per_week)?,
            stipend,
            location: form.location.trim().to_owned(),
            team: form.team.trim().to_owned(),
        };
        let days = number("days_to_answer", &form.days_to_answer)?.clamp(1, 60);
        let expires_at = Utc::now() + Duration::days(i64::from(days));
        let (org_id, version) = (caller.org.id, form.version);
        let rationale = &form.rationale;
        decide_and_send(&state.store, &caller.audit(), org_id, id, version, rationale, terms, expires_at)
            .await?;
        Ok(i18n::t(lang, "app-offer-sent", &[("days", days.into())]))
    }
    .await;
    back(lang, &format!("/orgs/{}/applications/{id}", caller.org.slug), outcome)
}
