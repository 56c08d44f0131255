//! An organisation's settings: the hiring stages new vacancies start with and the reasons a
//! rejection gives, its e-mail templates, and how long it keeps applicants' data.

use crate::services::{Outcome, ServiceError};
use cohort_domain::delivery::Notice;
use cohort_domain::email_template::{Template, check};
use cohort_domain::language::Lang;
use cohort_domain::phrase::Said;
use cohort_domain::pipeline::{Pipeline, Stage, check_reasons};
use cohort_domain::retention::Policy;
use cohort_domain::validation::FieldError;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::hiring_settings::HiringSettings;
use uuid::Uuid;

/// Replaces the stage template (vacancies already made keep theirs), the rejection reasons and
/// whether applicants' public GitHub repositories suggest skills; each part checked first.
pub async fn save_hiring(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    stages: Vec<Stage>,
    reasons: &[String],
    github_enrichment: bool,
) -> Outcome<HiringSettings> {
    let mut problems = Vec::new();
    let template =
        Pipeline::new(stages).map_err(|e| problems.push(FieldError::new("stage_template", e.said()))).ok();
    if let Err(message) = check_reasons(reasons) {
        problems.push(FieldError::new("rejection_reasons", message));
    }
    let Some(template) = template.filter(|_| problems.is_empty()) else {
        return Err(ServiceError::Invalid(problems));
    };
    let rejection_reasons = reasons.iter().map(|r| r.trim().to_owned()).collect();
    let settings = HiringSettings { template, rejection_reasons, github_enrichment };
    Ok(store.save_hiring_settings(ctx, org_id, settings).await?)
}

/// Sets the organisation's own text for a notice; only the notice's placeholders are allowed.
pub async fn save_email_template(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    notice: Notice,
    language: Lang,
    asked: Template,
) -> Outcome<Template> {
    let template = Template { subject: asked.subject.trim().to_owned(), body: asked.body.trim().to_owned() };
    let problems = check(notice, &template);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(store.set_email_template(ctx, org_id, notice.as_str(), language, template).await?)
}

/// Goes back to Cohort's text for a notice; not found when the organisation had none of its own.
pub async fn reset_email_template(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    notice: Notice,
    language: Lang,
) -> Outcome<()> {
    if store.reset_email_template(ctx, org_id, notice.as_str(), language).await? {
        Ok(())
    } else {
        Err(ServiceError::NotFound)
    }
}

/// Sets how long the organisation keeps applicants' data.
pub async fn set_retention(store: &Store, ctx: &Context, org_id: Uuid, policy: Policy) -> Outcome<Policy> {
    Ok(store.set_retention_policy(ctx, org_id, policy).await?)
}
