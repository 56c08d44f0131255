//! Reports for recruiters: the hiring funnel of a vacancy, a programme or the organisation, and
//! interviewers' load; as JSON, or as CSV to open in a spreadsheet.

use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiQuery;
use crate::services::reports::{hiring, interviewers};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use cohort_domain::talent::spreadsheet_safe;
use cohort_store::reports::ReportScope;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Which applications to report on, and how.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// Only this vacancy's applications.
    pub vacancy_id: Option<Uuid>,
    /// Only this programme's.
    pub program_id: Option<Uuid>,
    /// `json` (default) or `csv`.
    pub format: Option<String>,
    /// For CSV, which table: `funnel` (default), `rejection_reasons`, `sources`, `per_week` or
    /// `by_status`.
    pub table: Option<String>,
}

impl ReportQuery {
    fn scope(&self) -> ReportScope {
        ReportScope { vacancy_id: self.vacancy_id, program_id: self.program_id }
    }

    fn csv(&self) -> Result<bool, ApiError> {
        match self.format.as_deref() {
            None | Some("json") => Ok(false),
            Some("csv") => Ok(true),
            Some(_) => Err(ApiError::invalid("format", "must be json or csv")),
        }
    }
}

fn csv(name: &str, header: &[&str], rows: Vec<Vec<String>>) -> Result<Response, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(ApiError::internal)?;
    for row in rows {
        writer.write_record(row.iter().map(|c| spreadsheet_safe(c))).map_err(ApiError::internal)?;
    }
    let bytes = writer.into_inner().map_err(ApiError::internal)?;
    let disposition =
        HeaderValue::from_str(&format!("attachment; filename=\"{name}.csv\"")).map_err(ApiError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// The hiring report: how many applications reached each stage and the conversion from the
/// stage before, the median hours spent in each stage, the median days to a decision, sources, rejection
/// reasons, applications per week and by status. Erased applications are counted (without the
/// person).
#[utoipa::path(
    get, path = "/orgs/{org}/reports/hiring", tag = "reports",
    params(("org" = String, Path, description = "The organisation's slug"), ReportQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The report (JSON), or one of its tables (CSV)", body = serde_json::Value),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_hiring_report(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<ReportQuery>,
) -> Result<Response, ApiError> {
    let as_csv = query.csv()?;
    let report = hiring(&state.store, caller.org.id, query.scope()).await?;
    if !as_csv {
        return Ok(Json(report).into_response());
    }
    let counts = |rows: &[cohort_domain::reports::Count]| {
        rows.iter().map(|c| vec![c.label.clone(), c.count.to_string()]).collect::<Vec<_>>()
    };
    match query.table.as_deref().unwrap_or("funnel") {
        "funnel" => csv(
            "funnel",
            &["stage", "name", "reached", "conversion", "median_hours"],
            report
                .funnel
                .iter()
                .map(|s| {
                    vec![
                        s.stage.clone(),
                        s.name.clone(),
                        s.reached.to_string(),
                        opt(s.conversion),
                        opt(s.median_hours),
                    ]
                })
                .collect(),
        ),
        "rejection_reasons" => {
            csv("rejection_reasons", &["reason", "count"], counts(&report.rejection_reasons))
        }
        "sources" => csv("sources", &["source", "applications"], counts(&report.sources)),
        "per_week" => csv("per_week", &["week", "applications"], counts(&report.per_week)),
        "by_status" => csv("by_status", &["status", "applications"], counts(&report.by_status)),
        _ => Err(ApiError::invalid(
            "table",
            "must be funnel, rejection_reasons, sources, per_week or by_status",
        )),
    }
}

/// One interviewer's load.
#[derive(Debug, Serialize, ToSchema)]
pub struct InterviewerLoad {
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Interviews they sit on (not cancelled).
    pub interviews: usize,
    /// Scorecards they sent.
    pub scorecards: usize,
    /// Interviews that ended more than a day ago without their scorecard.
    pub overdue_scorecards: usize,
}

/// Interviewers' load: interviews and scorecards per person, and scorecards overdue (more than
/// a day after the interview ended).
#[utoipa::path(
    get, path = "/orgs/{org}/reports/interviewers", tag = "reports",
    params(("org" = String, Path, description = "The organisation's slug"), ReportQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The load per interviewer (JSON or CSV)", body = Vec<InterviewerLoad>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_interviewer_report(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiQuery(query): ApiQuery<ReportQuery>,
) -> Result<Response, ApiError> {
    let as_csv = query.csv()?;
    let load: Vec<InterviewerLoad> = interviewers(&state.store, caller.org.id, query.scope())
        .await?
        .into_iter()
        .map(|(l, name)| InterviewerLoad {
            user_id: l.user_id,
            name,
            interviews: l.interviews,
            scorecards: l.scorecards,
            overdue_scorecards: l.overdue_scorecards,
        })
        .collect();
    if !as_csv {
        return Ok(Json(load).into_response());
    }
    csv(
        "interviewers",
        &["name", "interviews", "scorecards", "overdue_scorecards"],
        load.iter()
            .map(|l| {
                vec![
                    l.name.clone(),
                    l.interviews.to_string(),
                    l.scorecards.to_string(),
                    l.overdue_scorecards.to_string(),
                ]
            })
            .collect(),
    )
}
