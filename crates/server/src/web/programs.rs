//! The programme editor: a programme's dates, place, capacity and structure (induction,
//! mentorship, workshops, training, networking, shadowing), listed and saved.

use super::kit::{Fields, OrgForm, OrgPage};
use super::kit::{Layout, OptionalItem, Said, Values, back, field};
use crate::auth::caller::Recruiters;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::programs;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use cohort_domain::program::{Component, ProgramDraft, StructureItem};
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use uuid::Uuid;

const COMPONENTS: [(Component, &str); 6] = [
    (Component::Induction, "induction"),
    (Component::Mentorship, "mentorship"),
    (Component::Workshops, "workshops"),
    (Component::Training, "training"),
    (Component::Networking, "networking"),
    (Component::Shadowing, "shadowing"),
];

struct ProgramRow {
    id: Uuid,
    name: String,
    period: String,
    capacity: u32,
}

#[derive(Template)]
#[template(path = "programs.html")]
struct ProgramsPage {
    layout: Layout,
    slug: String,
    programs: Vec<ProgramRow>,
    /// The programme being edited, if any.
    editing: Option<Uuid>,
    form: Values,
    components: Vec<&'static str>,
    notice: Option<String>,
    alert: Option<String>,
}

fn program_values(d: &ProgramDraft) -> Values {
    let mut v = vec![
        ("name".to_owned(), d.name.clone()),
        ("description".into(), d.description.clone()),
        ("starts_on".into(), d.starts_on.to_string()),
        ("ends_on".into(), d.ends_on.to_string()),
        ("location".into(), d.location.clone().unwrap_or_default()),
        ("capacity".into(), d.capacity.to_string()),
    ];
    if d.remote {
        v.push(("remote".into(), "on".into()));
    }
    for item in &d.structure {
        if let Some((_, key)) = COMPONENTS.iter().find(|(c, _)| *c == item.component) {
            v.push((format!("component_{key}"), "on".into()));
            v.push((format!("component_{key}_text"), item.description.clone()));
        }
    }
    Values(v)
}

/// `GET /orgs/{org}/programs` (and `/orgs/{org}/programs/{id}` to edit one).
pub async fn programs_page(
    State(state): State<AppState>,
    OptionalItem(editing): OptionalItem,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let programs =
            state.store.programs_page(caller.org.id, PageRequest { limit: 100, after: None }).await?.items;
        let form = match editing {
            Some(id) => {
                program_values(&programs.iter().find(|p| p.id == id).ok_or(ServiceError::NotFound)?.draft)
            }
            None => Values(vec![("capacity".into(), "10".into())]),
        };
        Ok::<_, ServiceError>(ProgramsPage {
            layout,
            slug: caller.org.slug.clone(),
            programs: programs
                .into_iter()
                .map(|p| ProgramRow {
                    id: p.id,
                    period: i18n::t(
                        lang,
                        "programmes-period",
                        &[
                            ("from", i18n::date(lang, p.draft.starts_on).into()),
                            ("until", i18n::date(lang, p.draft.ends_on).into()),
                        ],
                    ),
                    capacity: p.draft.capacity,
                    name: p.draft.name,
                })
                .collect(),
            editing,
            form,
            components: COMPONENTS.iter().map(|(_, k)| *k).collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

fn program_draft(fields: &[(String, String)]) -> Result<ProgramDraft, ServiceError> {
    let date = |name: &str| -> Result<NaiveDate, ServiceError> {
        field(fields, name).trim().parse().map_err(|_| ServiceError::invalid(name, problem::of("a-date")))
    };
    let draft = ProgramDraft {
        name: field(fields, "name").trim().to_owned(),
        description: field(fields, "description").trim().to_owned(),
        starts_on: date("starts_on")?,
        ends_on: date("ends_on")?,
        location: Some(field(fields, "location").trim().to_owned()).filter(|l| !l.is_empty()),
        remote: field(fields, "remote") == "on",
        capacity: field(fields, "capacity")
            .trim()
            .parse()
            .map_err(|_| ServiceError::invalid("capacity", problem::of("a-number")))?,
        structure: COMPONENTS
            .iter()
            .filter(|(_, key)| field(fields, &format!("component_{key}")) == "on")
            .map(|(component, key)| StructureItem {
                component: *component,
                description: field(fields, &format!("component_{key}_text")).trim().to_owned(),
            })
            .collect(),
    };
    Ok(draft)
}

/// `POST /orgs/{org}/programs` (new) and `/orgs/{org}/programs/{id}` (changes).
pub async fn save_program(
    State(state): State<AppState>,
    OptionalItem(id): OptionalItem,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let slug = caller.org.slug.clone();
    let here = format!("/orgs/{slug}/programs");
    let outcome = async {
        let draft = program_draft(&fields)?;
        programs::save(&state.store, &caller.audit(), caller.org.id, id, draft).await
    }
    .await;
    match (outcome, id) {
        (Ok(saved), _) => {
            back(lang, &here, Ok(i18n::t(lang, "programmes-saved", &[("name", saved.draft.name.into())])))
        }
        (Err(error), Some(id)) => back(lang, &format!("{here}/{id}"), Err(error)),
        (Err(error), None) => back(lang, &here, Err(error)),
    }
}
