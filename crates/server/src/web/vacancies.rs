//! The vacancy editor: a vacancy's text, requirements, eligibility rules and pipeline stages,
//! then publishing or closing it. The form is read in the domain (`vacancy_form`).

use super::kit::{Fields, Item, OrgForm, OrgPage};
use super::kit::{Layout, OptionalItem, Said, StageRow, Values, field, stage_kinds};
use super::page;
use crate::auth::OrgCaller;
use crate::auth::caller::Recruiters;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::vacancies;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use cohort_domain::phrase::Phrase;
use cohort_domain::vacancy::VacancyStatus;
use cohort_domain::vacancy_form::{self, KNOCKOUTS};
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use uuid::Uuid;

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
    kinds: Vec<&'static str>,
    notice: Option<String>,
    alert: Option<String>,
    problems: Vec<(String, String, String)>,
}

impl EditorPage {
    fn v(&self, name: &str) -> &str {
        self.form.get(name)
    }

    /// Whether the field `name` holds `value`.
    fn is(&self, name: &str, value: impl AsRef<str>) -> bool {
        self.form.get(name) == value.as_ref()
    }
}

#[allow(clippy::too_many_arguments)]
async fn editor(
    state: &AppState,
    caller: &OrgCaller<Recruiters>,
    layout: &Layout,
    vacancy_id: Option<Uuid>,
    typed: Option<Vec<(String, String)>>,
    said: Said,
    problems: Vec<(String, String, String)>,
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
        (None, None) => {
            let language = caller.org.works_in().code();
            [
                ("hours_per_week", "40"),
                ("positions", "1"),
                ("work_mode", "on_site"),
                ("enrolled_in_country", "NL"),
            ]
            .into_iter()
            .chain([("language", language)])
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
        }
    };
    Ok(EditorPage {
        layout: layout.clone(),
        slug: caller.org.slug.clone(),
        vacancy: stored.as_ref().map(|v| (v.id, v.version, v.status.as_str())),
        stages: stored.as_ref().map(|v| StageRow::of(v.pipeline.stages())).unwrap_or_default(),
        form: Values(form),
        programs: programs.into_iter().map(|p| (p.id, p.draft.name)).collect(),
        knockouts: (1..=KNOCKOUTS).collect(),
        kinds: stage_kinds(),
        notice: said.notice,
        alert: said.alert,
        problems,
    })
}

/// `GET /orgs/{org}/vacancies/new` and `/orgs/{org}/vacancies/{id}/edit`.
pub async fn editor_page(
    State(state): State<AppState>,
    OptionalItem(id): OptionalItem,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    match editor(&state, &caller, &layout, id, None, said, Vec::new()).await {
        Ok(body) => page(body.render()),
        Err(error) => super::kit::failed(layout, &error),
    }
}

/// `POST /orgs/{org}/vacancies/new` (create) and `/orgs/{org}/vacancies/{id}/edit` (with
/// `version`): the vacancy's details. A refused form comes back as typed, each problem named.
pub async fn save_vacancy(
    State(state): State<AppState>,
    OptionalItem(id): OptionalItem,
    OrgForm { caller, form: Fields(fields), lang, layout }: OrgForm<Recruiters, Fields>,
) -> Response {
    let slug = caller.org.slug.clone();
    let outcome = async {
        let (program, draft) = vacancy_form::draft(&fields).map_err(ServiceError::Invalid)?;
        let program_id = Uuid::parse_str(&program)
            .map_err(|_| ServiceError::invalid("program_id", Phrase::new("editor-choose-programme")))?;
        let ctx = caller.audit();
        Ok::<_, ServiceError>(match id {
            Some(id) => {
                let version = super::kit::version(&fields)?;
                vacancies::update(&state.store, &ctx, caller.org.id, id, version, program_id, draft).await?
            }
            None => vacancies::create(&state.store, &ctx, caller.org.id, program_id, draft).await?,
        })
    }
    .await;
    match outcome {
        Ok(saved) => super::kit::telling(
            &format!("/orgs/{slug}/vacancies/{}/edit", saved.id),
            "notice",
            &i18n::t(lang, "editor-saved", &[("title", saved.draft.title.into())]),
        ),
        Err(ServiceError::NotFound) => super::kit::not_found(layout),
        Err(error) => {
            let status = super::kit::status_of(&error);
            let problems: Vec<(String, String, String)> = match super::kit::fields(&error) {
                [] => vec![(String::new(), String::new(), super::kit::in_words(lang, &error))],
                fields => fields
                    .iter()
                    .map(|f| (f.field.clone(), i18n::field(lang, &f.field), i18n::problem(lang, f)))
                    .collect(),
            };
            match editor(&state, &caller, &layout, id, Some(fields), Said::default(), problems).await {
                Ok(body) => (status, page(body.render())).into_response(),
                Err(error) => super::kit::failed(layout, &error),
            }
        }
    }
}

/// `POST /orgs/{org}/vacancies/{id}/stages`: the stage rows and `version`.
pub async fn save_stages(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/vacancies/{id}/edit");
    let outcome = async {
        let stages = vacancy_form::stages(&fields).map_err(ServiceError::Invalid)?;
        let version = super::kit::version(&fields)?;
        let saved =
            vacancies::edit_stages(&state.store, &caller.audit(), caller.org.id, id, version, stages).await?;
        let stages = saved.pipeline.stages().iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" → ");
        Ok(i18n::t(lang, "editor-stages-saved", &[("stages", stages.into())]))
    }
    .await;
    super::kit::back_unless_stale(lang, &here, outcome, "vacancy")
}

/// `POST /orgs/{org}/vacancies/{id}/status`: `to` (`published` or `closed`) and `version`.
pub async fn change_status(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/vacancies/{id}/edit");
    let outcome = async {
        let to = match field(&fields, "to") {
            "published" => VacancyStatus::Published,
            "closed" => VacancyStatus::Closed,
            _ => return Err(ServiceError::invalid("to", problem::of("published-or-closed"))),
        };
        let version = super::kit::version(&fields)?;
        vacancies::change_status(&state.store, &caller.audit(), caller.org.id, id, version, to).await?;
        Ok(match to {
            VacancyStatus::Published => i18n::t(lang, "editor-published", &[]),
            _ => i18n::t(lang, "editor-closed", &[]),
        })
    }
    .await;
    super::kit::back_unless_stale(lang, &here, outcome, "vacancy")
}
