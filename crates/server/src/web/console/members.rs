//! Members and invitations: who holds which role; inviting by e-mail (a new person gets a link
//! to choose their password, an existing account a notice); taking a role away (never the last
//! admin's).

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::{ServiceError, members};
use crate::state::AppState;
use crate::web::kit::{Item, Layout, OrgForm, OrgPage, Worded, failed, worded};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::access::Role;
use cohort_store::PageRequest;
use serde::Deserialize;
use uuid::Uuid;

struct Person {
    name: String,
    email: String,
    /// Each role with its membership's id.
    roles: Vec<(Uuid, &'static str)>,
}

#[derive(Template)]
#[template(path = "console/members.html")]
struct MembersPage {
    layout: Layout,
    slug: String,
    people: Vec<Person>,
    roles: Vec<&'static str>,
    typed: InviteForm,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The invitation form.
#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

async fn render(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    typed: InviteForm,
    problems: (StatusCode, Vec<Worded>, Option<String>),
    notice: Option<String>,
) -> Response {
    let listed = state.store.members_page(caller.org.id, PageRequest { limit: 500, after: None }).await;
    let members = match listed {
        Ok(page) => page.items,
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    let mut people: Vec<Person> = Vec::new();
    for member in members {
        let role = member.membership.role.parse::<Role>().map_or("mentor", Role::as_str);
        match people.iter_mut().find(|p| p.email == member.user.email) {
            Some(person) => person.roles.push((member.membership.id, role)),
            None => people.push(Person {
                name: member.user.name,
                email: member.user.email,
                roles: vec![(member.membership.id, role)],
            }),
        }
    }
    people.sort_by_key(|p| p.name.to_lowercase());
    let (status, errors, alert) = problems;
    let body = MembersPage {
        layout,
        slug: caller.org.slug.clone(),
        people,
        roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
        typed,
        errors,
        notice,
        alert,
    };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/members`.
pub async fn members_page(
    State(state): State<AppState>,
    Query(said): Query<Done>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let notice = done(&layout, said.done.as_deref(), &["invited", "removed"]);
    render(&state, &caller, layout, InviteForm::default(), (StatusCode::OK, Vec::new(), None), notice).await
}

/// `POST /orgs/{org}/console/members`: invites a person with a role (or gives an existing member
/// another one).
pub async fn invite(
    State(state): State<AppState>,
    OrgForm { caller, form, layout, .. }: OrgForm<Admins, InviteForm>,
) -> Response {
    let inviter = caller.actor_name();
    let name = Some(form.name.as_str()).filter(|n| !n.trim().is_empty());
    match members::invite(&state.store, &caller.audit(), &caller.org, &inviter, &form.email, name, &form.role)
        .await
    {
        Ok(_) => {
            Redirect::to(&format!("/orgs/{}/console/members?done=invited", caller.org.slug)).into_response()
        }
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let problems = match crate::web::kit::fields(&error) {
                [] => (status, Vec::new(), Some(crate::web::kit::in_words(layout.lang, &error))),
                fields => (status, worded(layout.lang, fields), None),
            };
            render(&state, &caller, layout, form, problems, None).await
        }
    }
}

/// The form that takes a role away (it holds only its token).
#[derive(Debug, Deserialize)]
pub struct RemoveForm {}

/// `POST /orgs/{org}/console/members/{id}/remove`: takes one role away (`id`: the membership).
pub async fn remove_role(
    State(state): State<AppState>,
    Item(id): Item,
    OrgForm { caller, layout, .. }: OrgForm<Admins, RemoveForm>,
) -> Response {
    match members::remove(&state.store, &caller.audit(), caller.org.id, id).await {
        Ok(()) => {
            Redirect::to(&format!("/orgs/{}/console/members?done=removed", caller.org.slug)).into_response()
        }
        Err(ServiceError::NotFound) => crate::web::kit::not_found(layout),
        Err(error) => {
            let alert = Some(crate::web::kit::in_words(layout.lang, &error));
            let problems = (crate::web::kit::status_of(&error), Vec::new(), alert);
            render(&state, &caller, layout, InviteForm::default(), problems, None).await
        }
    }
}
