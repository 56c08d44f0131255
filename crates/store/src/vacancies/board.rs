//! The public job board: what it finds for a search, and how many.

use super::{BoardFilter, Column, Entity, Vacancy, VacancyStatus, WorkMode, work_mode_name};
use crate::entities::vacancy_skill;
use crate::search::contains_pattern;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Select};

impl Store {
    /// The public job board: published vacancies open on `today`, newest first.
    pub async fn job_board(
        &self,
        filter: &BoardFilter,
        today: NaiveDate,
        page: PageRequest,
    ) -> Result<Page<Vacancy>, StoreError> {
        self.newest_first(board_query(filter, today), page).await
    }

    /// How many vacancies the job board finds for `filter` on `today`.
    pub async fn job_board_count(&self, filter: &BoardFilter, today: NaiveDate) -> Result<u64, StoreError> {
        Ok(board_query(filter, today).count(&self.read).await?)
    }
}

/// The published vacancies open on `today` that `filter` finds. The text finds a vacancy by the
/// words of its title or description (in any of its languages) or by one of its skills.
fn board_query(filter: &BoardFilter, today: NaiveDate) -> Select<Entity> {
    let mut query = Entity::find()
        .filter(Column::Status.eq(VacancyStatus::Published.as_str()))
        .filter(Column::OpensOn.lte(today))
        .filter(Column::ClosesOn.gte(today));
    if let Some(text) = filter.text.as_deref().filter(|t| !t.trim().is_empty()) {
        let title = Expr::expr(Func::lower(Expr::col(Column::Title))).like(contains_pattern(text));
        let description =
            Expr::expr(Func::lower(Expr::col(Column::Description))).like(contains_pattern(text));
        let translated = Expr::col(Column::TranslatedWords).like(contains_pattern(text));
        let with_skill = Query::select()
            .column(vacancy_skill::Column::VacancyId)
            .from(vacancy_skill::Entity)
            .and_where(vacancy_skill::Column::Skill.like(contains_pattern(text)))
            .to_owned();
        query = query.filter(title.or(description).or(translated).or(Column::Id.in_subquery(with_skill)));
    }
    if let Some(location) = filter.location.as_deref().filter(|l| !l.trim().is_empty()) {
        query = query
            .filter(Expr::expr(Func::lower(Expr::col(Column::Location))).like(contains_pattern(location)));
    }
    if let Some(skill) = filter.skill.as_deref().filter(|s| !s.trim().is_empty()) {
        let with_skill = Query::select()
            .column(vacancy_skill::Column::VacancyId)
            .from(vacancy_skill::Entity)
            .and_where(vacancy_skill::Column::Skill.eq(skill.trim().to_lowercase()))
            .to_owned();
        query = query.filter(Column::Id.in_subquery(with_skill));
    }
    match filter.remote {
        Some(true) => query = query.filter(Column::WorkMode.eq(work_mode_name(WorkMode::Remote))),
        Some(false) => query = query.filter(Column::WorkMode.ne(work_mode_name(WorkMode::Remote))),
        None => {}
    }
    if let Some(org_id) = filter.org_id {
        query = query.filter(Column::OrgId.eq(org_id));
    }
    query
}
