//! The organisation's own words for the e-mails Cohort sends on its behalf.

use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::error::{ApiError, Problem};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery};
use crate::services::settings;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use cohort_domain::email_template::{Template, notice, placeholders};
use cohort_domain::language::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A template as written.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateBody {
    /// The subject line; `{placeholders}` allowed.
    pub subject: String,
    /// Plain text, paragraphs separated by blank lines; `{placeholders}` allowed.
    pub body: String,
}

/// A template in force.
#[derive(Debug, Serialize, ToSchema)]
pub struct TemplateView {
    /// The notice, e.g. `rejection`.
    pub notice: String,
    /// Its language: `en` or `nl` (a candidate gets the one they applied in).
    #[schema(value_type = String, example = "nl")]
    pub language: Lang,
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
    /// Whether the organisation wrote it (otherwise it is the default).
    pub custom: bool,
    /// The placeholders this notice provides.
    pub placeholders: Vec<String>,
}

fn view(found: settings::InForce) -> TemplateView {
    TemplateView {
        notice: found.notice.as_str().to_owned(),
        language: found.language,
        subject: found.template.subject,
        body: found.template.body,
        custom: found.custom,
        placeholders: placeholders(found.notice).iter().map(|p| format!("{{{p}}}")).collect(),
    }
}

/// Which language's template.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    /// `en` (the default) or `nl`.
    #[param(value_type = Option<String>)]
    pub language: Option<Lang>,
}

/// Path of one template.
#[derive(Debug, Deserialize)]
pub struct TemplatePath {
    /// The notice's name.
    pub notice: String,
}

/// Every e-mail's template in force in each language, the organisation's own or the default.
#[utoipa::path(
    get, path = "/orgs/{org}/email-templates", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = Vec<TemplateView>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_email_templates(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
) -> Result<Json<Vec<TemplateView>>, ApiError> {
    let all = settings::email_templates(&state.store, caller.org.id).await?;
    Ok(Json(all.into_iter().map(view).collect()))
}

/// Replaces one e-mail's words in one language for this organisation.
///
/// `?language=nl` for the Dutch text; English by default.
#[utoipa::path(
    put, path = "/orgs/{org}/email-templates/{notice}", tag = "orgs", request_body = TemplateBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("notice" = String, Path, description = "The notice, e.g. `rejection`"), LanguageQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = TemplateView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also an unknown notice)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (names unknown placeholders)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_email_template(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(TemplatePath { notice: name }): ApiPath<TemplatePath>,
    ApiQuery(LanguageQuery { language }): ApiQuery<LanguageQuery>,
    ApiJson(body): ApiJson<TemplateBody>,
) -> Result<Json<TemplateView>, ApiError> {
    let notice = notice(&name).ok_or_else(ApiError::not_found)?;
    let language = language.unwrap_or_default();
    let template = Template { subject: body.subject, body: body.body };
    let saved = settings::save_email_template(
        &state.store,
        &caller.audit(),
        caller.org.id,
        notice,
        language,
        template,
    )
    .await?;
    Ok(Json(view(settings::InForce { notice, language, template: saved, custom: true })))
}

/// An e-mail as a template would write it, with sample values.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewView {
    /// The subject line, filled in.
    pub subject: String,
    /// The body's paragraphs, filled in.
    pub paragraphs: Vec<String>,
}

/// Writes out a template with sample values without saving it: what a candidate would read.
///
/// `?language=nl` for the Dutch sample values; English by default.
#[utoipa::path(
    post, path = "/orgs/{org}/email-templates/{notice}/preview", tag = "orgs", request_body = TemplateBody,
    params(("org" = String, Path, description = "The organisation's slug"), ("notice" = String, Path, description = "The notice, e.g. `rejection`"), LanguageQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, body = PreviewView),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found` (also an unknown notice)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (names unknown placeholders)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn preview_email_template(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(TemplatePath { notice: name }): ApiPath<TemplatePath>,
    ApiQuery(LanguageQuery { language }): ApiQuery<LanguageQuery>,
    ApiJson(body): ApiJson<TemplateBody>,
) -> Result<Json<PreviewView>, ApiError> {
    let notice = notice(&name).ok_or_else(ApiError::not_found)?;
    let template = Template { subject: body.subject, body: body.body };
    let public_url = state.config.public_url();
    let (subject, paragraphs) = settings::preview_email_template(
        &public_url,
        &caller.org,
        notice,
        language.unwrap_or_default(),
        &template,
    )?;
    Ok(Json(PreviewView { subject, paragraphs }))
}

/// Goes back to the default words for one e-mail in one language.
///
/// `?language=nl` for the Dutch text; English by default.
#[utoipa::path(
    delete, path = "/orgs/{org}/email-templates/{notice}", tag = "orgs",
    params(("org" = String, Path, description = "The organisation's slug"), ("notice" = String, Path, description = "The notice, e.g. `rejection`"), LanguageQuery),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "The default applies again"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no template of its own", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_email_template(
    State(state): State<AppState>,
    caller: OrgCaller<Recruiters>,
    ApiPath(TemplatePath { notice: name }): ApiPath<TemplatePath>,
    ApiQuery(LanguageQuery { language }): ApiQuery<LanguageQuery>,
) -> Result<StatusCode, ApiError> {
    let notice = notice(&name).ok_or_else(ApiError::not_found)?;
    let language = language.unwrap_or_default();
    settings::reset_email_template(&state.store, &caller.audit(), caller.org.id, notice, language).await?;
    Ok(StatusCode::NO_CONTENT)
}
