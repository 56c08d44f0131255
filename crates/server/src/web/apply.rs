//! Applying in the browser: one form holds the profile, the answers to knockout questions, the
//! cover letter, the CV and the consent. "Check my eligibility" explains each rule against what
//! is filled in (nothing is saved); "Send my application" saves the profile and applies, through
//! the same service as the API.

use super::kit::Worded;
use super::kit::{Item, Layout, Viewer};
use super::{csrf, forbidden, page};
use crate::http::context::RequestMeta;
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::applications::{ApplyInput, apply};
use crate::services::jobs::{PublicJob, public_job};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use cohort_domain::candidate::{CandidateProfile, PRIVACY_NOTICE_VERSION};
use cohort_domain::eligibility::{self, Answers, CountryCode, Outcome, Period, Rule, Verdict};
use cohort_domain::phrase::Said;
use cohort_domain::validation::FieldError;
use cohort_domain::validation::problem;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The form's fields as typed (kept to show them again).
#[derive(Clone, Debug, Default)]
pub struct Fields {
    values: BTreeMap<String, String>,
}

impl Fields {
    /// A field's value, or empty.
    pub fn get(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }

    fn set(&mut self, name: &str, value: impl Into<String>) {
        self.values.insert(name.to_owned(), value.into());
    }

    /// The fields as a form posted them.
    pub fn posted(pairs: Vec<(String, String)>) -> Fields {
        Fields { values: pairs.into_iter().collect() }
    }

    /// The fields of a saved profile.
    pub fn from_profile(profile: &CandidateProfile) -> Fields {
        let mut f = Fields::default();
        f.set("name", profile.name.clone());
        f.set("phone", profile.phone.clone().unwrap_or_default());
        f.set("institution", profile.institution.clone().unwrap_or_default());
        f.set(
            "institution_country",
            profile.institution_country.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default(),
        );
        f.set("field_of_study", profile.field_of_study.clone().unwrap_or_default());
        if let Some(period) = profile.enrollment {
            f.set("enrollment_start", period.start.to_string());
            f.set("enrollment_end", period.end.to_string());
        }
        f.set("graduation", profile.graduation.map(|d| d.to_string()).unwrap_or_default());
        f.set("skills", profile.skills.join(", "));
        f.set("languages", profile.languages.join(", "));
        f.set("github", profile.github.clone().unwrap_or_default());
        f.set("portfolio_url", profile.portfolio_url.clone().unwrap_or_default());
        f
    }

    /// Fills the fields left empty from a JSON Resume; what was typed stays.
    pub fn fill_from(&mut self, resume: &cohort_domain::candidate::resume::JsonResume) {
        let mut profile = CandidateProfile { name: self.get("name").trim().to_owned(), ..Default::default() };
        profile.fill_from(resume);
        for (name, value) in Fields::from_profile(&profile).values {
            if self.get(&name).trim().is_empty() && !value.is_empty() {
                self.set(&name, value);
            } else if matches!(name.as_str(), "skills" | "languages") && !value.is_empty() {
                let mut merged = self.get(&name).to_owned();
                for item in value.split(", ") {
                    if !merged.split(',').any(|have| have.trim().eq_ignore_ascii_case(item)) {
                        merged = format!("{merged}, {item}");
                    }
                }
                self.set(&name, merged);
            }
        }
    }

    /// The profile the fields describe, or what is wrong with them.
    pub fn profile(&self) -> Result<CandidateProfile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = |name: &str| Some(self.get(name).trim().to_owned()).filter(|s| !s.is_empty());
        let mut date = |name: &str| match text(name) {
            None => None,
            Some(raw) => match NaiveDate::parse_from_str(&raw, "%Y-%m-%d") {
                Ok(day) => Some(day),
                Err(_) => {
                    errors.push(FieldError::new(name, problem::of("a-date")));
                    None
                }
            },
        };
        let (start, end, graduation) = (date("enrollment_start"), date("enrollment_end"), date("graduation"));
        let enrollment = match (start, end) {
            (Some(start), Some(end)) => match Period::new(start, end) {
                Some(period) => Some(period),
                None => {
                    errors.push(FieldError::new("enrollment_end", problem::of("not-before-start")));
                    None
                }
            },
            (None, None) => None,
            (Some(_), None) => {
                errors.push(FieldError::new("enrollment_end", problem::of("enrolment-end-too")));
                None
            }
            (None, Some(_)) => {
                errors.push(FieldError::new("enrollment_start", problem::of("enrolment-start-too")));
                None
            }
        };
        let institution_country = match text("institution_country") {
            None => None,
            Some(raw) => match CountryCode::parse(&raw) {
                Ok(code) => Some(code),
                Err(error) => {
                    errors.push(FieldError::new("institution_country", error.said()));
                    None
                }
            },
        };
        let list = |name: &str| -> Vec<String> {
            self.get(name)
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let profile = CandidateProfile {
            name: self.get("name").trim().to_owned(),
            phone: text("phone"),
            institution: text("institution"),
            institution_country,
            field_of_study: text("field_of_study"),
            enrollment,
            graduation,
            skills: list("skills"),
            languages: list("languages"),
            work_authorisation: Vec::new(),
            github: text("github"),
            portfolio_url: text("portfolio_url"),
        };
        errors.extend(profile.problems());
        if errors.is_empty() { Ok(profile) } else { Err(errors) }
    }

    /// The answers to knockout questions (`answer_<id>` = `yes` / `no`).
    pub fn answers(&self) -> Answers {
        self.values
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("answer_")?.to_owned(), v == "yes")))
            .collect()
    }
}

/// A knockout question on the form.
struct Question {
    id: String,
    text: String,
    answer: String,
}

/// One rule's answer, in words.
struct Verdict1 {
    outcome: &'static str,
    mark: String,
    explanation: String,
}

/// What the check found.
struct Check {
    summary: String,
    results: Vec<Verdict1>,
}

#[derive(Template)]
#[template(path = "apply.html")]
struct ApplyPage {
    layout: Layout,
    job_id: Uuid,
    title: String,
    organisation: String,
    requirements: Vec<String>,
    questions: Vec<Question>,
    fields: Fields,
    errors: Vec<Worded>,
    check: Option<Check>,
    notice_version: &'static str,
    imported: bool,
}

impl ApplyPage {
    /// A refused field named in the reader's words: its label on the form.
    fn label(&self, field: &str) -> String {
        let field = field.trim_start_matches("profile.");
        let key = match field.split('.').next().unwrap_or(field) {
            "name" => "apply-name",
            "phone" => "apply-phone",
            "institution" => "apply-institution",
            "institution_country" => "apply-institution-country",
            "field_of_study" => "apply-field-of-study",
            "enrollment" | "enrollment_start" => "apply-enrollment-start",
            "enrollment_end" => "apply-enrollment-end",
            "graduation" => "apply-graduation",
            "skills" => "apply-skills",
            "languages" => "apply-languages",
            "github" => "apply-github",
            "portfolio_url" => "apply-portfolio",
            "cover_letter" => "apply-cover-letter",
            "cv" => "apply-cv",
            "resume" => "apply-resume-legend",
            "consent" | "privacy_notice_version" => "apply-consent-label",
            "account" => "apply-account",
            _ => "apply-eligible",
        };
        self.layout.t(key)
    }
}

/// The eligibility of what was typed, rule by rule (the name plays no part in it: someone
/// checking before they have an account may leave it empty).
fn check(lang: Lang, rules: &[Rule], period: Period, fields: &Fields) -> Option<Check> {
    let mut probe = fields.clone();
    if probe.get("name").trim().is_empty() {
        probe.set("name", "-");
    }
    let profile = probe.profile().ok()?;
    let evaluation = eligibility::evaluate(rules, period, &profile.facts(), &fields.answers());
    let summary = match evaluation.verdict {
        Verdict::Eligible => "eligibility-summary-eligible",
        Verdict::Incomplete => "eligibility-summary-incomplete",
        Verdict::NotEligible => "eligibility-summary-not-eligible",
    };
    Some(Check {
        summary: i18n::t(lang, summary, &[]),
        results: evaluation
            .results
            .iter()
            .map(|r| Verdict1 {
                outcome: match r.outcome {
                    Outcome::Pass => "pass",
                    Outcome::Fail => "fail",
                    Outcome::Unknown => "unknown",
                },
                mark: i18n::mark(lang, r.outcome),
                explanation: i18n::reason(lang, r),
            })
            .collect(),
    })
}

async fn render(
    state: &AppState,
    layout: Layout,
    job_id: Uuid,
    fields: Fields,
    errors: Vec<FieldError>,
    with_check: bool,
) -> Response {
    render_page(state, layout, job_id, fields, errors, with_check, false).await
}

async fn render_page(
    state: &AppState,
    layout: Layout,
    job_id: Uuid,
    fields: Fields,
    errors: Vec<FieldError>,
    with_check: bool,
    imported: bool,
) -> Response {
    let PublicJob { vacancy, org, program } = match public_job(&state.store, job_id).await {
        Ok(found) => found,
        Err(ServiceError::NotFound) => return super::kit::job_not_found(layout),
        Err(error) => return super::kit::server_fault(layout, error),
    };
    let rules = vacancy.draft.hard_rules();
    let questions = rules
        .iter()
        .filter_map(|r| match r {
            Rule::Knockout { id, question, .. } => Some(Question {
                id: id.clone(),
                text: question.clone(),
                answer: fields.get(&format!("answer_{id}")).to_owned(),
            }),
            _ => None,
        })
        .collect();
    let check = if with_check {
        program.draft.period().and_then(|p| check(layout.lang, &rules, p, &fields))
    } else {
        None
    };
    let requirements = rules.iter().map(|r| i18n::phrase(layout.lang, &r.requirement())).collect();
    let lang = layout.lang;
    let body = ApplyPage {
        layout,
        job_id,
        title: vacancy.draft.title.clone(),
        organisation: org.name.clone(),
        requirements,
        questions,
        fields,
        errors: super::kit::worded(lang, &errors),
        check,
        notice_version: PRIVACY_NOTICE_VERSION,
        imported,
    };
    page(body.render())
}

/// A JSON Resume file, checked against its schema.
fn read_resume(
    state: &AppState,
    bytes: &[u8],
) -> Result<cohort_domain::candidate::resume::JsonResume, Vec<FieldError>> {
    let document: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![FieldError::new("resume", problem::of("resume-not-json").text("detail", e.to_string()))]
    })?;
    state.resume_schema.check(&document)
}

/// `GET /jobs/{id}/apply`: the form, filled from the saved profile, with its eligibility. Anyone
/// may check their eligibility here; sending the application needs an account.
pub async fn apply_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Item(id): Item,
    Query(came_from): Query<super::jobs::CameFrom>,
) -> Response {
    let layout = viewer.layout();
    let saved = match &viewer.person {
        Some((user, _)) => match state.store.profile(user.id).await {
            Ok(saved) => saved,
            Err(error) => return super::kit::server_fault(layout, error),
        },
        None => None,
    };
    let has_profile = saved.is_some();
    let name = viewer.person.as_ref().map(|(u, _)| u.name.to_string()).unwrap_or_default();
    let profile = saved.unwrap_or_else(|| CandidateProfile { name, ..Default::default() });
    let mut fields = Fields::from_profile(&profile);
    fields.set("source", came_from.label().unwrap_or_else(|| "job_board".into()));
    let response = render(&state, layout, id, fields, vec![], has_profile).await;
    viewer.csrf.attach(response)
}

/// `POST /jobs/{id}/apply`: checks eligibility, or saves the profile and applies.
pub async fn submit_application(
    State(state): State<AppState>,
    viewer: Viewer,
    meta: RequestMeta,
    headers: HeaderMap,
    Item(id): Item,
    mut multipart: Multipart,
) -> Response {
    let layout = viewer.layout();
    let mut fields = Fields::default();
    let mut cv: Option<(String, Vec<u8>)> = None;
    let mut resume_bytes: Option<Vec<u8>> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                if name == "resume" {
                    match field.bytes().await {
                        Ok(bytes) if !bytes.is_empty() => resume_bytes = Some(bytes.to_vec()),
                        Ok(_) => {}
                        Err(error) => {
                            return super::kit::upload_unreadable(layout, &error);
                        }
                    }
                } else if name == "cv" {
                    let filename = field.file_name().unwrap_or_default().to_owned();
                    match field.bytes().await {
                        Ok(bytes) if !bytes.is_empty() => cv = Some((filename, bytes.to_vec())),
                        Ok(_) => {}
                        Err(error) => {
                            return super::kit::upload_unreadable(layout, &error);
                        }
                    }
                } else {
                    match field.text().await {
                        Ok(text) => fields.set(&name, text),
                        Err(error) => {
                            return super::kit::upload_unreadable(layout, &error);
                        }
                    }
                }
            }
            Ok(None) => break,
            Err(error) => return super::kit::upload_unreadable(layout, &error),
        }
    }
    if !csrf::allowed(&headers, fields.get(csrf::FIELD)) {
        return forbidden(layout);
    }
    let resume = match resume_bytes.map(|bytes| read_resume(&state, &bytes)) {
        Some(Ok(resume)) => Some(resume),
        Some(Err(errors)) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&state, layout, id, fields, errors, false).await,
            )
                .into_response();
        }
        None => None,
    };
    if fields.get("action") == "import" {
        let Some(resume) = resume else {
            let missing = vec![FieldError::new("resume", problem::of("resume-choose"))];
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&state, layout, id, fields, missing, false).await,
            )
                .into_response();
        };
        fields.fill_from(&resume);
        return render_page(&state, layout, id, fields, vec![], true, true).await;
    }
    if fields.get("action") != "apply" {
        let mut errors = fields.profile().err().unwrap_or_default();
        errors.retain(|e| e.field != "name");
        // A live check (htmx, as the candidate types) always gets the section to show.
        let live = headers.contains_key("hx-request");
        let status =
            if errors.is_empty() || live { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
        return (status, render(&state, layout, id, fields, errors, true).await).into_response();
    }
    let Some(member) = viewer.member(meta) else {
        // Checked without an account: what was typed stays, and the page says how to send it.
        let missing = vec![FieldError::new("account", problem::of("apply-sign-in"))];
        let status = StatusCode::UNAUTHORIZED;
        return (status, render(&state, layout, id, fields, missing, true).await).into_response();
    };
    let outcome = async {
        let profile = fields.profile().map_err(ServiceError::Invalid)?;
        let PublicJob { vacancy, program, .. } = public_job(&state.store, id).await?;
        crate::services::applications::save_profile(&state.store, member.user.id, profile).await?;
        let ctx = member.audit();
        let input = ApplyInput {
            cover_letter: fields.get("cover_letter").trim().to_owned(),
            answers: fields.answers(),
            privacy_notice_version: (fields.get("consent") == "yes")
                .then(|| PRIVACY_NOTICE_VERSION.to_owned()),
            cv: cv.clone(),
            resume: resume.clone(),
            source: cohort_domain::candidate::source_label(fields.get("source"))
                .unwrap_or_else(|| "job_board".into()),
            language: member.lang,
        };
        apply(&state.store, &state.blobs, &ctx, &member.user, &vacancy, &program, input, None).await
    }
    .await;
    match outcome {
        Ok(_) => Redirect::to("/me").into_response(),
        Err(error) => {
            let errors = super::kit::form_errors(&error);
            (super::kit::status_of(&error), render(&state, layout, id, fields, errors, true).await)
                .into_response()
        }
    }
}
