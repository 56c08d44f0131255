//! The candidate's profile, a page of its own: what every application starts from — name,
//! studies, skills, links — changed here without applying to anything.

use super::apply::Fields;
use super::kit::{self, Layout, Member, MemberForm, Said, Worded};
use super::page;
use crate::services::applications::save_profile;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use cohort_domain::candidate::CandidateProfile;

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    layout: Layout,
    fields: Fields,
    errors: Vec<Worded>,
    /// Whether a profile is saved yet.
    saved: bool,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me/profile`.
pub async fn profile_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let saved = match state.store.profile(member.user.id).await {
        Ok(saved) => saved,
        Err(error) => return kit::server_fault(member.layout(), error),
    };
    let exists = saved.is_some();
    let name = member.user.name.to_string();
    let profile = saved.unwrap_or_else(|| CandidateProfile { name, ..Default::default() });
    let body = ProfilePage {
        layout: member.layout(),
        fields: Fields::from_profile(&profile),
        errors: Vec::new(),
        saved: exists,
        notice: said.notice,
        alert: said.alert,
    };
    member.csrf.clone().attach(page(body.render()))
}

/// `POST /me/profile`: the profile's fields, saved; a refusal keeps what was typed.
pub async fn save(
    State(state): State<AppState>,
    MemberForm { member, form: kit::Fields(pairs) }: MemberForm<kit::Fields>,
) -> Response {
    let fields = Fields::posted(pairs);
    let saved = match fields.profile() {
        Ok(profile) => save_profile(&state.store, member.user.id, profile).await.map(|_| ()),
        Err(problems) => Err(crate::services::ServiceError::Invalid(problems)),
    };
    match saved {
        Ok(()) => kit::telling("/me/profile", "notice", &member.layout().t("profile-saved")),
        Err(error) => {
            let layout = member.layout();
            let errors = kit::against(layout.lang, "name", &error);
            let body = ProfilePage { layout, fields, errors, saved: true, notice: None, alert: None };
            (kit::status_of(&error), page(body.render())).into_response()
        }
    }
}
