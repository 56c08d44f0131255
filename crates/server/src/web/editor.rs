//! The programme and vacancy editors: a programme's dates, place, capacity and structure; a
//! vacancy's text, requirements, eligibility rules and pipeline stages, then publishing or
//! closing it. The form is read in the domain (`vacancy_form`); the services are the API's.

use super::kit::{Fields, Item, OrgForm, OrgPage};
use super::page;
use super::viewer::{Layout, Said, back, field};
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::services::ServiceError;
use crate::services::programs;
use crate::services::vacancies;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use cohort_domain::program::{Component, ProgramDraft, StructureItem};
use cohort_domain::vacancy::VacancyStatus;
use cohort_domain::vacancy_form::{self, KNOCKOUTS, STAGE_KINDS};
use cohort_store::PageRequest;
use uuid::Uuid;

const COMPONENTS: [(Component, &str, &str); 6] = [
    (Component::Induction, "induction", "Induction training"),
    (Component::Mentorship, "mentorship", "A dedicated mentor"),
    (Component::Workshops, "workshops", "Hands-on workshops"),
    (Component::Training, "training", "Continuous training"),
    (Component::Networking, "networking", "Networking"),
    (Component::Shadowing, "shadowing", "Shadowing other teams"),
];

/// The item id in a path that may name one (`/programs` or `/programs/{id}`); 404 for a bad id.
fn optional_id(path: &[(String, String)]) -> Result<Option<Uuid>, Box<Response>> {
    match field(path, "id") {
        "" => Ok(None),
        raw => Uuid::parse_str(raw).map(Some).map_err(|_| Box::new(StatusCode::NOT_FOUND.into_response())),
    }
}

/// A form's values by name (what was typed, or what is stored).
struct Values(Vec<(String, String)>);

impl Values {
    fn get(&self, name: &str) -> &str {
        field(&self.0, name)
    }
}

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
    components: Vec<(&'static str, &'static str)>,
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
        if let Some((_, key, _)) = COMPONENTS.iter().find(|(c, _, _)| *c == item.component) {
            v.push((format!("component_{key}"), "on".into()));
            v.push((format!("component_{key}_text"), item.description.clone()));
        }
    }
    Values(v)
}

/// `GET /orgs/{org}/programs` (and `/orgs/{org}/programs/{id}` to edit one).
pub async fn programs_page(
    State(state): State<AppState>,
    Path(path): Path<Vec<(String, String)>>,
    Query(said): Query<Said>,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let editing = match optional_id(&path) {
        Ok(id) => id,
        Err(response) => return *response,
    };
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
                    period: format!("{} to {}", p.draft.starts_on, p.draft.ends_on),
                    capacity: p.draft.capacity,
                    name: p.draft.name,
                })
                .collect(),
            editing,
            form,
            components: COMPONENTS.iter().map(|(_, k, l)| (*k, *l)).collect(),
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

fn program_draft(fields: &[(String, String)]) -> Result<ProgramDraft, ServiceError> {
    let date = |name: &str| -> Result<NaiveDate, ServiceError> {
        field(fields, name).trim().parse().map_err(|_| ServiceError::invalid(name, "a date like 2027-02-01"))
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
            .map_err(|_| ServiceError::invalid("capacity", "a number"))?,
        structure: COMPONENTS
            .iter()
            .filter(|(_, key, _)| field(fields, &format!("component_{key}")) == "on")
            .map(|(component, key, _)| StructureItem {
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
    Path(path): Path<Vec<(String, String)>>,
    OrgForm { caller, form: Fields(fields) }: OrgForm<Recruiters, Fields>,
) -> Response {
    let slug = field(&path, "org").to_owned();
    let here = format!("/orgs/{slug}/programs");
    let id = match optional_id(&path) {
        Ok(id) => id,
        Err(response) => return *response,
    };
    let outcome = async {
        let draft = program_draft(&fields)?;
        programs::save(&state.store, &caller.audit(), caller.org.id, id, draft).await
    }
    .await;
    match (outcome, id) {
        (Ok(saved), _) => back(&here, Ok(format!("Saved “{}”. Now write its vacancies.", saved.draft.name))),
        (Err(error), Some(id)) => back(&format!("{here}/{id}"), Err(error)),
        (Err(error), None) => back(&here, Err(error)),
    }
}

struct StageRow {
    key: String,
    name: String,
    kind: &'static str,
    skippable: bool,
}

#[derive(Template)]
#[template(path = "vacancy_editor.html")]
struct EditorPage {
    layout: Layout,
    slug: String,
    /// The vacancy, once it exists: its id, version and status.
    vacancy: Option<(Uuid, i32, &'static str)>,
    form: Values,
    programs: Vec<(Uuid, String)>,
    knockouts: Vec<usize>,
    stages: Vec<StageRow>,
    kinds: Vec<(&'static str, &'static str)>,
    notice: Option<String>,
    alert: Option<String>,
    problems: Vec<(String, String)>,
}

impl EditorPage {
    fn v(&self, name: &str) -> &str {
        self.form.get(name)
    }
}

#[allow(clippy::too_many_arguments)]
async fn editor(
    state: &AppState,
    caller: &OrgCaller<Recruiters>,
    headers: &HeaderMap,
    vacancy_id: Option<Uuid>,
    typed: Option<Vec<(String, String)>>,
    said: Said,
    problems: Vec<(String, String)>,
) -> Result<EditorPage, ServiceError> {
    let programs =
        state.store.programs_page(caller.org.id, PageRequest { limit: 100, after: None }).await?.items;
    let stored = match vacancy_id {
        Some(id) => Some(state.store.vacancy(caller.org.id, id).await?.ok_or(ServiceError::NotFound)?),
        None => None,
    };
    let form = match (typed, &stored) {
        (Some(typed), _) => typed,
        (None, Some(v)) => vacancy_form::fields_of(&v.program_id.to_string(), &v.draft),
        (None, None) => ["hours_per_week=40", "positions=1", "work_mode=on_site", "enrolled_in_country=NL"]
            .iter()
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
    };
    let kind_name = |kind| STAGE_KINDS.iter().find(|(k, _, _)| *k == kind).map_or("custom", |(_, n, _)| *n);
    Ok(EditorPage {
        layout: Layout::for_org(caller, headers),
        slug: caller.org.slug.clone(),
        vacancy: stored.as_ref().map(|v| (v.id, v.version, v.status.as_str())),
        stages: stored
            .as_ref()
            .map(|v| {
                v.pipeline
                    .stages()
                    .iter()
                    .map(|s| StageRow {
                        key: s.key.clone(),
                        name: s.name.clone(),
                        kind: kind_name(s.kind),
                        skippable: s.skippable,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        form: Values(form),
        programs: programs.into_iter().map(|p| (p.id, p.draft.name)).collect(),
        knockouts: (1..=KNOCKOUTS).collect(),
        kinds: STAGE_KINDS.iter().map(|(_, k, l)| (*k, *l)).collect(),
        notice: said.notice,
        alert: said.alert,
        problems,
    })
}

/// `GET /orgs/{org}/vacancies/new` and `/orgs/{org}/vacancies/{id}/edit`.
pub async fn editor_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(path): Path<Vec<(String, String)>>,
    Query(said): Query<Said>,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let id = match optional_id(&path) {
        Ok(id) => id,
        Err(response) => return *response,
    };
    match editor(&state, &caller, &headers, id, None, said, Vec::new()).await {
        Ok(body) => page(body.render()),
        Err(error) => super::kit::failed(layout, &error),
    }
}

/// `POST /orgs/{org}/vacancies/new` (create) and `/orgs/{org}/vacancies/{id}/edit` (with
/// `version`): the vacancy's details. A refused form comes back as typed, each problem named.
pub async fn save_vacancy(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(path): Path<Vec<(String, String)>>,
    OrgForm { caller, form: Fields(fields) }: OrgForm<Recruiters, Fields>,
) -> Response {
    let slug = field(&path, "org").to_owned();
    let id = match optional_id(&path) {
        Ok(id) => id,
        Err(response) => return *response,
    };
    let outcome = async {
        let (program, draft) = vacancy_form::draft(&fields).map_err(ServiceError::Invalid)?;
        let program_id = Uuid::parse_str(&program)
            .map_err(|_| ServiceError::invalid("program_id", "choose a programme"))?;
        let ctx = caller.audit();
        Ok::<_, ServiceError>(match id {
            Some(id) => {
                let version = super::viewer::version(&fields)?;
                vacancies::update(&state.store, &ctx, caller.org.id, id, version, program_id, draft).await?
            }
            None => vacancies::create(&state.store, &ctx, caller.org.id, program_id, draft).await?,
        })
    }
    .await;
    match outcome {
        Ok(saved) => Redirect::to(&format!(
            "/orgs/{slug}/vacancies/{}/edit?notice={}",
            saved.id,
            super::encode(&format!("Saved “{}”.", saved.draft.title))
        ))
        .into_response(),
        Err(ServiceError::NotFound) => super::kit::not_found(Layout::for_org(&caller, &headers)),
        Err(error) => {
            let status = super::kit::status_of(&error);
            let problems: Vec<(String, String)> = match super::kit::fields(&error) {
                [] => vec![(String::new(), super::kit::in_words(&error))],
                fields => fields.iter().map(|f| (f.field.clone(), f.message.clone())).collect(),
            };
            match editor(&state, &caller, &headers, id, Some(fields), Said::default(), problems).await {
                Ok(body) => (status, page(body.render())).into_response(),
                Err(error) => super::kit::failed(Layout::for_org(&caller, &headers), &error),
            }
        }
    }
}

/// `POST /orgs/{org}/vacancies/{id}/stages`: the stage rows and `version`.
pub async fn save_stages(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields) }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/vacancies/{id}/edit");
    let outcome = async {
        let stages = vacancy_form::stages(&fields).map_err(ServiceError::Invalid)?;
        let version = super::viewer::version(&fields)?;
        let saved =
            vacancies::edit_stages(&state.store, &caller.audit(), caller.org.id, id, version, stages).await?;
        Ok(format!(
            "Stages saved: {}.",
            saved.pipeline.stages().iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" → ")
        ))
    }
    .await;
    super::viewer::back_unless_stale(&here, outcome, "vacancy")
}

/// `POST /orgs/{org}/vacancies/{id}/status`: `to` (`published` or `closed`) and `version`.
pub async fn change_status(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields) }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/vacancies/{id}/edit");
    let outcome = async {
        let to = match field(&fields, "to") {
            "published" => VacancyStatus::Published,
            "closed" => VacancyStatus::Closed,
            _ => return Err(ServiceError::invalid("to", "published or closed")),
        };
        let version = super::viewer::version(&fields)?;
        vacancies::change_status(&state.store, &caller.audit(), caller.org.id, id, version, to).await?;
        Ok(match to {
            VacancyStatus::Published => "Published: it is on the job board now.".to_owned(),
            _ => "Closed: it is off the job board and takes no applications.".to_owned(),
        })
    }
    .await;
    super::viewer::back_unless_stale(&here, outcome, "vacancy")
}
