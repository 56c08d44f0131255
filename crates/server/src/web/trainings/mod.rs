//! Workshops and trainings as coordinators and trainers run them: the catalogue with each
//! session's seats and waiting list; forms to add a training and schedule a session; a session's
//! roster (seats, then the waiting list in order) where attendance is marked.

pub mod mine;

use crate::auth::caller::{Members, Recruiters};
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::trainings;
use crate::state::AppState;
use crate::web::application::local_time;
use crate::web::kit::{Fields, Item, OrgForm, OrgPage};
use crate::web::kit::{Layout, Said, back, chosen, field, picked};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use cohort_domain::internship::training::{Level, Seat, Topic};
use cohort_domain::phrase::Phrase;
use cohort_store::PageRequest;
use cohort_store::trainings::{SessionDraft, Training, TrainingDraft, TrainingSession};
use std::collections::HashMap;
use uuid::Uuid;

struct SessionRow {
    id: Uuid,
    when: String,
    place: String,
    trainer: String,
    seats: String,
    mine: bool,
}

struct TrainingRow {
    id: Uuid,
    title: String,
    about: String,
    sessions: Vec<SessionRow>,
    form: TrainingForm,
}

/// A training's fields as its form shows them: empty for a new one, or as saved.
struct TrainingForm {
    /// Makes the form's ids unique on the page.
    key: String,
    title: String,
    topic: &'static str,
    level: &'static str,
    description: String,
    skills: String,
    mandatory_program_id: Option<Uuid>,
    complete_by: String,
}

impl TrainingForm {
    fn empty() -> TrainingForm {
        TrainingForm {
            key: "new".into(),
            title: String::new(),
            topic: Topic::ALL[0].as_str(),
            level: Level::ALL[0].as_str(),
            description: String::new(),
            skills: String::new(),
            mandatory_program_id: None,
            complete_by: String::new(),
        }
    }

    fn of(training: &Training) -> TrainingForm {
        let d = &training.draft;
        TrainingForm {
            key: training.id.to_string(),
            title: d.title.clone(),
            topic: d.topic.as_str(),
            level: d.level.as_str(),
            description: d.description.clone(),
            skills: d.skills.join(", "),
            mandatory_program_id: d.mandatory_program_id,
            complete_by: d.complete_by.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    fn mandatory_for(&self, program: &Uuid) -> bool {
        self.mandatory_program_id == Some(*program)
    }
}

/// A session's fields as its form shows them.
struct SessionForm {
    starts_at: String,
    ends_at: String,
    location: String,
    link: String,
    capacity: u32,
    trainer_id: Option<Uuid>,
}

impl SessionForm {
    fn empty() -> SessionForm {
        SessionForm {
            starts_at: String::new(),
            ends_at: String::new(),
            location: String::new(),
            link: String::new(),
            capacity: 12,
            trainer_id: None,
        }
    }

    fn of(session: &TrainingSession) -> SessionForm {
        let d = &session.draft;
        let local = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M").to_string();
        SessionForm {
            starts_at: local(d.starts_at),
            ends_at: local(d.ends_at),
            location: d.location.clone().unwrap_or_default(),
            link: d.link.clone().unwrap_or_default(),
            capacity: d.capacity,
            trainer_id: d.trainer_id,
        }
    }

    fn given_by(&self, member: &Uuid) -> bool {
        self.trainer_id == Some(*member)
    }
}

#[derive(Template)]
#[template(path = "trainings.html")]
struct TrainingsPage {
    layout: Layout,
    slug: String,
    coordinator: bool,
    trainings: Vec<TrainingRow>,
    topics: Vec<&'static str>,
    levels: Vec<&'static str>,
    programs: Vec<(Uuid, String)>,
    members: Vec<(Uuid, String)>,
    new_training: TrainingForm,
    new_session: SessionForm,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/trainings`.
pub async fn trainings_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let me = caller.user_id();
        let catalogue =
            state.store.trainings(caller.org.id, PageRequest { limit: 200, after: None }).await?.items;
        let sessions = state.store.sessions(catalogue.iter().map(|t| t.id).collect()).await?;
        let members =
            state.store.members_page(caller.org.id, PageRequest { limit: 200, after: None }).await?.items;
        let names: HashMap<Uuid, String> =
            members.iter().map(|m| (m.user.id, m.user.name.to_string())).collect();
        let programs =
            state.store.programs_page(caller.org.id, PageRequest { limit: 100, after: None }).await?.items;
        let trainings = catalogue
            .into_iter()
            .map(|t| TrainingRow {
                form: TrainingForm::of(&t),
                id: t.id,
                about: about(lang, &t.draft, t.draft.complete_by),
                title: t.draft.title,
                sessions: sessions
                    .iter()
                    .filter(|s| s.training_id == t.id)
                    .map(|s| SessionRow {
                        id: s.id,
                        when: i18n::span(lang, s.draft.starts_at, s.draft.ends_at),
                        place: s.draft.location.clone().or(s.draft.link.clone()).unwrap_or_default(),
                        trainer: s.draft.trainer_id.and_then(|t| names.get(&t).cloned()).unwrap_or_default(),
                        seats: seats(lang, s),
                        mine: caller.hires() || (me.is_some() && s.draft.trainer_id == me),
                    })
                    .collect(),
            })
            .collect();
        Ok::<_, ServiceError>(TrainingsPage {
            layout,
            slug: caller.org.slug.clone(),
            coordinator: caller.hires(),
            trainings,
            topics: Topic::ALL.iter().map(|t| t.as_str()).collect(),
            levels: Level::ALL.iter().map(|l| l.as_str()).collect(),
            programs: programs.into_iter().map(|p| (p.id, p.draft.name)).collect(),
            members: members.into_iter().map(|m| (m.user.id, m.user.name.to_string())).collect(),
            new_training: TrainingForm::empty(),
            new_session: SessionForm::empty(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// A session's seats in words: "3 of 12 seats taken, 2 waiting".
pub fn seats(lang: Lang, session: &TrainingSession) -> String {
    i18n::t(
        lang,
        "trainings-seats-taken",
        &[
            ("seated", session.seated.into()),
            ("capacity", session.draft.capacity.into()),
            ("waiting", session.waiting.into()),
        ],
    )
}

/// A training's topic and level in words, and `complete_by`, the day a mandatory one is to be
/// completed by, where the reader should see it.
pub fn about(lang: Lang, draft: &TrainingDraft, complete_by: Option<chrono::NaiveDate>) -> String {
    let topic = i18n::t(lang, "trainings-topic-name", &[("topic", draft.topic.as_str().into())]);
    let level = i18n::t(lang, "trainings-level-name", &[("level", draft.level.as_str().into())]);
    match complete_by {
        Some(day) => i18n::t(
            lang,
            "trainings-about-mandatory",
            &[("topic", topic.into()), ("level", level.into()), ("date", i18n::date(lang, day).into())],
        ),
        None => i18n::t(lang, "trainings-about", &[("topic", topic.into()), ("level", level.into())]),
    }
}

/// A training form's fields (`title`, `topic`, `level`, `description`, `skills`
/// comma-separated, `mandatory_program_id`, `complete_by`) as asked.
fn training_body(fields: &[(String, String)]) -> Result<TrainingDraft, ServiceError> {
    Ok(TrainingDraft {
        title: field(fields, "title").to_owned(),
        topic: Topic::parse(field(fields, "topic"))
            .ok_or_else(|| ServiceError::invalid("topic", Phrase::new("trainings-choose-topic")))?,
        level: Level::parse(field(fields, "level"))
            .ok_or_else(|| ServiceError::invalid("level", Phrase::new("trainings-choose-level")))?,
        description: field(fields, "description").to_owned(),
        skills: field(fields, "skills")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        mandatory_program_id: chosen(fields, "mandatory_program_id", "form-choose-one")?,
        complete_by: match field(fields, "complete_by") {
            "" => None,
            raw => Some(
                raw.parse()
                    .map_err(|_| ServiceError::invalid("complete_by", Phrase::new("trainings-a-date")))?,
            ),
        },
    })
}

/// A session form's fields (`starts_at`, `ends_at` in UTC, `location`, `link`, `capacity`,
/// `trainer_id`) as asked.
fn session_body(fields: &[(String, String)]) -> Result<SessionDraft, ServiceError> {
    let time = |name: &str| {
        local_time(field(fields, name))
            .ok_or_else(|| ServiceError::invalid(name, Phrase::new("form-a-date-and-time")))
    };
    let text = |name: &str| Some(field(fields, name).trim().to_owned()).filter(|t| !t.is_empty());
    Ok(SessionDraft {
        starts_at: time("starts_at")?,
        ends_at: time("ends_at")?,
        location: text("location"),
        link: text("link"),
        capacity: field(fields, "capacity")
            .parse()
            .map_err(|_| ServiceError::invalid("capacity", Phrase::new("trainings-a-number-of-seats")))?,
        trainer_id: chosen(fields, "trainer_id", "form-choose-one")?,
    })
}

/// `POST /orgs/{org}/trainings`: a new training.
pub async fn add_training(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/trainings");
    let outcome = async {
        let asked = training_body(&fields)?;
        let saved =
            trainings::save_training(&state.store, &caller.audit(), caller.org.id, None, asked).await?;
        Ok(i18n::t(lang, "trainings-added", &[("title", saved.draft.title.into())]))
    }
    .await;
    back(lang, &here, outcome)
}

/// `POST /orgs/{org}/trainings/{id}`: changes a training (the fields of a new one).
pub async fn change_training(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/trainings");
    let outcome = async {
        let asked = training_body(&fields)?;
        let saved =
            trainings::save_training(&state.store, &caller.audit(), caller.org.id, Some(id), asked).await?;
        Ok(i18n::t(lang, "trainings-saved", &[("title", saved.draft.title.into())]))
    }
    .await;
    back(lang, &here, outcome)
}

/// `POST /orgs/{org}/trainings/{id}/sessions`: schedules a session.
pub async fn schedule_session(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/trainings");
    let outcome = async {
        let asked = session_body(&fields)?;
        let (training, saved) =
            trainings::schedule_session(&state.store, &caller.audit(), caller.org.id, id, asked).await?;
        Ok(i18n::t(
            lang,
            "trainings-scheduled",
            &[
                ("title", training.draft.title.into()),
                ("when", crate::i18n::date_time(lang, saved.draft.starts_at).into()),
            ],
        ))
    }
    .await;
    back(lang, &here, outcome)
}

struct RosterRow {
    intern_id: Uuid,
    name: String,
    place: String,
    seated: bool,
    attended: String,
    feedback: String,
}

#[derive(Template)]
#[template(path = "roster.html")]
struct RosterPage {
    layout: Layout,
    slug: String,
    id: Uuid,
    title: String,
    when: String,
    rows: Vec<RosterRow>,
    /// For coordinators: the session's form, and who may give it.
    change: Option<SessionForm>,
    members: Vec<(Uuid, String)>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/training-sessions/{id}`: the roster (the trainer and coordinators).
pub async fn roster_page(
    State(state): State<AppState>,
    Item(id): Item,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let session = trainings::trainer_session(&state.store, &caller.staff(), id).await?;
        let training = state.store.training(caller.org.id, session.training_id).await?;
        let roster = state.store.roster(session.id).await?;
        let names: HashMap<Uuid, String> = state
            .store
            .interns_by_ids(caller.org.id, roster.iter().map(|e| e.intern_id).collect())
            .await?
            .into_iter()
            .map(|i| (i.id, i.name))
            .collect();
        let rows = roster
            .into_iter()
            .filter(|e| e.seat != Seat::Cancelled)
            .map(|e| RosterRow {
                intern_id: e.intern_id,
                name: names.get(&e.intern_id).cloned().unwrap_or_default(),
                place: match (e.seat, e.position) {
                    (Seat::Seated, _) => i18n::t(lang, "roster-seated", &[]),
                    (_, Some(n)) => i18n::t(lang, "roster-waiting-number", &[("number", n.into())]),
                    _ => i18n::t(lang, "roster-waiting", &[]),
                },
                seated: e.seat == Seat::Seated,
                attended: match e.attended {
                    Some(true) => i18n::t(lang, "roster-was-present", &[]),
                    Some(false) => i18n::t(lang, "roster-was-absent", &[]),
                    None => String::new(),
                },
                feedback: match (e.rating, e.comment) {
                    (Some(r), Some(c)) => format!("{r}/5: {c}"),
                    (Some(r), None) => format!("{r}/5"),
                    _ => String::new(),
                },
            })
            .collect();
        let members = if caller.hires() {
            let page = PageRequest { limit: 200, after: None };
            let members = state.store.members_page(caller.org.id, page).await?.items;
            members.into_iter().map(|m| (m.user.id, m.user.name.to_string())).collect()
        } else {
            Vec::new()
        };
        Ok::<_, ServiceError>(RosterPage {
            layout,
            slug: caller.org.slug.clone(),
            id: session.id,
            title: training.map(|t| t.draft.title).unwrap_or_default(),
            when: i18n::span(lang, session.draft.starts_at, session.draft.ends_at),
            rows,
            change: caller.hires().then(|| SessionForm::of(&session)),
            members,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/training-sessions/{id}/attendance`: `intern_id`, `attended` (`yes`/`no`).
pub async fn mark_attendance(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/training-sessions/{id}");
    let outcome = async {
        let intern_id = picked(&fields, "intern_id", "roster-choose-attendee")?;
        let attended = field(&fields, "attended") == "yes";
        trainings::mark_attendance(&state.store, &caller.audit(), &caller.staff(), id, intern_id, attended)
            .await?;
        Ok::<_, ServiceError>(i18n::t(
            lang,
            if attended { "roster-marked-present" } else { "roster-marked-absent" },
            &[],
        ))
    }
    .await;
    back(lang, &here, outcome)
}

/// `POST /orgs/{org}/training-sessions/{id}`: changes a session (the fields of a new one); added
/// seats go to the waiting list in order, and fewer seats than are taken are refused.
pub async fn change_session(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/training-sessions/{id}");
    let outcome = async {
        let asked = session_body(&fields)?;
        let (session, saved) =
            trainings::change_session(&state.store, &caller.audit(), caller.org.id, id, asked).await?;
        let moved_up = saved.seated.saturating_sub(session.seated);
        Ok::<_, ServiceError>(i18n::t(
            lang,
            "roster-saved",
            &[
                ("seated", saved.seated.into()),
                ("capacity", saved.draft.capacity.into()),
                ("waiting", saved.waiting.into()),
                ("moved", moved_up.into()),
            ],
        ))
    }
    .await;
    back(lang, &here, outcome)
}
