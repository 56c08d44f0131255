//! Shadowing other teams as the intern asks for it: ask for a day, see the answer, call it off;
//! and the networking events they are invited to.

use crate::i18n;
use crate::services::ServiceError;
use crate::services::internship::own_intern;
use crate::services::shadowing::{self, Ask};
use crate::state::AppState;
use crate::web::kit::intern_page;
use crate::web::kit::{Fields, MemberForm};
use crate::web::kit::{Layout, Member, Said, back, field, picked};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::phrase::Phrase;
use cohort_store::shadowing::RequestFilter;
use std::collections::HashMap;
use uuid::Uuid;
struct RequestRow {
    id: Uuid,
    team: String,
    day: String,
    status: &'static str,
    note: String,
    open: bool,
}

#[derive(Template)]
#[template(path = "shadowing.html")]
struct ShadowingPage {
    layout: Layout,
    requests: Vec<RequestRow>,
    teams: Vec<(Uuid, String)>,
    first_day: String,
    last_day: String,
    events: Vec<crate::web::events::EventRow>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me/shadowing`.
pub async fn shadowing_page(State(state): State<AppState>, member: Member, said: Said) -> Response {
    let built = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let teams = state.store.teams(intern.org_id).await?;
        let names: HashMap<Uuid, String> = teams.iter().map(|t| (t.id, t.name.clone())).collect();
        let filter = RequestFilter { intern_id: Some(intern.id), ..RequestFilter::default() };
        let requests = state
            .store
            .shadowing_requests(intern.org_id, filter)
            .await?
            .into_iter()
            .map(|r| RequestRow {
                id: r.id,
                team: names.get(&r.team_id).cloned().unwrap_or_default(),
                day: i18n::day(member.lang, r.on_date),
                status: r.status.as_str(),
                open: matches!(r.status.as_str(), "pending" | "accepted"),
                note: r.note,
            })
            .collect();
        let programme: HashMap<Uuid, String> = match intern.program_id {
            Some(id) => state
                .store
                .programs_by_ids(vec![id])
                .await?
                .into_iter()
                .map(|p| (p.id, p.draft.name))
                .collect(),
            None => HashMap::new(),
        };
        let events = shadowing::own_events(&state.store, &intern)
            .await?
            .into_iter()
            .map(|e| crate::web::events::EventRow::of(e, &programme, member.lang))
            .collect();
        Ok(ShadowingPage {
            layout: member.layout(),
            events,
            requests,
            teams: teams
                .into_iter()
                .filter(|t| Some(t.id) != intern.team_id)
                .map(|t| (t.id, t.name))
                .collect(),
            first_day: intern.starts_on.to_string(),
            last_day: intern.ends_on.to_string(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    intern_page(&member, built)
}

/// `POST /me/shadowing`: `team_id`, `on_date`, `note`; or `cancel` with a request's id.
pub async fn shadowing_form(
    State(state): State<AppState>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let lang = member.lang;
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let ctx = member.audit();
        if let Ok(id) = Uuid::parse_str(field(&fields, "cancel")) {
            shadowing::cancel(&state.store, &ctx, &intern, id).await?;
            return Ok(i18n::t(lang, "shadowing-called-off", &[]));
        }
        let team_id = picked(&fields, "team_id", "shadowing-choose-team")?;
        let on_date = field(&fields, "on_date")
            .parse()
            .map_err(|_| ServiceError::invalid("on_date", Phrase::new("shadowing-choose-day")))?;
        let ask = Ask { team_id, on_date, note: field(&fields, "note").to_owned() };
        let request = shadowing::request(&state.store, &ctx, &intern, ask).await?;
        Ok(i18n::t(lang, "shadowing-asked", &[("day", i18n::day(lang, request.on_date).into())]))
    }
    .await;
    back(lang, "/me/shadowing", outcome)
}

/// `POST /me/events/{id}`: `response` (`yes`, `maybe` or `no`).
pub async fn answer_event_form(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let lang = member.lang;
    let outcome = async {
        let intern = own_intern(&state.store, member.user.id).await?;
        let response = field(&fields, "response").to_owned();
        let answered = shadowing::answer_event(&state.store, &member.audit(), &intern, id, response).await?;
        let title = &answered.event.title;
        let answer = answered.my_response.as_deref().unwrap_or("no");
        Ok::<_, ServiceError>(i18n::t(
            lang,
            "shadowing-answer",
            &[("answer", answer.into()), ("title", title.into())],
        ))
    }
    .await;
    back(lang, "/me/shadowing", outcome)
}
