//! Use cases of the internship shared by the API and `cohort demo`.

use crate::error::ApiError;
use cohort_domain::matching::{self, Constraints};
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::MatchingRun;
use std::collections::HashMap;
use uuid::Uuid;

/// The domain's view of who can be matched in a programme: its active interns without a mentor,
/// and every mentor with the room they have left; each intern knows their team's lead.
pub async fn matching_input(
    store: &Store,
    org_id: Uuid,
    program_id: Uuid,
) -> Result<(Vec<matching::Intern>, Vec<matching::Mentor>), ApiError> {
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
) -> Result<MatchingRun, ApiError> {
    let (interns, mentors) = matching_input(store, org_id, program_id).await?;
    let pairs = matching::assign(&interns, &mentors, constraints);
    let unmatched =
        interns.iter().map(|i| i.id).filter(|id| !pairs.iter().any(|p| p.intern == *id)).collect();
    Ok(store.create_matching_run(ctx, org_id, program_id, pairs, unmatched).await?)
}
