//! The intern's workshops and trainings: enrol, the waiting list and one's position on it,
//! cancel, rate a session attended.

use crate::i18n;
use crate::services::ServiceError;
use crate::services::internship::own_intern;
use crate::services::trainings;
use crate::state::AppState;
use crate::web::kit::intern_page;
use crate::web::kit::{Fields, MemberForm};
use crate::web::kit::{Layout, Member, Said, back, field};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::internship::training::Seat;
use cohort_domain::phrase::Phrase;
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

/// `GET /me/trainings`.
pub async fn trainings_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let lang = member.lang;
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
                about: super::about(lang, &t.training.draft, None),
                title: t.training.draft.title,
                description: t.training.draft.description,
                mandatory: t.mandatory,
                overdue: t.overdue,
                completed: t.completed_at.map(|at| crate::i18n::date_time(lang, at)).unwrap_or_default(),
                sessions: t
                    .sessions
                    .into_iter()
                    .map(|s| {
                        let place = places.get(&s.id);
                        SessionRow {
                            id: s.id,
                            when: i18n::span(lang, s.draft.starts_at, s.draft.ends_at),
                            seats: super::seats(lang, &s),
                            place: s.draft.location.or(s.draft.link).unwrap_or_default(),
                            mine: match place.map(|p| (p.seat, p.position)) {
                                Some((Seat::Seated, _)) => i18n::t(lang, "trainings-have-seat", &[]),
                                Some((Seat::Waiting, Some(n))) => {
                                    i18n::t(lang, "trainings-waiting-number", &[("number", n.into())])
                                }
                                Some((Seat::Waiting, None)) => i18n::t(lang, "trainings-waiting", &[]),
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
    intern_page(&member, built)
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
    let lang = member.lang;
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let ctx = member.audit();
        Ok::<_, ServiceError>(match action {
            SessionAction::Enroll => match trainings::enroll(&state.store, &ctx, &intern, id).await? {
                place if place.seat == Seat::Seated => i18n::t(lang, "trainings-have-seat", &[]),
                place => match place.position {
                    Some(n) => i18n::t(lang, "trainings-full-number", &[("number", n.into())]),
                    None => i18n::t(lang, "trainings-full", &[]),
                },
            },
            SessionAction::Cancel => {
                trainings::give_up_place(&state.store, &ctx, &intern, id).await?;
                i18n::t(lang, "trainings-given-up", &[])
            }
            SessionAction::Feedback => {
                let rating = field(&fields, "rating")
                    .parse()
                    .map_err(|_| ServiceError::invalid("rating", Phrase::new("trainings-choose-rating")))?;
                let comment = Some(field(&fields, "comment").to_owned());
                trainings::feedback(&state.store, &ctx, &intern, id, rating, comment).await?;
                i18n::t(lang, "trainings-thanks", &[])
            }
        })
    }
    .await;
    back(lang, "/me/trainings", outcome)
}
