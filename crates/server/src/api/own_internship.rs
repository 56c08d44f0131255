//! The intern's own side of the internship under `/me`: their record, onboarding checklist,
//! mentor with the 1-on-1 log and goals, and evaluations.

use super::internship::{
    ChecklistView, EvaluationBody, EvaluationView, GoalBody, GoalView, InternView, OneOnOneBody,
    OneOnOneView, TaskCompletionBody, TaskView, checklist, evaluation_view, goal_view, one_on_one_view,
    task_view,
};
use crate::auth::PersonCaller;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath};
use crate::services::internship;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use cohort_domain::internship::evaluation::Author;
use cohort_domain::internship::onboarding::Parts;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// The path of one of the person's own items.
#[derive(Debug, Deserialize)]
pub struct OwnItemPath {
    /// The item's id.
    pub id: Uuid,
}

/// The signed-in intern's current internship, with their onboarding progress.
#[utoipa::path(
    get, path = "/me/internship", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_internship(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<InternView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(super::internship::intern_view_of(&state, intern).await?))
}

/// What an intern says about themselves.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnInternshipBody {
    /// Interests (for mentor matching).
    pub interests: Vec<String>,
    /// Languages spoken (a mentor must share one); unchanged when left out.
    pub languages: Option<Vec<String>>,
}

/// Sets the intern's interests and languages (mentor matching scores shared interests and
/// requires a shared language).
#[utoipa::path(
    put, path = "/me/internship", tag = "me", request_body = OwnInternshipBody,
    security(("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_own_internship(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<OwnInternshipBody>,
) -> Result<Json<InternView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let languages = body.languages.as_deref();
    let intern =
        internship::set_preferences(&state.store, &caller.audit(), &intern, &body.interests, languages)
            .await?;
    Ok(Json(super::internship::intern_view_of(&state, intern).await?))
}

/// The intern's onboarding checklist: every task with its owner, due date and state (overdue
/// tasks flagged).
#[utoipa::path(
    get, path = "/me/onboarding", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = ChecklistView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_onboarding(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<ChecklistView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(checklist(intern.id, state.store.onboarding_tasks(intern.id).await?)))
}

/// Completes one of the intern's own tasks (those whose owner is `intern`).
#[utoipa::path(
    post, path = "/me/onboarding", tag = "me", request_body = TaskCompletionBody,
    security(("session" = [])),
    responses(
        (status = 200, body = TaskView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`not_task_owner`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`, `not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`task_done`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn complete_own_onboarding_task(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<TaskCompletionBody>,
) -> Result<Json<TaskView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let parts = Parts { intern: true, ..Parts::default() };
    let by = Some(caller.user.id);
    let task =
        internship::finish_task(&state.store, &caller.audit(), &intern, body.task_id, parts, by).await?;
    Ok(Json(task_view(task, chrono::Utc::now().date_naive())))
}

/// The intern's mentor.
#[derive(Debug, Serialize, ToSchema)]
pub struct MentorContact {
    /// Their user id.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their e-mail.
    pub email: String,
}

/// The intern's mentorship: who the mentor is, the 1-on-1 log and the goals.
#[derive(Debug, Serialize, ToSchema)]
pub struct MentorshipView {
    /// The mentor, once matched.
    pub mentor: Option<MentorContact>,
    /// 1-on-1s, newest first.
    pub one_on_ones: Vec<OneOnOneView>,
    /// Goals.
    pub goals: Vec<GoalView>,
}

/// The intern's mentor, 1-on-1 log and goals.
#[utoipa::path(
    get, path = "/me/mentorship", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = MentorshipView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_own_mentorship(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<MentorshipView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let mentor = match intern.mentor_id {
        Some(id) => state.store.users_by_ids(vec![id]).await?.pop().map(|u| MentorContact {
            id: u.id,
            name: u.name,
            email: u.email,
        }),
        None => None,
    };
    Ok(Json(MentorshipView {
        mentor,
        one_on_ones: state.store.one_on_ones(intern.id).await?.into_iter().map(one_on_one_view).collect(),
        goals: state.store.goals(intern.id).await?.into_iter().map(goal_view).collect(),
    }))
}

/// Logs a 1-on-1 from the intern's side.
#[utoipa::path(
    post, path = "/me/mentorship/one-on-ones", tag = "me", request_body = OneOnOneBody,
    security(("session" = [])),
    responses(
        (status = 201, body = OneOnOneView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_own_one_on_one(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<OneOnOneBody>,
) -> Result<(StatusCode, Json<OneOnOneView>), ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let logged = internship::log_one_on_one(&state.store, &caller.audit(), &intern, body.into()).await?;
    Ok((StatusCode::CREATED, Json(one_on_one_view(logged))))
}

/// Sets one of the intern's own goals.
#[utoipa::path(
    post, path = "/me/goals", tag = "me", request_body = GoalBody,
    security(("session" = [])),
    responses(
        (status = 201, body = GoalView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_own_goal(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<GoalBody>,
) -> Result<(StatusCode, Json<GoalView>), ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let goal = internship::save_goal(&state.store, &caller.audit(), &intern, None, body.into()).await?;
    Ok((StatusCode::CREATED, Json(goal_view(goal))))
}

/// Changes one of the intern's goals (its status, say).
#[utoipa::path(
    put, path = "/me/goals/{id}", tag = "me", request_body = GoalBody,
    params(("id" = Uuid, Path, description = "The goal's id")),
    security(("session" = [])),
    responses(
        (status = 200, body = GoalView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_own_goal(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(OwnItemPath { id }): ApiPath<OwnItemPath>,
    ApiJson(body): ApiJson<GoalBody>,
) -> Result<Json<GoalView>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let goal = internship::save_goal(&state.store, &caller.audit(), &intern, Some(id), body.into()).await?;
    Ok(Json(goal_view(goal)))
}

/// The intern's evaluations: the mentor's and their own self-assessments.
#[utoipa::path(
    get, path = "/me/evaluations", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<EvaluationView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_own_evaluations(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Json<Vec<EvaluationView>>, ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    Ok(Json(state.store.evaluations(intern.id).await?.into_iter().map(evaluation_view).collect()))
}

/// The intern's midterm or final self-assessment (once each).
#[utoipa::path(
    post, path = "/me/evaluations", tag = "me", request_body = EvaluationBody,
    security(("session" = [])),
    responses(
        (status = 201, body = EvaluationView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_an_intern`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`evaluation_submitted`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit_own_evaluation(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiJson(body): ApiJson<EvaluationBody>,
) -> Result<(StatusCode, Json<EvaluationView>), ApiError> {
    let intern = internship::own_intern(&state.store, caller.user.id).await?;
    let saved =
        internship::submit_evaluation(&state.store, &caller.audit(), &intern, Author::Intern, body.into())
            .await?;
    Ok((StatusCode::CREATED, Json(evaluation_view(saved))))
}
