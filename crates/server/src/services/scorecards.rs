//! Scorecards: the kit an interviewer rates against, and sending one for an interview they sat on.

use crate::services::ServiceError;
use cohort_domain::pipeline::StageKind;
use cohort_domain::refusal::Refusal;
use cohort_domain::scheduling::InterviewStatus;
use cohort_domain::scorecard::{Scorecard, default_kit};
use cohort_store::Store;
use cohort_store::audit::Context;
use uuid::Uuid;

/// The kit in force for a vacancy's stage.
pub async fn kit_for(
    store: &Store,
    vacancy_id: Uuid,
    stage: &str,
    kind: StageKind,
) -> Result<(Vec<String>, bool), ServiceError> {
    Ok(match store.interview_kit(vacancy_id, stage).await? {
        Some(attributes) => (attributes, true),
        None => (default_kit(kind), false),
    })
}

/// The kit (attributes to rate) of an interview that `me` sits on, if it is theirs (404 if not).
pub async fn kit_of_interview(
    store: &Store,
    org_id: Uuid,
    me: Uuid,
    id: Uuid,
) -> Result<(cohort_store::interviews::Interview, Vec<String>), ServiceError> {
    let interview = store.interview(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if !interview.panel.contains(&me) {
        return Err(ServiceError::NotFound);
    }
    let application =
        store.org_application(org_id, interview.application_id).await?.ok_or(ServiceError::NotFound)?;
    let vacancy = store.vacancy(org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let kind = vacancy.pipeline.stage(&interview.stage).map_or(StageKind::Interviews, |s| s.kind);
    let (kit, _) = kit_for(store, vacancy.id, &interview.stage, kind).await?;
    Ok((interview, kit))
}

/// Sends `me`'s scorecard for a booked interview they sat on, checked against its kit.
pub async fn submit(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    me: Uuid,
    id: Uuid,
    card: Scorecard,
) -> Result<cohort_store::scorecards::StoredScorecard, ServiceError> {
    let (interview, kit) = kit_of_interview(store, org_id, me, id).await?;
    if interview.status != InterviewStatus::Booked {
        return Err(ServiceError::Refused(Refusal::InterviewNotHeld));
    }
    let problems = card.problems(&kit);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(store.submit_scorecard(ctx, org_id, id, interview.application_id, me, card).await?)
}

/// Sets the attributes interviewers score in a stage (HR chat or interviews) of a vacancy; the
/// stage and the attributes kept.
pub async fn set_kit(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    vacancy_id: Uuid,
    stage: &str,
    attributes: &[String],
) -> Result<(cohort_domain::pipeline::Stage, Vec<String>), ServiceError> {
    let vacancy = store.vacancy(org_id, vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let stage = vacancy
        .pipeline
        .stage(stage)
        .filter(|s| matches!(s.kind, StageKind::HrChat | StageKind::Interviews))
        .ok_or(ServiceError::NotFound)?
        .clone();
    let attributes: Vec<String> = attributes.iter().map(|a| a.trim().to_owned()).collect();
    cohort_domain::scorecard::check_kit(&attributes)
        .map_err(|message| ServiceError::invalid("attributes", message))?;
    let kept = store.set_interview_kit(ctx, org_id, vacancy_id, stage.key.clone(), attributes).await?;
    Ok((stage, kept))
}
