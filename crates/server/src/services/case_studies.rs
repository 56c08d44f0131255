//! Case studies: assigning one from the library to an application, and the candidate's own.

use crate::services::{Outcome, ServiceError};
use chrono::{DateTime, Utc};
use cohort_domain::pipeline::Status;
use cohort_domain::refusal::Refusal;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::case_studies::{Assignment, CaseStudy, NewAssignment};
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
        .ok_or_else(|| ServiceError::invalid("case_study_id", "no such case study in your library"))?;
    let mut reviewers = body.reviewers.clone();
    reviewers.sort();
    reviewers.dedup();
    if reviewers.len() != body.reviewers.len()
        || (reviewers.len() as u32) < study.draft.reviewers_required
        || reviewers.len() > 10
    {
        return Err(ServiceError::invalid(
            "reviewers",
            format!("name at least {} different reviewers (at most 10)", study.draft.reviewers_required),
        ));
    }
    for reviewer in &reviewers {
        if store.roles_in(org_id, *reviewer).await?.is_empty() {
            return Err(ServiceError::invalid(
                "reviewers",
                format!("{reviewer} is not a member of this organisation"),
            ));
        }
    }
    let now = Utc::now();
    let deadline = body.deadline.unwrap_or_else(|| study.draft.deadline(now));
    if deadline <= now {
        return Err(ServiceError::invalid("deadline", "must be in the future"));
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
