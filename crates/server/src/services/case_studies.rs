//! Case studies: assigning one from the library to an application; the candidate's own and
//! their submission; a reviewer's blind queue and their grade.

use crate::archive::{self, ArchiveKind};
use crate::services::{Outcome, ServiceError};
use chrono::{DateTime, Utc};
use cohort_domain::case_study::{CaseStudyDraft, MAX_ARCHIVE, check_scores, weighted_total};
use cohort_domain::pipeline::Status;
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::FieldError;
use cohort_domain::validation::problem;
use cohort_store::audit::Context;
use cohort_store::blobs::BlobStore;
use cohort_store::case_studies::{
    self as stored, Archive, Assignment, Attachment, CaseStudy, Grade, NewAssignment, Submission,
};
use cohort_store::{Page, PageRequest, Store};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// Which case study to assign, to be graded by whom, and by when.
pub struct Assign {
    /// The case study in the organisation's library.
    pub case_study_id: Uuid,
    /// The reviewers (members); at least as many as the case study requires.
    pub reviewers: Vec<Uuid>,
    /// The deadline (default: now plus the hours allowed).
    pub deadline: Option<DateTime<Utc>>,
}

/// Assigns a case study from the library to an active application, with its reviewers; the
/// deadline starts now (or is the one given).
pub async fn assign(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    body: Assign,
) -> Outcome<(Assignment, CaseStudy)> {
    let application = store.org_application(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if application.status != Status::Active {
        return Err(ServiceError::Refused(Refusal::NotActiveForCaseStudy));
    }
    let study = store
        .case_study(org_id, body.case_study_id)
        .await?
        .ok_or_else(|| ServiceError::invalid("case_study_id", problem::of("no-such-case-study")))?;
    let mut reviewers = body.reviewers.clone();
    reviewers.sort();
    reviewers.dedup();
    if reviewers.len() != body.reviewers.len()
        || (reviewers.len() as u32) < study.draft.reviewers_required
        || reviewers.len() > 10
    {
        let wanted = problem::of("reviewers").number("min", study.draft.reviewers_required);
        return Err(ServiceError::invalid("reviewers", wanted));
    }
    for reviewer in &reviewers {
        if store.roles_in(org_id, *reviewer).await?.is_empty() {
            return Err(ServiceError::invalid("reviewers", problem::not_member()));
        }
    }
    let now = Utc::now();
    let deadline = body.deadline.unwrap_or_else(|| study.draft.deadline(now));
    if deadline <= now {
        return Err(ServiceError::invalid("deadline", problem::in_future()));
    }
    let assignment = store
        .assign_case_study(
            ctx,
            org_id,
            NewAssignment {
                application_id: id,
                candidate_id: application.candidate_id,
                case_study_id: study.id,
                deadline,
                reviewers,
            },
        )
        .await?;
    Ok((assignment, study))
}

/// The candidate's case studies, newest first, each with its brief.
pub async fn own_case_studies(store: &Store, user_id: Uuid) -> Outcome<Vec<(Assignment, CaseStudy)>> {
    let mut mine = Vec::new();
    for assignment in store.own_assignments(user_id).await? {
        let study = store
            .case_study(assignment.org_id, assignment.case_study_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        mine.push((assignment, study));
    }
    Ok(mine)
}

/// One of the candidate's case studies with its brief; another person's is not found.
pub async fn own_case_study(store: &Store, user_id: Uuid, id: Uuid) -> Outcome<(Assignment, CaseStudy)> {
    let assignment = store.own_assignment(user_id, id).await?.ok_or(ServiceError::NotFound)?;
    let study =
        store.case_study(assignment.org_id, assignment.case_study_id).await?.ok_or(ServiceError::NotFound)?;
    Ok((assignment, study))
}

/// What a candidate hands in: a repository link and / or an archive (its name and bytes).
#[derive(Debug, Default)]
pub struct Work {
    /// An https link to the repository.
    pub repository_url: Option<String>,
    /// The archive as uploaded.
    pub archive: Option<(String, Vec<u8>)>,
}

/// Stores the candidate's work for their assignment `id`: the link checked, the archive checked
/// (zip or tar.gz by content, at most 50 MiB) and kept; before the deadline, or flagged late
/// where allowed; replaceable until graded.
pub async fn submit(
    store: &Store,
    blobs: &BlobStore,
    ctx: &Context,
    user_id: Uuid,
    id: Uuid,
    work: Work,
) -> Outcome<(Assignment, CaseStudy)> {
    own_case_study(store, user_id, id).await?;
    let repository_url = work.repository_url.map(|url| url.trim().to_owned()).filter(|url| !url.is_empty());
    if let Some(url) = &repository_url
        && !(url.starts_with("https://") && url.len() <= 500 && !url.contains(char::is_whitespace))
    {
        return Err(ServiceError::invalid("repository_url", problem::of("https-link")));
    }
    let archive = work.archive.filter(|(name, bytes)| !(bytes.is_empty() && name.is_empty()));
    if repository_url.is_none() && archive.is_none() {
        return Err(ServiceError::invalid("repository_url", problem::of("repository-or-archive")));
    }
    let mut kept = None;
    if let Some((name, bytes)) = archive {
        if bytes.len() > MAX_ARCHIVE {
            return Err(Refusal::FileTooLarge { max_mib: MAX_ARCHIVE >> 20 }.into());
        }
        let kind: ArchiveKind = archive::sniff(&bytes).ok_or(Refusal::NotAnArchive)?;
        let size = bytes.len() as u64;
        let (blob, created) = blobs.put(bytes).await.map_err(ServiceError::internal)?;
        let mut filename = archive::clean(&name);
        if !filename.ends_with(kind.extension()) {
            filename = format!("{filename}.{}", kind.extension());
        }
        kept = Some((Archive { blob, filename, size }, created));
    }
    let submission = Submission { repository_url, archive: kept.as_ref().map(|(a, _)| a.clone()) };
    match store.submit_case_study(ctx, user_id, id, submission).await {
        Ok(assignment) => {
            let study = store
                .case_study(assignment.org_id, assignment.case_study_id)
                .await?
                .ok_or(ServiceError::NotFound)?;
            Ok((assignment, study))
        }
        Err(error) => {
            if let Some((archive, true)) = kept {
                let _ = blobs.remove(&archive.blob).await;
            }
            Err(error.into())
        }
    }
}

/// A submission as one reviewer sees it: the work, the brief and the rubric, never whose it is.
#[derive(Clone, Debug)]
pub struct ToGrade {
    /// The assignment (the review's id is its id).
    pub assignment: Assignment,
    /// Its case study.
    pub study: CaseStudy,
    /// The reviewer looking.
    pub reviewer: Uuid,
}

impl ToGrade {
    /// The reviewer's own review.
    pub fn mine(&self) -> Option<&stored::Review> {
        self.assignment.reviews.iter().find(|r| r.reviewer_id == self.reviewer)
    }

    /// The reviewer's weighted total, once graded.
    pub fn my_total(&self) -> Option<f64> {
        self.mine().and_then(|r| r.total)
    }
}

/// A reviewer's queue, newest first, each submission with its case study (read once each).
pub async fn review_queue(
    store: &Store,
    org_id: Uuid,
    reviewer: Uuid,
    page: PageRequest,
) -> Outcome<Page<ToGrade>> {
    let page = store.review_queue(org_id, reviewer, page).await?;
    let mut studies: HashMap<Uuid, CaseStudy> = HashMap::new();
    let mut items = Vec::with_capacity(page.items.len());
    for assignment in page.items {
        if !studies.contains_key(&assignment.case_study_id) {
            let study =
                store.case_study(org_id, assignment.case_study_id).await?.ok_or(ServiceError::NotFound)?;
            studies.insert(study.id, study);
        }
        let study = studies[&assignment.case_study_id].clone();
        items.push(ToGrade { assignment, study, reviewer });
    }
    Ok(Page { items, next: page.next })
}

/// One submission the reviewer grades; anyone else's review is not found.
pub async fn to_grade(store: &Store, org_id: Uuid, reviewer: Uuid, id: Uuid) -> Outcome<ToGrade> {
    let assignment = store.assignment(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if !assignment.reviews.iter().any(|r| r.reviewer_id == reviewer) {
        return Err(ServiceError::NotFound);
    }
    let study = store.case_study(org_id, assignment.case_study_id).await?.ok_or(ServiceError::NotFound)?;
    Ok(ToGrade { assignment, study, reviewer })
}

/// A reviewer's grade: one score, 1 to 5, per criterion, and a comment for the recruiter.
#[derive(Debug, Default)]
pub struct Grading {
    /// Scores by criterion.
    pub scores: BTreeMap<String, u8>,
    /// The comment.
    pub comment: String,
}

/// Grades the reviewer's review `id` against the rubric; final once sent.
pub async fn grade(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    reviewer: Uuid,
    id: Uuid,
    grading: Grading,
) -> Outcome<ToGrade> {
    let ToGrade { study, .. } = to_grade(store, org_id, reviewer, id).await?;
    let comment = grading.comment.trim().to_owned();
    let mut problems = check_scores(&study.draft.rubric, &grading.scores);
    if comment.chars().count() > 10_000 {
        problems.push(FieldError::new("comment", problem::too_long(10_000)));
    }
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let total = weighted_total(&study.draft.rubric, &grading.scores);
    let grade = Grade { scores: grading.scores, total, comment };
    let assignment = store.grade_case_study(ctx, org_id, id, reviewer, grade).await?;
    Ok(ToGrade { assignment, study, reviewer })
}

/// Adds a case study to the library (`id`: none) or changes one at `version`, checked first.
pub async fn save_case_study(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Option<(Uuid, i32)>,
    draft: CaseStudyDraft,
) -> Outcome<CaseStudy> {
    let problems = draft.problems();
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(match id {
        None => store.create_case_study(ctx, org_id, draft).await?,
        Some((id, version)) => store.update_case_study(ctx, org_id, id, version, draft).await?,
    })
}

/// Adds a file (its name and bytes, within the limit the caller read it under) to a case study's
/// brief; the file is kept only if the case study takes it.
pub async fn attach(
    store: &Store,
    blobs: &BlobStore,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    (name, bytes): (String, Vec<u8>),
) -> Outcome<CaseStudy> {
    store.case_study(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if bytes.len() > cohort_domain::case_study::MAX_ATTACHMENT {
        let max_mib = cohort_domain::case_study::MAX_ATTACHMENT / (1024 * 1024);
        return Err(ServiceError::Refused(Refusal::FileTooLarge { max_mib }));
    }
    let size = bytes.len() as u64;
    let (blob, created) = blobs.put(bytes).await.map_err(ServiceError::internal)?;
    let attachment =
        Attachment { id: Uuid::now_v7(), blob: blob.clone(), filename: archive::clean(&name), size };
    match store.add_case_study_attachment(ctx, org_id, id, attachment).await {
        Ok(study) => Ok(study),
        Err(error) => {
            if created {
                let _ = blobs.remove(&blob).await;
            }
            Err(error.into())
        }
    }
}
