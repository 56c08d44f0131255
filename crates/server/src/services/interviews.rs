//! Interviews: offering slots to a candidate, and the iCalendar text of an interview.

use crate::i18n::{self, Lang, t};
use crate::services::{ServiceError, Staff};
use chrono::{DateTime, Utc};
use cohort_domain::calendar::{self, Method, Person};
use cohort_domain::phrase::Fact;
use cohort_domain::phrase::Phrase;
use cohort_domain::pipeline::{StageKind, Status};
use cohort_domain::refusal::Refusal;
use cohort_domain::scheduling::{Interval, InterviewKind, InterviewStatus, MAX_MINUTES, window_problem};
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::interviews::{Interview, NewInterview, Side, Window};
use uuid::Uuid;

/// What a recruiter asks for.
#[derive(Clone, Debug)]
pub struct InterviewRequest {
    /// The stage's key (an HR chat or interviews stage of the vacancy).
    pub stage: String,
    /// What kind.
    pub kind: InterviewKind,
    /// How long.
    pub minutes: u32,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub video_url: Option<String>,
    /// The interviewers.
    pub panel: Vec<Uuid>,
    /// The starts offered.
    pub slots: Vec<DateTime<Utc>>,
}

/// Offers an interview of an active application at one of its vacancy's interview stages.
pub async fn offer(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    application_id: Uuid,
    request: InterviewRequest,
) -> Result<Interview, ServiceError> {
    let application = store.org_application(org_id, application_id).await?.ok_or(ServiceError::NotFound)?;
    if application.status != Status::Active {
        return Err(ServiceError::Refused(Refusal::NotActiveForInterview(application.status)));
    }
    let vacancy = store.vacancy(org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let mut v = Validator::new();
    match vacancy.pipeline.stage(&request.stage) {
        Some(stage) if matches!(stage.kind, StageKind::HrChat | StageKind::Interviews) => {}
        _ => {
            let keys: Vec<String> = vacancy
                .pipeline
                .stages()
                .iter()
                .filter(|s| matches!(s.kind, StageKind::HrChat | StageKind::Interviews))
                .map(|s| s.key.clone())
                .collect();
            v.fail("stage", Phrase::new("problem-interview-stage").with("stages", Fact::AnyOf(keys)));
        }
    }
    if !(10..=MAX_MINUTES).contains(&request.minutes) {
        v.fail("minutes", problem::between(10, i64::from(MAX_MINUTES)));
    }
    if request.location.as_deref().is_none_or(|l| l.trim().is_empty())
        && request.video_url.as_deref().is_none_or(|l| l.trim().is_empty())
    {
        v.fail("location", problem::of("location-or-video"));
    }
    if let Some(url) = &request.video_url
        && !(url.starts_with("https://") && url.len() <= 500 && !url.contains(char::is_whitespace))
    {
        v.fail("video_url", problem::of("https-link"));
    }
    if let Some(location) = &request.location
        && location.chars().count() > 200
    {
        v.fail("location", problem::too_long(200));
    }
    let mut panel = request.panel.clone();
    panel.sort();
    panel.dedup();
    if panel.is_empty() || panel.len() > 6 || panel.len() != request.panel.len() {
        v.fail("panel", problem::of("panel-size"));
    }
    for member in &panel {
        if store.roles_in(org_id, *member).await?.is_empty() {
            v.fail("panel", problem::not_member());
        }
    }
    let mut slots = request.slots.clone();
    slots.sort();
    slots.dedup();
    if slots.is_empty() || slots.len() > 20 || slots.len() != request.slots.len() {
        v.fail("slots", problem::of("slot-count"));
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let new = NewInterview {
        application_id,
        candidate_id: application.candidate_id,
        stage: request.stage,
        kind: request.kind,
        minutes: request.minutes,
        location: request.location.filter(|l| !l.trim().is_empty()),
        video_url: request.video_url.filter(|l| !l.trim().is_empty()),
        slots,
        panel,
    };
    Ok(store.offer_interview(ctx, org_id, new).await?)
}

/// Who a calendar text is written for: a language already decided (an e-mail's), or a person,
/// whose language Cohort finds (`Lang::written`).
#[derive(Clone, Copy, Debug)]
pub enum CalendarReader {
    /// Written in this language.
    In(Lang),
    /// Written for this person: a candidate in the language they applied in, staff in their
    /// own choice, else the organisation's.
    Person(Uuid),
}

/// Everything the calendar text of interviews needs, read once, worded for `reader`.
async fn event(
    store: &Store,
    interview: &Interview,
    public_url: &str,
    reader: CalendarReader,
) -> Result<Option<(calendar::Event, Lang)>, ServiceError> {
    let Some(time) = interview.time else { return Ok(None) };
    let application = store
        .org_application(interview.org_id, interview.application_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let vacancy =
        store.vacancy(interview.org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let org = store.orgs_by_ids(vec![interview.org_id]).await?.pop().ok_or(ServiceError::NotFound)?;
    let mut people = interview.panel.clone();
    people.extend(interview.organizer_id);
    people.push(interview.candidate_id);
    let users = store.users_by_ids(people).await?;
    let lang = match reader {
        CalendarReader::In(lang) => lang,
        CalendarReader::Person(id) => {
            let applied_in = (id == interview.candidate_id).then_some(application.language);
            let chosen = users.iter().find(|u| u.id == id).and_then(|u| u.chosen_language());
            Lang::written(applied_in, chosen, org.works_in())
        }
    };
    let person = |id: Uuid| {
        users.iter().find(|u| u.id == id).map(|u| Person { name: u.name.clone(), email: u.email.clone() })
    };
    let organizer = interview.organizer_id.and_then(person).unwrap_or_else(|| Person {
        name: org.name.clone(),
        email: format!("no-reply@{}", host(public_url)),
    });
    let candidate = person(interview.candidate_id).ok_or(ServiceError::NotFound)?;
    let name = if application.profile.name.trim().is_empty() {
        candidate.name
    } else {
        application.profile.name.clone()
    };
    let mut attendees = vec![Person { name, email: candidate.email }];
    attendees.extend(interview.panel.iter().filter_map(|id| person(*id)));
    let kind = t(lang, "ics-kind", &[("kind", interview.kind.as_str().into())]);
    let about = |id: &str| {
        let args = [
            ("kind", kind.as_str().into()),
            ("vacancy", vacancy.draft.title.as_str().into()),
            ("organisation", org.name.as_str().into()),
        ];
        t(lang, id, &args)
    };
    let stage =
        vacancy.pipeline.stage(&interview.stage).map_or(interview.stage.as_str(), |s| s.name.as_str());
    let mut description =
        vec![about("ics-description"), t(lang, "ics-stage", &[("stage", i18n::stage(lang, stage).into())])];
    if let Some(url) = &interview.video_url {
        description.push(t(lang, "ics-join", &[("url", url.into())]));
    }
    if interview.status == InterviewStatus::Cancelled
        && let Some(reason) = &interview.cancel_reason
    {
        description.push(t(lang, "ics-cancelled", &[("reason", reason.into())]));
    }
    let event = calendar::Event {
        uid: format!("interview-{}@{}", interview.id, host(public_url)),
        sequence: interview.sequence,
        stamp: interview.updated_at,
        start: time.start,
        end: time.end,
        summary: about("ics-summary"),
        description: description.join("\n"),
        location: interview.location.clone(),
        url: interview.video_url.clone(),
        organizer,
        attendees,
        cancelled: interview.status == InterviewStatus::Cancelled,
    };
    Ok(Some((event, lang)))
}

fn host(public_url: &str) -> &str {
    let rest = public_url.split("://").nth(1).unwrap_or(public_url);
    rest.split(['/', ':']).next().filter(|h| !h.is_empty()).unwrap_or("cohort.invalid")
}

/// The invitation of one booked (or cancelled) interview, worded for `reader`:
/// `METHOD:REQUEST`, or `METHOD:CANCEL` once cancelled. `None` while no time is booked.
pub async fn invitation(
    store: &Store,
    interview: &Interview,
    public_url: &str,
    reader: CalendarReader,
) -> Result<Option<String>, ServiceError> {
    let Some((event, lang)) = event(store, interview, public_url, reader).await? else { return Ok(None) };
    let method = if event.cancelled { Method::Cancel } else { Method::Request };
    Ok(Some(calendar::calendar(method, &t(lang, "ics-calendar-name", &[]), &[event])))
}

/// A person's feed: their booked interviews (and recent cancellations), as candidate or
/// interviewer, each worded for them.
pub async fn feed(store: &Store, user_id: Uuid, public_url: &str) -> Result<String, ServiceError> {
    let mut events = Vec::new();
    for interview in store.upcoming_interviews_of(user_id, Utc::now()).await? {
        if let Some((event, _)) =
            event(store, &interview, public_url, CalendarReader::Person(user_id)).await?
        {
            events.push(event);
        }
    }
    let chosen = store.users_by_ids(vec![user_id]).await?.pop().and_then(|u| u.chosen_language());
    Ok(calendar::calendar(Method::Publish, &t(chosen.unwrap_or_default(), "ics-calendar-name", &[]), &events))
}

/// Adds a window when `who` can interview, once it holds (see `scheduling::window_problem`).
pub async fn add_availability(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    who: Uuid,
    window: Interval,
) -> Result<Window, ServiceError> {
    if let Some(problem) = window_problem(&window, Utc::now()) {
        return Err(ServiceError::Invalid(vec![problem]));
    }
    Ok(store.add_availability(ctx, org_id, who, window).await?)
}

/// Whose availability and limits `staff` works on: their own, or (a coordinator) the member
/// `asked`; anyone else's is not found.
pub async fn interviewer(store: &Store, staff: &Staff, asked: Option<Uuid>) -> Result<Uuid, ServiceError> {
    let who = asked
        .or(staff.user_id)
        .ok_or_else(|| ServiceError::invalid("user_id", problem::of("token-no-availability")))?;
    if Some(who) != staff.user_id && !staff.coordinator {
        return Err(ServiceError::NotFound);
    }
    if store.roles_in(staff.org_id, who).await?.is_empty() {
        return Err(ServiceError::invalid("user_id", problem::not_member()));
    }
    Ok(who)
}

/// Removes one of `who`'s availability windows.
pub async fn remove_availability(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    who: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    if store.remove_availability(ctx, org_id, who, id).await? { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// Sets how many interviews a day `who` takes at most, 1 to 12.
pub async fn set_daily_cap(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    who: Uuid,
    cap: u32,
) -> Result<u32, ServiceError> {
    if !(1..=12).contains(&cap) {
        return Err(ServiceError::invalid("daily_cap", problem::between(1, 12)));
    }
    Ok(store.set_daily_cap(ctx, org_id, who, cap).await?)
}

/// Why an interview is cancelled or moved, checked: said, in at most 500 characters.
pub fn reason(raw: &str) -> Result<String, ServiceError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 500 {
        return Err(ServiceError::invalid("reason", problem::say_why(500)));
    }
    Ok(trimmed.to_owned())
}

/// Cancels an interview, by the organisation or the candidate (`side`), with the reason.
pub async fn cancel(
    store: &Store,
    ctx: &Context,
    side: Side,
    id: Uuid,
    why: &str,
) -> Result<Interview, ServiceError> {
    let why = reason(why)?;
    Ok(store.cancel_interview(ctx, side, id, why).await?)
}

/// Revokes the person's calendar feed address.
pub async fn revoke_feed(store: &Store, ctx: &Context, user_id: Uuid) -> Result<(), ServiceError> {
    if store.revoke_calendar_feed(ctx, user_id).await? { Ok(()) } else { Err(ServiceError::NotFound) }
}

/// The candidate books one of the offered times of their interview `id`; moving one already
/// booked needs a reason.
pub async fn book_own(
    store: &Store,
    ctx: &Context,
    candidate_id: Uuid,
    id: Uuid,
    starts_at: DateTime<Utc>,
    why: Option<&str>,
) -> Result<Interview, ServiceError> {
    let current = store.own_interview(candidate_id, id).await?.ok_or(ServiceError::NotFound)?;
    let why = match (current.status, why) {
        (InterviewStatus::Booked, None) => {
            return Err(ServiceError::invalid("reason", problem::of("say-why-move")));
        }
        (_, Some(raw)) => Some(reason(raw)?),
        (_, None) => None,
    };
    Ok(store.book_interview(ctx, Side::Candidate(candidate_id), id, starts_at, why).await?)
}

/// The organisation moves an interview to another time, saying why.
pub async fn move_to(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Uuid,
    starts_at: DateTime<Utc>,
    why: &str,
) -> Result<Interview, ServiceError> {
    let why = reason(why)?;
    Ok(store.book_interview(ctx, Side::Org(org_id), id, starts_at, Some(why)).await?)
}

/// Gives the person a new secret calendar feed address (the old one stops working); the address.
pub async fn new_feed(
    store: &Store,
    ctx: &Context,
    user_id: Uuid,
    public_url: &str,
) -> Result<String, ServiceError> {
    let secret = crate::auth::secrets::random_secret().map_err(ServiceError::internal)?;
    let token = format!("cal_{secret}");
    store.set_calendar_feed(ctx, user_id, crate::auth::secrets::digest(&token)).await?;
    Ok(format!("{}/api/v1/calendar/{token}", public_url.trim_end_matches('/')))
}
