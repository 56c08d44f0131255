//! The interns page: coordinators see every intern, a mentor their mentees — with team, mentor,
//! dates, onboarding progress and mandatory trainings past their date.

use super::kit::Layout;
use super::kit::OrgPage;
use crate::auth::caller::Members;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::internship::{self, Standing};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use cohort_store::PageRequest;
use cohort_store::internship::InternFilter;
use std::collections::HashMap;
use uuid::Uuid;

struct Row {
    id: Uuid,
    name: String,
    team: String,
    mentor: String,
    period: String,
    done: u32,
    total: u32,
    overdue: u32,
    trainings_overdue: usize,
    status: String,
}

#[derive(Template)]
#[template(path = "interns.html")]
struct InternsPage {
    layout: Layout,
    name: String,
    slug: String,
    coordinator: bool,
    rows: Vec<Row>,
}

/// `GET /orgs/{org}/interns`.
pub async fn interns_page(
    State(state): State<AppState>,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let mut filter = InternFilter::default();
        if !caller.hires() {
            filter.mentor_id = Some(caller.user_id().ok_or(ServiceError::NotFound)?);
        }
        let interns =
            state.store.interns(caller.org.id, filter, PageRequest { limit: 500, after: None }).await?.items;
        let standings = internship::standings(&state.store, interns).await?;
        let teams: HashMap<Uuid, String> =
            state.store.teams(caller.org.id).await?.into_iter().map(|t| (t.id, t.name)).collect();
        let mentors =
            state.store.user_names(standings.iter().filter_map(|s| s.intern.mentor_id).collect()).await?;
        let rows = standings
            .into_iter()
            .map(|Standing { intern: v, onboarding, overdue_trainings }| Row {
                id: v.id,
                name: v.name,
                team: v.team_id.and_then(|t| teams.get(&t).cloned()).unwrap_or_else(|| "—".into()),
                mentor: v
                    .mentor_id
                    .and_then(|m| mentors.get(&m).cloned())
                    .unwrap_or_else(|| i18n::t(lang, "interns-not-matched", &[])),
                period: super::internship::period(lang, v.starts_on, v.ends_on),
                done: onboarding.done,
                total: onboarding.total,
                overdue: onboarding.overdue,
                trainings_overdue: overdue_trainings.len(),
                status: v.status.as_str().into(),
            })
            .collect();
        Ok::<_, ServiceError>(InternsPage {
            layout,
            name: caller.org.name.clone(),
            slug: caller.org.slug.clone(),
            coordinator: caller.hires(),
            rows,
        })
    }
    .await;
    super::rendered(built)
}
