//! The reviewer's blind queue, a submission's archive, the grade.

use super::*;
use crate::api::list::{ListQuery, ListResponse};
use crate::archive::{self, ArchiveKind};
use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::case_studies::{self, Grading, ToGrade};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use cohort_domain::case_study::Criterion;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// A submission as a reviewer sees it: the brief, the rubric and the work, never whose it is.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewItemView {
    /// The review's id (the assignment's; it names no person).
    pub id: Uuid,
    /// The case study's title.
    pub title: String,
    /// The brief, sanitised HTML.
    pub brief_html: String,
    /// The rubric to score, each criterion 1–5.
    #[schema(value_type = Vec<Object>)]
    pub rubric: Vec<Criterion>,
    /// The deadline.
    pub deadline: DateTime<Utc>,
    /// When submitted, if yet.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Whether after the deadline.
    pub late: bool,
    /// The repository.
    pub repository_url: Option<String>,
    /// Where to download the archive (served as `submission.zip` / `.tar.gz`).
    pub archive_href: Option<String>,
    /// My scores, once graded.
    pub my_scores: Option<BTreeMap<String, u8>>,
    /// My weighted total, once graded.
    pub my_total: Option<f64>,
}

pub(super) fn review_item(slug: &str, item: ToGrade) -> ReviewItemView {
    let mine = item.mine().cloned();
    let ToGrade { assignment: a, study, .. } = item;
    ReviewItemView {
        id: a.id,
        title: study.draft.title,
        brief_html: crate::markdown::to_safe_html(&study.draft.brief),
        rubric: study.draft.rubric,
        deadline: a.deadline,
        submitted_at: a.submitted_at,
        late: a.late,
        archive_href: a
            .archive
            .as_ref()
            .map(|_| format!("/api/v1/orgs/{slug}/case-reviews/{}/archive", a.id)),
        repository_url: a.repository_url,
        my_scores: mine.as_ref().and_then(|r| r.scores.clone()),
        my_total: mine.and_then(|r| r.total),
    }
}

/// The caller's grading queue, newest first: submissions they review, without names.
#[utoipa::path(
    get, path = "/orgs/{org}/case-reviews", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("session" = [])),
    responses(
        (status = 200, body = ListResponse<ReviewItemView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_case_reviews(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<ReviewItemView>>, ApiError> {
    let me = caller.user_id().ok_or_else(ApiError::not_found)?;
    let page = case_studies::review_queue(&state.store, caller.org.id, me, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, |item| review_item(&caller.org.slug, item))))
}

/// One submission to review.
#[utoipa::path(
    get, path = "/orgs/{org}/case-reviews/{id}", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The review's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = ReviewItemView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_case_review(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<ReviewItemView>, ApiError> {
    let me = caller.user_id().ok_or_else(ApiError::not_found)?;
    let item = case_studies::to_grade(&state.store, caller.org.id, me, id).await?;
    Ok(Json(review_item(&caller.org.slug, item)))
}

/// The submitted archive, under a neutral name.
#[utoipa::path(
    get, path = "/orgs/{org}/case-reviews/{id}/archive", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The review's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The archive", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_review_archive(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    let me = caller.user_id().ok_or_else(ApiError::not_found)?;
    let item = case_studies::to_grade(&state.store, caller.org.id, me, id).await?;
    let archive = item.assignment.archive.ok_or_else(ApiError::not_found)?;
    let bytes =
        state.blobs.get(&archive.blob).await.map_err(ApiError::internal)?.ok_or_else(ApiError::not_found)?;
    let kind = archive::sniff(&bytes).unwrap_or(ArchiveKind::Zip);
    Ok(download(bytes, &format!("submission.{}", kind.extension()), kind.content_type()))
}

/// A reviewer's grade.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GradeBody {
    /// One score, 1 to 5, per criterion of the rubric.
    pub scores: BTreeMap<String, u8>,
    /// A comment for the recruiter.
    #[serde(default)]
    pub comment: String,
}

/// Grades a submission against the rubric; final once sent.
#[utoipa::path(
    post, path = "/orgs/{org}/case-reviews/{id}/grade", tag = "case studies", request_body = GradeBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The review's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = ReviewItemView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_graded`, `not_submitted`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (names each criterion)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn grade_case_review(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<GradeBody>,
) -> Result<Json<ReviewItemView>, ApiError> {
    let me = caller.user_id().ok_or_else(ApiError::not_found)?;
    let grading = Grading { scores: body.scores, comment: body.comment };
    let item = case_studies::grade(&state.store, &caller.audit(), caller.org.id, me, id, grading).await?;
    Ok(Json(review_item(&caller.org.slug, item)))
}
