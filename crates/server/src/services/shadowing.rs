//! Shadowing other teams: the requests a team lead (or a coordinator) answers, and the rotation a
//! coordinator plans for a programme.

use crate::services::{Outcome, ServiceError, Staff};
use chrono::{Days, NaiveDate};
use cohort_domain::internship::{InternStatus, ShadowingStatus, week_of};
use cohort_domain::shadowing::{self, Guest, Host};
use cohort_domain::validation::Validator;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::InternFilter;
use cohort_store::shadowing::{RequestFilter, ShadowingRequest};
use std::collections::HashMap;
use uuid::Uuid;

/// The teams `staff` leads.
async fn led_teams(store: &Store, staff: &Staff) -> Outcome<Vec<Uuid>> {
    let Some(user) = staff.user_id else { return Ok(Vec::new()) };
    let teams = store.teams(staff.org_id).await?;
    Ok(teams.into_iter().filter(|t| t.lead_id == Some(user)).map(|t| t.id).collect())
}

/// The requests `staff` answers: a coordinator all, a team lead those for their teams.
pub async fn requests_for(
    store: &Store,
    staff: &Staff,
    status: Option<ShadowingStatus>,
) -> Outcome<Vec<ShadowingRequest>> {
    let team_ids = if staff.coordinator { None } else { Some(led_teams(store, staff).await?) };
    let filter = RequestFilter { team_ids, intern_id: None, status };
    Ok(store.shadowing_requests(staff.org_id, filter).await?)
}

/// Accepts (within the team's weekly capacity) or declines a request, as its team's lead or a
/// coordinator; anyone else is told it does not exist.
pub async fn decide(
    store: &Store,
    ctx: &Context,
    staff: &Staff,
    id: Uuid,
    accept: bool,
) -> Outcome<ShadowingRequest> {
    let request = store.shadowing_request(staff.org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if !staff.coordinator && !led_teams(store, staff).await?.contains(&request.team_id) {
        return Err(ServiceError::NotFound);
    }
    let to = if accept { ShadowingStatus::Accepted } else { ShadowingStatus::Declined };
    Ok(store.decide_shadowing(ctx, staff.org_id, id, to).await?)
}

/// A rotation to plan.
pub struct Rotation {
    /// The programme whose active interns rotate.
    pub program_id: Uuid,
    /// The first week (any day of it).
    pub first_week: NaiveDate,
    /// How many weeks (1 to 26).
    pub weeks: u32,
}

/// One planned visit.
pub struct Visit {
    /// The Monday of the week.
    pub week_of: NaiveDate,
    /// The intern.
    pub intern_id: Uuid,
    /// Their name.
    pub intern_name: String,
    /// The team visited.
    pub team_id: Uuid,
    /// Its name.
    pub team_name: String,
}

/// A proposed rotation.
pub struct Plan {
    /// The visits, week by week.
    pub visits: Vec<Visit>,
    /// The fewest visits any intern gets.
    pub fewest_visits: u32,
    /// The most visits any intern gets.
    pub most_visits: u32,
}

/// Proposes a shadowing rotation for a programme of `org_id`: no intern visits their own team or
/// a team they visited before, no team exceeds its weekly capacity, and visits are spread fairly.
/// Nothing is booked: interns request the visits they want.
pub async fn plan_rotation(store: &Store, org_id: Uuid, asked: Rotation) -> Outcome<Plan> {
    let mut v = Validator::new();
    if !(1..=26).contains(&asked.weeks) {
        v.fail("weeks", "from 1 to 26 weeks");
    }
    if store.program(org_id, asked.program_id).await?.is_none() {
        v.fail("program_id", "no such programme");
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let teams = store.teams(org_id).await?;
    let mut interns = Vec::new();
    let mut after = None;
    loop {
        let filter = InternFilter { program_id: Some(asked.program_id), ..InternFilter::default() };
        let page = store.interns(org_id, filter, cohort_store::PageRequest { limit: 200, after }).await?;
        interns.extend(page.items.into_iter().filter(|i| i.status == InternStatus::Active));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    let mut visited: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for (intern, team) in store.accepted_visits(org_id).await? {
        visited.entry(intern).or_default().push(team);
    }
    let guests: Vec<Guest> = interns
        .iter()
        .map(|i| Guest { id: i.id, own_team: i.team_id, visited: visited.remove(&i.id).unwrap_or_default() })
        .collect();
    let hosts: Vec<Host> = teams
        .iter()
        .map(|t| Host { team: t.id, weekly_capacity: u32::try_from(t.weekly_guests).unwrap_or_default() })
        .collect();
    let plan = shadowing::plan(&guests, &hosts, asked.weeks);
    let names: HashMap<Uuid, &str> = interns.iter().map(|i| (i.id, i.name.as_str())).collect();
    let team_names: HashMap<Uuid, &str> = teams.iter().map(|t| (t.id, t.name.as_str())).collect();
    let mut counts: HashMap<Uuid, u32> = interns.iter().map(|i| (i.id, 0)).collect();
    let start = week_of(asked.first_week);
    let visits = plan
        .into_iter()
        .map(|visit| {
            *counts.entry(visit.intern).or_default() += 1;
            Visit {
                week_of: start + Days::new(7 * u64::from(visit.week)),
                intern_id: visit.intern,
                intern_name: names.get(&visit.intern).copied().unwrap_or_default().to_owned(),
                team_id: visit.team,
                team_name: team_names.get(&visit.team).copied().unwrap_or_default().to_owned(),
            }
        })
        .collect();
    Ok(Plan {
        visits,
        fewest_visits: counts.values().copied().min().unwrap_or_default(),
        most_visits: counts.values().copied().max().unwrap_or_default(),
    })
}
