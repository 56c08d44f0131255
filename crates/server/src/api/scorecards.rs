//! Interview kits and scorecards. An interviewer forms their own judgement first: they read the
//! other scorecards of an application only after submitting their own.

use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, OrgItemPath};
use crate::services::scorecards;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use cohort_domain::pipeline::StageKind;
use cohort_domain::scorecard::{
    Reader, Recommendation, Scorecard, Submitted, Summary, may_read_others, summarise,
};
use cohort_store::PageRequest;
use cohort_store::interviews::InterviewFilter;
use cohort_store::scorecards::StoredScorecard;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// The kit of one interview stage.
#[derive(Debug, Serialize, ToSchema)]
pub struct KitView {
    /// The stage's key.
    pub stage: String,
    /// The stage's name.
    pub name: String,
    /// What interviewers rate, each 1 to 4.
    pub attributes: Vec<String>,
    /// Whether the organisation set these (otherwise the standard kit applies).
    pub custom: bool,
}

/// The attributes to rate.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KitBody {
    /// 1 to 12 attributes, e.g. "API design", "SQL", "Communication", "Presentation of own work".
    pub attributes: Vec<String>,
}

/// The interview kits of a vacancy's HR-chat and interview stages.
#[utoipa::path(
    get, path = "/orgs/{org}/vacancies/{id}/kits", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The vacancy's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<KitView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_kits(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<Vec<KitView>>, ApiError> {
    let vacancy = state.store.vacancy(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let mut kits = Vec::new();
    for stage in vacancy
        .pipeline
        .stages()
        .iter()
        .filter(|s| matches!(s.kind, StageKind::HrChat | StageKind::Interviews))
    {
        let (attributes, custom) = scorecards::kit_for(&state.store, id, &stage.key, stage.kind).await?;
        kits.push(KitView { stage: stage.key.clone(), name: stage.name.clone(), attributes, custom });
    }
    Ok(Json(kits))
}

/// Path of one stage's kit.
#[derive(Debug, Deserialize)]
pub struct KitPath {
    /// The vacancy.
    pub id: Uuid,
    /// The stage's key.
    pub stage: String,
}

/// Sets what interviewers rate at one of a vacancy's interview stages; scorecards already
/// submitted keep what they rated.
#[utoipa::path(
    put, path = "/orgs/{org}/vacancies/{id}/kits/{stage}", tag = "interviews", request_body = KitBody,
    params(
        ("org" = String, Path, description = "The organisation's slug"),
        ("id" = Uuid, Path, description = "The vacancy's id"),
        ("stage" = String, Path, description = "The stage's key"),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = KitView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also a stage that is not an interview stage)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_kit(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(KitPath { id, stage }): ApiPath<KitPath>,
    ApiJson(body): ApiJson<KitBody>,
) -> Result<Json<KitView>, ApiError> {
    let (stage, attributes) =
        scorecards::set_kit(&state.store, &caller.audit(), caller.org.id, id, &stage, &body.attributes)
            .await?;
    Ok(Json(KitView { stage: stage.key, name: stage.name, attributes, custom: true }))
}

/// A scorecard as written.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScorecardBody {
    /// One rating, 1 to 4, per attribute of the stage's kit: `{"SQL": 3, ...}`.
    pub ratings: BTreeMap<String, u8>,
    /// `strong_no`, `no`, `yes` or `strong_yes`.
    #[schema(value_type = String)]
    pub recommendation: Recommendation,
    /// Notes, at most 10,000 characters.
    #[serde(default)]
    pub notes: String,
}

/// A submitted scorecard.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScorecardView {
    /// Its id.
    pub id: Uuid,
    /// The interview.
    pub interview_id: Uuid,
    /// Who wrote it.
    pub interviewer_id: Uuid,
    /// Their name.
    pub interviewer: String,
    /// The ratings.
    pub ratings: BTreeMap<String, u8>,
    /// The overall recommendation.
    #[schema(value_type = String)]
    pub recommendation: Recommendation,
    /// Notes.
    pub notes: String,
    /// When.
    pub submitted_at: DateTime<Utc>,
}

fn card_view(card: StoredScorecard, name: String) -> ScorecardView {
    ScorecardView {
        id: card.id,
        interview_id: card.interview_id,
        interviewer_id: card.interviewer_id,
        interviewer: name,
        ratings: card.card.ratings,
        recommendation: card.card.recommendation,
        notes: card.card.notes,
        submitted_at: card.submitted_at,
    }
}

/// Submits the caller's scorecard for an interview they are on the panel of. Final once sent.
#[utoipa::path(
    post, path = "/orgs/{org}/interviews/{id}/scorecards", tag = "interviews", request_body = ScorecardBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The interview's id")),
    security(("session" = [])),
    responses(
        (status = 201, body = ScorecardView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also when not on the panel)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`scorecard_submitted`, `interview_not_held` (not booked)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (names each attribute)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit_scorecard(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
    ApiJson(body): ApiJson<ScorecardBody>,
) -> Result<(StatusCode, Json<ScorecardView>), ApiError> {
    let me = caller.user_id().ok_or_else(ApiError::not_found)?;
    let card = Scorecard { ratings: body.ratings, recommendation: body.recommendation, notes: body.notes };
    let stored = scorecards::submit(&state.store, &caller.audit(), caller.org.id, me, id, card).await?;
    let name = state.store.users_by_ids(vec![me]).await?.pop().map(|u| u.name).unwrap_or_default();
    Ok((StatusCode::CREATED, Json(card_view(stored, name))))
}

/// An application's scorecards and their summary.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScorecardsView {
    /// Every scorecard, oldest first.
    pub scorecards: Vec<ScorecardView>,
    /// Per attribute the mean and each interviewer's rating; the mean recommendation (1–4).
    #[schema(value_type = Object)]
    pub summary: Summary,
}

/// An application's scorecards: for recruiters always; for an interviewer on one of its panels
/// only once they have submitted their own (403 `own_scorecard_first` until then).
#[utoipa::path(
    get, path = "/orgs/{org}/applications/{id}/scorecards", tag = "interviews",
    params(("org" = String, Path, description = "The organisation's slug"), ("id" = Uuid, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ScorecardsView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`own_scorecard_first`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_scorecards(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
    ApiPath(OrgItemPath { id }): ApiPath<OrgItemPath>,
) -> Result<Json<ScorecardsView>, ApiError> {
    state.store.org_application(caller.org.id, id).await?.ok_or_else(ApiError::not_found)?;
    let cards = state.store.scorecards_of(id).await?;
    let reader = if caller.hires() {
        Reader::Recruiter
    } else {
        let me = caller.user_id().ok_or_else(ApiError::not_found)?;
        let filter = InterviewFilter { application_id: Some(id), panelist: Some(me) };
        let page = PageRequest { after: None, limit: 1 };
        if state.store.org_interviews(caller.org.id, &filter, page).await?.items.is_empty() {
            return Err(ApiError::not_found());
        }
        Reader::Panelist { submitted_own: cards.iter().any(|c| c.interviewer_id == me) }
    };
    if !may_read_others(reader) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "own_scorecard_first",
            "Submit your own scorecard for this application before reading the others.",
        ));
    }
    let summary = summarise(
        &cards
            .iter()
            .map(|c| Submitted { interviewer: c.interviewer_id, card: c.card.clone() })
            .collect::<Vec<_>>(),
    );
    let users = state.store.users_by_ids(cards.iter().map(|c| c.interviewer_id).collect()).await?;
    let scorecards = cards
        .into_iter()
        .map(|c| {
            let name =
                users.iter().find(|u| u.id == c.interviewer_id).map(|u| u.name.clone()).unwrap_or_default();
            card_view(c, name)
        })
        .collect();
    Ok(Json(ScorecardsView { scorecards, summary }))
}
