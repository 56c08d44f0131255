//! The internship after the offer: who may see an intern (their mentor and the coordinators; the
//! intern themselves under `/me`), the onboarding checklist, the records of the pair (1-on-1s,
//! goals, evaluations) and the matching of interns with mentors.

mod interns;
mod matching;
mod onboarding;
mod records;
mod teams;

pub use interns::{complete, place, set_preferences};
pub use matching::{matching_input, override_pair, propose_matching, publish_matching, set_mentor};
pub use onboarding::{Progress, Standing, finish_task, onboarding_parts, progress, standings};
pub use records::{Evaluating, GoalChange, Meeting, log_one_on_one, save_goal, submit_evaluation};
pub use teams::{save_team, set_onboarding_template};

use crate::services::{Outcome, ServiceError, Staff};
use cohort_domain::internship::{InternStatus, Viewer, viewer};
use cohort_domain::refusal::Refusal;
use cohort_store::Store;
use cohort_store::internship::Intern;
use uuid::Uuid;

/// The intern of the organisation and how `staff` relates to them; not found for anyone who is
/// neither the mentor nor a coordinator.
pub async fn seen_intern(store: &Store, staff: Staff, id: Uuid) -> Outcome<(Intern, Viewer)> {
    let intern = store.intern(staff.org_id, id).await?.ok_or(ServiceError::NotFound)?;
    let seen = match staff.user_id {
        Some(user) => viewer(user, staff.coordinator, intern.user_id, intern.mentor_id),
        None => staff.coordinator.then_some(Viewer::Coordinator),
    };
    seen.map(|v| (intern, v)).ok_or(ServiceError::NotFound)
}

/// The person's current internship: the newest active one, else the newest.
pub async fn own_intern(store: &Store, user_id: Uuid) -> Outcome<Intern> {
    let mine = store.own_internships(user_id).await?;
    let current = mine.iter().find(|i| i.status == InternStatus::Active).or(mine.first()).cloned();
    current.ok_or(ServiceError::Refused(Refusal::NotAnIntern))
}
