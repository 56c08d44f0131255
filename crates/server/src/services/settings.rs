//! An organisation's settings: the hiring stages new vacancies start with and the reasons a
//! rejection gives, its e-mail templates, and how long it keeps applicants' data.

use crate::services::{Outcome, ServiceError};
use cohort_domain::delivery::Notice;
use cohort_domain::email_template::{NOTICES, Template, check, default_template};
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

/// A template in force: the organisation's own words or Cohort's default.
#[derive(Debug)]
pub struct InForce {
    /// The notice it writes.
    pub notice: Notice,
    /// Its language.
    pub language: Lang,
    /// Its words.
    pub template: Template,
    /// Whether the organisation wrote it.
    pub custom: bool,
}

/// Every notice's template in force in each language.
pub async fn email_templates(store: &Store, org_id: Uuid) -> Outcome<Vec<InForce>> {
    let mut all = Vec::with_capacity(NOTICES.len() * Lang::ALL.len());
    for notice in NOTICES {
        for language in Lang::ALL {
            all.push(email_template(store, org_id, notice, language).await?);
        }
    }
    Ok(all)
}

/// One notice's template in force in `language`.
pub async fn email_template(store: &Store, org_id: Uuid, notice: Notice, language: Lang) -> Outcome<InForce> {
    let own = store.email_template(org_id, notice.as_str(), language).await?;
    let custom = own.is_some();
    let template = own.unwrap_or_else(|| default_template(notice, language));
    Ok(InForce { notice, language, template, custom })
}

/// What `asked` would say to a candidate of `org`, written out with sample values (subject and
/// paragraphs); refused as saving it would be.
pub fn preview_email_template(
    public_url: &str,
    org: &cohort_store::orgs::Org,
    notice: Notice,
    language: Lang,
    asked: &Template,
) -> Outcome<(String, Vec<String>)> {
    let template = Template { subject: asked.subject.trim().to_owned(), body: asked.body.trim().to_owned() };
    let problems = check(notice, &template);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(crate::jobs::mail::sample(public_url, (&org.name, &org.slug), notice, language, &template))
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
