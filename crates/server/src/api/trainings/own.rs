//! The intern's side: the catalogue with their places, enrolling, giving a place up, feedback.

use super::*;
use crate::api::own_internship::OwnItemPath;
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath};
use crate::services::internship;
use crate::services::trainings;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A training as the intern sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct OwnTrainingView {
    /// The training.
    pub training: TrainingView,
    /// Its sessions.
    pub sessions: Vec<SessionView>,
    /// Mandatory for the intern's programme.
    pub mandatory: bool,
    /// Completed, and when.
    pub completed_at: Option<DateTime<Utc>>,
    /// Mandatory, not completed, and past its date.
    pub overdue: bool,
}

/// The intern's trainings: the catalogue with sessions, their places, what is mandatory and
/// what is overdue.
#[derive(Debug, Serialize, ToSchema)]
pub struct OwnTrainings {
    /// The catalogue.
    pub trainings: Vec<OwnTrainingView>,
    /// The intern's places (seated, waiting with position, cancelled).
    pub enrollments: Vec<EnrollmentView>,
}

/// The catalogue of the intern's organisation with their enrolments; mandatory trainings not
/// completed by their date are flagged `overdue`.
#[utoipa::path(
    get, path = "/me/trainings", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = OwnTrainings),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_trainings(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<OwnTrainings>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let (catalogue, places) = trainings::own_trainings(&state.store, &intern).await?;
    let trainings = catalogue
        .into_iter()
        .map(|t| OwnTrainingView {
            training: training_view(t.training),
            sessions: t.sessions.into_iter().map(session_view).collect(),
            mandatory: t.mandatory,
            completed_at: t.completed_at,
            overdue: t.overdue,
        })
        .collect();
    let enrollments = places.into_iter().map(|e| enrollment_view(e, None)).collect();
    Ok(Json(OwnTrainings { trainings, enrollments }))
}

/// Enrols the intern in a session: a seat while any is free, else a place on the waiting list
/// (`seat: waiting` with its `position`), promoted in order when someone cancels.
#[utoipa::path(
    post, path = "/me/training-sessions/{id}/enrollment", tag = "me",
    params(("id" = Uuid, Path, description = "The session's id")),
    security(("session" = [])),
    responses(
        (status = 201, body = EnrollmentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`, `not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_enrolled`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn enroll_in_session(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
) -> Result<(StatusCode, Json<EnrollmentView>), ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let place = trainings::enroll(&state.store, &caller.audit(), &intern, id).await?;
    Ok((StatusCode::CREATED, Json(enrollment_view(place, None))))
}

/// Gives up the intern's place; a freed seat goes to the first on the waiting list.
#[utoipa::path(
    delete, path = "/me/training-sessions/{id}/enrollment", tag = "me",
    params(("id" = Uuid, Path, description = "The session's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = EnrollmentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`, `not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`not_enrolled`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn cancel_enrollment(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
) -> Result<Json<EnrollmentView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let place = trainings::give_up_place(&state.store, &caller.audit(), &intern, id).await?;
    Ok(Json(enrollment_view(place, None)))
}

/// An attendee's feedback.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackBody {
    /// 1 (poor) to 5 (excellent).
    pub rating: u8,
    /// What was good, what could be better.
    pub comment: Option<String>,
}

/// Rates a session the intern attended (again: replaces the rating). Only attendees: anyone else
/// gets 403 `not_an_attendee`.
#[utoipa::path(
    post, path = "/me/training-sessions/{id}/feedback", tag = "me", request_body = FeedbackBody,
    params(("id" = Uuid, Path, description = "The session's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = EnrollmentView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`not_an_attendee`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit_feedback(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
    ApiJson(body): ApiJson<FeedbackBody>,
) -> Result<Json<EnrollmentView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let rated =
        trainings::feedback(&state.store, &caller.audit(), &intern, id, body.rating, body.comment).await?;
    Ok(Json(enrollment_view(rated, None)))
}
