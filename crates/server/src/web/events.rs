//! Networking events: the organisation's upcoming ones with how many are coming, a form for
//! coordinators to add one; and the intern's answers (yes, maybe, no) on their shadowing page.

use super::application::local_time;
use super::kit::{Fields, OrgForm, OrgPage};
use super::kit::{Layout, Said, back, chosen, field};
use crate::auth::caller::{Members, Recruiters};
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::shadowing::{self, Event, NewEvent};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::phrase::Phrase;
use cohort_store::PageRequest;
use std::collections::HashMap;
use uuid::Uuid;

/// An event as a page shows it.
pub struct EventRow {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub when: String,
    pub place: String,
    /// "12 coming, 8 places left", or "3 coming".
    pub coming: String,
    /// Who it is for: everyone, or a programme's interns.
    pub audience: String,
    /// The intern's own answer.
    pub mine: String,
    pub full: bool,
}

impl EventRow {
    pub fn of(shown: Event, programs: &HashMap<Uuid, String>, lang: Lang) -> EventRow {
        let full = shown.full();
        let Event { event: e, coming, my_response } = shown;
        EventRow {
            id: e.id,
            title: e.title,
            description: e.description,
            when: i18n::span(lang, e.starts_at, e.ends_at),
            place: e.location.unwrap_or_default(),
            coming: match e.capacity {
                Some(capacity) => {
                    let left = (i64::from(capacity) - i64::from(coming)).max(0);
                    i18n::t(lang, "events-coming-left", &[("coming", coming.into()), ("left", left.into())])
                }
                None => i18n::t(lang, "events-coming", &[("coming", coming.into())]),
            },
            audience: e
                .program_id
                .map(|p| {
                    programs.get(&p).map_or_else(
                        || i18n::t(lang, "events-one-programme", &[]),
                        |n| i18n::t(lang, "events-interns-of", &[("programme", n.into())]),
                    )
                })
                .unwrap_or_else(|| i18n::t(lang, "events-every-intern", &[])),
            mine: my_response.unwrap_or_default(),
            full,
        }
    }
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    layout: Layout,
    slug: String,
    coordinator: bool,
    events: Vec<EventRow>,
    programs: Vec<(Uuid, String)>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/events`.
pub async fn events_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let programs: Vec<(Uuid, String)> = state
            .store
            .programs_page(caller.org.id, PageRequest { limit: 100, after: None })
            .await?
            .items
            .into_iter()
            .map(|p| (p.id, p.draft.name))
            .collect();
        let names: HashMap<Uuid, String> = programs.iter().cloned().collect();
        let events = shadowing::org_events(&state.store, caller.org.id)
            .await?
            .into_iter()
            .map(|e| EventRow::of(e, &names, lang))
            .collect();
        Ok::<_, ServiceError>(EventsPage {
            layout,
            slug: caller.org.slug.clone(),
            coordinator: caller.hires(),
            events,
            programs,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/events`: `title`, `description`, `program_id` (empty: every intern),
/// `starts_at`, `ends_at` (UTC), `location`, `capacity` (empty: no limit).
pub async fn add_event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/events");
    let outcome = async {
        let time = |name: &str| {
            local_time(field(&fields, name))
                .ok_or_else(|| ServiceError::invalid(name, Phrase::new("form-a-date-and-time")))
        };
        let new =
            NewEvent {
                title: field(&fields, "title").to_owned(),
                description: field(&fields, "description").to_owned(),
                program_id: chosen(&fields, "program_id", "form-choose-one")?,
                starts_at: time("starts_at")?,
                ends_at: time("ends_at")?,
                location: Some(field(&fields, "location").trim().to_owned()).filter(|l| !l.is_empty()),
                capacity: match field(&fields, "capacity").trim() {
                    "" => None,
                    raw => Some(raw.parse().map_err(|_| {
                        ServiceError::invalid("capacity", Phrase::new("form-a-number-or-empty"))
                    })?),
                },
            };
        let saved = shadowing::create_event(&state.store, &caller.audit(), caller.org.id, new).await?.event;
        Ok::<_, ServiceError>(i18n::t(
            lang,
            "events-added",
            &[("title", saved.title.into()), ("when", crate::i18n::date_time(lang, saved.starts_at).into())],
        ))
    }
    .await;
    back(lang, &here, outcome)
}
