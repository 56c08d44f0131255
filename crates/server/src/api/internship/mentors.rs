//! Mentors (their capacity and load) and the matching that pairs them with interns.

use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, OrgItemPath};
use crate::http::versioning::{IfMatch, etag};
use crate::services::internship::{self, propose_matching};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::matching::{Constraints, Pair};
use cohort_store::internship::{MatchingRun, MentorDraft, MentorProfile};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

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
    let asked = MentorDraft {
        capacity: body.capacity,
        skills: body.skills,
        interests: body.interests,
        languages: body.languages,
        team_id: body.team_id,
    };
    let saved = internship::set_mentor(&state.store, &caller.audit(), caller.staff(), id, asked).await?;
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
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The run's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
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
    if_match: IfMatch,
    ApiJson(body): ApiJson<PairOverride>,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.matching_run(caller.org.id, id).await?.map(|r| r.version)) })
        .await?;
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
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The run's id"), ("If-Match" = String, Header, description = "The ETag last read, or `*` for whatever is current")),
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
    if_match: IfMatch,
) -> Result<Response, ApiError> {
    let version = if_match
        .version(async { Ok(state.store.matching_run(caller.org.id, id).await?.map(|r| r.version)) })
        .await?;
    let run = internship::publish_matching(&state.store, &caller.audit(), caller.org.id, id, version).await?;
    Ok(matching_response(run))
}
