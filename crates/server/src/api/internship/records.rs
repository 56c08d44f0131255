//! What the pair keeps: 1-on-1s, goals and evaluations.

use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, OrgItemPath};
use crate::services::internship::{self, Evaluating, GoalChange, Meeting};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::internship::evaluation::{self, Author, Kind};
use cohort_domain::internship::{GoalStatus, Viewer};
use cohort_domain::refusal::Refusal;
use cohort_store::internship::{Evaluation, Goal, OneOnOne};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// A 1-on-1 to log.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OneOnOneBody {
    /// The day it was held.
    pub held_on: NaiveDate,
    /// Notes (visible to the pair and the coordinators).
    pub notes: String,
    /// Action items.
    #[serde(default)]
    pub action_items: Vec<String>,
}

/// A logged 1-on-1.
#[derive(Debug, Serialize, ToSchema)]
pub struct OneOnOneView {
    /// Its id.
    pub id: Uuid,
    /// The day.
    pub held_on: NaiveDate,
    /// Notes.
    pub notes: String,
    /// Action items.
    pub action_items: Vec<String>,
    /// Who logged it.
    pub author_id: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
}

pub(crate) fn one_on_one_view(row: OneOnOne) -> OneOnOneView {
    OneOnOneView {
        id: row.id,
        held_on: row.held_on,
        notes: row.notes,
        action_items: serde_json::from_str(&row.action_items).unwrap_or_default(),
        author_id: row.author_id,
        created_at: row.created_at,
    }
}

impl From<OneOnOneBody> for Meeting {
    fn from(body: OneOnOneBody) -> Self {
        Meeting { held_on: body.held_on, notes: body.notes, action_items: body.action_items }
    }
}

/// An intern's 1-on-1s (the intern, their mentor, coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/one-on-ones", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<OneOnOneView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_one_on_ones(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<OneOnOneView>>, ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok(Json(state.store.one_on_ones(intern.id).await?.into_iter().map(one_on_one_view).collect()))
}

/// Logs a 1-on-1 (the mentor, or a coordinator).
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/one-on-ones", tag = "internship", request_body = OneOnOneBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = OneOnOneView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_one_on_one(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<OneOnOneBody>,
) -> Result<(StatusCode, Json<OneOnOneView>), ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok((
        StatusCode::CREATED,
        Json(one_on_one_view(
            internship::log_one_on_one(&state.store, &caller.audit(), &intern, body.into()).await?,
        )),
    ))
}

/// A goal's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalBody {
    /// What.
    pub title: String,
    /// Detail.
    #[serde(default)]
    pub description: String,
    /// `open`, `in_progress`, `met` or `dropped` (default `open`).
    #[schema(value_type = Option<String>)]
    pub status: Option<GoalStatus>,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

/// A goal.
#[derive(Debug, Serialize, ToSchema)]
pub struct GoalView {
    /// Its id.
    pub id: Uuid,
    /// The intern.
    pub intern_id: Uuid,
    /// What.
    pub title: String,
    /// Detail.
    pub description: String,
    /// Where it stands.
    pub status: String,
    /// By when.
    pub due_on: Option<NaiveDate>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn goal_view(g: Goal) -> GoalView {
    GoalView {
        id: g.id,
        intern_id: g.intern_id,
        title: g.title,
        description: g.description,
        status: g.status,
        due_on: g.due_on,
        updated_at: g.updated_at,
    }
}

impl From<GoalBody> for GoalChange {
    fn from(body: GoalBody) -> Self {
        GoalChange {
            title: body.title,
            description: body.description,
            status: body.status,
            due_on: body.due_on,
        }
    }
}

/// An intern's goals (the intern, their mentor, coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/goals", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<GoalView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_goals(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<GoalView>>, ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok(Json(state.store.goals(intern.id).await?.into_iter().map(goal_view).collect()))
}

/// Sets a goal for an intern (their mentor or a coordinator).
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/goals", tag = "internship", request_body = GoalBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = GoalView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_goal(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<GoalBody>,
) -> Result<(StatusCode, Json<GoalView>), ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok((
        StatusCode::CREATED,
        Json(goal_view(
            internship::save_goal(&state.store, &caller.audit(), &intern, None, body.into()).await?,
        )),
    ))
}

/// Changes a goal (the pair, or a coordinator).
#[utoipa::path(
    put, path = "/orgs/{org}/goals/{id}", tag = "internship", request_body = GoalBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The goal's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = GoalView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_goal(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<GoalBody>,
) -> Result<Json<GoalView>, ApiError> {
    let intern_id = state.store.goal_intern(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), intern_id).await?;
    let goal = internship::save_goal(&state.store, &caller.audit(), &intern, Some(id), body.into()).await?;
    Ok(Json(goal_view(goal)))
}

// ---------------------------------------------------------------- evaluations

/// An evaluation to submit.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationBody {
    /// `midterm` or `final`.
    #[schema(value_type = String)]
    pub kind: Kind,
    /// A rating of 1–5 for each criterion of the rubric: `technical_skills`, `communication`,
    /// `teamwork`, `ownership`, `learning`.
    pub ratings: BTreeMap<String, u8>,
    /// Comments.
    #[serde(default)]
    pub comments: String,
}

/// A submitted evaluation.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluationView {
    /// Its id.
    pub id: Uuid,
    /// `midterm` or `final`.
    #[schema(value_type = String)]
    pub kind: Kind,
    /// `mentor` or `intern` (self-assessment).
    #[schema(value_type = String)]
    pub author: Author,
    /// Ratings per criterion.
    pub ratings: BTreeMap<String, u8>,
    /// The average, 1–5.
    pub average: Option<f64>,
    /// Comments.
    pub comments: String,
    /// When.
    pub submitted_at: DateTime<Utc>,
}

pub(crate) fn evaluation_view(e: Evaluation) -> EvaluationView {
    EvaluationView {
        id: e.id,
        kind: e.kind,
        author: e.author,
        average: evaluation::average(&e.ratings),
        ratings: e.ratings,
        comments: e.comments,
        submitted_at: e.submitted_at,
    }
}

impl From<EvaluationBody> for Evaluating {
    fn from(body: EvaluationBody) -> Self {
        Evaluating { kind: body.kind, ratings: body.ratings, comments: body.comments }
    }
}

/// An intern's evaluations and self-assessments (the pair and coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/evaluations", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<EvaluationView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_evaluations(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<EvaluationView>>, ApiError> {
    let (intern, _) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    Ok(Json(state.store.evaluations(intern.id).await?.into_iter().map(evaluation_view).collect()))
}

/// The mentor's midterm or final evaluation of their intern (once each).
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/evaluations", tag = "internship", request_body = EvaluationBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = EvaluationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`mentor_only`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`evaluation_submitted`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit_evaluation(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<EvaluationBody>,
) -> Result<(StatusCode, Json<EvaluationView>), ApiError> {
    let (intern, seen) = internship::seen_intern(&state.store, caller.staff(), id).await?;
    if seen != Viewer::Mentor {
        return Err(Refusal::MentorOnly.into());
    }
    let saved =
        internship::submit_evaluation(&state.store, &caller.audit(), &intern, Author::Mentor, body.into())
            .await?;
    Ok((StatusCode::CREATED, Json(evaluation_view(saved))))
}
