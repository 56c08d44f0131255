//! The organisation's side of applications: the list recruiters work through, one
//! application in full, its CV, and moving it through the stages (`If-Match` required).

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::versioning::{IfMatch, etag};
use crate::services::applications::{self as service, Rejection};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::candidate::CandidateProfile;
use cohort_domain::eligibility::Answers;
use cohort_domain::pipeline::{Move, Status};
use cohort_domain::privacy::ViewedResource;
use cohort_store::Store;
use cohort_store::applications::{Application, ApplicationFilter, ApplicationOrder};
use cohort_store::entities::application_event;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// The candidate behind an application.
#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateView {
    /// Their account.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
}

/// One move of an application.
#[derive(Debug, Serialize, ToSchema)]
pub struct MoveView {
    /// When.
    pub at: DateTime<Utc>,
    /// `candidate`, `user` or `token`.
    pub actor_kind: String,
    /// Who.
    pub actor_id: Option<Uuid>,
    /// The stage before (null: the application was made).
    pub from_stage: Option<String>,
    /// The stage after.
    pub to_stage: String,
    /// The status before.
    pub from_status: Option<String>,
    /// The status after.
    pub to_status: String,
    /// Why.
    pub reason: Option<String>,
}

impl From<application_event::Model> for MoveView {
    fn from(e: application_event::Model) -> Self {
        MoveView {
            at: e.at,
            actor_kind: e.actor_kind,
            actor_id: e.actor_id,
            from_stage: e.from_stage,
            to_stage: e.to_stage,
            from_status: e.from_status,
            to_status: e.to_status,
            reason: e.reason,
        }
    }
}

/// An application as the organisation sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationView {
    /// Its id.
    pub id: Uuid,
    /// Raised by every move; also the `ETag`.
    pub version: i32,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate: CandidateView,
    /// The stage's key.
    pub stage: String,
    /// `active`, `hired`, `rejected` or `withdrawn`.
    #[schema(value_type = String)]
    pub status: Status,
    /// 0 to 100 against the vacancy's preferences, when applying.
    pub match_score: u32,
    /// Eligibility when applying, rule by rule.
    #[schema(value_type = Object)]
    pub evaluation: super::jobs::EvaluationView,
    /// The profile when applying.
    #[schema(value_type = Object)]
    pub profile: CandidateProfile,
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    #[schema(value_type = Object)]
    pub answers: Answers,
    /// GitHub profile.
    pub github_url: Option<String>,
    /// Portfolio.
    pub portfolio_url: Option<String>,
    /// Where to download the CV.
    pub cv_href: Option<String>,
    /// Skills suggested from their public GitHub repositories (when the organisation reads
    /// GitHub): suggestions, not claims.
    #[schema(value_type = Vec<Object>)]
    pub suggested_skills: Vec<cohort_domain::github::Suggestion>,
    /// Every move so far (in the detail view; empty in lists).
    pub history: Vec<MoveView>,
    /// When the application was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn view(
    org: &str,
    application: Application,
    mut candidate: CandidateView,
    history: Vec<MoveView>,
) -> ApplicationView {
    // The name they applied with, not whatever the account was first called.
    if !application.profile.name.trim().is_empty() {
        candidate.name = application.profile.name.clone();
    }
    ApplicationView {
        cv_href: application
            .cv
            .as_ref()
            .map(|_| format!("/api/v1/orgs/{org}/applications/{}/cv", application.id)),
        id: application.id,
        version: application.version,
        vacancy_id: application.vacancy_id,
        candidate,
        stage: application.stage,
        status: application.status,
        match_score: application.match_score,
        evaluation: super::jobs::EvaluationView::new(&application.evaluation, crate::i18n::Lang::En),
        profile: application.profile,
        cover_letter: application.cover_letter,
        answers: application.answers,
        github_url: application.github_url,
        portfolio_url: application.portfolio_url,
        suggested_skills: application.suggested_skills,
        history,
        created_at: application.created_at,
        updated_at: application.updated_at,
    }
}

async fn candidates(store: &Store, ids: Vec<Uuid>) -> Result<HashMap<Uuid, CandidateView>, ApiError> {
    Ok(store
        .users_by_ids(ids)
        .await?
        .into_iter()
        .map(|u| (u.id, CandidateView { id: u.id, name: u.name, email: u.email }))
        .collect())
}

async fn detail(store: &Store, org: &str, application: Application) -> Result<Response, ApiError> {
    let mut people = candidates(store, vec![application.candidate_id]).await?;
    let candidate = people.remove(&application.candidate_id).ok_or_else(ApiError::not_found)?;
    let history = store.application_history(application.id).await?.into_iter().map(MoveView::from).collect();
    let tag = etag(application.version);
    Ok(([(header::ETAG, tag)], Json(view(org, application, candidate, history))).into_response())
}

/// Filters and order of the application list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ApplicationQuery {
    /// Items per page, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Of this vacancy.
    pub vacancy_id: Option<Uuid>,
    /// Of this programme.
    pub program_id: Option<Uuid>,
    /// In this stage (key, e.g. `interviews`).
    pub stage: Option<String>,
    /// `active`, `hired`, `rejected` or `withdrawn`.
    pub status: Option<String>,
    /// With this skill (exact, any case), e.g. `TypeScript`.
    pub skill: Option<String>,
    /// Words in the candidate's name, institution, field, skills or cover letter (a word of three
    /// letters or more also finds the words it begins).
    pub q: Option<String>,
    /// `newest` (default), `oldest` or `match`.
    pub sort: Option<String>,
}

/// The organisation's applications, for the recruiter to work through.
#[utoipa::path(
    get, path = "/orgs/{org}/applications", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ApplicationQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<ApplicationView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_applications(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<ApplicationQuery>,
) -> Result<Json<ListResponse<ApplicationView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let invalid = |field: &str, message: &str| ApiError::invalid(field, message);
    let status = match query.status.as_deref() {
        None => None,
        Some(name) => Some(
            serde_json::from_value::<Status>(serde_json::Value::String(name.to_owned()))
                .map_err(|_| invalid("status", "must be active, hired, rejected or withdrawn"))?,
        ),
    };
    let order = match query.sort.as_deref() {
        None | Some("newest") => ApplicationOrder::Newest,
        Some("oldest") => ApplicationOrder::Oldest,
        Some("match") => ApplicationOrder::BestMatch,
        Some(_) => return Err(invalid("sort", "must be newest, oldest or match")),
    };
    let filter = ApplicationFilter {
        vacancy_id: query.vacancy_id,
        program_id: query.program_id,
        stage: query.stage,
        status,
        skill: query.skill,
        text: query.q,
    };
    let applications = state.store.org_applications(caller.org.id, &filter, order, page).await?;
    let mut people =
        candidates(&state.store, applications.items.iter().map(|a| a.candidate_id).collect()).await?;
    let next_cursor = applications.next.map(|id| id.to_string());
    let mut items = Vec::with_capacity(applications.items.len());
    for application in applications.items {
        let candidate = people.remove(&application.candidate_id).unwrap_or(CandidateView {
            id: application.candidate_id,
            name: application.profile.name.clone(),
            email: String::new(),
        });
        items.push(view(&caller.org.slug, application, candidate, Vec::new()));
    }
    Ok(Json(ListResponse { items, next_cursor }))
}

/// One application in full, with its history and `ETag`.
#[utoipa::path(
    get, path = "/orgs/{org}/applications/{id}", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ApplicationView, headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_application(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    let application = crate::services::applications::look_at(
        &state.store,
        &caller.audit(),
        caller.org.id,
        path.id,
        ViewedResource::Application,
    )
    .await?;
    detail(&state.store, &caller.org.slug, application).await
}

/// The application's CV, as an attachment.
#[utoipa::path(
    get, path = "/orgs/{org}/applications/{id}/cv", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_application_cv(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    let application = crate::services::applications::look_at(
        &state.store,
        &caller.audit(),
        caller.org.id,
        path.id,
        ViewedResource::Cv,
    )
    .await?;
    let cv = application.cv.ok_or_else(ApiError::not_found)?;
    let bytes =
        state.blobs.get(&cv.blob).await.map_err(ApiError::internal)?.ok_or_else(ApiError::not_found)?;
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", cv.filename))
        .map_err(ApiError::internal)?;
    let content_type = HeaderValue::from_str(&cv.content_type).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, content_type), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}

/// A move of an application.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionBody {
    /// `advance`, `back`, `skip_to`, `reject` or `hire`.
    #[schema(example = "advance")]
    pub action: String,
    /// For `skip_to`: the stage to go to.
    pub stage: Option<String>,
    /// For `reject`: one of the organisation's rejection reasons.
    pub reason: Option<String>,
}

impl TransitionBody {
    fn into_move(self) -> Result<Move, ApiError> {
        Move::named(&self.action, self.stage, self.reason).map_err(|field| ApiError::validation(vec![field]))
    }
}

/// Moves an application (`If-Match` required). Every move is recorded: who, when, from, to, why.
/// Rejection reasons: "Does not meet the requirements", "Another candidate was a better match",
/// "Position filled", "Case study below the bar", "No show", "Candidate accepted another offer".
#[utoipa::path(
    post, path = "/orgs/{org}/applications/{id}/transitions", tag = "hiring", request_body = TransitionBody,
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The application's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ApplicationView, headers(("ETag" = String, description = "The new version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`transition_refused` (e.g. hire before the decision)", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (unknown reason)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_transition(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(path): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<TransitionBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.org_application(caller.org.id, path.id).await?.map(|a| a.version)) })
        .await?;
    let requested = body.into_move()?;
    let application =
        service::move_application(&state.store, &caller.audit(), caller.org.id, path.id, version, requested)
            .await?;
    detail(&state.store, &caller.org.slug, application).await
}

/// Applications to reject at once, with one reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRejectBody {
    /// Up to 200 applications.
    pub application_ids: Vec<Uuid>,
    /// One of the organisation's rejection reasons.
    pub reason: String,
}

/// What happened to one application of a bulk rejection.
#[derive(Debug, Serialize, ToSchema)]
pub struct BulkOutcome {
    /// The application.
    pub id: Uuid,
    /// `rejected`, `refused` (see `detail`) or `not_found`.
    pub outcome: &'static str,
    /// Why it was refused.
    pub detail: Option<String>,
}

/// The outcome for each application.
#[derive(Debug, Serialize, ToSchema)]
pub struct BulkRejectResponse {
    /// One entry per id sent, in order.
    pub results: Vec<BulkOutcome>,
}

/// Rejects many applications with one reason; each follows the same rules as a single move
/// and is committed on its own, so one refusal does not hold back the others.
#[utoipa::path(
    post, path = "/orgs/{org}/applications/bulk-reject", tag = "hiring", request_body = BulkRejectBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = BulkRejectResponse),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (unknown reason, too many ids)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_bulk_rejection(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<BulkRejectBody>,
) -> Result<Json<BulkRejectResponse>, ApiError> {
    let ctx = caller.audit();
    let done =
        service::reject_many(&state.store, &ctx, caller.org.id, &body.application_ids, &body.reason).await?;
    let results = done
        .into_iter()
        .map(|(id, outcome)| match outcome {
            Rejection::Rejected => BulkOutcome { id, outcome: "rejected", detail: None },
            Rejection::NotFound => BulkOutcome { id, outcome: "not_found", detail: None },
            Rejection::Refused(why) => BulkOutcome { id, outcome: "refused", detail: Some(why.to_string()) },
        })
        .collect();
    Ok(Json(BulkRejectResponse { results }))
}
