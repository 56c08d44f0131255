//! An intern's onboarding checklist and ticking its tasks off.

use super::Progress;
use crate::auth::OrgCaller;
use crate::auth::caller::Members;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, OrgItemPath};
use crate::services::internship;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::internship::onboarding::{self, Owner, TaskState};
use cohort_store::internship::Task;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A task of an intern's checklist.
#[derive(Debug, Serialize, ToSchema)]
pub struct TaskView {
    /// Its id.
    pub id: Uuid,
    /// What to do.
    pub title: String,
    /// How.
    pub description: String,
    /// `intern`, `recruiter`, `mentor` or `team_lead`.
    #[schema(value_type = String)]
    pub owner: Owner,
    /// When it is due.
    pub due_on: NaiveDate,
    /// `done`, `overdue` or `open`.
    #[schema(value_type = String)]
    pub state: TaskState,
    /// When it was done.
    pub done_at: Option<DateTime<Utc>>,
}

/// An intern's checklist.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChecklistView {
    /// The intern.
    pub intern_id: Uuid,
    /// Progress.
    pub progress: Progress,
    /// The tasks, in order.
    pub tasks: Vec<TaskView>,
}

pub(crate) fn checklist(intern_id: Uuid, tasks: Vec<Task>) -> ChecklistView {
    let today = Utc::now().date_naive();
    let progress = internship::progress(&tasks, today).into();
    ChecklistView { intern_id, progress, tasks: tasks.into_iter().map(|t| task_view(t, today)).collect() }
}

pub(crate) fn task_view(t: Task, today: NaiveDate) -> TaskView {
    TaskView {
        id: t.id,
        state: onboarding::state(t.due_on, t.done_at.is_some(), today),
        title: t.title,
        description: t.description,
        owner: t.owner,
        due_on: t.due_on,
        done_at: t.done_at,
    }
}

/// An intern's onboarding checklist (coordinators, their mentor and their team lead).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/onboarding", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ChecklistView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_intern_onboarding(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<ChecklistView>, ApiError> {
    let (intern, _) = internship::onboarding_parts(&state.store, caller.staff(), id).await?;
    Ok(Json(checklist(intern.id, state.store.onboarding_tasks(intern.id).await?)))
}

/// The task to complete.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskCompletionBody {
    /// The task's id.
    pub task_id: Uuid,
}

/// Completes one task of an intern's checklist; only its owner (recruiter, mentor, team lead) may.
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/onboarding", tag = "internship", request_body = TaskCompletionBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TaskView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`not_task_owner`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`task_done`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn complete_onboarding_task(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<TaskCompletionBody>,
) -> Result<Json<TaskView>, ApiError> {
    let (intern, parts) = internship::onboarding_parts(&state.store, caller.staff(), id).await?;
    let task = internship::finish_task(
        &state.store,
        &caller.audit(),
        &intern,
        body.task_id,
        parts,
        caller.user_id(),
    )
    .await?;
    Ok(Json(task_view(task, Utc::now().date_naive())))
}
