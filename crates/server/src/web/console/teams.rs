//! Teams: where interns are placed, who leads each (and accepts shadowing guests), and how many
//! guests a week it hosts. Adding and changing a team go through the service the API uses.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::{ServiceError, internship};
use crate::state::AppState;
use crate::web::kit::{Layout, OptionalItem, OrgForm, OrgPage, Worded, against, failed, status_of};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use cohort_store::internship::TeamDraft;
use serde::Deserialize;
use uuid::Uuid;

/// A team's form, as typed (or as stored).
#[derive(Debug, Default, Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    /// The lead's user id, or empty for none.
    #[serde(default)]
    lead_id: String,
    #[serde(default)]
    weekly_guests: String,
}

struct TeamRow {
    id: Uuid,
    /// Whether its form was the one refused (shown open).
    open: bool,
    form: TeamForm,
    lead: String,
}

#[derive(Template)]
#[template(path = "console/teams.html")]
struct TeamsPage {
    layout: Layout,
    slug: String,
    teams: Vec<TeamRow>,
    /// Members who may lead a team: user id and name.
    leads: Vec<(Uuid, String)>,
    /// The new team's form.
    new: TeamForm,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

async fn render(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    typed: Option<(Option<Uuid>, TeamForm)>,
    (status, errors): (StatusCode, Vec<Worded>),
    notice: Option<String>,
) -> Response {
    let all = PageRequest { limit: 500, after: None };
    let found = async {
        let teams = state.store.teams_page(caller.org.id, all).await?.items;
        let members = state.store.members_page(caller.org.id, all).await?.items;
        Ok::<_, cohort_store::StoreError>((teams, members))
    }
    .await;
    let (teams, members) = match found {
        Ok(found) => found,
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    let mut leads: Vec<(Uuid, String)> = members.into_iter().map(|m| (m.user.id, m.user.name)).collect();
    leads.sort_by_key(|(_, name)| name.to_lowercase());
    leads.dedup_by_key(|(id, _)| *id);
    let (refused, mut typed) = match typed {
        Some((id, form)) => (id, Some(form)),
        None => (None, None),
    };
    let teams = teams
        .into_iter()
        .map(|t| {
            let lead = t.lead_id.and_then(|id| leads.iter().find(|(l, _)| *l == id)).map(|(_, n)| n.clone());
            let form = match typed.take_if(|_| refused == Some(t.id)) {
                Some(form) => form,
                None => TeamForm {
                    name: t.name,
                    description: t.description,
                    lead_id: t.lead_id.map(|id| id.to_string()).unwrap_or_default(),
                    weekly_guests: t.weekly_guests.to_string(),
                },
            };
            TeamRow { id: t.id, open: refused == Some(t.id), form, lead: lead.unwrap_or_default() }
        })
        .collect();
    let new = typed.filter(|_| refused.is_none()).unwrap_or_default();
    let body =
        TeamsPage { layout, slug: caller.org.slug.clone(), teams, leads, new, errors, notice, alert: None };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/teams`.
pub async fn teams_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let notice = done(&layout, said.done.as_deref(), &["team-added", "team-saved"]);
    render(&state, &caller, layout, None, (StatusCode::OK, Vec::new()), notice).await
}

/// `POST /orgs/{org}/console/teams` (a new team) and `/orgs/{org}/console/teams/{id}` (a change).
pub async fn save_team(
    State(state): State<AppState>,
    OptionalItem(id): OptionalItem,
    OrgForm { caller, form, layout, .. }: OrgForm<Admins, TeamForm>,
) -> Response {
    let saved = async {
        let lead_id = match form.lead_id.trim() {
            "" => None,
            lead => Some(
                Uuid::parse_str(lead).map_err(|_| ServiceError::invalid("lead_id", problem::not_member()))?,
            ),
        };
        let weekly_guests = match form.weekly_guests.trim() {
            "" => 0,
            n => {
                n.parse().map_err(|_| ServiceError::invalid("weekly_guests", problem::of("weekly-guests")))?
            }
        };
        let draft = TeamDraft {
            name: form.name.clone(),
            description: form.description.clone(),
            lead_id,
            weekly_guests,
        };
        internship::save_team(&state.store, &caller.audit(), caller.org.id, id, draft).await
    }
    .await;
    match saved {
        Ok(_) => {
            let key = if id.is_some() { "team-saved" } else { "team-added" };
            Redirect::to(&format!("/orgs/{}/console/teams?done={key}", caller.org.slug)).into_response()
        }
        Err(error) => {
            let errors = against(layout.lang, "name", &error);
            render(&state, &caller, layout, Some((id, form)), (status_of(&error), errors), None).await
        }
    }
}
