//! Case studies: the organisation's library, assigning one to an application, the candidate's
//! brief and submission, and blind grading: reviewers see the brief, rubric and submission, never
//! who made it.

mod assignments;
mod library;
mod own;
mod reviews;

pub use assignments::*;
pub use library::*;
pub use own::*;
pub use reviews::*;

use crate::error::ApiError;
use crate::http::versioning::etag;
use crate::state::AppState;
use axum::Json;
use axum::extract::Multipart;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cohort_domain::case_study::{CaseStudyDraft, Criterion, LatePolicy};
use cohort_store::case_studies::{Attachment, CaseStudy};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// The largest submission archive.
pub use cohort_domain::case_study::MAX_ARCHIVE;
/// The largest brief attachment.
pub use cohort_domain::case_study::MAX_ATTACHMENT;

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

fn versioned(view: CaseStudyView, status: StatusCode) -> Response {
    let tag = etag(view.version);
    (status, [(header::ETAG, tag)], Json(view)).into_response()
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
