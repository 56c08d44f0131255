//! Assigning a case study, the candidate's submission, the reviewers' grades and queue.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{case_assignment, case_review, case_study};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::Utc;
use cohort_domain::audit::Action;
use cohort_domain::case_study::{LatePolicy, SubmissionError, accept_submission};
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::sea_query::Query;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

impl Store {
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
