//! Retention: each organisation's policy, and what it holds about whom, read into the domain's
//! terms (`cohort_domain::retention`) to decide until when it may be kept.

use crate::audit::{self, Context, Event};
use crate::entities::{application, application_event, consent, intern, retention_policy};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::privacy::ConsentPurpose;
use cohort_domain::retention::{Consent, Keep, Policy, Procedure, Standing, keep};
use futures::FutureExt;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// What one organisation holds about one person, and until when it may keep it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holding {
    /// The organisation.
    pub org_id: Uuid,
    /// The person.
    pub user_id: Uuid,
    /// Their applications there (erased ones left out).
    pub applications: usize,
    /// Until when.
    pub keep: Keep,
}

fn policy_of(row: retention_policy::Model) -> Policy {
    let days = |n: i32| u32::try_from(n).unwrap_or(1);
    Policy {
        after_procedure_days: days(row.after_procedure_days),
        with_consent_days: days(row.with_consent_days),
        after_internship_days: days(row.after_internship_days),
    }
}

/// Every organisation's policy that differs from the defaults.
async fn policies(db: &impl ConnectionTrait) -> Result<HashMap<Uuid, Policy>, StoreError> {
    Ok(retention_policy::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.org_id, policy_of(r)))
        .collect())
}

/// The standings of people at organisations, from the live rows: one organisation's, one
/// person's, or everyone's.
pub(crate) async fn standings(
    db: &impl ConnectionTrait,
    org: Option<Uuid>,
    person: Option<Uuid>,
) -> Result<BTreeMap<(Uuid, Uuid), (Standing, usize)>, StoreError> {
    let mut applications = application::Entity::find()
        .select_only()
        .columns([application::Column::Id, application::Column::OrgId, application::Column::CandidateId])
        .column(application::Column::Status)
        .filter(application::Column::ErasedAt.is_null());
    let mut interns = intern::Entity::find()
        .select_only()
        .columns([intern::Column::OrgId, intern::Column::UserId])
        .column(intern::Column::CompletedAt)
        .filter(intern::Column::ErasedAt.is_null());
    let mut consents =
        consent::Entity::find().filter(consent::Column::Purpose.eq(ConsentPurpose::FutureVacancies.as_str()));
    if let Some(org) = org {
        applications = applications.filter(application::Column::OrgId.eq(org));
        interns = interns.filter(intern::Column::OrgId.eq(org));
        consents = consents.filter(consent::Column::OrgId.eq(org));
    }
    if let Some(person) = person {
        applications = applications.filter(application::Column::CandidateId.eq(person));
        interns = interns.filter(intern::Column::UserId.eq(person));
        consents = consents.filter(consent::Column::UserId.eq(person));
    }
    let applications: Vec<(Uuid, Uuid, Uuid, String)> = applications.into_tuple().all(db).await?;
    // When each finished procedure ended: its last move into rejected or withdrawn.
    let finished: Vec<Uuid> =
        applications.iter().filter(|a| a.3 == "rejected" || a.3 == "withdrawn").map(|a| a.0).collect();
    let mut ended: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
    for chunk in finished.chunks(500) {
        let rows: Vec<(Uuid, Option<DateTime<Utc>>)> = application_event::Entity::find()
            .select_only()
            .column(application_event::Column::ApplicationId)
            .column_as(Expr::col(application_event::Column::At).max(), "at")
            .filter(application_event::Column::ApplicationId.is_in(chunk.to_vec()))
            .filter(application_event::Column::ToStatus.is_in(["rejected", "withdrawn"]))
            .group_by(application_event::Column::ApplicationId)
            .into_tuple()
            .all(db)
            .await?;
        ended.extend(rows.into_iter().filter_map(|(id, at)| Some((id, at?))));
    }
    let mut out: BTreeMap<(Uuid, Uuid), (Standing, usize)> = BTreeMap::new();
    fn entry(
        out: &mut BTreeMap<(Uuid, Uuid), (Standing, usize)>,
        org: Uuid,
        user: Uuid,
    ) -> &mut (Standing, usize) {
        out.entry((org, user)).or_insert_with(|| {
            (Standing { procedures: vec![], consent: Consent::None, internships: vec![] }, 0)
        })
    }
    for (id, org_id, user_id, status) in applications {
        let procedure = match status.as_str() {
            "hired" => Procedure::Hired,
            // A finished procedure without its event (imported data): it ended when it was last seen.
            "rejected" | "withdrawn" => ended.get(&id).map_or(Procedure::Open, |at| Procedure::Ended(*at)),
            _ => Procedure::Open,
        };
        let (standing, count) = entry(&mut out, org_id, user_id);
        standing.procedures.push(procedure);
        *count += 1;
    }
    let interns: Vec<(Uuid, Uuid, Option<DateTime<Utc>>)> = interns.into_tuple().all(db).await?;
    for (org_id, user_id, completed_at) in interns {
        entry(&mut out, org_id, user_id).0.internships.push(completed_at);
    }
    // The latest consent decides (a withdrawn one followed by a new one is in force).
    let mut consents = consents.all(db).await?;
    consents.sort_by_key(|c| c.given_at);
    for c in consents {
        if let Some((standing, _)) = out.get_mut(&(c.org_id, c.user_id)) {
            standing.consent = match c.withdrawn_at {
                None => Consent::Given,
                Some(at) => Consent::Withdrawn(at),
            };
        }
    }
    Ok(out)
}

/// Until when each organisation may keep what it holds about each person.
pub(crate) async fn holdings(
    db: &impl ConnectionTrait,
    org: Option<Uuid>,
    person: Option<Uuid>,
) -> Result<Vec<Holding>, StoreError> {
    let policies = policies(db).await?;
    let standings = standings(db, org, person).await?;
    Ok(standings
        .into_iter()
        .map(|((org_id, user_id), (standing, applications))| Holding {
            org_id,
            user_id,
            applications,
            keep: keep(&policies.get(&org_id).copied().unwrap_or_default(), &standing),
        })
        .collect())
}

impl Store {
    /// An organisation's retention policy (the defaults until it sets one).
    pub async fn retention_policy(&self, org_id: Uuid) -> Result<Policy, StoreError> {
        Ok(retention_policy::Entity::find_by_id(org_id)
            .one(&self.read)
            .await?
            .map(policy_of)
            .unwrap_or_default())
    }

    /// Sets an organisation's retention policy.
    pub async fn set_retention_policy(
        &self,
        ctx: &Context,
        org_id: Uuid,
        policy: Policy,
    ) -> Result<Policy, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let days = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
                    let row = retention_policy::ActiveModel {
                        org_id: Set(org_id),
                        after_procedure_days: Set(days(policy.after_procedure_days)),
                        with_consent_days: Set(days(policy.with_consent_days)),
                        after_internship_days: Set(days(policy.after_internship_days)),
                        updated_at: Set(Utc::now()),
                    };
                    if retention_policy::Entity::find_by_id(org_id).one(tx).await?.is_some() {
                        row.update(tx).await?;
                    } else {
                        row.insert(tx).await?;
                    }
                    let event =
                        Event::new(Action::RetentionPolicyChanged, Some(org_id), "organisation", org_id)
                            .with_details(serde_json::to_value(policy).unwrap_or_default());
                    audit::append(tx, &ctx, event).await?;
                    Ok(policy)
                }
                .boxed()
            })
            .await
    }

    /// Whether the organisation holds anything about the person (an application, an intern
    /// record, a consent) that is not erased yet.
    pub async fn holds_data_about(&self, org_id: Uuid, user_id: Uuid) -> Result<bool, StoreError> {
        Ok(!holdings(&self.read, Some(org_id), Some(user_id)).await?.is_empty())
    }

    /// People's names, by account.
    pub async fn user_names(&self, ids: Vec<Uuid>) -> Result<HashMap<Uuid, String>, StoreError> {
        Ok(self.users_by_ids(ids).await?.into_iter().map(|u| (u.id, u.name.to_string())).collect())
    }

    /// What every organisation (or one) holds about whom, and until when.
    pub async fn holdings(&self, org: Option<Uuid>) -> Result<Vec<Holding>, StoreError> {
        holdings(&self.read, org, None).await
    }
}
