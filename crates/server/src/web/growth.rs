//! The intern's growth pages: workshops and trainings (enrol, the waiting list and one's
//! position on it, cancel, rate a session attended) and shadowing other teams (ask for a day,
//! see the answer, call it off).

use super::application::when;
use super::kit::failed;
use super::kit::{Fields, MemberForm};
use super::page;
use super::viewer::{Layout, Member, Said, back, field, picked};
use crate::services::ServiceError;
use crate::services::internship::own_intern;
use crate::services::shadowing::{self, Ask};
use crate::services::trainings;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::internship::training::Seat;
use cohort_domain::refusal::Refusal;
use cohort_store::shadowing::RequestFilter;
use std::collections::HashMap;
use uuid::Uuid;

/// A session as the intern sees it, with their place in it.
struct SessionRow {
    id: Uuid,
    when: String,
    place: String,
    seats: String,
    /// "You have a seat", "Waiting: number 2 on the list", or empty.
    mine: String,
    enrolled: bool,
    full: bool,
    attended: bool,
    rating: Option<u8>,
}

struct TrainingRow {
    title: String,
    about: String,
    description: String,
    mandatory: bool,
    overdue: bool,
    completed: String,
    sessions: Vec<SessionRow>,
}

#[derive(Template)]
#[template(path = "trainings_mine.html")]
struct TrainingsPage {
    layout: Layout,
    trainings: Vec<TrainingRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The page, or — for someone with no internship — their applications instead.
fn shown<T: Template>(member: &Member, built: Result<T, ServiceError>) -> Response {
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(ServiceError::Refused(Refusal::NotAnIntern)) => Redirect::to("/me").into_response(),
        Err(error) => failed(member.layout(), &error),
    }
}

/// `GET /me/trainings`.
pub async fn trainings_page(
    State(state): State<AppState>,
    member: Member,
    Query(said): Query<Said>,
) -> Response {
    let built = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let (catalogue, enrollments) = trainings::own_trainings(&state.store, &intern).await?;
        let places: HashMap<Uuid, _> = enrollments
            .into_iter()
            .filter(|e| e.seat != Seat::Cancelled)
            .map(|e| (e.session_id, e))
            .collect();
        let trainings = catalogue
            .into_iter()
            .map(|t| TrainingRow {
                about: format!(
                    "{} · {}",
                    t.training.draft.topic.as_str().replace('_', " "),
                    t.training.draft.level.as_str()
                ),
                title: t.training.draft.title,
                description: t.training.draft.description,
                mandatory: t.mandatory,
                overdue: t.overdue,
                completed: t.completed_at.map(when).unwrap_or_default(),
                sessions: t
                    .sessions
                    .into_iter()
                    .map(|s| {
                        let place = places.get(&s.id);
                        SessionRow {
                            id: s.id,
                            when: format!(
                                "{} – {}",
                                when(s.draft.starts_at),
                                s.draft.ends_at.format("%H:%M")
                            ),
                            place: s.draft.location.or(s.draft.link).unwrap_or_default(),
                            seats: format!(
                                "{} of {} seats taken{}",
                                s.seated,
                                s.draft.capacity,
                                if s.waiting > 0 {
                                    format!(", {} waiting", s.waiting)
                                } else {
                                    String::new()
                                }
                            ),
                            mine: match place.map(|p| (p.seat, p.position)) {
                                Some((Seat::Seated, _)) => "You have a seat.".into(),
                                Some((Seat::Waiting, Some(n))) => {
                                    format!("You are on the waiting list: number {n}.")
                                }
                                Some((Seat::Waiting, None)) => "You are on the waiting list.".into(),
                                _ => String::new(),
                            },
                            enrolled: place.is_some(),
                            full: s.seated >= s.draft.capacity,
                            attended: place.and_then(|p| p.attended) == Some(true),
                            rating: place.and_then(|p| p.rating),
                        }
                    })
                    .collect(),
            })
            .collect();
        Ok(TrainingsPage { layout: member.layout(), trainings, notice: said.notice, alert: said.alert })
    }
    .await;
    shown(&member, built)
}

/// What the intern does with a session.
#[derive(Clone, Copy, Debug, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionAction {
    /// Take a seat, or a place on the waiting list.
    Enroll,
    /// Give the place up.
    Cancel,
    /// Rate a session attended.
    Feedback,
}

/// `POST /me/trainings/sessions/{id}/{enroll|cancel|feedback}`.
pub async fn session_action(
    State(state): State<AppState>,
    Path((id, action)): Path<(Uuid, SessionAction)>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let ctx = member.audit();
        Ok::<_, ServiceError>(match action {
            SessionAction::Enroll => match trainings::enroll(&state.store, &ctx, &intern, id).await? {
                place if place.seat == Seat::Seated => "You have a seat.".to_owned(),
                place => format!(
                    "The session is full: you are on the waiting list{}. You move up when someone cancels.",
                    place.position.map(|n| format!(", number {n}")).unwrap_or_default()
                ),
            },
            SessionAction::Cancel => {
                trainings::give_up_place(&state.store, &ctx, &intern, id).await?;
                "Your place is given up.".to_owned()
            }
            SessionAction::Feedback => {
                let rating = field(&fields, "rating")
                    .parse()
                    .map_err(|_| ServiceError::invalid("rating", "choose from 1 to 5"))?;
                let comment = Some(field(&fields, "comment").to_owned());
                trainings::feedback(&state.store, &ctx, &intern, id, rating, comment).await?;
                "Thank you for your feedback.".to_owned()
            }
        })
    }
    .await;
    back("/me/trainings", outcome)
}

struct RequestRow {
    id: Uuid,
    team: String,
    day: String,
    status: &'static str,
    note: String,
    open: bool,
}

#[derive(Template)]
#[template(path = "shadowing.html")]
struct ShadowingPage {
    layout: Layout,
    requests: Vec<RequestRow>,
    teams: Vec<(Uuid, String)>,
    first_day: String,
    last_day: String,
    events: Vec<super::events::EventRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me/shadowing`.
pub async fn shadowing_page(
    State(state): State<AppState>,
    member: Member,
    Query(said): Query<Said>,
) -> Response {
    let built = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let teams = state.store.teams(intern.org_id).await?;
        let names: HashMap<Uuid, String> = teams.iter().map(|t| (t.id, t.name.clone())).collect();
        let filter = RequestFilter { intern_id: Some(intern.id), ..RequestFilter::default() };
        let requests = state
            .store
            .shadowing_requests(intern.org_id, filter)
            .await?
            .into_iter()
            .map(|r| RequestRow {
                id: r.id,
                team: names.get(&r.team_id).cloned().unwrap_or_default(),
                day: r.on_date.format("%A %-d %B %Y").to_string(),
                status: r.status.as_str(),
                open: matches!(r.status.as_str(), "pending" | "accepted"),
                note: r.note,
            })
            .collect();
        let programme: HashMap<Uuid, String> = match intern.program_id {
            Some(id) => state
                .store
                .programs_by_ids(vec![id])
                .await?
                .into_iter()
                .map(|p| (p.id, p.draft.name))
                .collect(),
            None => HashMap::new(),
        };
        let events = shadowing::own_events(&state.store, &intern)
            .await?
            .into_iter()
            .map(|e| super::events::EventRow::of(e, &programme))
            .collect();
        Ok(ShadowingPage {
            layout: member.layout(),
            events,
            requests,
            teams: teams
                .into_iter()
                .filter(|t| Some(t.id) != intern.team_id)
                .map(|t| (t.id, t.name))
                .collect(),
            first_day: intern.starts_on.to_string(),
            last_day: intern.ends_on.to_string(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    shown(&member, built)
}

/// `POST /me/shadowing`: `team_id`, `on_date`, `note`; or `cancel` with a request's id.
pub async fn shadowing_form(
    State(state): State<AppState>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let ctx = member.audit();
        if let Ok(id) = Uuid::parse_str(field(&fields, "cancel")) {
            shadowing::cancel(&state.store, &ctx, &intern, id).await?;
            return Ok("Request called off.".to_owned());
        }
        let team_id = picked(&fields, "team_id", "choose a team")?;
        let on_date = field(&fields, "on_date")
            .parse()
            .map_err(|_| ServiceError::invalid("on_date", "choose a day"))?;
        let ask = Ask { team_id, on_date, note: field(&fields, "note").to_owned() };
        let request = shadowing::request(&state.store, &ctx, &intern, ask).await?;
        Ok(format!("Asked to shadow on {}; the team's lead answers.", request.on_date.format("%A %-d %B")))
    }
    .await;
    back("/me/shadowing", outcome)
}

/// `POST /me/events/{id}`: `response` (`yes`, `maybe` or `no`).
pub async fn answer_event_form(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let response = field(&fields, "response").to_owned();
        let answered = shadowing::answer_event(&state.store, &member.audit(), &intern, id, response).await?;
        let title = &answered.event.title;
        Ok::<_, ServiceError>(match answered.my_response.as_deref() {
            Some("yes") => format!("You are coming to “{title}”."),
            Some("maybe") => format!("Maybe: “{title}” counts on a yes or no later."),
            _ => format!("Not coming to “{title}”."),
        })
    }
    .await;
    back("/me/shadowing", outcome)
}
