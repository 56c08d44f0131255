//! Shadowing other teams and networking: the requests an intern makes and a team lead (or a
//! coordinator) answers, the rotation a coordinator plans for a programme, and networking events
//! with the interns' answers.

use crate::services::{Outcome, ServiceError, Staff};
use chrono::{DateTime, Days, NaiveDate, Utc};
use cohort_domain::internship::{InternStatus, ShadowingStatus, week_of};
use cohort_domain::shadowing::{self, Guest, Host};
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::entities::networking_event;
use cohort_store::internship::{Intern, InternFilter};
use cohort_store::shadowing::{NetworkingEvent, RequestFilter, Rsvp, ShadowingRequest};
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
        v.fail("weeks", problem::between(1, 26));
    }
    if store.program(org_id, asked.program_id).await?.is_none() {
        v.fail("program_id", problem::no_such_programme());
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

/// A visit an intern asks for.
#[derive(Debug)]
pub struct Ask {
    /// The team to shadow (not their own).
    pub team_id: Uuid,
    /// The day, within the internship.
    pub on_date: NaiveDate,
    /// What the intern hopes to learn.
    pub note: String,
}

/// Asks to shadow a team (not the intern's own) on a day within the internship.
pub async fn request(store: &Store, ctx: &Context, intern: &Intern, ask: Ask) -> Outcome<ShadowingRequest> {
    let mut v = Validator::new();
    let note = v.text("note", &ask.note, 2_000, false);
    if intern.team_id == Some(ask.team_id) {
        v.fail("team_id", problem::of("own-team"));
    }
    if ask.on_date < intern.starts_on || ask.on_date > intern.ends_on {
        v.fail(
            "on_date",
            problem::of("internship-day").date("starts", intern.starts_on).date("ends", intern.ends_on),
        );
    }
    v.finish().map_err(ServiceError::Invalid)?;
    Ok(store.request_shadowing(ctx, intern, ask.team_id, ask.on_date, note).await?)
}

/// Calls off one of the intern's requests (pending or accepted).
pub async fn cancel(store: &Store, ctx: &Context, intern: &Intern, id: Uuid) -> Outcome<ShadowingRequest> {
    let request = store
        .shadowing_request(intern.org_id, id)
        .await?
        .filter(|r| r.intern_id == intern.id)
        .ok_or(ServiceError::NotFound)?;
    Ok(store.decide_shadowing(ctx, intern.org_id, request.id, ShadowingStatus::Cancelled).await?)
}

/// A networking event with how many are coming and, for an intern, their own answer.
#[derive(Clone, Debug)]
pub struct Event {
    /// The event.
    pub event: NetworkingEvent,
    /// How many said yes.
    pub coming: u32,
    /// The intern's own answer (`yes`, `no`, `maybe`).
    pub my_response: Option<String>,
}

impl Event {
    /// Whether every place is taken.
    pub fn full(&self) -> bool {
        self.event.capacity.is_some_and(|c| i64::from(self.coming) >= i64::from(c))
    }
}

/// The events with their answers, read in one query; `me` an intern whose answer to show.
async fn with_answers(store: &Store, events: Vec<NetworkingEvent>, me: Option<Uuid>) -> Outcome<Vec<Event>> {
    let rsvps = store.rsvps(events.iter().map(|e| e.id).collect()).await?;
    Ok(events
        .into_iter()
        .map(|event| {
            let answers: Vec<&Rsvp> = rsvps.iter().filter(|r| r.event_id == event.id).collect();
            Event {
                coming: u32::try_from(answers.iter().filter(|r| r.response == "yes").count())
                    .unwrap_or(u32::MAX),
                my_response: me
                    .and_then(|me| answers.iter().find(|r| r.intern_id == me))
                    .map(|r| r.response.clone()),
                event,
            }
        })
        .collect())
}

/// A networking event to hold.
#[derive(Debug)]
pub struct NewEvent {
    /// Its title.
    pub title: String,
    /// What happens.
    pub description: String,
    /// For one programme's interns (none: every intern).
    pub program_id: Option<Uuid>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// How many can come (none: no limit).
    pub capacity: Option<u32>,
}

/// Checks and saves a new networking event of `org_id`.
pub async fn create_event(store: &Store, ctx: &Context, org_id: Uuid, new: NewEvent) -> Outcome<Event> {
    let mut v = Validator::new();
    let title = v.text("title", &new.title, 200, true);
    let description = v.text("description", &new.description, 10_000, false);
    let location = new.location.as_deref().map(|l| v.text("location", l, 200, true));
    if new.ends_at <= new.starts_at {
        v.fail("ends_at", problem::end_after_start());
    }
    if new.capacity == Some(0) {
        v.fail("capacity", problem::of("at-least-one"));
    }
    if let Some(program) = new.program_id
        && store.program(org_id, program).await?.is_none()
    {
        v.fail("program_id", problem::no_such_programme());
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let event = networking_event::Model {
        id: Uuid::now_v7(),
        org_id,
        program_id: new.program_id,
        title,
        description,
        starts_at: new.starts_at,
        ends_at: new.ends_at,
        location,
        capacity: new.capacity.map(|c| i32::try_from(c).unwrap_or(i32::MAX)),
        created_at: Utc::now(),
    };
    let event = store.create_event(ctx, event).await?;
    Ok(Event { event, coming: 0, my_response: None })
}

/// The organisation's upcoming networking events with their answers.
pub async fn org_events(store: &Store, org_id: Uuid) -> Outcome<Vec<Event>> {
    let events = store.events(org_id, Utc::now()).await?;
    with_answers(store, events, None).await
}

/// The intern's upcoming networking events (for their programme or everyone), with their answers.
pub async fn own_events(store: &Store, intern: &Intern) -> Outcome<Vec<Event>> {
    let events = store.events(intern.org_id, Utc::now()).await?;
    let events = events.into_iter().filter(|e| e.program_id.is_none() || e.program_id == intern.program_id);
    with_answers(store, events.collect(), Some(intern.id)).await
}

/// The intern's answer to an event of theirs: `yes`, `no` or `maybe`; `yes` beyond its capacity
/// is refused.
pub async fn answer_event(
    store: &Store,
    ctx: &Context,
    intern: &Intern,
    id: Uuid,
    response: String,
) -> Outcome<Event> {
    if !["yes", "no", "maybe"].contains(&response.as_str()) {
        return Err(ServiceError::invalid("response", problem::of("yes-no-maybe")));
    }
    let event = store
        .event(intern.org_id, id)
        .await?
        .filter(|e| e.program_id.is_none() || e.program_id == intern.program_id)
        .ok_or(ServiceError::NotFound)?;
    store.rsvp(ctx, intern, event.id, response).await?;
    with_answers(store, vec![event], Some(intern.id)).await?.pop().ok_or(ServiceError::NotFound)
}
