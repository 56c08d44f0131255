//! An organisation's hiring settings: the stages every new vacancy starts with, and the
//! reasons applications are rejected with.

use crate::auth::OrgCaller;
use crate::auth::caller::{Members, Recruiters};
use crate::error::{ApiError, Problem};
use crate::http::extract::ApiJson;
use crate::services::settings;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use cohort_domain::pipeline::Stage;
use cohort_store::hiring_settings::HiringSettings;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The settings.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HiringSettingsBody {
    /// The stages new vacancies start with (vacancies already made keep theirs):
    /// `[{"key", "name", "kind", "skippable"}]`.
    #[schema(value_type = Vec<Object>)]
    pub stage_template: Vec<Stage>,
    /// 1 to 30 reasons an application may be rejected with.
    pub rejection_reasons: Vec<String>,
    /// Read applicants' public GitHub repositories to suggest skills (default off).
    #[serde(default)]
    pub github_enrichment: bool,
}

impl From<HiringSettings> for HiringSettingsBody {
    fn from(settings: HiringSettings) -> Self {
        HiringSettingsBody {
            stage_template: settings.template.stages().to_vec(),
            rejection_reasons: settings.rejection_reasons,
            github_enrichment: settings.github_enrichment,
        }
    }
}

/// The organisation's hiring settings (the standard ones until it saves its own).
#[utoipa::path(
    get, path = "/orgs/{org}/hiring-settings", tag = "hiring",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = HiringSettingsBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_hiring_settings(
    State(state): State<AppState>,
    caller: OrgCaller<Members>,
) -> Result<Json<HiringSettingsBody>, ApiError> {
    Ok(Json(state.store.hiring_settings(caller.org.id).await?.into()))
}

/// Replaces the organisation's stage template and rejection reasons.
#[utoipa::path(
    put, path = "/orgs/{org}/hiring-settings", tag = "hiring", request_body = HiringSettingsBody,
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = HiringSettingsBody),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_hiring_settings(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiJson(body): ApiJson<HiringSettingsBody>,
) -> Result<Json<HiringSettingsBody>, ApiError> {
    let (stages, reasons) = (body.stage_template, &body.rejection_reasons);
    let saved = settings::save_hiring(
        &state.store,
        &caller.audit(),
        caller.org.id,
        stages,
        reasons,
        body.github_enrichment,
    )
    .await?;
    Ok(Json(saved.into()))
}
