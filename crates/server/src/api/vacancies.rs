//! An organisation's vacancies: written as drafts, published to the job board, closed.
//! Versioned: reads carry an `ETag`, changes need `If-Match`.

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::versioning::{IfMatch, etag};
use crate::services::vacancies as service;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::eligibility::{CountryCode, Preferences, Rule};
use cohort_domain::language::Lang;
use cohort_domain::pipeline::Stage;
use cohort_domain::vacancy::{Stipend, VacancyDraft, VacancyStatus, VacancyText, WorkMode};
use cohort_store::vacancies::Vacancy;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A vacancy as written by the organisation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VacancyBody {
    /// The programme it belongs to.
    pub program_id: Uuid,
    /// The language the title, description and responsibilities are in: `en` or `nl`; absent
    /// for the organisation's language.
    #[schema(value_type = Option<String>, example = "nl")]
    pub language: Option<Lang>,
    /// The title.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// What the intern will do.
    #[serde(default)]
    pub responsibilities: Vec<String>,
    /// The same in other languages, at most one version per language: the job board shows
    /// each reader their language's version and else the vacancy's own.
    #[serde(default)]
    pub translations: Vec<VacancyVersion>,
    /// Skills every applicant must have, e.g. `["Python"]`.
    #[serde(default)]
    pub required_skills: Vec<String>,
    /// `{"skills": [...], "fields": [...], "languages": [...]}`: what counts towards the match score.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub preferences: Preferences,
    /// Hard rules, each `{"kind": ...}`: `enrolled_in_country {country}`, `field_of_study {any_of}`,
    /// `graduation_between {earliest?, latest?}`, `required_skills {all_of}`,
    /// `work_authorisation {country}`, `knockout {id, question, required_answer}`.
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub rules: Vec<Rule>,
    /// City or address (required unless remote).
    pub location: Option<String>,
    /// `on_site`, `hybrid` or `remote`.
    #[schema(value_type = String, example = "hybrid")]
    pub work_mode: WorkMode,
    /// For remote work: ISO country codes where interns may live.
    #[serde(default)]
    #[schema(value_type = Vec<String>, example = json!(["NL"]))]
    pub remote_countries: Vec<CountryCode>,
    /// Hours per week.
    pub hours_per_week: u32,
    /// `{"monthly_cents": 60000, "currency": "EUR"}`, or null for none.
    #[schema(value_type = Option<Object>)]
    pub stipend: Option<Stipend>,
    /// How many interns are taken.
    pub positions: u32,
    /// First day applications are taken.
    pub opens_on: NaiveDate,
    /// Last day applications are taken.
    pub closes_on: NaiveDate,
}

/// A vacancy's words in one more language.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VacancyVersion {
    /// `en` or `nl`.
    #[schema(value_type = String, example = "en")]
    pub language: Lang,
    /// The title.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// What the intern will do.
    #[serde(default)]
    pub responsibilities: Vec<String>,
}

impl VacancyBody {
    /// The programme and the draft; the words are in `language` unless the body says otherwise.
    fn into_parts(self, language: Lang) -> (Uuid, VacancyDraft) {
        let draft = VacancyDraft {
            language: self.language.unwrap_or(language),
            title: self.title,
            description: self.description,
            responsibilities: self.responsibilities,
            translations: self
                .translations
                .into_iter()
                .map(|t| VacancyText {
                    language: t.language,
                    title: t.title,
                    description: t.description,
                    responsibilities: t.responsibilities,
                })
                .collect(),
            required_skills: self.required_skills,
            preferences: self.preferences,
            rules: self.rules,
            location: self.location,
            work_mode: self.work_mode,
            remote_countries: self.remote_countries,
            hours_per_week: self.hours_per_week,
            stipend: self.stipend,
            positions: self.positions,
            opens_on: self.opens_on,
            closes_on: self.closes_on,
        };
        (self.program_id, draft)
    }
}

/// A vacancy as its organisation sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct VacancyView {
    /// Its id.
    pub id: Uuid,
    /// Its programme.
    pub program_id: Uuid,
    /// `draft`, `published` or `closed`.
    #[schema(value_type = String, example = "draft")]
    pub status: VacancyStatus,
    /// Raised by every change; also the `ETag`.
    pub version: i32,
    /// When it was first published.
    pub published_at: Option<DateTime<Utc>>,
    /// The language of the title, description and responsibilities.
    #[schema(value_type = String, example = "nl")]
    pub language: Lang,
    /// The title.
    pub title: String,
    /// Markdown.
    pub description: String,
    /// What the intern will do.
    pub responsibilities: Vec<String>,
    /// The same in other languages.
    pub translations: Vec<VacancyVersion>,
    /// Required skills.
    pub required_skills: Vec<String>,
    /// Preferences behind the match score.
    #[schema(value_type = Object)]
    pub preferences: Preferences,
    /// Hard rules.
    #[schema(value_type = Vec<Object>)]
    pub rules: Vec<Rule>,
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
    /// How many interns.
    pub positions: u32,
    /// First day of applications.
    pub opens_on: NaiveDate,
    /// Last day of applications.
    pub closes_on: NaiveDate,
    /// The hiring stages, in order.
    #[schema(value_type = Vec<Object>)]
    pub stages: Vec<Stage>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<Vacancy> for VacancyView {
    fn from(v: Vacancy) -> Self {
        let d = v.draft;
        VacancyView {
            id: v.id,
            program_id: v.program_id,
            status: v.status,
            version: v.version,
            published_at: v.published_at,
            language: d.language,
            title: d.title,
            description: d.description,
            responsibilities: d.responsibilities,
            translations: d
                .translations
                .into_iter()
                .map(|t| VacancyVersion {
                    language: t.language,
                    title: t.title,
                    description: t.description,
                    responsibilities: t.responsibilities,
                })
                .collect(),
            required_skills: d.required_skills,
            preferences: d.preferences,
            rules: d.rules,
            location: d.location,
            work_mode: d.work_mode,
            remote_countries: d.remote_countries,
            hours_per_week: d.hours_per_week,
            stipend: d.stipend,
            positions: d.positions,
            opens_on: d.opens_on,
            closes_on: d.closes_on,
            stages: v.pipeline.stages().to_vec(),
            created_at: v.created_at,
            updated_at: v.updated_at,
        }
    }
}

/// The vacancy with its `ETag`.
fn tagged(vacancy: Vacancy) -> Response {
    let tag = etag(vacancy.version);
    ([(header::ETAG, tag)], Json(VacancyView::from(vacancy))).into_response()
}

/// Filters of the vacancy list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VacancyQuery {
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Only `draft`, `published` or `closed`.
    pub status: Option<String>,
    /// Only this programme's.
    pub program_id: Option<Uuid>,
}

/// A status to move to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusBody {
    /// `published` or `closed`.
    #[schema(value_type = String, example = "published")]
    pub status: VacancyStatus,
}

/// The organisation's vacancies, newest first.
#[utoipa::path(
    get, path = "/orgs/{org}/vacancies", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), VacancyQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<VacancyView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_vacancies(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<VacancyQuery>,
) -> Result<Json<ListResponse<VacancyView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let status = match query.status.as_deref() {
        None => None,
        Some(name) => Some(
            VacancyStatus::parse(name)
                .ok_or_else(|| ApiError::invalid("status", "must be draft, published or closed"))?,
        ),
    };
    let vacancies = state.store.vacancies_page(caller.org.id, status, query.program_id, page).await?;
    Ok(Json(ListResponse::from_page(vacancies, VacancyView::from)))
}

/// Creates a vacancy as a draft, with the standard stages.
#[utoipa::path(
    post, path = "/orgs/{org}/vacancies", tag = "hiring", request_body = VacancyBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = VacancyView, headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_vacancy(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<VacancyBody>,
) -> Result<(StatusCode, Response), ApiError> {
    let (program_id, draft) = body.into_parts(caller.org.works_in());
    let vacancy = service::create(&state.store, &caller.audit(), caller.org.id, program_id, draft).await?;
    Ok((StatusCode::CREATED, tagged(vacancy)))
}

/// One vacancy, with its `ETag`.
#[utoipa::path(
    get, path = "/orgs/{org}/vacancies/{id}", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The vacancy's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = VacancyView, headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_vacancy(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    Ok(tagged(state.store.vacancy(caller.org.id, path.id).await?.ok_or_else(ApiError::not_found)?))
}

/// Replaces a vacancy's details (`If-Match` required).
#[utoipa::path(
    put, path = "/orgs/{org}/vacancies/{id}", tag = "hiring", request_body = VacancyBody,
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The vacancy's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = VacancyView, headers(("ETag" = String, description = "The new version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no If-Match", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_vacancy(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<VacancyBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.vacancy(caller.org.id, path.id).await?.map(|v| v.version)) })
        .await?;
    let (program_id, draft) = body.into_parts(caller.org.works_in());
    let vacancy =
        service::update(&state.store, &caller.audit(), caller.org.id, path.id, version, program_id, draft)
            .await?;
    Ok(tagged(vacancy))
}

/// Publishes or closes a vacancy (`If-Match` required). Draft → published → closed.
#[utoipa::path(
    post, path = "/orgs/{org}/vacancies/{id}/status", tag = "hiring", request_body = StatusBody,
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The vacancy's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = VacancyView, headers(("ETag" = String, description = "The new version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`status_change_refused`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_vacancy_status(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<StatusBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.vacancy(caller.org.id, path.id).await?.map(|v| v.version)) })
        .await?;
    let vacancy =
        service::change_status(&state.store, &caller.audit(), caller.org.id, path.id, version, body.status)
            .await?;
    Ok(tagged(vacancy))
}

/// The stages of a vacancy, in order.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StagesBody {
    /// `[{"key", "name", "kind", "skippable"}]`; kinds: `application` (first, once), `hr_chat`,
    /// `interviews`, `case_study`, `custom`, `decision` (once), `onboarding` (after the decision).
    #[schema(value_type = Vec<Object>)]
    pub stages: Vec<Stage>,
}

/// Replaces the vacancy's stages (`If-Match` required): add, rename, reorder or remove stages
/// that no application is in or has passed through.
#[utoipa::path(
    put, path = "/orgs/{org}/vacancies/{id}/stages", tag = "hiring", request_body = StagesBody,
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The vacancy's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = VacancyView, headers(("ETag" = String, description = "The new version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`stage_occupied`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: not a valid pipeline", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_vacancy_stages(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<StagesBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.vacancy(caller.org.id, path.id).await?.map(|v| v.version)) })
        .await?;
    let vacancy =
        service::edit_stages(&state.store, &caller.audit(), caller.org.id, path.id, version, body.stages)
            .await?;
    Ok(tagged(vacancy))
}
