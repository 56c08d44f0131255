//! Mentors and matching: a mentor's profile, the input the domain solves, proposing a run,
//! overriding a pair, publishing it.

use crate::services::ServiceError;
use cohort_domain::access::Role;
use cohort_domain::matching::{self, Constraints, Pair};
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::{MatchingRun, MentorDraft, MentorProfile};
use std::collections::HashMap;
use uuid::Uuid;

/// The domain's view of who can be matched in a programme: its active interns without a mentor,
/// and every mentor with the room they have left; each intern knows their team's lead.
pub async fn matching_input(
    store: &Store,
    org_id: Uuid,
    program_id: Uuid,
) -> Result<(Vec<matching::Intern>, Vec<matching::Mentor>), ServiceError> {
    let leads: HashMap<Uuid, Option<Uuid>> =
        store.teams(org_id).await?.into_iter().map(|t| (t.id, t.lead_id)).collect();
    let interns = store
        .unmatched_interns(org_id, program_id)
        .await?
        .into_iter()
        .map(|i| matching::Intern {
            id: i.id,
            team_lead: i.team_id.and_then(|t| leads.get(&t).copied().flatten()),
            team: i.team_id,
            skills: i.skills,
            interests: i.interests,
            languages: i.languages,
        })
        .collect();
    let mentors = store
        .mentors(org_id)
        .await?
        .into_iter()
        .map(|m| matching::Mentor {
            id: m.user_id,
            capacity: m.draft.capacity.saturating_sub(m.mentees),
            skills: m.draft.skills,
            interests: m.draft.interests,
            languages: m.draft.languages,
            team: m.draft.team_id,
        })
        .collect();
    Ok((interns, mentors))
}

/// Proposes the optimal matching of a programme's interns without a mentor (nothing changes
/// until it is published).
pub async fn propose_matching(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    program_id: Uuid,
    constraints: Constraints,
) -> Result<MatchingRun, ServiceError> {
    let (interns, mentors) = matching_input(store, org_id, program_id).await?;
    let pairs = matching::assign(&interns, &mentors, constraints);
    let unmatched =
        interns.iter().map(|i| i.id).filter(|id| !pairs.iter().any(|p| p.intern == *id)).collect();
    Ok(store.create_matching_run(ctx, org_id, program_id, pairs, unmatched).await?)
}

/// Changes one pair of a proposed run at `version`: the new pair keeps the hard constraints and
/// the mentor's capacity, and its score is explained like the others.
pub async fn override_pair(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
    intern_id: Uuid,
    mentor_id: Option<Uuid>,
) -> Result<MatchingRun, ServiceError> {
    let mut run = store.matching_run(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if run.status != "proposed" {
        return Err(ServiceError::Refused(Refusal::RunPublished));
    }
    if run.version != version {
        return Err(ServiceError::Stale);
    }
    let (interns, mentors) = matching_input(store, org_id, run.program_id).await?;
    let intern = interns
        .iter()
        .find(|i| i.id == intern_id)
        .ok_or_else(|| ServiceError::invalid("intern_id", problem::of("not-an-unmatched-intern")))?;
    run.pairs.retain(|p| p.intern != intern_id);
    run.unmatched.retain(|i| *i != intern_id);
    match mentor_id {
        None => run.unmatched.push(intern_id),
        Some(mentor_id) => {
            let mentor = mentors
                .iter()
                .find(|m| m.id == mentor_id)
                .ok_or_else(|| ServiceError::invalid("mentor_id", problem::of("not-a-mentor")))?;
            if !matching::allowed(intern, mentor, Constraints { not_own_team_lead: true }) {
                return Err(ServiceError::Refused(Refusal::PairNotAllowed));
            }
            let taken = run.pairs.iter().filter(|p| p.mentor == mentor_id).count();
            if taken >= mentor.capacity as usize {
                return Err(ServiceError::Refused(Refusal::MentorFull));
            }
            let (score, reasons) = matching::score(intern, mentor);
            run.pairs.push(Pair { intern: intern.id, mentor: mentor_id, score, reasons });
        }
    }
    Ok(store.update_matching_run(ctx, run, version, intern_id).await?)
}

/// Publishes a proposed run at `version`: every intern gets their mentor, and both are told.
pub async fn publish_matching(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    version: i32,
) -> Result<MatchingRun, ServiceError> {
    Ok(store.publish_matching_run(ctx, org_id, id, version).await?)
}

/// Sets the mentor profile of member `id` (capacity, skills, interests, languages, team): a mentor
/// sets their own, a coordinator anyone's with the mentor role; for anyone else it is not found.
pub async fn set_mentor(
    store: &Store,
    ctx: &Context,
    staff: crate::services::Staff,
    id: Uuid,
    asked: MentorDraft,
) -> Result<MentorProfile, ServiceError> {
    if !(staff.coordinator || staff.user_id == Some(id)) {
        return Err(ServiceError::NotFound);
    }
    if !store.roles_in(staff.org_id, id).await?.contains(&Role::Mentor) {
        return Err(ServiceError::NotFound);
    }
    let mut v = Validator::new();
    if asked.capacity > 10 {
        v.fail("capacity", problem::of("mentor-capacity"));
    }
    let skills = v.labels("skills", &asked.skills, 50);
    let interests = v.labels("interests", &asked.interests, 50);
    let languages = v.labels("languages", &asked.languages, 20);
    if asked.languages.is_empty() {
        v.fail("languages", problem::of("a-language"));
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let draft =
        MentorDraft { capacity: asked.capacity, skills, interests, languages, team_id: asked.team_id };
    Ok(store.set_mentor(ctx, staff.org_id, id, draft).await?)
}
