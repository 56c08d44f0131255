//! The candidate's case studies: the brief, the files, the submission.

use super::*;
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiPath;
use crate::http::uploads::{self, Unreadable};
use crate::services::case_studies::{self, Work};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use cohort_domain::case_study::{Criterion, LatePolicy};
use cohort_store::case_studies::{Assignment, CaseStudy};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A case study as the candidate sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyCaseStudyView {
    /// The assignment's id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The title.
    pub title: String,
    /// The brief, sanitised HTML.
    pub brief_html: String,
    /// What reviewers look at, and how much each counts.
    #[schema(value_type = Vec<Object>)]
    pub rubric: Vec<Criterion>,
    /// Files with the brief.
    pub attachments: Vec<AttachmentView>,
    /// The deadline.
    pub deadline: DateTime<Utc>,
    /// Seconds left until the deadline (0 when passed).
    pub seconds_left: i64,
    /// Whether a submission after the deadline is still taken (and flagged late).
    pub accepts_late: bool,
    /// When submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The repository submitted.
    pub repository_url: Option<String>,
    /// The archive submitted.
    pub archive_filename: Option<String>,
    /// Whether it came late.
    pub late: bool,
}

pub(super) fn my_view(a: Assignment, study: CaseStudy) -> MyCaseStudyView {
    let seconds_left = (a.deadline - Utc::now()).num_seconds().max(0);
    let id = a.id;
    let prefix = format!("/api/v1/me/case-studies/{id}/attachments");
    let accepts_late = study.draft.late_policy == LatePolicy::AcceptFlagged;
    let view = study_view(study, |f| format!("{prefix}/{}", f.id));
    MyCaseStudyView {
        id,
        application_id: a.application_id,
        title: view.title,
        brief_html: view.brief_html,
        rubric: view.rubric,
        attachments: view.attachments,
        deadline: a.deadline,
        seconds_left,
        accepts_late,
        submitted_at: a.submitted_at,
        repository_url: a.repository_url,
        archive_filename: a.archive.map(|x| x.filename),
        late: a.late,
    }
}

/// The candidate's case studies, newest first.
#[utoipa::path(
    get, path = "/me/case-studies", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<MyCaseStudyView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_case_studies(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<MyCaseStudyView>>, ApiError> {
    let mine = case_studies::own_case_studies(&state.store, caller.user.id).await?;
    Ok(Json(mine.into_iter().map(|(assignment, study)| my_view(assignment, study)).collect()))
}

/// One of the candidate's case studies: brief, rubric, files, deadline.
#[utoipa::path(
    get, path = "/me/case-studies/{id}", tag = "me",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = MyCaseStudyView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_case_study(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<MyCaseStudyView>, ApiError> {
    let (assignment, study) = case_studies::own_case_study(&state.store, caller.user.id, id).await?;
    Ok(Json(my_view(assignment, study)))
}

/// Downloads a file of the brief.
#[utoipa::path(
    get, path = "/me/case-studies/{id}/attachments/{attachment}", tag = "me",
    params(("id" = Uuid, Path, description = "The assignment's id"), ("attachment" = Uuid, Path, description = "The file's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_attachment(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(AttachmentPath { id, attachment }): ApiPath<AttachmentPath>,
) -> Result<Response, ApiError> {
    let (_, study) = case_studies::own_case_study(&state.store, caller.user.id, id).await?;
    attachment_response(&state, &study, attachment).await
}

/// Submits the case study: multipart with a `repository_url` text part and / or an `archive`
/// file (zip or tar.gz, at most 50 MiB, checked). Before the deadline (or flagged late when the
/// case study allows); it may be replaced until a reviewer has graded it.
#[utoipa::path(
    post, path = "/me/case-studies/{id}/submission", tag = "me",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = MyCaseStudyView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_graded`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`file_too_large`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`deadline_passed`, `not_an_archive`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit_case_study(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(id): ApiPath<Uuid>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Json<MyCaseStudyView>, ApiError> {
    case_studies::own_case_study(&state.store, caller.user.id, id).await?;
    let mut multipart = multipart.map_err(|_| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send multipart/form-data with `repository_url` and / or an `archive` file.",
        )
    })?;
    let mut parts =
        uploads::read(&mut multipart, &["repository_url", "archive"]).await.map_err(|error| match error {
            Unreadable::Body(error) => too_large(error),
            Unreadable::UnknownPart(name) => ApiError::bad_request(
                "unknown_field",
                format!("Unknown part {name:?}: send `repository_url` and / or `archive`."),
            ),
        })?;
    let work = Work {
        repository_url: uploads::text(&parts, "repository_url"),
        archive: uploads::file(&mut parts, "archive", "submission"),
    };
    let (assignment, study) =
        case_studies::submit(&state.store, &state.blobs, &caller.audit(), caller.user.id, id, work).await?;
    Ok(Json(my_view(assignment, study)))
}
