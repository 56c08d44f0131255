//! Workshops and trainings: the catalogue and its sessions (coordinators), rosters and
//! attendance (the trainer or a coordinator), and the intern's side under `/me`: enrol, take a
//! place on the waiting list, cancel, rate a session they attended.

mod own;

pub use own::*;

use crate::api::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::services::trainings;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::internship::training::{Level, Seat, Topic};
use cohort_store::trainings::{Enrollment, SessionDraft, Training, TrainingDraft, TrainingSession};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// A training's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingBody {
    /// Its title.
    pub title: String,
    /// `induction`, `cybersecurity`, `presentation_skills`, `agile`, `cloud`, `testing`,
    /// `engineering` or `other`.
    #[schema(value_type = String)]
    pub topic: Topic,
    /// `beginner`, `intermediate` or `advanced`.
    #[schema(value_type = String)]
    pub level: Level,
    /// What it covers.
    #[serde(default)]
    pub description: String,
    /// Skills an intern gains by completing it (added to their skill profile).
    #[serde(default)]
    pub skills: Vec<String>,
    /// The programme for which it is mandatory.
    pub mandatory_program_id: Option<Uuid>,
    /// For a mandatory training: the date by which interns must have completed it.
    pub complete_by: Option<NaiveDate>,
}

/// A training.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrainingView {
    /// Its id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// The topic.
    #[schema(value_type = String)]
    pub topic: Topic,
    /// The level.
    #[schema(value_type = String)]
    pub level: Level,
    /// What it covers.
    pub description: String,
    /// Skills it adds.
    pub skills: Vec<String>,
    /// The programme for which it is mandatory.
    pub mandatory_program_id: Option<Uuid>,
    /// The date by which a mandatory training must be completed.
    pub complete_by: Option<NaiveDate>,
}

pub(crate) fn training_view(t: Training) -> TrainingView {
    let d = t.draft;
    TrainingView {
        id: t.id,
        title: d.title,
        topic: d.topic,
        level: d.level,
        description: d.description,
        skills: d.skills,
        mandatory_program_id: d.mandatory_program_id,
        complete_by: d.complete_by,
    }
}

/// The training catalogue.
#[utoipa::path(
    get, path = "/orgs/{org}/trainings", tag = "trainings",
    params(("org" = String, Path, description = "The organisation's slug"), ListQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<TrainingView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_trainings(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Json<ListResponse<TrainingView>>, ApiError> {
    let page = state.store.trainings(caller.org.id, query.page()?).await?;
    Ok(Json(ListResponse::from_page(page, training_view)))
}

/// Adds a training to the catalogue.
#[utoipa::path(
    post, path = "/orgs/{org}/trainings", tag = "trainings", request_body = TrainingBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = TrainingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_training(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<TrainingBody>,
) -> Result<(StatusCode, Json<TrainingView>), ApiError> {
    let saved =
        trainings::save_training(&state.store, &caller.audit(), caller.org.id, None, body.into()).await?;
    Ok((StatusCode::CREATED, Json(training_view(saved))))
}

/// A training with its sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrainingDetail {
    /// The training.
    pub training: TrainingView,
    /// Its sessions, by time.
    pub sessions: Vec<SessionView>,
}

/// One training and its sessions.
#[utoipa::path(
    get, path = "/orgs/{org}/trainings/{id}", tag = "trainings",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The training's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TrainingDetail),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_training(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<TrainingDetail>, ApiError> {
    let training = state.store.training(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let sessions = state.store.sessions(vec![id]).await?.into_iter().map(session_view).collect();
    Ok(Json(TrainingDetail { training: training_view(training), sessions }))
}

/// Changes a training.
#[utoipa::path(
    put, path = "/orgs/{org}/trainings/{id}", tag = "trainings", request_body = TrainingBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The training's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TrainingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_training(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<TrainingBody>,
) -> Result<Json<TrainingView>, ApiError> {
    let saved =
        trainings::save_training(&state.store, &caller.audit(), caller.org.id, Some(id), body.into()).await?;
    Ok(Json(training_view(saved)))
}

/// A session's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionBody {
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// Or the link to join.
    pub link: Option<String>,
    /// Seats (1 to 500).
    pub capacity: u32,
    /// The member who gives it and marks attendance.
    pub trainer_id: Option<Uuid>,
}

/// A session.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    /// Its id.
    pub id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Where.
    pub location: Option<String>,
    /// The link to join.
    pub link: Option<String>,
    /// Seats.
    pub capacity: u32,
    /// Seats taken.
    pub seated: u32,
    /// On the waiting list.
    pub waiting: u32,
    /// The trainer.
    pub trainer_id: Option<Uuid>,
}

pub(crate) fn session_view(s: TrainingSession) -> SessionView {
    SessionView {
        id: s.id,
        training_id: s.training_id,
        starts_at: s.draft.starts_at,
        ends_at: s.draft.ends_at,
        location: s.draft.location,
        link: s.draft.link,
        capacity: s.draft.capacity,
        seated: s.seated,
        waiting: s.waiting,
        trainer_id: s.draft.trainer_id,
    }
}

/// Schedules a session of a training.
#[utoipa::path(
    post, path = "/orgs/{org}/trainings/{id}/sessions", tag = "trainings", request_body = SessionBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The training's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = SessionView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_training_session(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<SessionBody>,
) -> Result<(StatusCode, Json<SessionView>), ApiError> {
    let (_, saved) =
        trainings::schedule_session(&state.store, &caller.audit(), caller.org.id, id, body.into()).await?;
    Ok((StatusCode::CREATED, Json(session_view(saved))))
}

/// Changes a session; more seats go to the waiting list in order.
#[utoipa::path(
    put, path = "/orgs/{org}/training-sessions/{id}", tag = "trainings", request_body = SessionBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The session's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = SessionView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`capacity_below_seated`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_training_session(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<SessionBody>,
) -> Result<Json<SessionView>, ApiError> {
    let (_, saved) =
        trainings::change_session(&state.store, &caller.audit(), caller.org.id, id, body.into()).await?;
    Ok(Json(session_view(saved)))
}

/// A place in a session, with the intern's name for the roster.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentView {
    /// The session.
    pub session_id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// Their name (on rosters).
    pub name: Option<String>,
    /// `seated`, `waiting` or `cancelled`.
    #[schema(value_type = String)]
    pub seat: Seat,
    /// On the waiting list: the position (1 = next).
    pub position: Option<u32>,
    /// Marked present (true) or absent (false).
    pub attended: Option<bool>,
    /// Their rating, 1–5.
    pub rating: Option<u8>,
    /// Their comment.
    pub comment: Option<String>,
    /// When they joined the line.
    pub queued_at: DateTime<Utc>,
}

pub(crate) fn enrollment_view(e: Enrollment, name: Option<String>) -> EnrollmentView {
    EnrollmentView {
        session_id: e.session_id,
        training_id: e.training_id,
        intern_id: e.intern_id,
        name,
        seat: e.seat,
        position: e.position,
        attended: e.attended,
        rating: e.rating,
        comment: e.comment,
        queued_at: e.queued_at,
    }
}

/// A session's roster: seats, then the waiting list in order, with attendance and feedback
/// (the trainer and coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/training-sessions/{id}/roster", tag = "trainings",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The session's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<EnrollmentView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_roster(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<EnrollmentView>>, ApiError> {
    let session = trainings::trainer_session(&state.store, &caller.staff(), id).await?;
    let roster = state.store.roster(session.id).await?;
    let ids = roster.iter().map(|e| e.intern_id).collect();
    let names: HashMap<Uuid, String> =
        state.store.interns_by_ids(caller.org.id, ids).await?.into_iter().map(|i| (i.id, i.name)).collect();
    Ok(Json(
        roster
            .into_iter()
            .map(|e| {
                let n = names.get(&e.intern_id).cloned();
                enrollment_view(e, n)
            })
            .collect(),
    ))
}

/// Attendance of one intern.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceBody {
    /// The intern.
    pub intern_id: Uuid,
    /// Present (completes the training, adding its skills) or absent.
    pub attended: bool,
}

/// Marks a seated intern present or absent (the trainer or a coordinator). Present completes the
/// training: it is recorded on the intern and its skills join their skill profile.
#[utoipa::path(
    post, path = "/orgs/{org}/training-sessions/{id}/attendance", tag = "trainings", request_body = AttendanceBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The session's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = EnrollmentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not_seated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn record_attendance(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<AttendanceBody>,
) -> Result<Json<EnrollmentView>, ApiError> {
    let (ctx, staff) = (caller.audit(), caller.staff());
    let marked =
        trainings::mark_attendance(&state.store, &ctx, &staff, id, body.intern_id, body.attended).await?;
    Ok(Json(enrollment_view(marked, None)))
}

impl From<TrainingBody> for TrainingDraft {
    fn from(b: TrainingBody) -> Self {
        TrainingDraft {
            title: b.title,
            topic: b.topic,
            level: b.level,
            description: b.description,
            skills: b.skills,
            mandatory_program_id: b.mandatory_program_id,
            complete_by: b.complete_by,
        }
    }
}

impl From<SessionBody> for SessionDraft {
    fn from(b: SessionBody) -> Self {
        SessionDraft {
            starts_at: b.starts_at,
            ends_at: b.ends_at,
            location: b.location,
            link: b.link,
            capacity: b.capacity,
            trainer_id: b.trainer_id,
        }
    }
}
