//! Case studies: the organisation's library, assignments with a deadline, candidates'
//! submissions, and reviewers' grades.

use crate::audit::{self, Context, Event};
use crate::entities::{case_assignment, case_review, case_study};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::case_study::{CaseStudyDraft, Criterion, LatePolicy, SubmissionError, accept_submission};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
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

impl Store {
    /// Adds a case study to the library.
    pub async fn create_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        draft: CaseStudyDraft,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let id = Uuid::now_v7();
                    let row = case_study::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        title: Set(draft.title.trim().to_owned()),
                        brief: Set(draft.brief.clone()),
                        rubric: Set(serde_json::to_string(&draft.rubric).map_err(corrupt)?),
                        hours_allowed: Set(i32::try_from(draft.hours_allowed).unwrap_or(i32::MAX)),
                        reviewers_required: Set(i32::try_from(draft.reviewers_required).unwrap_or(i32::MAX)),
                        late_policy: Set(draft.late_policy.as_str().to_owned()),
                        attachments: Set("[]".into()),
                        version: Set(1),
                        created_at: Set(now),
                        updated_at: Set(now),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::CaseStudyCreated, Some(org_id), "case_study", id)
                        .with_details(serde_json::json!({ "title": draft.title }));
                    audit::append(tx, &ctx, event).await?;
                    study(row)
                }
                .boxed()
            })
            .await
    }

    /// Replaces a case study's text and settings, if still at `expected_version` (assignments
    /// already made keep their deadline).
    pub async fn update_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        draft: CaseStudyDraft,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let updated = case_study::Entity::update_many()
                        .set(case_study::ActiveModel {
                            title: Set(draft.title.trim().to_owned()),
                            brief: Set(draft.brief.clone()),
                            rubric: Set(serde_json::to_string(&draft.rubric).map_err(corrupt)?),
                            hours_allowed: Set(i32::try_from(draft.hours_allowed).unwrap_or(i32::MAX)),
                            reviewers_required: Set(
                                i32::try_from(draft.reviewers_required).unwrap_or(i32::MAX)
                            ),
                            late_policy: Set(draft.late_policy.as_str().to_owned()),
                            version: Set(expected_version + 1),
                            updated_at: Set(Utc::now()),
                            ..Default::default()
                        })
                        .filter(case_study::Column::Id.eq(id))
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .filter(case_study::Column::Version.eq(expected_version))
                        .exec(tx)
                        .await?;
                    let row = case_study::Entity::find_by_id(id)
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if updated.rows_affected == 0 {
                        return Err(StoreError::Stale);
                    }
                    audit::append(
                        tx,
                        &ctx,
                        Event::new(Action::CaseStudyUpdated, Some(org_id), "case_study", id),
                    )
                    .await?;
                    study(row)
                }
                .boxed()
            })
            .await
    }

    /// Adds a file to a case study's brief.
    pub async fn add_case_study_attachment(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        attachment: Attachment,
    ) -> Result<CaseStudy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = case_study::Entity::find_by_id(id)
                        .filter(case_study::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    let mut current = study(row)?;
                    if current.attachments.len() >= 10 {
                        return Err(StoreError::Refused(Refusal::TooManyAttachments));
                    }
                    current.attachments.push(attachment.clone());
                    case_study::ActiveModel {
                        id: Set(id),
                        attachments: Set(serde_json::to_string(&current.attachments).map_err(corrupt)?),
                        version: Set(current.version + 1),
                        updated_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event = Event::new(Action::CaseStudyUpdated, Some(org_id), "case_study", id)
                        .with_details(serde_json::json!({ "attachment": attachment.filename }));
                    audit::append(tx, &ctx, event).await?;
                    current.version += 1;
                    Ok(current)
                }
                .boxed()
            })
            .await
    }

    /// One case study of the organisation.
    pub async fn case_study(&self, org_id: Uuid, id: Uuid) -> Result<Option<CaseStudy>, StoreError> {
        case_study::Entity::find_by_id(id)
            .filter(case_study::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(study)
            .transpose()
    }

    /// The organisation's library, oldest first.
    pub async fn case_studies_page(
        &self,
        org_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<CaseStudy>, StoreError> {
        let mut query = case_study::Entity::find().filter(case_study::Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(case_study::Column::Id.gt(after));
        }
        let rows = query.order_by_asc(case_study::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(study).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(items, page.limit, |c| c.id))
    }

    /// Assigns a case study to an application, with its deadline and reviewers.
    pub async fn assign_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        new: NewAssignment,
    ) -> Result<Assignment, StoreError> {
        let NewAssignment { application_id, candidate_id, case_study_id, deadline, reviewers } = new;
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let id = Uuid::now_v7();
                    case_assignment::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        application_id: Set(application_id),
                        candidate_id: Set(candidate_id),
                        case_study_id: Set(case_study_id),
                        assigned_at: Set(Utc::now()),
                        deadline: Set(deadline),
                        repository_url: Set(None),
                        archive_blob: Set(None),
                        archive_filename: Set(None),
                        archive_size: Set(None),
                        submitted_at: Set(None),
                        late: Set(false),
                    }
                    .insert(tx)
                    .await?;
                    for reviewer_id in &reviewers {
                        case_review::ActiveModel {
                            assignment_id: Set(id),
                            reviewer_id: Set(*reviewer_id),
                            scores: Set(None),
                            total: Set(None),
                            comment: Set(None),
                            graded_at: Set(None),
                        }
                        .insert(tx)
                        .await?;
                    }
                    let event = Event::new(Action::CaseStudyAssigned, Some(org_id), "case_assignment", id)
                        .with_details(serde_json::json!({
                            "application_id": application_id, "case_study_id": case_study_id, "deadline": deadline,
                        }));
                    audit::announce(tx, &ctx, event).await?;
                    load_assignment(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// Records a candidate's submission, if the domain takes it (deadline, late policy, not yet
    /// graded). Replaces an earlier submission.
    pub async fn submit_case_study(
        &self,
        ctx: &Context,
        candidate_id: Uuid,
        id: Uuid,
        submission: Submission,
    ) -> Result<Assignment, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load_assignment(tx, id)
                        .await?
                        .filter(|a| a.candidate_id == candidate_id)
                        .ok_or(StoreError::NotFound)?;
                    let policy = case_study::Entity::find_by_id(current.case_study_id)
                        .one(tx)
                        .await?
                        .and_then(|s| LatePolicy::parse(&s.late_policy))
                        .unwrap_or(LatePolicy::Refuse);
                    let now = Utc::now();
                    let graded = current.reviews.iter().any(|r| r.graded_at.is_some());
                    let has_content = submission.repository_url.is_some() || submission.archive.is_some();
                    let late = accept_submission(current.deadline, policy, now, has_content, graded)
                        .map_err(|e| match e {
                            SubmissionError::Late(_) | SubmissionError::Empty | SubmissionError::Graded => {
                                StoreError::Refused(Refusal::Submission(e))
                            }
                        })?;
                    case_assignment::ActiveModel {
                        id: Set(id),
                        repository_url: Set(submission.repository_url.clone()),
                        archive_blob: Set(submission.archive.as_ref().map(|a| a.blob.clone())),
                        archive_filename: Set(submission.archive.as_ref().map(|a| a.filename.clone())),
                        archive_size: Set(submission
                            .archive
                            .as_ref()
                            .map(|a| i64::try_from(a.size).unwrap_or(i64::MAX))),
                        submitted_at: Set(Some(now)),
                        late: Set(late),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    let event =
                        Event::new(Action::CaseStudySubmitted, Some(current.org_id), "case_assignment", id)
                            .with_details(
                                serde_json::json!({ "application_id": current.application_id, "late": late }),
                            );
                    audit::announce(tx, &ctx, event).await?;
                    load_assignment(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// Records a reviewer's grade of a submitted assignment; once per reviewer.
    pub async fn grade_case_study(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        reviewer_id: Uuid,
        grade: Grade,
    ) -> Result<Assignment, StoreError> {
        let Grade { scores, total, comment } = grade;
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let current = load_assignment(tx, id)
                        .await?
                        .filter(|a| a.org_id == org_id)
                        .ok_or(StoreError::NotFound)?;
                    let mine = current
                        .reviews
                        .iter()
                        .find(|r| r.reviewer_id == reviewer_id)
                        .ok_or(StoreError::NotFound)?;
                    if mine.graded_at.is_some() {
                        return Err(StoreError::Refused(Refusal::AlreadyGraded));
                    }
                    if current.submitted_at.is_none() {
                        return Err(StoreError::Refused(Refusal::NotSubmitted));
                    }
                    case_review::ActiveModel {
                        assignment_id: Set(id),
                        reviewer_id: Set(reviewer_id),
                        scores: Set(Some(serde_json::to_string(&scores).map_err(corrupt)?)),
                        total: Set(Some(total)),
                        comment: Set(Some(comment)),
                        graded_at: Set(Some(Utc::now())),
                    }
                    .update(tx)
                    .await?;
                    let event = Event::new(Action::CaseStudyGraded, Some(org_id), "case_assignment", id)
                        .with_details(
                            serde_json::json!({ "application_id": current.application_id, "total": total }),
                        );
                    audit::announce(tx, &ctx, event).await?;
                    load_assignment(tx, id).await?.ok_or(StoreError::NotFound)
                }
                .boxed()
            })
            .await
    }

    /// One assignment of the organisation.
    pub async fn assignment(&self, org_id: Uuid, id: Uuid) -> Result<Option<Assignment>, StoreError> {
        Ok(load_assignment(&self.read, id).await?.filter(|a| a.org_id == org_id))
    }

    /// One assignment of the candidate.
    pub async fn own_assignment(
        &self,
        candidate_id: Uuid,
        id: Uuid,
    ) -> Result<Option<Assignment>, StoreError> {
        Ok(load_assignment(&self.read, id).await?.filter(|a| a.candidate_id == candidate_id))
    }

    /// The candidate's assignments, newest first (a handful).
    pub async fn own_assignments(&self, candidate_id: Uuid) -> Result<Vec<Assignment>, StoreError> {
        let rows = case_assignment::Entity::find()
            .filter(case_assignment::Column::CandidateId.eq(candidate_id))
            .order_by_desc(case_assignment::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?;
        assignments(&self.read, rows).await
    }

    /// An application's assignments, oldest first.
    pub async fn assignments_of(&self, application_id: Uuid) -> Result<Vec<Assignment>, StoreError> {
        let rows = case_assignment::Entity::find()
            .filter(case_assignment::Column::ApplicationId.eq(application_id))
            .order_by_asc(case_assignment::Column::Id)
            .limit(200)
            .all(&self.read)
            .await?;
        assignments(&self.read, rows).await
    }

    /// The assignments a reviewer is asked to grade, newest first, a page at a time.
    pub async fn review_queue(
        &self,
        org_id: Uuid,
        reviewer_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<Assignment>, StoreError> {
        let mut theirs = Query::select();
        theirs
            .column(case_review::Column::AssignmentId)
            .from(case_review::Entity)
            .and_where(case_review::Column::ReviewerId.eq(reviewer_id));
        let mut query = case_assignment::Entity::find()
            .filter(case_assignment::Column::OrgId.eq(org_id))
            .filter(case_assignment::Column::Id.in_subquery(theirs));
        if let Some(after) = page.after {
            query = query.filter(case_assignment::Column::Id.lt(after));
        }
        let rows =
            query.order_by_desc(case_assignment::Column::Id).limit(page.limit + 1).all(&self.read).await?;
        Ok(Page::from_overfetch(assignments(&self.read, rows).await?, page.limit, |a| a.id))
    }
}
