//! Applications as read: by the organisation (filtered, ordered, paged), by the candidate, their history; stored idempotent answers.

use super::*;
use crate::entities::application::{Column, Entity};
use crate::entities::{application_event, application_skill, idempotency_key, vacancy};
use crate::{Page, PageRequest, Store, StoreError};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

impl Store {
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
}

impl Store {
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
            response_status: r.response_status,
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
