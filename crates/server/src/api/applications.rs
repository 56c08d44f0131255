//! A candidate's applications: applying (multipart: the application as JSON and the CV file),
//! listing them, following each one's timeline, and fetching their own CV back.

use super::list::{ListQuery, ListResponse};
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiPath, ApiQuery};
use crate::i18n::Reader;
use crate::services::ServiceError;
use crate::services::applications::{self, ApplyInput, own_application_href};
use crate::services::jobs::{PublicJob, public_job};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::eligibility::{Answers, Verdict};
use cohort_domain::pipeline::{Pipeline, Position, Status, TimelineEntry, next_stage, timeline};
use cohort_domain::refusal::Refusal;
use cohort_store::Store;
use cohort_store::applications::{Application, Idempotency};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use uuid::Uuid;

/// The JSON part (`application`) of an application.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplyBody {
    /// Why you, why this internship.
    #[serde(default)]
    pub cover_letter: String,
    /// Answers to the vacancy's knockout questions by id, e.g. `{"relocate": true}`.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub answers: Answers,
    /// Consent to the privacy notice: `{"privacy_notice_version": "2026-11"}`.
    pub consent: Option<Consent>,
    /// Where the candidate came from, for the hiring report's sources (e.g. `linkedin`, a
    /// campaign's `utm_source`); `api` when not given.
    #[serde(default)]
    pub source: Option<String>,
}

/// Consent to the privacy notice.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// The version of the notice read and accepted.
    pub privacy_notice_version: String,
}

/// The multipart form of an application (for the API reference).
#[derive(ToSchema)]
#[expect(dead_code, reason = "documents the multipart body; axum reads the parts itself")]
pub struct ApplyForm {
    /// The application, sent as a JSON part (`application/json`, the default for an object).
    application: ApplyBody,
    /// The CV: PDF or DOCX, at most 10 MiB. Optional when the profile names a GitHub profile
    /// or portfolio.
    #[schema(value_type = Option<String>, format = Binary)]
    cv: Option<Vec<u8>>,
    /// A JSON Resume (jsonresume.org), checked against its schema; fills what the profile lacks.
    #[schema(value_type = Option<String>, format = Binary)]
    resume: Option<Vec<u8>>,
}

/// The CV as the candidate sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CvView {
    /// The file name.
    pub filename: String,
    /// Where to download it.
    pub href: String,
}

/// One of the candidate's applications, with nothing internal in it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyApplicationView {
    /// Its id.
    pub id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The vacancy's title.
    pub vacancy_title: String,
    /// The organisation's name.
    pub organisation: String,
    /// `active`, `hired`, `rejected` or `withdrawn`.
    #[schema(value_type = String)]
    pub status: Status,
    /// The stage it is in.
    pub stage: String,
    /// Every stage: passed, skipped, current or upcoming, with the date it was reached.
    #[schema(value_type = Vec<Object>)]
    pub timeline: Vec<TimelineEntry>,
    /// What comes next, while active.
    pub next_stage: Option<String>,
    /// The eligibility verdict when applying.
    #[schema(value_type = String)]
    pub eligibility: Verdict,
    /// The CV sent.
    pub cv: Option<CvView>,
    /// When the application was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn my_view(
    application: &Application,
    pipeline: &Pipeline,
    vacancy_title: &str,
    organisation: &str,
    history: &[(String, DateTime<Utc>)],
) -> MyApplicationView {
    let position = Position { stage: application.stage.clone(), status: application.status };
    MyApplicationView {
        id: application.id,
        vacancy_id: application.vacancy_id,
        vacancy_title: vacancy_title.to_owned(),
        organisation: organisation.to_owned(),
        status: application.status,
        stage: pipeline
            .stage(&application.stage)
            .map_or_else(|| application.stage.clone(), |s| s.name.clone()),
        timeline: timeline(pipeline, &position, history),
        next_stage: next_stage(pipeline, &position),
        eligibility: application.evaluation.verdict,
        cv: application.cv.as_ref().map(|cv| CvView {
            filename: cv.filename.clone(),
            href: format!("{}/cv", own_application_href(application.id)),
        }),
        created_at: application.created_at,
        updated_at: application.updated_at,
    }
}

/// When the application entered each stage, from its history.
async fn stage_history(store: &Store, id: Uuid) -> Result<Vec<(String, DateTime<Utc>)>, ApiError> {
    Ok(store.application_history(id).await?.into_iter().map(|e| (e.to_stage, e.at)).collect())
}

/// Applies to a vacancy with the saved profile (`multipart/form-data`: `application` JSON, an
/// optional `cv` file and an optional `resume` JSON Resume). `Idempotency-Key` makes a retry safe.
///
/// The candidate's e-mails about it are in the language of `Accept-Language` (`nl` or `en`;
/// English by default).
#[utoipa::path(
    post, path = "/jobs/{id}/applications", tag = "jobs",
    params(
        ("id" = Uuid, Path, description = "The vacancy's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Repeat the same request with the same key to get the same answer, once"),
    ),
    request_body(content = ApplyForm, content_type = "multipart/form-data"),
    security(("session" = [])),
    responses(
        (status = 201, body = MyApplicationView),
        (status = 400, description = "`invalid_body`, `unknown_field`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_applied` (see `see`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `not_eligible`, `eligibility_incomplete`, `vacancy_closed`, `profile_missing`, `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_application(
    State(state): State<AppState>,
    caller: PersonCaller,
    Reader(language): Reader,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, ApiError> {
    let PublicJob { vacancy, org, program } = public_job(&state.store, id).await?;
    let mut multipart = multipart.map_err(|_| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the application as multipart/form-data: an `application` JSON part and an optional `cv` file.",
        )
    })?;
    let mut body: Option<(String, ApplyBody)> = None;
    let mut cv: Option<(String, Vec<u8>)> = None;
    let mut resume = None;
    let mut resume_bytes = None;
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        match field.name() {
            Some("application") => {
                let text = field.text().await.map_err(multipart_error)?;
                let parsed = serde_json::from_str(&text).map_err(|e| {
                    crate::http::extract::body_misfit(&e.to_string(), "The `application` part")
                })?;
                body = Some((text, parsed));
            }
            Some("resume") => {
                let bytes = field.bytes().await.map_err(multipart_error)?;
                let document: serde_json::Value = serde_json::from_slice(&bytes)
                    .map_err(|e| ApiError::invalid("resume", format!("is not JSON: {e}")))?;
                resume = Some(state.resume_schema.check(&document).map_err(ApiError::validation)?);
                resume_bytes = Some(bytes);
            }
            Some("cv") => {
                let filename = field.file_name().unwrap_or("cv").to_owned();
                let bytes = field.bytes().await.map_err(multipart_error)?;
                cv = Some((filename, bytes.to_vec()));
            }
            other => {
                if let Some(forbidden) = other.and_then(cohort_domain::privacy::asks_for) {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "forbidden_personal_data",
                        format!(
                            "The part `{}` is refused. {}",
                            other.unwrap_or_default(),
                            forbidden.explanation()
                        ),
                    ));
                }
                return Err(ApiError::bad_request(
                    "unknown_field",
                    format!(
                        "Unknown part {:?}: send `application`, `cv` and `resume`.",
                        other.unwrap_or_default()
                    ),
                ));
            }
        }
    }
    let Some((text, body)) = body else {
        return Err(ApiError::bad_request("invalid_body", "The `application` JSON part is missing."));
    };

    let key =
        headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim).filter(|k| !k.is_empty());
    let request_hash = {
        let mut hasher = Sha256::new();
        hasher.update(id.as_bytes());
        hasher.update(text.as_bytes());
        if let Some((name, bytes)) = &cv {
            hasher.update(name.as_bytes());
            hasher.update(Sha256::digest(bytes));
        }
        if let Some(bytes) = &resume_bytes {
            hasher.update(Sha256::digest(bytes));
        }
        hasher.finalize().iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    if let Some(key) = key {
        if key.len() > 255 {
            return Err(ApiError::bad_request(
                "invalid_idempotency_key",
                "An Idempotency-Key has at most 255 characters.",
            ));
        }
        if let Some(stored) = state.store.idempotent_response(caller.user.id, key).await? {
            return replay(stored.request_hash == request_hash, stored.response_status, stored.body);
        }
    }
    let idempotency = key.map(|key| {
        let (pipeline, title, org_name) =
            (vacancy.pipeline.clone(), vacancy.draft.title.clone(), org.name.clone());
        Idempotency {
            key: key.to_owned(),
            request_hash: request_hash.clone(),
            respond: Box::new(move |application: &Application| {
                let history = [(application.stage.clone(), application.created_at)];
                let view = my_view(application, &pipeline, &title, &org_name, &history);
                (201, serde_json::to_string(&view).unwrap_or_default())
            }),
        }
    });
    let input = ApplyInput {
        cover_letter: body.cover_letter,
        answers: body.answers,
        privacy_notice_version: body.consent.map(|c| c.privacy_notice_version),
        cv,
        resume,
        source: body
            .source
            .as_deref()
            .and_then(cohort_domain::candidate::source_label)
            .unwrap_or_else(|| "api".into()),
        language,
    };
    let applied = applications::apply(
        &state.store,
        &state.blobs,
        &caller.audit(),
        &caller.user,
        &vacancy,
        &program,
        input,
        idempotency,
    )
    .await;
    let application = match applied {
        Ok(application) => application,
        // Two requests with one key at once: the second finds the first's answer.
        Err(error @ ServiceError::Refused(Refusal::AlreadyApplied { .. } | Refusal::Duplicate))
            if key.is_some() =>
        {
            match state.store.idempotent_response(caller.user.id, key.unwrap_or_default()).await? {
                Some(stored) => {
                    return replay(stored.request_hash == request_hash, stored.response_status, stored.body);
                }
                None => return Err(error.into()),
            }
        }
        Err(error) => return Err(error.into()),
    };
    let history = [(application.stage.clone(), application.created_at)];
    let view = my_view(&application, &vacancy.pipeline, &vacancy.draft.title, &org.name, &history);
    let location =
        HeaderValue::from_str(&own_application_href(application.id)).map_err(ApiError::internal)?;
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(view)).into_response())
}

fn replay(same_request: bool, status: i32, body: String) -> Result<Response, ApiError> {
    if !same_request {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency_key_reused",
            "This Idempotency-Key was used for a different request; use a new key for a new request.",
        ));
    }
    let status = u16::try_from(status).ok().and_then(|s| StatusCode::from_u16(s).ok());
    let status = status.ok_or_else(|| ApiError::internal("an unreadable stored status"))?;
    Ok((status, [(header::CONTENT_TYPE, "application/json")], body).into_response())
}

pub(crate) fn multipart_error(error: axum::extract::multipart::MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "file_too_large",
            "The upload is larger than allowed (a CV is at most 10 MiB).",
        )
    } else {
        ApiError::bad_request(
            "invalid_body",
            format!("The multipart body cannot be read: {}", error.body_text()),
        )
    }
}

/// The candidate's applications, newest first.
#[utoipa::path(
    get, path = "/me/applications", tag = "me",
    params(ListQuery),
    security(("session" = [])),
    responses(
        (status = 200, body = ListResponse<MyApplicationView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_applications(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<MyApplicationView>>, ApiError> {
    let (items, next) = own_application_views(&state.store, caller.user.id, query.page()?).await?;
    Ok(Json(ListResponse { items, next_cursor: next.map(|id| id.to_string()) }))
}

/// A page of the candidate's applications as they see them.
async fn own_application_views(
    store: &Store,
    user_id: Uuid,
    page: cohort_store::PageRequest,
) -> Result<(Vec<MyApplicationView>, Option<Uuid>), ApiError> {
    let page = applications::own_applications(store, user_id, page).await?;
    let items = page
        .items
        .iter()
        .map(|own| {
            let vacancy = &own.job.vacancy;
            my_view(
                &own.application,
                &vacancy.pipeline,
                &vacancy.draft.title,
                &own.job.org.name,
                &own.history,
            )
        })
        .collect();
    Ok((items, page.next))
}

/// One of the candidate's applications with its timeline.
#[utoipa::path(
    get, path = "/me/applications/{id}", tag = "me",
    params(("id" = Uuid, Path, description = "The application's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = MyApplicationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_application(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<MyApplicationView>, ApiError> {
    let application =
        state.store.own_application(caller.user.id, id).await?.ok_or_else(ApiError::not_found)?;
    let PublicJob { vacancy, org, .. } = public_job(&state.store, application.vacancy_id).await?;
    let history = stage_history(&state.store, application.id).await?;
    Ok(Json(my_view(&application, &vacancy.pipeline, &vacancy.draft.title, &org.name, &history)))
}

/// The CV of one of the candidate's applications, as an attachment.
#[utoipa::path(
    get, path = "/me/applications/{id}/cv", tag = "me",
    params(("id" = Uuid, Path, description = "The application's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_cv(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    let application =
        state.store.own_application(caller.user.id, id).await?.ok_or_else(ApiError::not_found)?;
    let cv = application.cv.ok_or_else(ApiError::not_found)?;
    let bytes =
        state.blobs.get(&cv.blob).await.map_err(ApiError::internal)?.ok_or_else(ApiError::not_found)?;
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", cv.filename))
        .map_err(ApiError::internal)?;
    let content_type = HeaderValue::from_str(&cv.content_type).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, content_type), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}

/// Withdraws one of the candidate's applications (while it is active). The organisation sees
/// that it was withdrawn; nothing else changes.
#[utoipa::path(
    post, path = "/me/applications/{id}/withdraw", tag = "me",
    params(("id" = Uuid, Path, description = "The application's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = MyApplicationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`transition_refused`: no longer active", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: it moved at that moment; try again", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn withdraw_application(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<MyApplicationView>, ApiError> {
    let application = applications::withdraw(&state.store, &caller.audit(), caller.user.id, id).await?;
    let PublicJob { vacancy, org, .. } = public_job(&state.store, application.vacancy_id).await?;
    let history = stage_history(&state.store, application.id).await?;
    Ok(Json(my_view(&application, &vacancy.pipeline, &vacancy.draft.title, &org.name, &history)))
}
