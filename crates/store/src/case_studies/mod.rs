//! Case studies: the organisation's library, assignments with a deadline, candidates'
//! submissions, and reviewers' grades.

mod assignments;
mod library;

use crate::StoreError;
use crate::entities::{case_assignment, case_review, case_study};
use crate::error::corrupt;
use chrono::{DateTime, Utc};
use cohort_domain::case_study::{CaseStudyDraft, Criterion, LatePolicy};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A file that comes with a case study's brief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its id.
    pub id: Uuid,
    /// Its blob.
    pub blob: String,
    /// Its file name.
    pub filename: String,
    /// Its size in bytes.
    pub size: u64,
}

/// A case study in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseStudy {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// What the organisation wrote.
    pub draft: CaseStudyDraft,
    /// Files with the brief.
    pub attachments: Vec<Attachment>,
    /// Raised by every change.
    pub version: i32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

fn study(row: case_study::Model) -> Result<CaseStudy, StoreError> {
    Ok(CaseStudy {
        id: row.id,
        org_id: row.org_id,
        draft: CaseStudyDraft {
            title: row.title,
            brief: row.brief,
            rubric: serde_json::from_str::<Vec<Criterion>>(&row.rubric).map_err(corrupt)?,
            hours_allowed: u32::try_from(row.hours_allowed).map_err(corrupt)?,
            reviewers_required: u32::try_from(row.reviewers_required).map_err(corrupt)?,
            late_policy: LatePolicy::parse(&row.late_policy).ok_or_else(|| corrupt(&row.late_policy))?,
        },
        attachments: serde_json::from_str(&row.attachments).map_err(corrupt)?,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// An uploaded archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Archive {
    /// Its blob.
    pub blob: String,
    /// Its file name as the candidate sent it (never shown to reviewers).
    pub filename: String,
    /// Its size in bytes.
    pub size: u64,
}

/// One reviewer's part in an assignment.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// Their scores per criterion, once graded.
    pub scores: Option<BTreeMap<String, u8>>,
    /// Their weighted total (percent), once graded.
    pub total: Option<f64>,
    /// Their comment.
    pub comment: Option<String>,
    /// When they graded.
    pub graded_at: Option<DateTime<Utc>>,
}

/// A case study assigned to an application.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The case study.
    pub case_study_id: Uuid,
    /// When it was assigned.
    pub assigned_at: DateTime<Utc>,
    /// The deadline.
    pub deadline: DateTime<Utc>,
    /// The repository submitted.
    pub repository_url: Option<String>,
    /// The archive submitted.
    pub archive: Option<Archive>,
    /// When it was (last) submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Whether it came after the deadline.
    pub late: bool,
    /// The reviewers and their grades.
    pub reviews: Vec<Review>,
}

async fn reviews_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<case_review::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(case_review::Entity::find()
        .filter(case_review::Column::AssignmentId.is_in(ids.to_vec()))
        .order_by_asc(case_review::Column::ReviewerId)
        .all(db)
        .await?)
}

async fn assignments(
    db: &impl ConnectionTrait,
    rows: Vec<case_assignment::Model>,
) -> Result<Vec<Assignment>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let reviews = reviews_of(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let reviews = reviews
                .iter()
                .filter(|r| r.assignment_id == row.id)
                .map(|r| {
                    Ok(Review {
                        reviewer_id: r.reviewer_id,
                        scores: r.scores.as_deref().map(serde_json::from_str).transpose().map_err(corrupt)?,
                        total: r.total,
                        comment: r.comment.clone(),
                        graded_at: r.graded_at,
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            let archive = match (row.archive_blob, row.archive_filename) {
                (Some(blob), Some(filename)) => Some(Archive {
                    blob,
                    filename,
                    size: u64::try_from(row.archive_size.unwrap_or(0)).unwrap_or(0),
                }),
                _ => None,
            };
            Ok(Assignment {
                id: row.id,
                org_id: row.org_id,
                application_id: row.application_id,
                candidate_id: row.candidate_id,
                case_study_id: row.case_study_id,
                assigned_at: row.assigned_at,
                deadline: row.deadline,
                repository_url: row.repository_url,
                archive,
                submitted_at: row.submitted_at,
                late: row.late,
                reviews,
            })
        })
        .collect()
}

async fn load_assignment(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Assignment>, StoreError> {
    let Some(row) = case_assignment::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    Ok(assignments(db, vec![row]).await?.pop())
}

/// A reviewer's grade.
#[derive(Clone, Debug)]
pub struct Grade {
    /// Per criterion, 1–5.
    pub scores: BTreeMap<String, u8>,
    /// The weighted total in percent.
    pub total: f64,
    /// Their comment.
    pub comment: String,
}

/// A case study to assign.
#[derive(Clone, Debug)]
pub struct NewAssignment {
    /// The application.
    pub application_id: Uuid,
    /// Its candidate.
    pub candidate_id: Uuid,
    /// The case study.
    pub case_study_id: Uuid,
    /// The deadline.
    pub deadline: DateTime<Utc>,
    /// The reviewers.
    pub reviewers: Vec<Uuid>,
}

/// What a candidate submits.
#[derive(Clone, Debug)]
pub struct Submission {
    /// A repository URL.
    pub repository_url: Option<String>,
    /// An archive, already in the blob store.
    pub archive: Option<Archive>,
}
