//! The case-study library: briefs, rubrics and their files.

use super::*;
use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::versioning::IfMatch;
use crate::services::case_studies;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;

/// The organisation's case-study library.
#[utoipa::path(
    get, path = "/orgs/{org}/case-studies", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<CaseStudyView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_case_studies(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<CaseStudyView>>, ApiError> {
    let page = state.store.case_studies_page(caller.org.id, query.page()?).await?;
    let slug = caller.org.slug.clone();
    Ok(Json(ListResponse::from_page(page, |s| org_study(&slug, s))))
}

/// Adds a case study to the library.
#[utoipa::path(
    post, path = "/orgs/{org}/case-studies", tag = "case studies", request_body = CaseStudyBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = CaseStudyView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_case_study(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<CaseStudyBody>,
) -> Result<Response, ApiError> {
    let study =
        case_studies::save_case_study(&state.store, &caller.audit(), caller.org.id, None, body.into())
            .await?;
    Ok(versioned(org_study(&caller.org.slug, study), StatusCode::CREATED))
}

/// One case study.
#[utoipa::path(
    get, path = "/orgs/{org}/case-studies/{id}", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The case study's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = CaseStudyView, headers(("etag" = String, description = "The version"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_case_study(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    let study = state.store.case_study(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    Ok(versioned(org_study(&caller.org.slug, study), StatusCode::OK))
}

/// Replaces a case study (If-Match); assignments already made keep their deadlines.
#[utoipa::path(
    put, path = "/orgs/{org}/case-studies/{id}", tag = "case studies", request_body = CaseStudyBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The case study's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = CaseStudyView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_case_study(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<CaseStudyBody>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.case_study(caller.org.id, id).await?.map(|c| c.version)) })
        .await?;
    let at = Some((id, version));
    let study =
        case_studies::save_case_study(&state.store, &caller.audit(), caller.org.id, at, body.into()).await?;
    Ok(versioned(org_study(&caller.org.slug, study), StatusCode::OK))
}

/// Adds a file (at most 10 MiB) to a case study's brief: multipart with a `file` part.
#[utoipa::path(
    post, path = "/orgs/{org}/case-studies/{id}/attachments", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The case study's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = CaseStudyView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`too_many_attachments`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_attachment(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, ApiError> {
    state.store.case_study(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let file = one_file(multipart, "file", MAX_ATTACHMENT).await?;
    let study =
        case_studies::attach(&state.store, &state.blobs, &caller.audit(), caller.org.id, id, file).await?;
    Ok(versioned(org_study(&caller.org.slug, study), StatusCode::CREATED))
}

/// Downloads a file of a case study's brief.
#[utoipa::path(
    get, path = "/orgs/{org}/case-studies/{id}/attachments/{attachment}", tag = "case studies",
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The case study's id"),
        ("attachment" = Uuid, Path, description = "The file's id"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_attachment(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(AttachmentPath { id, attachment }): ApiPath<AttachmentPath>,
) -> Result<Response, ApiError> {
    let study = state.store.case_study(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    attachment_response(&state, &study, attachment).await
}
