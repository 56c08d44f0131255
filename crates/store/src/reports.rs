//! What the reports are computed from: applications' histories and interviews' panels, read in
//! a few queries per report (erased applications included: their counts stay).

use crate::entities::{application, application_event, interview, interview_panelist, scorecard, vacancy};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::pipeline::Status;
use cohort_domain::reports::{History, InterviewFacts, Step};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

/// Which applications a report covers.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReportScope {
    /// One vacancy's.
    pub vacancy_id: Option<Uuid>,
    /// One programme's.
    pub program_id: Option<Uuid>,
}

/// An application event as the report reads it: application, time, stage, status, reason.
type EventRow = (Uuid, DateTime<Utc>, String, String, Option<String>);

fn status(name: &str) -> Status {
    match name {
        "hired" => Status::Hired,
        "rejected" => Status::Rejected,
        "withdrawn" => Status::Withdrawn,
        _ => Status::Active,
    }
}

impl Store {
    /// The histories of an organisation's applications in scope, with each one's vacancy (at
    /// most 50,000 applications: a report of more is cut there).
    pub async fn report_histories(
        &self,
        org_id: Uuid,
        scope: ReportScope,
    ) -> Result<Vec<(Uuid, History)>, StoreError> {
        let mut query = application::Entity::find()
            .select_only()
            .columns([application::Column::Id, application::Column::VacancyId])
            .column(application::Column::CreatedAt)
            .column(application::Column::Source)
            .filter(application::Column::OrgId.eq(org_id));
        if let Some(vacancy_id) = scope.vacancy_id {
            query = query.filter(application::Column::VacancyId.eq(vacancy_id));
        }
        if let Some(program_id) = scope.program_id {
            let of_program = Query::select()
                .column(vacancy::Column::Id)
                .from(vacancy::Entity)
                .and_where(vacancy::Column::ProgramId.eq(program_id))
                .to_owned();
            query = query.filter(application::Column::VacancyId.in_subquery(of_program));
        }
        let rows: Vec<(Uuid, Uuid, DateTime<Utc>, String)> =
            query.order_by_asc(application::Column::Id).limit(50_000).into_tuple().all(&self.read).await?;
        let mut steps: HashMap<Uuid, Vec<Step>> = HashMap::with_capacity(rows.len());
        for chunk in rows.chunks(500) {
            let ids: Vec<Uuid> = chunk.iter().map(|r| r.0).collect();
            let events: Vec<EventRow> = application_event::Entity::find()
                .select_only()
                .columns([application_event::Column::ApplicationId, application_event::Column::At])
                .columns([
                    application_event::Column::ToStage,
                    application_event::Column::ToStatus,
                    application_event::Column::Reason,
                ])
                .filter(application_event::Column::ApplicationId.is_in(ids))
                .order_by_asc(application_event::Column::Id)
                .into_tuple()
                .all(&self.read)
                .await?;
            for (id, at, stage, to_status, reason) in events {
                steps.entry(id).or_default().push(Step { at, stage, status: status(&to_status), reason });
            }
        }
        Ok(rows
            .into_iter()
            .map(|(id, vacancy_id, created_at, source)| {
                (vacancy_id, History { created_at, source, steps: steps.remove(&id).unwrap_or_default() })
            })
            .collect())
    }

    /// The organisation's interviews in scope, with their panels and who scored them.
    pub async fn report_interviews(
        &self,
        org_id: Uuid,
        scope: ReportScope,
    ) -> Result<Vec<InterviewFacts>, StoreError> {
        let mut query = interview::Entity::find().filter(interview::Column::OrgId.eq(org_id));
        if scope.vacancy_id.is_some() || scope.program_id.is_some() {
            let mut of_scope = Query::select()
                .column(application::Column::Id)
                .from(application::Entity)
                .and_where(application::Column::OrgId.eq(org_id))
                .to_owned();
            if let Some(vacancy_id) = scope.vacancy_id {
                of_scope.and_where(application::Column::VacancyId.eq(vacancy_id));
            }
            if let Some(program_id) = scope.program_id {
                of_scope.and_where(
                    application::Column::VacancyId.in_subquery(
                        Query::select()
                            .column(vacancy::Column::Id)
                            .from(vacancy::Entity)
                            .and_where(vacancy::Column::ProgramId.eq(program_id))
                            .to_owned(),
                    ),
                );
            }
            query = query.filter(interview::Column::ApplicationId.in_subquery(of_scope));
        }
        let interviews = query.order_by_asc(interview::Column::Id).limit(50_000).all(&self.read).await?;
        let mut panels: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        let mut scored: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for chunk in interviews.chunks(500) {
            let ids: Vec<Uuid> = chunk.iter().map(|i| i.id).collect();
            for p in interview_panelist::Entity::find()
                .filter(interview_panelist::Column::InterviewId.is_in(ids.clone()))
                .all(&self.read)
                .await?
            {
                panels.entry(p.interview_id).or_default().push(p.user_id);
            }
            let cards: Vec<(Uuid, Uuid)> = scorecard::Entity::find()
                .select_only()
                .columns([scorecard::Column::InterviewId, scorecard::Column::InterviewerId])
                .filter(scorecard::Column::InterviewId.is_in(ids))
                .into_tuple()
                .all(&self.read)
                .await?;
            for (interview_id, interviewer) in cards {
                scored.entry(interview_id).or_default().push(interviewer);
            }
        }
        Ok(interviews
            .into_iter()
            .map(|i| InterviewFacts {
                ends_at: i.ends_at,
                cancelled: i.status == "cancelled",
                panel: panels.remove(&i.id).unwrap_or_default(),
                scored_by: scored.remove(&i.id).unwrap_or_default(),
            })
            .collect())
    }

    /// When each application entered the stage it is in now (its last move into another stage).
    pub async fn stage_entered_at(&self, ids: Vec<Uuid>) -> Result<HashMap<Uuid, DateTime<Utc>>, StoreError> {
        let mut entered: HashMap<Uuid, (String, DateTime<Utc>)> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let events: Vec<(Uuid, DateTime<Utc>, String)> = application_event::Entity::find()
                .select_only()
                .columns([application_event::Column::ApplicationId, application_event::Column::At])
                .column(application_event::Column::ToStage)
                .filter(application_event::Column::ApplicationId.is_in(chunk.to_vec()))
                .order_by_asc(application_event::Column::Id)
                .into_tuple()
                .all(&self.read)
                .await?;
            for (id, at, stage) in events {
                match entered.get(&id) {
                    Some((current, _)) if *current == stage => {}
                    _ => {
                        entered.insert(id, (stage, at));
                    }
                }
            }
        }
        Ok(entered.into_iter().map(|(id, (_, at))| (id, at)).collect())
    }
}
