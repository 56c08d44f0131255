//! Case studies: the organisation's library, assigning one to an application, the candidate's
//! brief and submission, and blind grading: reviewers see the brief, rubric and submission, never
//! who made it.

use super::list::{ListQuery, ListResponse};
use crate::archive::{self, ArchiveKind};
use crate::auth::caller::{Members, Recruiters};
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::uploads::{self, Unreadable};
use crate::http::versioning::{IfMatch, etag};
use crate::services::case_studies::{self, Assign, Grading, ToGrade, Work};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::case_study::{Calibration, CaseStudyDraft, Criterion, LatePolicy, calibrate};
use cohort_store::case_studies::{Assignment, Attachment, CaseStudy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// The largest submission archive.
pub use cohort_domain::case_study::MAX_ARCHIVE;
/// The largest brief attachment.
pub const MAX_ATTACHMENT: usize = 10 * 1024 * 1024;

/// A case study as the organisation writes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseStudyBody {
    /// The title.
    pub title: String,
    /// The brief, Markdown.
    pub brief: String,
    /// Weighted criteria: `[{"name", "weight" (1–100), "description"}]`; each scored 1–5.
    #[schema(value_type = Vec<Object>)]
    pub rubric: Vec<Criterion>,
    /// Hours the candidate has from assignment (default 72).
    #[serde(default = "default_hours")]
    pub hours_allowed: u32,
    /// Reviewers per submission, 1–5 (default 2).
    #[serde(default = "default_reviewers")]
    pub reviewers_required: u32,
    /// `refuse` late submissions (default) or `accept_flagged`.
    #[serde(default = "default_policy")]
    #[schema(value_type = String)]
    pub late_policy: LatePolicy,
}

fn default_hours() -> u32 {
    72
}
fn default_reviewers() -> u32 {
    2
}
fn default_policy() -> LatePolicy {
    LatePolicy::Refuse
}

impl From<CaseStudyBody> for CaseStudyDraft {
    fn from(b: CaseStudyBody) -> Self {
        CaseStudyDraft {
            title: b.title,
            brief: b.brief,
            rubric: b.rubric,
            hours_allowed: b.hours_allowed,
            reviewers_required: b.reviewers_required,
            late_policy: b.late_policy,
        }
    }
}

/// A file of a brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentView {
    /// Its file name.
    pub filename: String,
    /// Its size in bytes.
    pub size: u64,
    /// Where to download it.
    pub href: String,
}

/// A case study in the library.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseStudyView {
    /// Its id.
    pub id: Uuid,
    /// The title.
    pub title: String,
    /// The brief, Markdown.
    pub brief: String,
    /// The brief, as sanitised HTML.
    pub brief_html: String,
    /// The rubric.
    #[schema(value_type = Vec<Object>)]
    pub rubric: Vec<Criterion>,
    /// Hours allowed.
    pub hours_allowed: u32,
    /// Reviewers per submission.
    pub reviewers_required: u32,
    /// `refuse` or `accept_flagged`.
    #[schema(value_type = String)]
    pub late_policy: LatePolicy,
    /// Files with the brief.
    pub attachments: Vec<AttachmentView>,
    /// Raised by every change (the ETag).
    pub version: i32,
}

fn study_view(study: CaseStudy, href: impl Fn(&Attachment) -> String) -> CaseStudyView {
    let d = study.draft;
    CaseStudyView {
        id: study.id,
        brief_html: crate::markdown::to_safe_html(&d.brief),
        title: d.title,
        brief: d.brief,
        rubric: d.rubric,
        hours_allowed: d.hours_allowed,
        reviewers_required: d.reviewers_required,
        late_policy: d.late_policy,
        attachments: study
            .attachments
            .iter()
            .map(|a| AttachmentView { filename: a.filename.clone(), size: a.size, href: href(a) })
            .collect(),
        version: study.version,
    }
}

fn org_study(slug: &str, study: CaseStudy) -> CaseStudyView {
    let prefix = format!("/api/v1/orgs/{slug}/case-studies/{}/attachments", study.id);
    study_view(study, |a| format!("{prefix}/{}", a.id))
}

fn validated(body: CaseStudyBody) -> Result<CaseStudyDraft, ApiError> {
    let draft = CaseStudyDraft::from(body);
    match draft.problems() {
        problems if problems.is_empty() => Ok(draft),
        problems => Err(ApiError::validation(problems)),
    }
}

fn versioned(view: CaseStudyView, status: StatusCode) -> Response {
    let tag = etag(view.version);
    (status, [(header::ETAG, tag)], Json(view)).into_response()
}

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
    let study = state.store.create_case_study(&caller.audit(), caller.org.id, validated(body)?).await?;
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
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The case study's id")),
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
    IfMatch(version): IfMatch,
    ApiJson(body): ApiJson<CaseStudyBody>,
) -> Result<Response, ApiError> {
    let draft = validated(body)?;
    let study = state.store.update_case_study(&caller.audit(), caller.org.id, id, version, draft).await?;
    Ok(versioned(org_study(&caller.org.slug, study), StatusCode::OK))
}

/// Reads the one file part of a multipart body, with its name.
async fn one_file(
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
    part: &str,
    max: usize,
) -> Result<(String, Vec<u8>), ApiError> {
    let mut multipart = multipart.map_err(|_| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("Send multipart/form-data with a `{part}` file."),
        )
    })?;
    let mut found = None;
    while let Some(field) = multipart.next_field().await.map_err(too_large)? {
        if field.name() != Some(part) {
            return Err(ApiError::bad_request("unknown_field", format!("Send only a `{part}` file.")));
        }
        let name = field.file_name().unwrap_or(part).to_owned();
        found = Some((name, field.bytes().await.map_err(too_large)?.to_vec()));
    }
    let (name, bytes) = found.ok_or_else(|| ApiError::invalid(part, "missing"))?;
    if bytes.len() > max {
        return Err(file_too_large(max));
    }
    Ok((name, bytes))
}

fn file_too_large(max: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        format!("The file is larger than {} MiB.", max >> 20),
    )
}

fn too_large(error: axum::extract::multipart::MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        file_too_large(MAX_ARCHIVE)
    } else {
        ApiError::bad_request(
            "invalid_body",
            format!("The multipart body cannot be read: {}", error.body_text()),
        )
    }
}

fn download(bytes: Vec<u8>, filename: &str, content_type: &'static str) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response()
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
    let (name, bytes) = one_file(multipart, "file", MAX_ATTACHMENT).await?;
    let size = bytes.len() as u64;
    let (blob, created) = state.blobs.put(bytes).await.map_err(ApiError::internal)?;
    let attachment =
        Attachment { id: Uuid::now_v7(), blob: blob.clone(), filename: archive::clean(&name), size };
    match state.store.add_case_study_attachment(&caller.audit(), caller.org.id, id, attachment).await {
        Ok(study) => Ok(versioned(org_study(&caller.org.slug, study), StatusCode::CREATED)),
        Err(error) => {
            if created {
                let _ = state.blobs.remove(&blob).await;
            }
            Err(error.into())
        }
    }
}

/// Path of one attachment.
#[derive(Debug, Deserialize)]
pub struct AttachmentPath {
    /// The case study or assignment.
    pub id: Uuid,
    /// The attachment.
    pub attachment: Uuid,
}

async fn attachment_response(
    state: &AppState,
    study: &CaseStudy,
    attachment: Uuid,
) -> Result<Response, ApiError> {
    let file = study.attachments.iter().find(|a| a.id == attachment).ok_or_else(ApiError::not_found)?;
    let bytes =
        state.blobs.get(&file.blob).await.map_err(ApiError::internal)?.ok_or_else(ApiError::not_found)?;
    Ok(download(bytes, &file.filename, "application/octet-stream"))
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

/// A case study to assign.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignBody {
    /// The case study.
    pub case_study_id: Uuid,
    /// The reviewers (members); at least as many as the case study requires.
    pub reviewers: Vec<Uuid>,
    /// The deadline (default: now plus the hours allowed).
    pub deadline: Option<DateTime<Utc>>,
}

/// One reviewer's grade, for the recruiter.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewView {
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// Scores per criterion, once graded.
    pub scores: Option<BTreeMap<String, u8>>,
    /// The weighted total in percent, once graded.
    pub total: Option<f64>,
    /// Their comment.
    pub comment: Option<String>,
    /// When they graded.
    pub graded_at: Option<DateTime<Utc>>,
}

/// An assignment as the recruiter sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentView {
    /// Its id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The case study.
    pub case_study_id: Uuid,
    /// Its title.
    pub title: String,
    /// When it was assigned.
    pub assigned_at: DateTime<Utc>,
    /// The deadline.
    pub deadline: DateTime<Utc>,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Whether after the deadline.
    pub late: bool,
    /// The repository.
    pub repository_url: Option<String>,
    /// Whether an archive came with it.
    pub has_archive: bool,
    /// Each reviewer's grade.
    pub reviews: Vec<ReviewView>,
    /// Reviewers required.
    pub reviewers_required: u32,
    /// Whether enough reviewers have graded.
    pub complete: bool,
    /// The panel mean and each reviewer's offset from it, once anyone has graded.
    #[schema(value_type = Option<Object>)]
    pub calibration: Option<Calibration>,
}

fn assignment_view(a: Assignment, study: &CaseStudy) -> AssignmentView {
    let totals: Vec<(Uuid, f64)> = a.reviews.iter().filter_map(|r| Some((r.reviewer_id, r.total?))).collect();
    AssignmentView {
        id: a.id,
        application_id: a.application_id,
        case_study_id: a.case_study_id,
        title: study.draft.title.clone(),
        assigned_at: a.assigned_at,
        deadline: a.deadline,
        submitted_at: a.submitted_at,
        late: a.late,
        repository_url: a.repository_url,
        has_archive: a.archive.is_some(),
        complete: totals.len() as u32 >= study.draft.reviewers_required,
        reviewers_required: study.draft.reviewers_required,
        calibration: calibrate(&totals),
        reviews: a
            .reviews
            .into_iter()
            .map(|r| ReviewView {
                reviewer_id: r.reviewer_id,
                scores: r.scores,
                total: r.total,
                comment: r.comment,
                graded_at: r.graded_at,
            })
            .collect(),
    }
}

/// Assigns a case study to an active application; the deadline starts now.
#[utoipa::path(
    post, path = "/orgs/{org}/applications/{id}/case-studies", tag = "case studies", request_body = AssignBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = AssignmentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`application_not_active`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_assignment(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<AssignBody>,
) -> Result<(StatusCode, Json<AssignmentView>), ApiError> {
    let choice =
        Assign { case_study_id: body.case_study_id, reviewers: body.reviewers, deadline: body.deadline };
    let (assignment, study) =
        case_studies::assign(&state.store, &caller.audit(), caller.org.id, id, choice).await?;
    Ok((StatusCode::CREATED, Json(assignment_view(assignment, &study))))
}

/// An application's case studies with grades, totals and calibration.
#[utoipa::path(
    get, path = "/orgs/{org}/applications/{id}/case-studies", tag = "case studies",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<AssignmentView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_assignments(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<AssignmentView>>, ApiError> {
    state.store.org_application(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let mut views = Vec::new();
    for assignment in state.store.assignments_of(id).await? {
        let study = state
            .store
            .case_study(caller.org.id, assignment.case_study_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        views.push(assignment_view(assignment, &study));
    }
    Ok(Json(views))
}

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

fn my_view(a: Assignment, study: CaseStudy) -> MyCaseStudyView {
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

fn review_item(slug: &str, item: ToGrade) -> ReviewItemView {
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
