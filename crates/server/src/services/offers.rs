//! Decisions and offers, for the API and the pages alike.

use crate::services::ServiceError;
use chrono::{DateTime, Utc};
use cohort_domain::offer::{OfferMove, Outcome, Terms};
use cohort_domain::pipeline::{Actor, Move, Position, StageKind, Status, transition};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::applications::{Application, Moved};
use cohort_store::audit::Context;
use cohort_store::offers::{Decision, Offer, OfferSide};
use uuid::Uuid;

/// The application, if it is active in its vacancy's Decision stage at `version`.
async fn at_decision(
    store: &Store,
    org_id: Uuid,
    id: Uuid,
    version: i32,
) -> Result<Application, ServiceError> {
    let application = store.org_application(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if application.version != version {
        return Err(ServiceError::Stale);
    }
    let vacancy = store.vacancy(org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let at_decision =
        vacancy.pipeline.stage(&application.stage).is_some_and(|s| s.kind == StageKind::Decision);
    if application.status != Status::Active || !at_decision {
        return Err(ServiceError::Refused(Refusal::NotAtDecision));
    }
    Ok(application)
}

/// Why the decision was taken, checked.
fn rationale_of(rationale: &str) -> Result<String, ServiceError> {
    let rationale = rationale.trim().to_owned();
    if rationale.is_empty() || rationale.chars().count() > 5_000 {
        return Err(ServiceError::invalid("rationale", problem::say_why(5_000)));
    }
    Ok(rationale)
}

/// An offer's terms and expiry, checked: the one check of them for every way to make or change
/// an offer.
fn checked_terms(terms: &Terms, expires_at: DateTime<Utc>) -> Result<(), ServiceError> {
    match terms.problems(expires_at, Utc::now()) {
        problems if problems.is_empty() => Ok(()),
        problems => Err(ServiceError::Invalid(problems)),
    }
}

/// Records the decision on an application in its Decision stage, at `version`: `Reject` rejects
/// it with the reason in the same step; `Offer` lets an offer be drafted.
#[expect(clippy::too_many_arguments, reason = "the decision's parts, as the API receives them")]
pub async fn decide(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
    outcome: Outcome,
    rationale: &str,
    reason: Option<String>,
) -> Result<Decision, ServiceError> {
    let application = at_decision(store, org_id, id, version).await?;
    let rationale = rationale_of(rationale)?;
    let rejected = match outcome {
        Outcome::Offer => None,
        Outcome::Reject => {
            let reason = reason
                .clone()
                .ok_or_else(|| ServiceError::invalid("reason", problem::of("rejection-reason")))?;
            let reasons = store.hiring_settings(org_id).await?.rejection_reasons;
            let vacancy =
                store.vacancy(org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
            let from = Position { stage: application.stage.clone(), status: application.status };
            let to = transition(
                &vacancy.pipeline,
                &from,
                &Move::Reject { reason: reason.clone() },
                Actor::Recruiter,
                &reasons,
            )
            .map_err(|_| ServiceError::invalid("reason", problem::one_of(&reasons)))?;
            Some(Moved { from, to, reason: Some(reason) })
        }
    };
    Ok(store.record_decision(ctx, org_id, id, version, (outcome, rationale), rejected).await?)
}

/// Drafts an offer for an active application the decision said to make one to.
pub async fn draft(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    terms: Terms,
    expires_at: DateTime<Utc>,
) -> Result<Offer, ServiceError> {
    let application = store.org_application(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let decided = store.decision(id).await?.is_some_and(|d| d.outcome == Outcome::Offer);
    if application.status != Status::Active || !decided {
        return Err(ServiceError::Refused(Refusal::DecisionRequired));
    }
    checked_terms(&terms, expires_at)?;
    Ok(store
        .draft_offer(ctx, org_id, (id, application.vacancy_id, application.candidate_id), terms, expires_at)
        .await?)
}

/// Changes a draft offer's terms and expiry, if still at `version`.
pub async fn revise(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
    terms: Terms,
    expires_at: DateTime<Utc>,
) -> Result<Offer, ServiceError> {
    checked_terms(&terms, expires_at)?;
    Ok(store.update_offer_draft(ctx, org_id, id, version, terms, expires_at).await?)
}

/// Decides to make an offer to an application in its Decision stage (at `version`), drafts it
/// and sends it to the candidate: all three in one transaction, or nothing.
#[expect(clippy::too_many_arguments, reason = "the decision's and the offer's parts")]
pub async fn decide_and_send(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
    rationale: &str,
    terms: Terms,
    expires_at: DateTime<Utc>,
) -> Result<Offer, ServiceError> {
    let application = at_decision(store, org_id, id, version).await?;
    let rationale = rationale_of(rationale)?;
    checked_terms(&terms, expires_at)?;
    let parties = (id, application.vacancy_id, application.candidate_id);
    Ok(store.decide_and_send_offer(ctx, org_id, parties, version, rationale, terms, expires_at).await?)
}

/// Sends or withdraws an offer of the organisation, at the offer's `version`.
pub async fn act(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
    action: OfferMove,
) -> Result<Offer, ServiceError> {
    let side = OfferSide::Org { org_id, expected_version: version };
    Ok(store.act_on_offer(ctx, side, id, action, None).await?)
}

/// The candidate's answer to an offer made to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Yes: hired, in the same transaction.
    Accept,
    /// No, with the reason if they want to say (at most 1,000 characters).
    Decline(Option<String>),
}

/// The candidate answers an offer made to them; a decline returns the application to the
/// organisation's Decision stage.
pub async fn answer(
    store: &Store,
    ctx: &Context,
    candidate_id: Uuid,
    id: Uuid,
    answer: Answer,
) -> Result<Offer, ServiceError> {
    let (action, reason) = match answer {
        Answer::Accept => (OfferMove::Accept, None),
        Answer::Decline(reason) => {
            let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
            if reason.as_ref().is_some_and(|r| r.chars().count() > 1_000) {
                return Err(ServiceError::invalid("reason", problem::too_long(1_000)));
            }
            (OfferMove::Decline, reason)
        }
    };
    Ok(store.act_on_offer(ctx, OfferSide::Candidate(candidate_id), id, action, reason).await?)
}
