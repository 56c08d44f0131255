//! Teams (where interns are placed, whose lead hosts shadowing guests) and the onboarding
//! checklist template every new intern gets.

use crate::services::{Outcome, ServiceError};
use cohort_domain::internship::onboarding::{self, TemplateTask};
use cohort_domain::validation::Validator;
use cohort_domain::validation::problem;
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::internship::{Team, TeamDraft};
use uuid::Uuid;

/// Creates a team (`id`: none) or changes one, its fields checked first: a name, a description of
/// at most 5,000 characters, at most 50 guests a week, a lead who is a member.
pub async fn save_team(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    id: Option<Uuid>,
    asked: TeamDraft,
) -> Outcome<Team> {
    let mut v = Validator::new();
    let name = v.check("name", cohort_domain::text::Label::parse(&asked.name));
    let description = v.text("description", &asked.description, 5_000, false);
    if asked.weekly_guests > 50 {
        v.fail("weekly_guests", problem::of("weekly-guests"));
    }
    if let Some(lead) = asked.lead_id
        && store.roles_in(org_id, lead).await?.is_empty()
    {
        v.fail("lead_id", problem::not_member());
    }
    v.finish().map_err(ServiceError::Invalid)?;
    let draft = TeamDraft {
        name: name.map(|n| n.as_str().to_owned()).unwrap_or_default(),
        description,
        lead_id: asked.lead_id,
        weekly_guests: asked.weekly_guests,
    };
    Ok(match id {
        None => store.create_team(ctx, org_id, draft).await?,
        Some(id) => store.update_team(ctx, org_id, id, draft).await?,
    })
}

/// Replaces the onboarding checklist template; interns hired from now on get it.
pub async fn set_onboarding_template(
    store: &Store,
    ctx: &Context,
    org_id: Uuid,
    tasks: Vec<TemplateTask>,
) -> Outcome<Vec<TemplateTask>> {
    let problems = onboarding::problems(&tasks);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let tasks = tasks
        .into_iter()
        .map(|t| TemplateTask {
            title: t.title.trim().to_owned(),
            description: t.description.trim().to_owned(),
            ..t
        })
        .collect();
    Ok(store.set_onboarding_template(ctx, org_id, tasks).await?)
}
