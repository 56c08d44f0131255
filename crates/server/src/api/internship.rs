//! The internship after the offer: teams, interns and their onboarding, mentors and the
//! matching that pairs them, 1-on-1s, goals, evaluations and completion.
//!
//! An intern's private records (1-on-1 notes, goals, evaluations) are the intern's, their
//! mentor's and the coordinators' (recruiters and admins) to read; to anyone else they do not
//! exist (404). The intern reaches their own under `/me`.

use super::list::{ListQuery, ListResponse};
use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters, RoleSet};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, OrgItemPath};
use crate::http::versioning::{IfMatch, etag};
use crate::services::internship::propose_matching;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::access::Role;
use cohort_domain::internship::evaluation::{self, Author, Kind};
use cohort_domain::internship::onboarding::{self, Owner, Parts, TaskState, TemplateTask};
use cohort_domain::internship::training::mandatory_overdue;
use cohort_domain::internship::{GoalStatus, InternStatus, Summary, Viewer, viewer};
use cohort_domain::matching::{Constraints, Pair};
use cohort_domain::validation::Validator;
use cohort_store::internship::{
    Evaluation, Goal, GoalDraft, Intern, InternChange, InternFilter, MatchingRun, MentorDraft, MentorProfile,
    OneOnOne, Task, Team, TeamDraft,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

// ---------------------------------------------------------------- access

/// The intern of the caller's organisation and how the caller relates to them; 404 for anyone
/// who is neither the mentor nor a coordinator.
pub(crate) async fn seen_intern<R: RoleSet>(
    state: &AppState,
    caller: &OrgCaller<R>,
    id: Uuid,
) -> Result<(Intern, Viewer), ApiError> {
    let intern = state.store.intern(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let seen = match caller.user_id() {
        Some(user) => viewer(user, caller.hires(), intern.user_id, intern.mentor_id),
        None => caller.hires().then_some(Viewer::Coordinator),
    };
    seen.map(|v| (intern, v)).ok_or_else(ApiError::not_found)
}

/// The signed-in person's current internship: the newest active one, else the newest.
pub(crate) async fn own_intern(state: &AppState, user_id: Uuid) -> Result<Intern, ApiError> {
    let mine = state.store.own_internships(user_id).await?;
    let current = mine.iter().find(|i| i.status == InternStatus::Active).or(mine.first()).cloned();
    current.ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_an_intern",
            "You have no internship (yet): accept an offer first.",
        )
    })
}

// ---------------------------------------------------------------- teams

/// A team's fields.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamBody {
    /// Its name, unique in the organisation.
    pub name: String,
    /// What it does.
    #[serde(default)]
    pub description: String,
    /// The member who leads it (accepts shadowing guests, completes team-lead tasks).
    pub lead_id: Option<Uuid>,
    /// How many shadowing guests it hosts a week.
    #[serde(default)]
    pub weekly_guests: u32,
}

/// A team.
#[derive(Debug, Serialize, ToSchema)]
pub struct TeamView {
    /// Its id.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// What it does.
    pub description: String,
    /// Its lead.
    pub lead_id: Option<Uuid>,
    /// Shadowing guests a week.
    pub weekly_guests: i32,
}

impl From<Team> for TeamView {
    fn from(t: Team) -> Self {
        TeamView {
            id: t.id,
            name: t.name,
            description: t.description,
            lead_id: t.lead_id,
            weekly_guests: t.weekly_guests,
        }
    }
}

async fn team_draft(state: &AppState, org_id: Uuid, body: TeamBody) -> Result<TeamDraft, ApiError> {
    let mut v = Validator::new();
    let name = v.check("name", cohort_domain::text::Label::parse(&body.name));
    let description = v.text("description", &body.description, 5_000, false);
    if body.weekly_guests > 50 {
        v.fail("weekly_guests", "at most 50 a week");
    }
    if let Some(lead) = body.lead_id
        && state.store.roles_in(org_id, lead).await?.is_empty()
    {
        v.fail("lead_id", "must be a member of the organisation");
    }
    v.finish().map_err(ApiError::validation)?;
    Ok(TeamDraft {
        name: name.map(|n| n.as_str().to_owned()).unwrap_or_default(),
        description,
        lead_id: body.lead_id,
        weekly_guests: body.weekly_guests,
    })
}

/// The organisation's teams.
#[utoipa::path(
    get, path = "/orgs/{org}/teams", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<TeamView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_teams(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<Vec<TeamView>>, ApiError> {
    Ok(Json(state.store.teams(caller.org.id).await?.into_iter().map(TeamView::from).collect()))
}

/// Creates a team.
#[utoipa::path(
    post, path = "/orgs/{org}/teams", tag = "internship", request_body = TeamBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = TeamView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`team_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_team(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<TeamBody>,
) -> Result<(StatusCode, Json<TeamView>), ApiError> {
    let draft = team_draft(&state, caller.org.id, body).await?;
    let team = state.store.create_team(&caller.audit(), caller.org.id, draft).await?;
    Ok((StatusCode::CREATED, Json(team.into())))
}

/// Changes a team.
#[utoipa::path(
    put, path = "/orgs/{org}/teams/{id}", tag = "internship", request_body = TeamBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The team's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TeamView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`team_exists`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_team(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<TeamBody>,
) -> Result<Json<TeamView>, ApiError> {
    let draft = team_draft(&state, caller.org.id, body).await?;
    Ok(Json(state.store.update_team(&caller.audit(), caller.org.id, id, draft).await?.into()))
}

// ---------------------------------------------------------------- onboarding template

/// The onboarding checklist template.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OnboardingTemplateBody {
    /// Tasks: `{"title", "description", "owner": "intern" | "recruiter" | "mentor" | "team_lead",
    /// "due_day": days after the first day (negative: before)}`.
    #[schema(value_type = Vec<Object>)]
    pub tasks: Vec<TemplateTask>,
}

/// The organisation's onboarding checklist template (Cohort's default until it sets its own).
#[utoipa::path(
    get, path = "/orgs/{org}/onboarding-template", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OnboardingTemplateBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_onboarding_template(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<OnboardingTemplateBody>, ApiError> {
    Ok(Json(OnboardingTemplateBody { tasks: state.store.onboarding_template(caller.org.id).await? }))
}

/// Replaces the onboarding template; interns hired from now on get it.
#[utoipa::path(
    put, path = "/orgs/{org}/onboarding-template", tag = "internship", request_body = OnboardingTemplateBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = OnboardingTemplateBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_onboarding_template(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<OnboardingTemplateBody>,
) -> Result<Json<OnboardingTemplateBody>, ApiError> {
    let problems = onboarding::problems(&body.tasks);
    if !problems.is_empty() {
        return Err(ApiError::validation(problems));
    }
    let tasks = body
        .tasks
        .into_iter()
        .map(|t| TemplateTask {
            title: t.title.trim().to_owned(),
            description: t.description.trim().to_owned(),
            ..t
        })
        .collect();
    let tasks = state.store.set_onboarding_template(&caller.audit(), caller.org.id, tasks).await?;
    Ok(Json(OnboardingTemplateBody { tasks }))
}

// ---------------------------------------------------------------- interns

/// How far an intern's onboarding is.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct Progress {
    /// Tasks done.
    pub done: u32,
    /// Tasks in all.
    pub total: u32,
    /// Tasks past their due date and not done.
    pub overdue: u32,
}

impl Progress {
    fn add(&mut self, due_on: NaiveDate, done: bool, today: NaiveDate) {
        self.total += 1;
        match onboarding::state(due_on, done, today) {
            TaskState::Done => self.done += 1,
            TaskState::Overdue => self.overdue += 1,
            TaskState::Open => {}
        }
    }
}

/// An intern.
#[derive(Debug, Serialize, ToSchema)]
pub struct InternView {
    /// Its id.
    pub id: Uuid,
    /// The application that led here.
    pub application_id: Uuid,
    /// The intern's account.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// The programme.
    pub program_id: Option<Uuid>,
    /// Their team.
    pub team_id: Option<Uuid>,
    /// Their mentor.
    pub mentor_id: Option<Uuid>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// The skill profile (grows with completed trainings).
    pub skills: Vec<String>,
    /// Interests (for mentor matching).
    pub interests: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// `active` or `completed`.
    #[schema(value_type = String)]
    pub status: InternStatus,
    /// Onboarding progress.
    pub onboarding: Progress,
    /// Mandatory trainings of the programme not completed by their date (flagged).
    pub overdue_trainings: Vec<Uuid>,
    /// The summary recorded at completion.
    #[schema(value_type = Option<Object>)]
    pub summary: Option<Summary>,
    /// When completed.
    pub completed_at: Option<DateTime<Utc>>,
    /// When the offer was accepted.
    pub created_at: DateTime<Utc>,
}

fn intern_view(i: Intern, onboarding: Progress, overdue_trainings: Vec<Uuid>) -> InternView {
    InternView {
        id: i.id,
        application_id: i.application_id,
        user_id: i.user_id,
        name: i.name,
        program_id: i.program_id,
        team_id: i.team_id,
        mentor_id: i.mentor_id,
        starts_on: i.starts_on,
        ends_on: i.ends_on,
        skills: i.skills,
        interests: i.interests,
        languages: i.languages,
        status: i.status,
        onboarding,
        overdue_trainings,
        summary: i.summary,
        completed_at: i.completed_at,
        created_at: i.created_at,
    }
}

pub(crate) async fn intern_views(
    state: &AppState,
    interns: Vec<Intern>,
) -> Result<Vec<InternView>, ApiError> {
    let today = Utc::now().date_naive();
    let mut progress: HashMap<Uuid, Progress> = HashMap::new();
    for (intern, due, done) in state.store.onboarding_progress(interns.iter().map(|i| i.id).collect()).await?
    {
        progress.entry(intern).or_default().add(due, done, today);
    }
    let completed: HashSet<(Uuid, Uuid)> =
        state.store.completions_of(interns.iter().map(|i| i.id).collect()).await?.into_iter().collect();
    let mut mandatory = HashMap::new();
    for program in interns.iter().filter_map(|i| i.program_id).collect::<HashSet<_>>() {
        mandatory.insert(program, state.store.mandatory_trainings(program).await?);
    }
    Ok(interns
        .into_iter()
        .map(|i| {
            let p = progress.remove(&i.id).unwrap_or_default();
            let overdue = i
                .program_id
                .and_then(|program| mandatory.get(&program))
                .into_iter()
                .flatten()
                .filter(|t| {
                    let done = completed.contains(&(i.id, t.id));
                    i.status == InternStatus::Active && mandatory_overdue(t.draft.complete_by, done, today)
                })
                .map(|t| t.id)
                .collect();
            intern_view(i, p, overdue)
        })
        .collect())
}

/// One intern's view.
pub(crate) async fn intern_view_of(state: &AppState, intern: Intern) -> Result<InternView, ApiError> {
    let mut views = intern_views(state, vec![intern]).await?;
    views.pop().ok_or_else(ApiError::not_found)
}

/// Filters of the interns list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct InternsQuery {
    /// Of one programme.
    pub program_id: Option<Uuid>,
    /// In one team.
    pub team_id: Option<Uuid>,
    /// Mentored by this member.
    pub mentor_id: Option<Uuid>,
    /// Items per page, 1 to 200 (default 50).
    pub limit: Option<u64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The organisation's interns with their onboarding progress. Coordinators see all; a mentor
/// sees their own mentees.
#[utoipa::path(
    get, path = "/orgs/{org}/interns", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), InternsQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ListResponse<InternView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_interns(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiQuery(query): ApiQuery<InternsQuery>,
) -> Result<Json<ListResponse<InternView>>, ApiError> {
    let page = ListQuery { limit: query.limit, cursor: query.cursor }.page()?;
    let mut filter =
        InternFilter { program_id: query.program_id, team_id: query.team_id, mentor_id: query.mentor_id };
    if !caller.hires() {
        filter.mentor_id = Some(caller.user_id().ok_or_else(ApiError::not_found)?);
    }
    let found = state.store.interns(caller.org.id, filter, page).await?;
    let next_cursor = found.next.map(|id| id.to_string());
    Ok(Json(ListResponse { items: intern_views(&state, found.items).await?, next_cursor }))
}

/// One intern (their mentor and coordinators).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_intern(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<InternView>, ApiError> {
    let (intern, _) = seen_intern(&state, &caller, id).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}

/// A coordinator's change to an intern: team placement and dates.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InternBody {
    /// The team (null: not placed).
    pub team_id: Option<Uuid>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
}

/// Places an intern in a team and sets their dates.
#[utoipa::path(
    put, path = "/orgs/{org}/interns/{id}", tag = "internship", request_body = InternBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `unknown_team`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_intern(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<InternBody>,
) -> Result<Json<InternView>, ApiError> {
    if body.ends_on <= body.starts_on {
        return Err(ApiError::invalid("ends_on", "must be after starts_on"));
    }
    let change = InternChange { team_id: body.team_id, starts_on: body.starts_on, ends_on: body.ends_on };
    let intern = state.store.update_intern(&caller.audit(), caller.org.id, id, change).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}

/// What completion would record now (trainings, goals, shadowing, 1-on-1s, final evaluations).
#[utoipa::path(
    get, path = "/orgs/{org}/interns/{id}/summary", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Object),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_intern_summary(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Summary>, ApiError> {
    let (intern, _) = seen_intern(&state, &caller, id).await?;
    Ok(Json(match intern.summary.clone() {
        Some(recorded) => recorded,
        None => state.store.internship_summary(&intern).await?,
    }))
}

/// Completes the internship (after the mentor's final evaluation), recording its summary.
#[utoipa::path(
    post, path = "/orgs/{org}/interns/{id}/completion", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The intern's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = InternView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`final_evaluation_missing`, `already_completed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn complete_internship(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<InternView>, ApiError> {
    let intern = state.store.complete_internship(&caller.audit(), caller.org.id, id).await?;
    Ok(Json(intern_view_of(&state, intern).await?))
}

// ---------------------------------------------------------------- onboarding tasks

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
    let mut progress = Progress::default();
    let tasks = tasks
        .into_iter()
        .map(|t| {
            progress.add(t.due_on, t.done_at.is_some(), today);
            task_view(t, today)
        })
        .collect();
    ChecklistView { intern_id, progress, tasks }
}

fn task_view(t: Task, today: NaiveDate) -> TaskView {
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

/// The intern, with the caller's part in their onboarding: 404 unless the caller has one.
async fn onboarding_parts<R: RoleSet>(
    state: &AppState,
    caller: &OrgCaller<R>,
    intern_id: Uuid,
) -> Result<(Intern, Parts), ApiError> {
    let intern = state.store.intern(caller.org.id, intern_id).await?.ok_or_else(ApiError::not_found)?;
    let user = caller.user_id();
    let team_lead = match (intern.team_id, user) {
        (Some(team), Some(user)) => {
            state.store.team(caller.org.id, team).await?.is_some_and(|t| t.lead_id == Some(user))
        }
        _ => false,
    };
    let parts = Parts {
        intern: false,
        recruiter: caller.hires(),
        mentor: user.is_some() && intern.mentor_id == user,
        team_lead,
    };
    if parts == Parts::default() {
        return Err(ApiError::not_found());
    }
    Ok((intern, parts))
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
    let (intern, _) = onboarding_parts(&state, &caller, id).await?;
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
    let (intern, parts) = onboarding_parts(&state, &caller, id).await?;
    let task = finish_task(&state, &caller.audit(), &intern, body.task_id, parts, caller.user_id()).await?;
    Ok(Json(task))
}

pub(crate) async fn finish_task(
    state: &AppState,
    ctx: &cohort_store::audit::Context,
    intern: &Intern,
    task_id: Uuid,
    parts: Parts,
    by: Option<Uuid>,
) -> Result<TaskView, ApiError> {
    let tasks = state.store.onboarding_tasks(intern.id).await?;
    let task = tasks.into_iter().find(|t| t.id == task_id).ok_or_else(ApiError::not_found)?;
    if !onboarding::may_complete(task.owner, parts) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "not_task_owner",
            format!("This task is for the {} to complete.", task.owner.as_str().replace('_', " ")),
        ));
    }
    let done = state.store.complete_task(ctx, intern.id, task_id, by).await?;
    Ok(task_view(done, Utc::now().date_naive()))
}

// ---------------------------------------------------------------- mentors

/// What a mentor declares.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MentorBody {
    /// How many interns at once (0 to 10).
    pub capacity: u32,
    /// Skills.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Interests.
    #[serde(default)]
    pub interests: Vec<String>,
    /// Languages spoken (at least one: matching requires a shared language).
    pub languages: Vec<String>,
    /// Their team.
    pub team_id: Option<Uuid>,
}

/// A mentor's profile and load.
#[derive(Debug, Serialize, ToSchema)]
pub struct MentorView {
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// How many interns at once.
    pub capacity: u32,
    /// Active mentees now.
    pub mentees: u32,
    /// Skills.
    pub skills: Vec<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// Their team.
    pub team_id: Option<Uuid>,
}

async fn mentor_views(state: &AppState, mentors: Vec<MentorProfile>) -> Result<Vec<MentorView>, ApiError> {
    let names: HashMap<Uuid, String> = state
        .store
        .users_by_ids(mentors.iter().map(|m| m.user_id).collect())
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(mentors
        .into_iter()
        .map(|m| MentorView {
            name: names.get(&m.user_id).cloned().unwrap_or_default(),
            user_id: m.user_id,
            capacity: m.draft.capacity,
            mentees: m.mentees,
            skills: m.draft.skills,
            interests: m.draft.interests,
            languages: m.draft.languages,
            team_id: m.draft.team_id,
        })
        .collect())
}

/// The organisation's mentors with their capacity and load.
#[utoipa::path(
    get, path = "/orgs/{org}/mentors", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<MentorView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_mentors(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<Vec<MentorView>>, ApiError> {
    let mentors = state.store.mentors(caller.org.id).await?;
    Ok(Json(mentor_views(&state, mentors).await?))
}

/// Sets a mentor's profile: a mentor sets their own, a coordinator anyone's with the mentor role.
#[utoipa::path(
    put, path = "/orgs/{org}/mentors/{id}", tag = "internship", request_body = MentorBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The mentor's user id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = MentorView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`, `unknown_team`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_mentor(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<MentorBody>,
) -> Result<Json<MentorView>, ApiError> {
    if !(caller.hires() || caller.user_id() == Some(id)) {
        return Err(ApiError::not_found());
    }
    if !state.store.roles_in(caller.org.id, id).await?.contains(&Role::Mentor) {
        return Err(ApiError::not_found());
    }
    let mut v = Validator::new();
    if body.capacity > 10 {
        v.fail("capacity", "at most 10 interns at once");
    }
    let skills = v.labels("skills", &body.skills, 50);
    let interests = v.labels("interests", &body.interests, 50);
    let languages = v.labels("languages", &body.languages, 20);
    if body.languages.is_empty() {
        v.fail("languages", "name at least one language");
    }
    v.finish().map_err(ApiError::validation)?;
    let draft = MentorDraft { capacity: body.capacity, skills, interests, languages, team_id: body.team_id };
    let saved = state.store.set_mentor(&caller.audit(), caller.org.id, id, draft).await?;
    Ok(Json(mentor_views(&state, vec![saved]).await?.remove(0)))
}

// ---------------------------------------------------------------- matching

/// A matching run to propose.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchingBody {
    /// The programme whose interns without a mentor are matched.
    pub program_id: Uuid,
    /// Never pair an intern with the lead of their own team (default true).
    #[serde(default = "yes")]
    pub not_own_team_lead: bool,
}

fn yes() -> bool {
    true
}

/// A proposed or published matching.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchingView {
    /// Its id.
    pub id: Uuid,
    /// The programme.
    pub program_id: Uuid,
    /// `proposed` or `published`.
    pub status: String,
    /// The pairs: `{intern, mentor, score, reasons: [{factor, points, explanation}]}`.
    #[schema(value_type = Vec<Object>)]
    pub pairs: Vec<Pair>,
    /// The sum of the pairs' scores.
    pub total_score: u32,
    /// Interns no allowed mentor had room for.
    pub unmatched: Vec<Uuid>,
    /// When proposed.
    pub created_at: DateTime<Utc>,
    /// When published.
    pub published_at: Option<DateTime<Utc>>,
    /// Raised by every change (the ETag).
    pub version: i32,
}

fn matching_response(run: MatchingRun) -> Response {
    let tag = etag(run.version);
    let view = MatchingView {
        id: run.id,
        program_id: run.program_id,
        status: run.status,
        total_score: run.pairs.iter().map(|p| p.score).sum(),
        pairs: run.pairs,
        unmatched: run.unmatched,
        created_at: run.created_at,
        published_at: run.published_at,
        version: run.version,
    };
    ([(header::ETAG, tag)], Json(view)).into_response()
}

/// Proposes the optimal matching for a programme's interns without a mentor: the highest total
/// score within every mentor's remaining capacity, a shared language, and (by default) never the
/// intern's own team lead; each pair explained. Nothing changes until it is published.
#[utoipa::path(
    post, path = "/orgs/{org}/matching-runs", tag = "internship", request_body = MatchingBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, body = MatchingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_matching_run(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<MatchingBody>,
) -> Result<(StatusCode, Response), ApiError> {
    if state.store.program(caller.org.id, body.program_id).await?.is_none() {
        return Err(ApiError::invalid("program_id", "no such programme"));
    }
    let constraints = Constraints { not_own_team_lead: body.not_own_team_lead };
    let run =
        propose_matching(&state.store, &caller.audit(), caller.org.id, body.program_id, constraints).await?;
    Ok((StatusCode::CREATED, matching_response(run)))
}

/// A matching run.
#[utoipa::path(
    get, path = "/orgs/{org}/matching-runs/{id}", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The run's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = MatchingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_matching_run(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Response, ApiError> {
    let run = state.store.matching_run(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    Ok(matching_response(run))
}

/// One pair changed by the coordinator.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PairOverride {
    /// The intern.
    pub intern_id: Uuid,
    /// Their mentor instead, or null to leave them unmatched for now.
    pub mentor_id: Option<Uuid>,
}

/// Overrides one pair of a proposed run (If-Match: the run's ETag). The new pair must keep the
/// hard constraints and the mentor's capacity; its score is explained like the others.
#[utoipa::path(
    put, path = "/orgs/{org}/matching-runs/{id}/pairs", tag = "internship", request_body = PairOverride,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The run's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = MatchingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`run_published`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`pair_not_allowed`, `mentor_full`, `validation_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_matching_pair(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    IfMatch(version): IfMatch,
    ApiJson(body): ApiJson<PairOverride>,
) -> Result<Response, ApiError> {
    let run = crate::services::internship::override_pair(
        &state.store,
        &caller.audit(),
        caller.org.id,
        id,
        version,
        body.intern_id,
        body.mentor_id,
    )
    .await?;
    Ok(matching_response(run))
}

/// Publishes a proposed run (If-Match): every intern gets their mentor, and interns and mentors
/// are told (`mentor.matched` events; an introduction e-mail to both).
#[utoipa::path(
    post, path = "/orgs/{org}/matching-runs/{id}/publication", tag = "internship",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The run's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = MatchingView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`run_published`, `already_matched`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn publish_matching_run(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    IfMatch(version): IfMatch,
) -> Result<Response, ApiError> {
    let run = state.store.publish_matching_run(&caller.audit(), caller.org.id, id, version).await?;
    Ok(matching_response(run))
}

// ---------------------------------------------------------------- 1-on-1s and goals

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

pub(crate) async fn log_one_on_one(
    state: &AppState,
    ctx: &cohort_store::audit::Context,
    intern: &Intern,
    body: OneOnOneBody,
) -> Result<OneOnOneView, ApiError> {
    let mut v = Validator::new();
    let notes = v.text("notes", &body.notes, 20_000, true);
    if body.action_items.len() > 50 {
        v.fail("action_items", "at most 50");
    }
    let items: Vec<String> = body
        .action_items
        .iter()
        .enumerate()
        .map(|(i, item)| v.text(&format!("action_items[{i}]"), item, 500, true))
        .collect();
    v.finish().map_err(ApiError::validation)?;
    Ok(one_on_one_view(state.store.log_one_on_one(ctx, intern, body.held_on, notes, items).await?))
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
    let (intern, _) = seen_intern(&state, &caller, id).await?;
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
    let (intern, _) = seen_intern(&state, &caller, id).await?;
    Ok((StatusCode::CREATED, Json(log_one_on_one(&state, &caller.audit(), &intern, body).await?)))
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

pub(crate) async fn save_goal(
    state: &AppState,
    ctx: &cohort_store::audit::Context,
    intern: &Intern,
    id: Option<Uuid>,
    body: GoalBody,
) -> Result<GoalView, ApiError> {
    let mut v = Validator::new();
    let title = v.text("title", &body.title, 200, true);
    let description = v.text("description", &body.description, 5_000, false);
    v.finish().map_err(ApiError::validation)?;
    let draft = GoalDraft {
        title,
        description,
        status: body.status.unwrap_or(GoalStatus::Open),
        due_on: body.due_on,
    };
    Ok(goal_view(state.store.save_goal(ctx, intern, id, draft).await?))
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
    let (intern, _) = seen_intern(&state, &caller, id).await?;
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
    let (intern, _) = seen_intern(&state, &caller, id).await?;
    Ok((StatusCode::CREATED, Json(save_goal(&state, &caller.audit(), &intern, None, body).await?)))
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
    let (intern, _) = seen_intern(&state, &caller, intern_id).await?;
    Ok(Json(save_goal(&state, &caller.audit(), &intern, Some(id), body).await?))
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

pub(crate) async fn submit(
    state: &AppState,
    ctx: &cohort_store::audit::Context,
    intern: &Intern,
    author: Author,
    body: EvaluationBody,
) -> Result<EvaluationView, ApiError> {
    let problems = evaluation::problems(&body.ratings, &body.comments);
    if !problems.is_empty() {
        return Err(ApiError::validation(problems));
    }
    let saved = state
        .store
        .submit_evaluation(ctx, intern, body.kind, author, body.ratings, body.comments.trim().to_owned())
        .await?;
    Ok(evaluation_view(saved))
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
    let (intern, _) = seen_intern(&state, &caller, id).await?;
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
    let (intern, seen) = seen_intern(&state, &caller, id).await?;
    if seen != Viewer::Mentor {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "mentor_only",
            "Only the intern's mentor evaluates them.",
        ));
    }
    Ok((StatusCode::CREATED, Json(submit(&state, &caller.audit(), &intern, Author::Mentor, body).await?)))
}
