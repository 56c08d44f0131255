//! Vacancies: drafts, publishing, the public job board. Versioned: every change checks and
//! raises `version` in one conditional UPDATE, so concurrent edits cannot both win.

use crate::audit::{self, Context, Event};
use crate::entities::vacancy::{self, Column, Entity};
use crate::entities::vacancy_skill;
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::eligibility::{CountryCode, Preferences, Rule};
use cohort_domain::language::Lang;
use cohort_domain::pipeline::Pipeline;
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::{Stipend, VacancyDraft, VacancyStatus, VacancyText, WorkMode};
use futures::FutureExt;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

mod board;

/// A vacancy as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vacancy {
    /// Its id.
    pub id: Uuid,
    /// Its organisation.
    pub org_id: Uuid,
    /// Its programme.
    pub program_id: Uuid,
    /// Draft, published or closed.
    pub status: VacancyStatus,
    /// When it was first published.
    pub published_at: Option<DateTime<Utc>>,
    /// Raised by every change.
    pub version: i32,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
    /// Its stages.
    pub pipeline: Pipeline,
    /// What the organisation wrote.
    pub draft: VacancyDraft,
}

/// The parts of a draft that no query filters on.
#[derive(Serialize, Deserialize)]
struct Details {
    responsibilities: Vec<String>,
    #[serde(default)]
    translations: Vec<VacancyText>,
    required_skills: Vec<String>,
    preferences: Preferences,
    rules: Vec<Rule>,
    remote_countries: Vec<CountryCode>,
    hours_per_week: u32,
    stipend: Option<Stipend>,
    positions: u32,
}

fn work_mode_name(mode: WorkMode) -> &'static str {
    match mode {
        WorkMode::OnSite => "on_site",
        WorkMode::Hybrid => "hybrid",
        WorkMode::Remote => "remote",
    }
}

impl TryFrom<vacancy::Model> for Vacancy {
    type Error = StoreError;
    fn try_from(row: vacancy::Model) -> Result<Self, Self::Error> {
        let details: Details = serde_json::from_str(&row.details).map_err(corrupt)?;
        let work_mode = serde_json::from_value(serde_json::Value::String(row.work_mode)).map_err(corrupt)?;
        Ok(Vacancy {
            id: row.id,
            org_id: row.org_id,
            program_id: row.program_id,
            status: VacancyStatus::parse(&row.status).ok_or_else(|| corrupt(&row.status))?,
            published_at: row.published_at,
            version: row.version,
            created_at: row.created_at,
            updated_at: row.updated_at,
            pipeline: serde_json::from_str(&row.pipeline).map_err(corrupt)?,
            draft: VacancyDraft {
                language: Lang::from_tag(&row.language).ok_or_else(|| corrupt(&row.language))?,
                title: row.title,
                description: row.description,
                responsibilities: details.responsibilities,
                translations: details.translations,
                required_skills: details.required_skills,
                preferences: details.preferences,
                rules: details.rules,
                location: row.location,
                work_mode,
                remote_countries: details.remote_countries,
                hours_per_week: details.hours_per_week,
                stipend: details.stipend,
                positions: details.positions,
                opens_on: row.opens_on,
                closes_on: row.closes_on,
            },
        })
    }
}

fn draft_columns(draft: &VacancyDraft, row: &mut vacancy::ActiveModel) -> Result<(), StoreError> {
    let details = Details {
        responsibilities: draft.responsibilities.clone(),
        translations: draft.translations.clone(),
        required_skills: draft.required_skills.clone(),
        preferences: draft.preferences.clone(),
        rules: draft.rules.clone(),
        remote_countries: draft.remote_countries.clone(),
        hours_per_week: draft.hours_per_week,
        stipend: draft.stipend.clone(),
        positions: draft.positions,
    };
    row.language = Set(draft.language.code().to_owned());
    row.translated_words = Set(draft
        .translations
        .iter()
        .map(|t| format!("{}\n{}", t.title.trim(), t.description).to_lowercase())
        .collect::<Vec<_>>()
        .join("\n"));
    row.title = Set(draft.title.trim().to_owned());
    row.description = Set(draft.description.clone());
    row.location = Set(draft.location.as_ref().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()));
    row.work_mode = Set(work_mode_name(draft.work_mode).to_owned());
    row.opens_on = Set(draft.opens_on);
    row.closes_on = Set(draft.closes_on);
    row.details = Set(serde_json::to_string(&details).map_err(corrupt)?);
    Ok(())
}

/// Rewrites the skill index of a vacancy.
async fn index_skills(
    db: &impl ConnectionTrait,
    vacancy_id: Uuid,
    draft: &VacancyDraft,
) -> Result<(), StoreError> {
    vacancy_skill::Entity::delete_many()
        .filter(vacancy_skill::Column::VacancyId.eq(vacancy_id))
        .exec(db)
        .await?;
    let mut seen = std::collections::BTreeSet::new();
    let skills = draft
        .required_skills
        .iter()
        .map(|s| (s, true))
        .chain(draft.preferences.skills.iter().map(|s| (s, false)));
    for (skill, required) in skills {
        let skill = skill.trim().to_lowercase();
        if seen.insert(skill.clone()) {
            vacancy_skill::ActiveModel {
                id: Set(Uuid::now_v7()),
                vacancy_id: Set(vacancy_id),
                skill: Set(skill),
                required: Set(required),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Applies `change` to the vacancy if it is still at `expected_version`; returns it after.
async fn update_versioned(
    db: &impl ConnectionTrait,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    change: impl FnOnce(&mut vacancy::ActiveModel) -> Result<(), StoreError>,
) -> Result<Vacancy, StoreError> {
    let mut row = vacancy::ActiveModel { ..Default::default() };
    change(&mut row)?;
    row.version = Set(expected_version + 1);
    row.updated_at = Set(Utc::now());
    let updated = Entity::update_many()
        .set(row)
        .filter(Column::Id.eq(id))
        .filter(Column::OrgId.eq(org_id))
        .filter(Column::Version.eq(expected_version))
        .exec(db)
        .await?;
    let current =
        Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(db).await?.ok_or(StoreError::NotFound)?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale);
    }
    Vacancy::try_from(current)
}

/// What the job board filters by.
#[derive(Clone, Debug, Default)]
pub struct BoardFilter {
    /// Words in the title or description, in any of the vacancy's languages.
    pub text: Option<String>,
    /// A skill, required or preferred.
    pub skill: Option<String>,
    /// Part of the location.
    pub location: Option<String>,
    /// Only remote (true) or only not remote (false).
    pub remote: Option<bool>,
    /// One organisation.
    pub org_id: Option<Uuid>,
}

impl Store {
    /// Creates a draft vacancy in a programme with the given stages (the organisation's template).
    pub async fn create_vacancy(
        &self,
        ctx: &Context,
        org_id: Uuid,
        program_id: Uuid,
        draft: VacancyDraft,
        pipeline: Pipeline,
    ) -> Result<Vacancy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let mut row = vacancy::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        program_id: Set(program_id),
                        status: Set(VacancyStatus::Draft.as_str().to_owned()),
                        published_at: Set(None),
                        pipeline: Set(serde_json::to_string(&pipeline).map_err(corrupt)?),
                        version: Set(1),
                        created_at: Set(now),
                        updated_at: Set(now),
                        ..Default::default()
                    };
                    draft_columns(&draft, &mut row)?;
                    let vacancy = Vacancy::try_from(row.insert(tx).await?)?;
                    index_skills(tx, vacancy.id, &draft).await?;
                    let event = Event::new(Action::VacancyCreated, Some(org_id), "vacancy", vacancy.id)
                        .with_details(serde_json::json!({ "title": vacancy.draft.title }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(vacancy)
                }
                .boxed()
            })
            .await
    }

    /// Replaces what the organisation wrote (and the programme), if the vacancy is still at
    /// `expected_version`.
    pub async fn update_vacancy(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        program_id: Uuid,
        draft: VacancyDraft,
    ) -> Result<Vacancy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let vacancy = update_versioned(tx, org_id, id, expected_version, |row| {
                        row.program_id = Set(program_id);
                        draft_columns(&draft, row)
                    })
                    .await?;
                    index_skills(tx, id, &draft).await?;
                    audit::append(tx, &ctx, Event::new(Action::VacancyUpdated, Some(org_id), "vacancy", id))
                        .await?;
                    Ok(vacancy)
                }
                .boxed()
            })
            .await
    }

    /// Sets the status the domain decided on, if the vacancy is still at `expected_version`.
    pub async fn set_vacancy_status(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        status: VacancyStatus,
    ) -> Result<Vacancy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let vacancy = update_versioned(tx, org_id, id, expected_version, |row| {
                        row.status = Set(status.as_str().to_owned());
                        Ok(())
                    })
                    .await?;
                    let vacancy = if status == VacancyStatus::Published && vacancy.published_at.is_none() {
                        let mut row = vacancy::ActiveModel { id: Set(id), ..Default::default() };
                        row.published_at = Set(Some(now));
                        Vacancy::try_from(row.update(tx).await?)?
                    } else {
                        vacancy
                    };
                    let event = Event::new(Action::VacancyStatusChanged, Some(org_id), "vacancy", id)
                        .with_details(serde_json::json!({ "status": status.as_str() }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(vacancy)
                }
                .boxed()
            })
            .await
    }

    /// Replaces the vacancy's stages (the domain checked the edit), if it is still at
    /// `expected_version`.
    pub async fn set_vacancy_pipeline(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        pipeline: Pipeline,
    ) -> Result<Vacancy, StoreError> {
        let ctx = ctx.clone();
        let stages = serde_json::to_string(&pipeline).map_err(corrupt)?;
        self.writer
            .run(move |tx| {
                async move {
                    let vacancy = update_versioned(tx, org_id, id, expected_version, |row| {
                        row.pipeline = Set(stages);
                        Ok(())
                    })
                    .await?;
                    let keys: Vec<&str> = vacancy.pipeline.stages().iter().map(|s| s.key.as_str()).collect();
                    let event = Event::new(Action::VacancyUpdated, Some(org_id), "vacancy", id)
                        .with_details(serde_json::json!({ "stages": keys }));
                    audit::append(tx, &ctx, event).await?;
                    Ok(vacancy)
                }
                .boxed()
            })
            .await
    }

    /// The stages of a vacancy that hold applications or that applications have passed through.
    pub async fn occupied_stages(
        &self,
        vacancy_id: Uuid,
    ) -> Result<std::collections::BTreeSet<String>, StoreError> {
        use crate::entities::{application, application_event};
        let mut occupied = std::collections::BTreeSet::new();
        let current: Vec<String> = application::Entity::find()
            .select_only()
            .column(application::Column::Stage)
            .distinct()
            .filter(application::Column::VacancyId.eq(vacancy_id))
            .into_tuple()
            .all(&self.read)
            .await?;
        occupied.extend(current);
        let of_vacancy = Query::select()
            .column(application::Column::Id)
            .from(application::Entity)
            .and_where(application::Column::VacancyId.eq(vacancy_id))
            .to_owned();
        let passed: Vec<String> = application_event::Entity::find()
            .select_only()
            .column(application_event::Column::ToStage)
            .distinct()
            .filter(application_event::Column::ApplicationId.in_subquery(of_vacancy))
            .into_tuple()
            .all(&self.read)
            .await?;
        occupied.extend(passed);
        Ok(occupied)
    }

    /// A vacancy of the organisation, in any status.
    pub async fn vacancy(&self, org_id: Uuid, id: Uuid) -> Result<Option<Vacancy>, StoreError> {
        let row = Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(&self.read).await?;
        row.map(Vacancy::try_from).transpose()
    }

    /// A vacancy anyone may see: published or closed, never a draft.
    pub async fn public_vacancy(&self, id: Uuid) -> Result<Option<Vacancy>, StoreError> {
        let row = Entity::find_by_id(id)
            .filter(Column::Status.ne(VacancyStatus::Draft.as_str()))
            .one(&self.read)
            .await?;
        row.map(Vacancy::try_from).transpose()
    }

    /// The organisation's vacancies, newest first, optionally of one status or programme.
    pub async fn vacancies_page(
        &self,
        org_id: Uuid,
        status: Option<VacancyStatus>,
        program_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Page<Vacancy>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(status) = status {
            query = query.filter(Column::Status.eq(status.as_str()));
        }
        if let Some(program_id) = program_id {
            query = query.filter(Column::ProgramId.eq(program_id));
        }
        self.newest_first(query, page).await
    }

    async fn newest_first(
        &self,
        mut query: Select<Entity>,
        page: PageRequest,
    ) -> Result<Page<Vacancy>, StoreError> {
        if let Some(after) = page.after {
            query = query.filter(Column::Id.lt(after));
        }
        let rows = query.order_by_desc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let rows = rows.into_iter().map(Vacancy::try_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(rows, page.limit, |v| v.id))
    }
}
/// Takes one of the vacancy's positions inside the caller's transaction, or refuses when all are
/// filled. One conditional UPDATE, so that two hires racing for the last position cannot both
/// succeed on either backend.
pub(crate) async fn take_position(tx: &impl ConnectionTrait, vacancy_id: Uuid) -> Result<(), StoreError> {
    let row = vacancy::Entity::find_by_id(vacancy_id).one(tx).await?.ok_or(StoreError::NotFound)?;
    let positions = Vacancy::try_from(row)?.draft.positions;
    let taken = vacancy::Entity::update_many()
        .col_expr(vacancy::Column::Hired, Expr::col(vacancy::Column::Hired).add(1))
        .filter(vacancy::Column::Id.eq(vacancy_id))
        .filter(vacancy::Column::Hired.lt(i32::try_from(positions).unwrap_or(i32::MAX)))
        .exec(tx)
        .await?;
    if taken.rows_affected == 0 {
        return Err(StoreError::Refused(Refusal::PositionsFilled(positions)));
    }
    Ok(())
}
