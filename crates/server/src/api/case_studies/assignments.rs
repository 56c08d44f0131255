//! Assigning a case study to an application, and the assignments of one.

use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, OrgItemPath};
use crate::services::case_studies::{self, Assign};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_domain::case_study::{Calibration, calibrate};
use cohort_store::case_studies::{Assignment, CaseStudy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

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

pub(super) fn assignment_view(a: Assignment, study: &CaseStudy) -> AssignmentView {
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
