//! Applications: made by candidates, moved through the vacancy's stages by recruiters.
//! Every move is an `application_events` row; the application carries a `version`.

use crate::audit::{self, Actor, Context, Event};
use crate::entities::application::{self, Column, Entity};
use crate::entities::{application_event, application_skill, idempotency_key, vacancy};
use crate::error::corrupt;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::candidate::CandidateProfile;
use cohort_domain::eligibility::{Answers, Evaluation};
use cohort_domain::pipeline::{Position, Status};
use futures::FutureExt;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

/// An uploaded CV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cv {
    /// Its blob.
    pub blob: String,
    /// Its file name as uploaded.
    pub filename: String,
    /// `application/pdf` or the DOCX media type.
    pub content_type: String,
}

/// An application as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The current stage's key.
    pub stage: String,
    /// Its status.
    pub status: Status,
    /// Raised by every change.
    pub version: i32,
    /// The profile as it was when applying.
    pub profile: CandidateProfile,
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    pub answers: Answers,
    /// GitHub profile URL.
    pub github_url: Option<String>,
    /// Portfolio URL.
    pub portfolio_url: Option<String>,
    /// The CV.
    pub cv: Option<Cv>,
    /// Eligibility when applying.
    pub evaluation: Evaluation,
    /// Match score when applying.
    pub match_score: u32,
    /// The privacy notice version consented to.
    pub consent_version: String,
    /// When consent was given.
    pub consented_at: DateTime<Utc>,
    /// When the application was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// Skills suggested from the candidate's GitHub profile (not claimed by them).
    pub suggested_skills: Vec<cohort_domain::github::Suggestion>,
}

/// An application about to be made.
#[derive(Clone, Debug)]
pub struct NewApplication {
    /// The organisation.
    pub org_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The first stage's key.
    pub stage: String,
    /// The profile now.
    pub profile: CandidateProfile,
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    pub answers: Answers,
    /// The CV.
    pub cv: Option<Cv>,
    /// Eligibility now.
    pub evaluation: Evaluation,
    /// Match score now.
    pub match_score: u32,
    /// The privacy notice version consented to.
    pub consent_version: String,
    /// Where it came from (a label: `job_board`, `api`, a campaign's name).
    pub source: String,
}

/// Computes the response (status and body) to store for a new application.
pub type Respond = Box<dyn FnOnce(&Application) -> (u16, String) + Send>;

/// The request an `Idempotency-Key` came with, and how to answer it (computed from the new
/// application, stored with it in the same transaction).
pub struct Idempotency {
    /// The key.
    pub key: String,
    /// SHA-256 of the request.
    pub request_hash: String,
    /// The response: status and body.
    pub respond: Respond,
}

/// A stored answer to an `Idempotency-Key`.
#[derive(Clone, Debug)]
pub struct StoredResponse {
    /// SHA-256 of the request it answered.
    pub request_hash: String,
    /// Its status.
    pub status: u16,
    /// Its body.
    pub body: String,
}

impl TryFrom<application::Model> for Application {
    type Error = StoreError;
    fn try_from(row: application::Model) -> Result<Self, Self::Error> {
        let cv = match (row.cv_blob, row.cv_filename, row.cv_content_type) {
            (Some(blob), Some(filename), Some(content_type)) => Some(Cv { blob, filename, content_type }),
            _ => None,
        };
        Ok(Application {
            id: row.id,
            org_id: row.org_id,
            vacancy_id: row.vacancy_id,
            candidate_id: row.candidate_id,
            stage: row.stage,
            status: serde_json::from_value(serde_json::Value::String(row.status)).map_err(corrupt)?,
            version: row.version,
            profile: serde_json::from_str(&row.profile).map_err(corrupt)?,
            cover_letter: row.cover_letter,
            answers: serde_json::from_str(&row.answers).map_err(corrupt)?,
            github_url: row.github_url,
            portfolio_url: row.portfolio_url,
            cv,
            evaluation: serde_json::from_str(&row.evaluation).map_err(corrupt)?,
            match_score: u32::try_from(row.match_score).unwrap_or_default(),
            consent_version: row.consent_version,
            consented_at: row.consented_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
            suggested_skills: row
                .suggested_skills
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(corrupt)?
                .unwrap_or_default(),
        })
    }
}

/// Which of an organisation's applications to list.
#[derive(Clone, Debug, Default)]
pub struct ApplicationFilter {
    /// Of this vacancy.
    pub vacancy_id: Option<Uuid>,
    /// Of this programme's vacancies.
    pub program_id: Option<Uuid>,
    /// In this stage (key).
    pub stage: Option<String>,
    /// With this status.
    pub status: Option<Status>,
    /// With this skill (exact, any case).
    pub skill: Option<String>,
    /// Words in the candidate's name, institution, field, skills or cover letter (a word of three
    /// letters or more also finds the words it begins).
    pub text: Option<String>,
}

/// How to order an organisation's applications.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ApplicationOrder {
    /// Newest first.
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
    /// Best match first (then newest).
    BestMatch,
}

/// A move to record.
#[derive(Clone, Debug)]
pub struct Moved {
    /// Where it was.
    pub from: Position,
    /// Where it goes.
    pub to: Position,
    /// Why (a rejection reason).
    pub reason: Option<String>,
}

impl Store {
    /// Moves an application if it is still at `expected_version`, recording who, when, from, to
    /// and why. A hire takes one of the vacancy's positions, or is refused when none is left.
    pub async fn move_application(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
        moved: Moved,
    ) -> Result<Application, StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| record_move(tx, ctx, org_id, id, expected_version, moved).boxed()).await
    }

    /// Keeps the skills suggested from the candidate's GitHub profile (not a move: the version
    /// stays).
    pub async fn set_suggested_skills(
        &self,
        id: Uuid,
        suggestions: Vec<cohort_domain::github::Suggestion>,
    ) -> Result<(), StoreError> {
        self.writer
            .run(move |tx| {
                async move {
                    application::ActiveModel {
                        id: Set(id),
                        suggested_skills: Set(Some(serde_json::to_string(&suggestions).map_err(corrupt)?)),
                        ..Default::default()
                    }
                    .update(tx)
                    .await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// How many active applications each of the organisation's vacancies has, in one query.
    pub async fn active_counts(
        &self,
        org_id: Uuid,
    ) -> Result<std::collections::HashMap<Uuid, u64>, StoreError> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, i64)> = Entity::find()
            .select_only()
            .column(Column::VacancyId)
            .column_as(Column::Id.count(), "active")
            .filter(Column::OrgId.eq(org_id))
            .filter(Column::Status.eq(Status::Active.as_str()))
            .filter(Column::ErasedAt.is_null())
            .group_by(Column::VacancyId)
            .into_tuple()
            .all(&self.read)
            .await?;
        Ok(rows.into_iter().map(|(id, n)| (id, u64::try_from(n).unwrap_or(0))).collect())
    }

    /// One application of the organisation (not an erased one).
    pub async fn org_application(&self, org_id: Uuid, id: Uuid) -> Result<Option<Application>, StoreError> {
        let row = Entity::find_by_id(id)
            .filter(Column::OrgId.eq(org_id))
            .filter(Column::ErasedAt.is_null())
            .one(&self.read)
            .await?;
        row.map(Application::try_from).transpose()
    }

    /// The organisation's applications with these ids (at most 500; erased ones left out).
    pub async fn applications_by_ids(
        &self,
        org_id: Uuid,
        ids: Vec<Uuid>,
    ) -> Result<Vec<Application>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Entity::find()
            .filter(Column::OrgId.eq(org_id))
            .filter(Column::ErasedAt.is_null())
            .filter(Column::Id.is_in(ids))
            .limit(500)
            .all(&self.read)
            .await?
            .into_iter()
            .map(Application::try_from)
            .collect()
    }

    /// The organisation's applications, filtered and ordered; pages continue after the cursor
    /// application's place in that order.
    pub async fn org_applications(
        &self,
        org_id: Uuid,
        filter: &ApplicationFilter,
        order: ApplicationOrder,
        page: PageRequest,
    ) -> Result<Page<Application>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id)).filter(Column::ErasedAt.is_null());
        if let Some(vacancy_id) = filter.vacancy_id {
            query = query.filter(Column::VacancyId.eq(vacancy_id));
        }
        if let Some(program_id) = filter.program_id {
            let of_program = Query::select()
                .column(vacancy::Column::Id)
                .from(vacancy::Entity)
                .and_where(vacancy::Column::ProgramId.eq(program_id))
                .to_owned();
            query = query.filter(Column::VacancyId.in_subquery(of_program));
        }
        if let Some(stage) = &filter.stage {
            query = query.filter(Column::Stage.eq(stage.as_str()));
        }
        if let Some(status) = filter.status {
            query = query.filter(Column::Status.eq(status.as_str()));
        }
        if let Some(skill) = filter.skill.as_deref().filter(|s| !s.trim().is_empty()) {
            let with_skill = Query::select()
                .column(application_skill::Column::ApplicationId)
                .from(application_skill::Entity)
                .and_where(application_skill::Column::OrgId.eq(org_id))
                .and_where(application_skill::Column::Skill.eq(skill.trim().to_lowercase()))
                .to_owned();
            query = query.filter(Column::Id.in_subquery(with_skill));
        }
        if let Some(text) = filter.text.as_deref()
            && let Some(matching) = crate::search::matching(self.backend, text)
        {
            query = query.filter(Column::Id.in_subquery(matching));
        }
        if let Some(after) = page.after {
            query = match order {
                ApplicationOrder::Newest => query.filter(Column::Id.lt(after)),
                ApplicationOrder::Oldest => query.filter(Column::Id.gt(after)),
                ApplicationOrder::BestMatch => {
                    let cursor =
                        Entity::find_by_id(after).one(&self.read).await?.ok_or(StoreError::NotFound)?;
                    query.filter(
                        Condition::any().add(Column::MatchScore.lt(cursor.match_score)).add(
                            Condition::all()
                                .add(Column::MatchScore.eq(cursor.match_score))
                                .add(Column::Id.lt(after)),
                        ),
                    )
                }
            };
        }
        query = match order {
            ApplicationOrder::Newest => query.order_by_desc(Column::Id),
            ApplicationOrder::Oldest => query.order_by_asc(Column::Id),
            ApplicationOrder::BestMatch => query.order_by_desc(Column::MatchScore).order_by_desc(Column::Id),
        };
        let rows = query.limit(page.limit + 1).all(&self.read).await?;
        let rows = rows.into_iter().map(Application::try_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(rows, page.limit, |a| a.id))
    }

    /// Makes an application, records its first event and (with a key) the idempotent answer.
    /// A second application of the same candidate to the same vacancy is a
    /// [`StoreError::Conflict`] on `uq_applications_vacancy_candidate` (or its columns).
    pub async fn create_application(
        &self,
        ctx: &Context,
        new: NewApplication,
        idempotency: Option<Idempotency>,
    ) -> Result<Application, StoreError> {
        let ctx = ctx.clone();
        let backend = self.backend;
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let document = crate::search::document(&new.profile, &new.cover_letter);
                    let skills = new.profile.skills.clone();
                    let row = application::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(new.org_id),
                        vacancy_id: Set(new.vacancy_id),
                        candidate_id: Set(new.candidate_id),
                        stage: Set(new.stage.clone()),
                        status: Set(Status::Active.as_str().to_owned()),
                        version: Set(1),
                        github_url: Set(new.profile.github_url()),
                        portfolio_url: Set(new.profile.portfolio_url.clone()),
                        profile: Set(serde_json::to_string(&new.profile).map_err(corrupt)?),
                        cover_letter: Set(new.cover_letter),
                        source: Set(new.source.clone()),
                        answers: Set(serde_json::to_string(&new.answers).map_err(corrupt)?),
                        cv_blob: Set(new.cv.as_ref().map(|cv| cv.blob.clone())),
                        cv_filename: Set(new.cv.as_ref().map(|cv| cv.filename.clone())),
                        cv_content_type: Set(new.cv.as_ref().map(|cv| cv.content_type.clone())),
                        evaluation: Set(serde_json::to_string(&new.evaluation).map_err(corrupt)?),
                        match_score: Set(i32::try_from(new.match_score).unwrap_or(0)),
                        consent_version: Set(new.consent_version),
                        consented_at: Set(now),
                        created_at: Set(now),
                        updated_at: Set(now),
                        suggested_skills: Set(None),
                        erased_at: Set(None),
                    };
                    let application = Application::try_from(row.insert(tx).await?)?;
                    crate::search::index(tx, backend, application.id, document).await?;
                    let mut seen = std::collections::BTreeSet::new();
                    for skill in skills.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()) {
                        if seen.insert(skill.clone()) {
                            application_skill::ActiveModel {
                                id: Set(Uuid::now_v7()),
                                application_id: Set(application.id),
                                org_id: Set(application.org_id),
                                skill: Set(skill),
                            }
                            .insert(tx)
                            .await?;
                        }
                    }
                    application_event::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        application_id: Set(application.id),
                        at: Set(now),
                        actor_kind: Set("candidate".to_owned()),
                        actor_id: Set(Some(application.candidate_id)),
                        from_stage: Set(None),
                        to_stage: Set(application.stage.clone()),
                        from_status: Set(None),
                        to_status: Set(Status::Active.as_str().to_owned()),
                        reason: Set(None),
                    }
                    .insert(tx)
                    .await?;
                    if let Some(idempotency) = idempotency {
                        let (status, body) = (idempotency.respond)(&application);
                        idempotency_key::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            user_id: Set(application.candidate_id),
                            key: Set(idempotency.key),
                            request_hash: Set(idempotency.request_hash),
                            response_status: Set(i32::from(status)),
                            response_body: Set(body),
                            created_at: Set(now),
                        }
                        .insert(tx)
                        .await?;
                    }
                    let ctx = match &ctx.actor {
                        Actor::User { .. } => ctx.clone(),
                        _ => ctx.as_actor(Actor::Anonymous),
                    };
                    let event = Event::new(
                        Action::ApplicationCreated,
                        Some(application.org_id),
                        "application",
                        application.id,
                    )
                    .with_details(serde_json::json!({ "vacancy_id": application.vacancy_id }));
                    audit::announce(tx, &ctx, event).await?;
                    Ok(application)
                }
                .boxed()
            })
            .await
    }

    /// The answer stored for a person's `Idempotency-Key`, if any.
    pub async fn idempotent_response(
        &self,
        user_id: Uuid,
        key: &str,
    ) -> Result<Option<StoredResponse>, StoreError> {
        let row = idempotency_key::Entity::find()
            .filter(idempotency_key::Column::UserId.eq(user_id))
            .filter(idempotency_key::Column::Key.eq(key))
            .one(&self.read)
            .await?;
        Ok(row.map(|r| StoredResponse {
            request_hash: r.request_hash,
            status: u16::try_from(r.response_status).unwrap_or(500),
            body: r.response_body,
        }))
    }

    /// The candidate's application to a vacancy, if they made one.
    pub async fn application_to(
        &self,
        candidate_id: Uuid,
        vacancy_id: Uuid,
    ) -> Result<Option<Application>, StoreError> {
        let row = Entity::find()
            .filter(Column::CandidateId.eq(candidate_id))
            .filter(Column::VacancyId.eq(vacancy_id))
            .one(&self.read)
            .await?;
        row.map(Application::try_from).transpose()
    }

    /// One of the candidate's own applications.
    pub async fn own_application(
        &self,
        candidate_id: Uuid,
        id: Uuid,
    ) -> Result<Option<Application>, StoreError> {
        let row = Entity::find_by_id(id).filter(Column::CandidateId.eq(candidate_id)).one(&self.read).await?;
        row.map(Application::try_from).transpose()
    }

    /// The candidate's applications, newest first.
    pub async fn own_applications(
        &self,
        candidate_id: Uuid,
        page: PageRequest,
    ) -> Result<Page<Application>, StoreError> {
        let mut query = Entity::find().filter(Column::CandidateId.eq(candidate_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.lt(after));
        }
        let rows = query.order_by_desc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let rows = rows.into_iter().map(Application::try_from).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::from_overfetch(rows, page.limit, |a| a.id))
    }

    /// Every move of an application, oldest first (an application has a handful).
    pub async fn application_history(&self, id: Uuid) -> Result<Vec<application_event::Model>, StoreError> {
        Ok(application_event::Entity::find()
            .filter(application_event::Column::ApplicationId.eq(id))
            .order_by_asc(application_event::Column::Id)
            .limit(1000)
            .all(&self.read)
            .await?)
    }
}

/// The move itself, inside the caller's unit of work (offers accept through it too).
pub(crate) async fn record_move(
    tx: &DatabaseTransaction,
    ctx: Context,
    org_id: Uuid,
    id: Uuid,
    expected_version: i32,
    moved: Moved,
) -> Result<Application, StoreError> {
    let now = Utc::now();
    let changes = application::ActiveModel {
        stage: Set(moved.to.stage.clone()),
        status: Set(moved.to.status.as_str().to_owned()),
        version: Set(expected_version + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    let updated = Entity::update_many()
        .set(changes)
        .filter(Column::Id.eq(id))
        .filter(Column::OrgId.eq(org_id))
        .filter(Column::Version.eq(expected_version))
        .exec(tx)
        .await?;
    let row =
        Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(tx).await?.ok_or(StoreError::NotFound)?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale);
    }
    if moved.to.status == Status::Hired && moved.from.status != Status::Hired {
        crate::vacancies::take_position(tx, row.vacancy_id).await?;
    }
    let (actor_kind, actor_id) = match &ctx.actor {
        Actor::User { id, .. } => ("user", Some(*id)),
        Actor::Token { id, .. } => ("token", Some(*id)),
        Actor::Operator => ("operator", None),
        Actor::Anonymous => ("anonymous", None),
        Actor::System => ("system", None),
    };
    application_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        at: Set(now),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        from_stage: Set(Some(moved.from.stage.clone())),
        to_stage: Set(moved.to.stage.clone()),
        from_status: Set(Some(moved.from.status.as_str().to_owned())),
        to_status: Set(moved.to.status.as_str().to_owned()),
        reason: Set(moved.reason.clone()),
    }
    .insert(tx)
    .await?;
    let event = Event::new(Action::ApplicationMoved, Some(org_id), "application", id).with_details(
        serde_json::json!({
            "from": { "stage": moved.from.stage, "status": moved.from.status.as_str() },
            "to": { "stage": moved.to.stage, "status": moved.to.status.as_str() },
            "reason": moved.reason,
        }),
    );
    audit::announce(tx, &ctx, event).await?;
    Application::try_from(row)
}
