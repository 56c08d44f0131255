//! The public job board: published vacancies of every organisation, and a dry run of a
//! vacancy's eligibility rules against a profile. No sign-in needed.

use super::list::{ListQuery, ListResponse};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery};
use crate::i18n::{Asked, Lang, Reader};
use crate::markdown::to_safe_html;
use crate::services::jobs::{self, PublicJob};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{NaiveDate, Utc};
use cohort_domain::eligibility::{
    self, Answers, CountryCode, Evaluation, MatchScore, Outcome, Preferences, Profile, Rule, Verdict,
};
use cohort_domain::vacancy::{Stipend, WorkMode};
use cohort_store::vacancies::{BoardFilter, Vacancy};
use cohort_store::{Page, Store};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// The organisation behind a vacancy.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobOrg {
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
}

/// The programme a vacancy belongs to.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobProgram {
    /// Its name.
    pub name: String,
    /// The internship's first day.
    pub starts_on: NaiveDate,
    /// Its last day.
    pub ends_on: NaiveDate,
}

/// A vacancy on the job board.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobView {
    /// Its id.
    pub id: Uuid,
    /// The language of the title, description and responsibilities: the reader's
    /// (`Accept-Language` or `?lang=`) where the vacancy has a version in it, else the vacancy's own.
    #[schema(value_type = String, example = "nl")]
    pub language: Lang,
    /// Every language the vacancy is written in (`?lang=` picks one).
    #[schema(value_type = Vec<String>, example = json!(["en", "nl"]))]
    pub languages: Vec<Lang>,
    /// The title.
    pub title: String,
    /// The description as sanitised HTML.
    pub description_html: String,
    /// What the intern will do.
    pub responsibilities: Vec<String>,
    /// Who offers it.
    pub organisation: JobOrg,
    /// The programme: when the internship runs.
    pub program: JobProgram,
    /// City or address.
    pub location: Option<String>,
    /// `on_site`, `hybrid` or `remote`.
    #[schema(value_type = String)]
    pub work_mode: WorkMode,
    /// Countries remote interns may live in.
    #[schema(value_type = Vec<String>)]
    pub remote_countries: Vec<CountryCode>,
    /// Hours per week.
    pub hours_per_week: u32,
    /// Monthly stipend.
    #[schema(value_type = Option<Object>)]
    pub stipend: Option<Stipend>,
    /// How many interns are taken.
    pub positions: u32,
    /// Required skills.
    pub required_skills: Vec<String>,
    /// What counts towards the match score.
    #[schema(value_type = Object)]
    pub preferences: Preferences,
    /// Every hard rule, including knockout questions to answer when applying.
    #[schema(value_type = Vec<Object>)]
    pub requirements: Vec<Rule>,
    /// First day of applications.
    pub opens_on: NaiveDate,
    /// Last day of applications.
    pub closes_on: NaiveDate,
    /// Whether it takes applications today.
    pub open: bool,
}

impl JobView {
    /// The public view of a vacancy, in the language asked for where it is written in it.
    pub fn new(job: PublicJob, today: NaiveDate, asked: Asked) -> Self {
        let open = job.open(today);
        let PublicJob { vacancy, org, program } = job;
        let requirements = vacancy.draft.hard_rules();
        let languages = vacancy.draft.languages();
        let mut d = vacancy.draft;
        d.read_in(asked.or(&org));
        JobView {
            id: vacancy.id,
            language: d.language,
            languages,
            title: d.title,
            description_html: to_safe_html(&d.description),
            responsibilities: d.responsibilities,
            organisation: JobOrg { slug: org.slug, name: org.name },
            program: JobProgram {
                name: program.draft.name,
                starts_on: program.draft.starts_on,
                ends_on: program.draft.ends_on,
            },
            location: d.location,
            work_mode: d.work_mode,
            remote_countries: d.remote_countries,
            hours_per_week: d.hours_per_week,
            stipend: d.stipend,
            positions: d.positions,
            required_skills: d.required_skills,
            preferences: d.preferences,
            requirements,
            opens_on: d.opens_on,
            closes_on: d.closes_on,
            open,
        }
    }
}

/// Filters of the job board.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JobQuery {
    /// Words in the title or description (in any of its languages), or a skill it asks for.
    pub q: Option<String>,
    /// A skill, required or preferred, e.g. `TypeScript`.
    pub skill: Option<String>,
    /// Part of the location, e.g. `Amsterdam`.
    pub location: Option<String>,
    /// `true`: remote only; `false`: on site or hybrid only.
    pub remote: Option<bool>,
    /// One organisation, by slug.
    pub org: Option<String>,
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// The language to read the vacancies in, `en` or `nl` (else `Accept-Language`, else each
    /// organisation's own).
    #[param(example = "nl")]
    pub lang: Option<String>,
}

/// A profile (and answers) to check against a vacancy.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// `{institution, institution_country, field_of_study, enrollment: {start, end}, graduation,
    /// skills, languages, work_authorisation}`; every field optional.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub profile: Profile,
    /// Answers to knockout questions by question id, e.g. `{"relocate": true}`.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub answers: Answers,
}

/// Eligibility, rule by rule: `verdict` is `eligible`, `incomplete` (some rules cannot be judged
/// yet) or `not_eligible`; each of `results` has the `rule`, its `outcome` (`pass`, `fail`,
/// `unknown`) and an `explanation` in the language of `Accept-Language` (English by default).
#[derive(Debug, Serialize)]
pub struct EvaluationView {
    /// The verdict.
    pub verdict: Verdict,
    /// Each rule's answer.
    pub results: Vec<RuleResultView>,
}

/// One rule's answer.
#[derive(Debug, Serialize)]
pub struct RuleResultView {
    /// The rule.
    pub rule: Rule,
    /// `pass`, `fail` or `unknown`.
    pub outcome: Outcome,
    /// Why, in a sentence.
    pub explanation: String,
}

impl EvaluationView {
    /// An evaluation in words of `lang`.
    pub fn new(evaluation: &Evaluation, lang: Lang) -> EvaluationView {
        EvaluationView {
            verdict: evaluation.verdict,
            results: evaluation
                .results
                .iter()
                .map(|r| RuleResultView {
                    rule: r.rule.clone(),
                    outcome: r.outcome,
                    explanation: crate::i18n::reason(lang, r),
                })
                .collect(),
        }
    }
}

/// Whether the profile may apply, rule by rule, and how well it matches.
#[derive(Debug, Serialize, ToSchema)]
pub struct EligibilityView {
    /// `eligible`, `incomplete` (some rules cannot be judged yet) or `not_eligible`, with each
    /// rule's `pass` / `fail` / `unknown` and an explanation.
    #[schema(value_type = Object)]
    pub evaluation: EvaluationView,
    /// 0 to 100 against the preferred criteria, with its breakdown.
    #[schema(value_type = Object)]
    pub match_score: MatchScore,
}

/// Public views of vacancies, with their organisations and programmes fetched once per page.
pub async fn job_views(
    store: &Store,
    vacancies: Page<Vacancy>,
    today: NaiveDate,
    asked: Asked,
) -> Result<ListResponse<JobView>, ApiError> {
    let jobs = jobs::with_context(store, vacancies).await?;
    Ok(ListResponse {
        items: jobs.items.into_iter().map(|job| JobView::new(job, today, asked)).collect(),
        next_cursor: jobs.next.map(|id| id.to_string()),
    })
}

/// Published vacancies open today, of every organisation, newest first.
#[utoipa::path(
    get, path = "/jobs", tag = "jobs",
    params(JobQuery),
    responses(
        (status = 200, body = ListResponse<JobView>),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_jobs(
    State(state): State<AppState>,
    asked: Asked,
    ApiQuery(query): ApiQuery<JobQuery>,
) -> Result<Json<ListResponse<JobView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let org_id = match query.org.as_deref() {
        None => None,
        // An unknown organisation simply has no jobs.
        Some(slug) => match state.store.org_by_slug(slug).await? {
            Some(org) => Some(org.id),
            None => return Ok(Json(ListResponse { items: Vec::new(), next_cursor: None })),
        },
    };
    let filter = BoardFilter {
        text: query.q,
        skill: query.skill,
        location: query.location,
        remote: query.remote,
        org_id,
    };
    let today = Utc::now().date_naive();
    let vacancies = state.store.job_board(&filter, today, page).await?;
    Ok(Json(job_views(&state.store, vacancies, today, asked).await?))
}

/// One vacancy of the job board (published or closed).
#[utoipa::path(
    get, path = "/jobs/{id}", tag = "jobs",
    params(("id" = Uuid, Path, description = "The vacancy's id")),
    responses(
        (status = 200, body = JobView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_job(
    State(state): State<AppState>,
    asked: Asked,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<JobView>, ApiError> {
    let job = jobs::public_job(&state.store, id).await?;
    Ok(Json(JobView::new(job, Utc::now().date_naive(), asked)))
}

/// Checks a profile against the vacancy's rules without applying: every rule's answer with an
/// explanation, and the match score.
#[utoipa::path(
    post, path = "/jobs/{id}/eligibility", tag = "jobs", request_body = EligibilityRequest,
    params(("id" = Uuid, Path, description = "The vacancy's id")),
    responses(
        (status = 200, body = EligibilityView),
        (status = 400, description = "`invalid_body` (e.g. a malformed date or country)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn check_eligibility(
    State(state): State<AppState>,
    Reader(lang): Reader,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<EligibilityRequest>,
) -> Result<Json<EligibilityView>, ApiError> {
    let PublicJob { vacancy, program, .. } = jobs::public_job(&state.store, id).await?;
    let period =
        program.draft.period().ok_or_else(|| ApiError::internal("programme ends before it starts"))?;
    let evaluation = eligibility::evaluate(&vacancy.draft.hard_rules(), period, &body.profile, &body.answers);
    let match_score = eligibility::score(&vacancy.draft.preferences, &body.profile);
    Ok(Json(EligibilityView { evaluation: EvaluationView::new(&evaluation, lang), match_score }))
}

/// A vacancy's privacy notice: who holds an applicant's data and for how long.
#[derive(Debug, Serialize, ToSchema)]
pub struct PrivacyNoticeView {
    /// The version an application's consent names (`privacy_notice_version`).
    pub version: String,
    /// The organisation that decides what happens with the data (the controller).
    pub controller: String,
    /// Days an application is kept after its procedure ends in a rejection or withdrawal.
    pub after_procedure_days: u32,
    /// Days it is kept when the candidate agrees to be considered for future vacancies.
    pub with_consent_days: u32,
    /// Days an intern's records are kept after the internship.
    pub after_internship_days: u32,
    /// The page that tells it in words.
    pub url: String,
}

/// The privacy notice an application to this vacancy consents to. No sign-in needed.
#[utoipa::path(
    get, path = "/jobs/{id}/privacy-notice", tag = "jobs",
    params(("id" = Uuid, Path, description = "The vacancy's id")),
    responses(
        (status = 200, body = PrivacyNoticeView),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_privacy_notice(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<PrivacyNoticeView>, ApiError> {
    let notice = jobs::privacy_notice(&state.store, id).await?;
    Ok(Json(PrivacyNoticeView {
        version: notice.version.to_owned(),
        controller: notice.job.org.name,
        after_procedure_days: notice.policy.after_procedure_days,
        with_consent_days: notice.policy.with_consent_days,
        after_internship_days: notice.policy.after_internship_days,
        url: format!("{}/jobs/{id}/privacy", state.config.public_url()),
    }))
}
