//! Retention, access and erasure: an organisation's retention policy and what falls due under
//! it soon; a candidate's export of everything held about them and the deletion of their
//! account; an admin's erasure of what the organisation holds about one person.

use crate::auth::caller::{Admins, Recruiters};
use crate::auth::{OrgCaller, PersonCaller};
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery};
use crate::services::privacy;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cohort_domain::retention::{Policy, Rule};
use cohort_store::erasure::{Scope, Trigger};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// How long an organisation keeps applicants' and interns' data, in days.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionPolicyBody {
    /// After a procedure ends in rejection or withdrawal, without consent: 1 to 28 (four weeks,
    /// the Dutch DPA's limit).
    #[schema(example = 28)]
    pub after_procedure_days: u32,
    /// After a procedure ends, with the candidate's consent to keep it for future vacancies:
    /// up to 365.
    #[schema(example = 365)]
    pub with_consent_days: u32,
    /// After an internship is completed: up to 2555 (seven years).
    #[schema(example = 730)]
    pub after_internship_days: u32,
}

impl From<Policy> for RetentionPolicyBody {
    fn from(p: Policy) -> Self {
        RetentionPolicyBody {
            after_procedure_days: p.after_procedure_days,
            with_consent_days: p.with_consent_days,
            after_internship_days: p.after_internship_days,
        }
    }
}

/// The organisation's retention policy (the defaults until it sets one).
#[utoipa::path(
    get, path = "/orgs/{org}/retention-policy", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = RetentionPolicyBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_retention_policy(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
) -> Result<Json<RetentionPolicyBody>, ApiError> {
    Ok(Json(state.store.retention_policy(caller.org.id).await?.into()))
}

/// Sets the organisation's retention policy (admins), within the law's bounds.
#[utoipa::path(
    put, path = "/orgs/{org}/retention-policy", tag = "orgs", request_body = RetentionPolicyBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = RetentionPolicyBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_retention_policy(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<RetentionPolicyBody>,
) -> Result<Json<RetentionPolicyBody>, ApiError> {
    let policy = Policy::new(body.after_procedure_days, body.with_consent_days, body.after_internship_days)
        .map_err(ApiError::validation)?;
    Ok(Json(
        crate::services::settings::set_retention(&state.store, &caller.audit(), caller.org.id, policy)
            .await?
            .into(),
    ))
}

/// Which window of due dates to list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DueQuery {
    /// Days ahead (0 to 365, default 14); what is overdue is always listed.
    pub within_days: Option<u32>,
}

/// A person whose data the organisation must erase soon.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueErasure {
    /// The candidate's account.
    pub candidate_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their applications to the organisation.
    pub applications: usize,
    /// When the data goes (the next retention run after this time erases it).
    pub erase_at: DateTime<Utc>,
    /// Which rule set the date: `after_procedure`, `with_consent`, `consent_withdrawn` or
    /// `after_internship`.
    pub rule: String,
    /// Whether the date has passed (erased at the next run, within the hour).
    pub overdue: bool,
}

/// The list, soonest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueErasures {
    /// The policy in force.
    pub policy: RetentionPolicyBody,
    /// Who, soonest first.
    pub items: Vec<DueErasure>,
}

fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::AfterProcedure => "after_procedure",
        Rule::WithConsent => "with_consent",
        Rule::ConsentWithdrawn => "consent_withdrawn",
        Rule::AfterInternship => "after_internship",
    }
}

/// Whose data the organisation erases within the coming days, and why then.
#[utoipa::path(
    get, path = "/orgs/{org}/retention/due", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), DueQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = DueErasures),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_retention_due(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<DueQuery>,
) -> Result<Json<DueErasures>, ApiError> {
    let now = Utc::now();
    let due =
        crate::services::privacy::due_erasures(&state.store, caller.org.id, query.within_days.unwrap_or(14))
            .await?;
    let items = due
        .into_iter()
        .map(|d| DueErasure {
            candidate_id: d.user_id,
            name: d.name,
            applications: d.applications,
            erase_at: d.erase_at,
            rule: rule_name(d.rule).into(),
            overdue: d.erase_at <= now,
        })
        .collect();
    let policy = state.store.retention_policy(caller.org.id).await?.into();
    Ok(Json(DueErasures { policy, items }))
}

/// Whose data to erase.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ErasureBody {
    /// The candidate's account id (as on their applications).
    pub candidate_id: Uuid,
}

/// What was erased.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasureReport {
    /// Applications anonymised (they stay in the counts, without the person).
    pub applications: usize,
    /// Intern records anonymised.
    pub interns: usize,
}

/// Erases everything the organisation holds about a person (admins): their applications,
/// assessments, offers and intern records keep their counts and lose everything that names them;
/// files, search entries, consents and the view log go; the audit trail names a pseudonym.
#[utoipa::path(
    post, path = "/orgs/{org}/erasures", tag = "orgs", request_body = ErasureBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = ErasureReport),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: the organisation holds nothing about them", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`internship_in_progress`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_erasure(
    State(state): State<AppState>,
    caller: OrgCaller<Admins>,
    ApiJson(body): ApiJson<ErasureBody>,
) -> Result<Json<ErasureReport>, ApiError> {
    let holds = state.store.holds_data_about(caller.org.id, body.candidate_id).await?;
    if !holds {
        return Err(ApiError::not_found());
    }
    let erasure = privacy::erase(
        &state.store,
        &state.blobs,
        &caller.audit(),
        body.candidate_id,
        Scope::Org(caller.org.id),
        Trigger::Admin,
    )
    .await?;
    Ok(Json(ErasureReport { applications: erasure.applications, interns: erasure.interns }))
}

/// Deletes your account and everything held about you, at every organisation. Applications
/// still running are withdrawn. Refused while you are a member of an organisation or an
/// internship of yours runs.
#[utoipa::path(
    delete, path = "/me", tag = "me",
    security(("session" = [])),
    responses(
        (status = 204, description = "Deleted: the session ends"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`member_of_organisation`, `internship_in_progress`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_account(
    State(state): State<AppState>,
    caller: PersonCaller,
) -> Result<Response, ApiError> {
    privacy::erase(
        &state.store,
        &state.blobs,
        &caller.audit(),
        caller.user.id,
        Scope::Everywhere,
        Trigger::Request,
    )
    .await?;
    let cookie = crate::api::auth::session_cookie(&state, "", 0)?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Everything Cohort holds about you, as JSON: your account and profile, applications with their
/// stage histories, interviews, scorecards and case-study grades about you, offers, intern
/// records, consents, sign-ins, and when and why members viewed your data; each field explained
/// (what it is, why it is kept, for how long); uploaded files as links.
#[utoipa::path(
    get, path = "/me/export", tag = "me",
    security(("session" = [])),
    responses(
        (status = 200, description = "The export", body = serde_json::Value),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_export(State(state): State<AppState>, caller: PersonCaller) -> Result<Response, ApiError> {
    let export = state.store.export_person(caller.user.id).await?.ok_or_else(ApiError::not_found)?;
    let mut export = export;
    export["generated_at"] = serde_json::json!(Utc::now());
    let disposition = HeaderValue::from_static("attachment; filename=\"cohort-export.json\"");
    Ok(([(header::CONTENT_DISPOSITION, disposition)], Json(export)).into_response())
}

/// A file in the export.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct FilePath {
    /// The file's name in the export (its SHA-256).
    pub file: String,
}

/// One of your uploaded files (a CV, a case-study submission), as linked from the export.
#[utoipa::path(
    get, path = "/me/export/files/{file}", tag = "me",
    params(FilePath),
    security(("session" = [])),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_export_file(
    State(state): State<AppState>,
    caller: PersonCaller,
    ApiPath(path): ApiPath<FilePath>,
) -> Result<Response, ApiError> {
    let (filename, content_type) =
        state.store.file_of(caller.user.id, &path.file).await?.ok_or_else(ApiError::not_found)?;
    let bytes =
        state.blobs.get(&path.file).await.map_err(ApiError::internal)?.ok_or_else(ApiError::not_found)?;
    let safe: String = filename.chars().filter(|c| !c.is_control() && *c != '"' && *c != '\\').collect();
    let disposition =
        HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")).map_err(ApiError::internal)?;
    let content_type = HeaderValue::from_str(&content_type).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, content_type), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}
