//! Mentors and the matching runs that pair them with interns.

use super::*;
use crate::audit::{self, Context, Event};
use crate::entities::{intern, matching_run, mentor, team};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::internship::InternStatus;
use cohort_domain::matching::Pair;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;
use uuid::Uuid;

/// What a mentor declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorDraft {
    /// How many interns at once.
    pub capacity: u32,
    /// Skills.
    pub skills: Vec<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// Their team.
    pub team_id: Option<Uuid>,
}

/// A mentor's profile with their current load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorProfile {
    /// The member.
    pub user_id: Uuid,
    /// What they declared.
    pub draft: MentorDraft,
    /// Active interns they mentor now.
    pub mentees: u32,
    /// When they last changed it.
    pub updated_at: DateTime<Utc>,
}

/// A matching run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchingRun {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The programme.
    pub program_id: Uuid,
    /// `proposed` or `published`.
    pub status: String,
    /// The pairs, with their explanations.
    pub pairs: Vec<Pair>,
    /// Interns left without a mentor (no one allowed had room).
    pub unmatched: Vec<Uuid>,
    /// Who ran it.
    pub created_by: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
    /// When published.
    pub published_at: Option<DateTime<Utc>>,
    /// Raised by every change (the ETag).
    pub version: i32,
}

pub(super) fn run_from(row: matching_run::Model) -> Result<MatchingRun, StoreError> {
    Ok(MatchingRun {
        id: row.id,
        org_id: row.org_id,
        program_id: row.program_id,
        status: row.status,
        pairs: from_json(&row.pairs)?,
        unmatched: from_json(&row.unmatched)?,
        created_by: row.created_by,
        created_at: row.created_at,
        published_at: row.published_at,
        version: row.version,
    })
}

pub(super) async fn mentee_counts(
    db: &impl ConnectionTrait,
    org_id: Uuid,
) -> Result<BTreeMap<Uuid, u32>, StoreError> {
    let rows: Vec<(Option<Uuid>, i64)> = intern::Entity::find()
        .select_only()
        .column(intern::Column::MentorId)
        .column_as(intern::Column::Id.count(), "n")
        .filter(intern::Column::OrgId.eq(org_id))
        .filter(intern::Column::Status.eq(InternStatus::Active.as_str()))
        .filter(intern::Column::MentorId.is_not_null())
        .group_by(intern::Column::MentorId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(m, n)| m.map(|m| (m, u32::try_from(n).unwrap_or(u32::MAX)))).collect())
}

pub(super) fn mentor_from(
    row: mentor::Model,
    mentees: &BTreeMap<Uuid, u32>,
) -> Result<MentorProfile, StoreError> {
    Ok(MentorProfile {
        user_id: row.user_id,
        draft: MentorDraft {
            capacity: u32::try_from(row.capacity).unwrap_or_default(),
            skills: from_json(&row.skills)?,
            interests: from_json(&row.interests)?,
            languages: from_json(&row.languages)?,
            team_id: row.team_id,
        },
        mentees: mentees.get(&row.user_id).copied().unwrap_or_default(),
        updated_at: row.updated_at,
    })
}

impl Store {
    /// Sets a member's mentor profile.
    pub async fn set_mentor(
        &self,
        ctx: &Context,
        org_id: Uuid,
        user_id: Uuid,
        draft: MentorDraft,
    ) -> Result<MentorProfile, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    if let Some(team_id) = draft.team_id {
                        team::Entity::find_by_id(team_id)
                            .filter(team::Column::OrgId.eq(org_id))
                            .one(tx)
                            .await?
                            .ok_or(StoreError::Refused(Refusal::UnknownTeam))?;
                    }
                    mentor::Entity::delete_by_id((org_id, user_id)).exec(tx).await?;
                    let row = mentor::ActiveModel {
                        org_id: Set(org_id),
                        user_id: Set(user_id),
                        capacity: Set(i32::try_from(draft.capacity).unwrap_or(i32::MAX)),
                        skills: Set(to_json(&draft.skills)?),
                        interests: Set(to_json(&draft.interests)?),
                        languages: Set(to_json(&draft.languages)?),
                        team_id: Set(draft.team_id),
                        updated_at: Set(Utc::now()),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::MentorProfileChanged, Some(org_id), "user", user_id);
                    audit::append(tx, &ctx, event).await?;
                    mentor_from(row, &mentee_counts(tx, org_id).await?)
                }
                .boxed()
            })
            .await
    }

    /// The organisation's mentors with their loads (at most 1,000).
    pub async fn mentors(&self, org_id: Uuid) -> Result<Vec<MentorProfile>, StoreError> {
        let counts = mentee_counts(&self.read, org_id).await?;
        mentor::Entity::find()
            .filter(mentor::Column::OrgId.eq(org_id))
            .order_by_asc(mentor::Column::UserId)
            .limit(1000)
            .all(&self.read)
            .await?
            .into_iter()
            .map(|row| mentor_from(row, &counts))
            .collect()
    }

    /// The active interns of a programme without a mentor (at most 5,000): who a run matches.
    pub async fn unmatched_interns(&self, org_id: Uuid, program_id: Uuid) -> Result<Vec<Intern>, StoreError> {
        intern::Entity::find()
            .filter(intern::Column::OrgId.eq(org_id))
            .filter(intern::Column::ProgramId.eq(program_id))
            .filter(intern::Column::Status.eq(InternStatus::Active.as_str()))
            .filter(intern::Column::MentorId.is_null())
            .order_by_asc(intern::Column::Id)
            .limit(5000)
            .all(&self.read)
            .await?
            .into_iter()
            .map(intern_from)
            .collect()
    }

    /// Stores a proposed matching.
    pub async fn create_matching_run(
        &self,
        ctx: &Context,
        org_id: Uuid,
        program_id: Uuid,
        pairs: Vec<Pair>,
        unmatched: Vec<Uuid>,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let row = matching_run::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        org_id: Set(org_id),
                        program_id: Set(program_id),
                        status: Set("proposed".into()),
                        pairs: Set(to_json(&pairs)?),
                        unmatched: Set(to_json(&unmatched)?),
                        created_by: Set(ctx.actor_user()),
                        created_at: Set(Utc::now()),
                        published_at: Set(None),
                        version: Set(1),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::MatchingProposed, Some(org_id), "matching_run", row.id)
                        .with_details(serde_json::json!({ "program_id": program_id, "pairs": pairs.len() }));
                    audit::append(tx, &ctx, event).await?;
                    run_from(row)
                }
                .boxed()
            })
            .await
    }

    /// One matching run of the organisation.
    pub async fn matching_run(&self, org_id: Uuid, id: Uuid) -> Result<Option<MatchingRun>, StoreError> {
        matching_run::Entity::find_by_id(id)
            .filter(matching_run::Column::OrgId.eq(org_id))
            .one(&self.read)
            .await?
            .map(run_from)
            .transpose()
    }

    /// The organisation's latest matching runs, newest first.
    pub async fn matching_runs(&self, org_id: Uuid, limit: u64) -> Result<Vec<MatchingRun>, StoreError> {
        matching_run::Entity::find()
            .filter(matching_run::Column::OrgId.eq(org_id))
            .order_by_desc(matching_run::Column::CreatedAt)
            .limit(limit)
            .all(&self.read)
            .await?
            .into_iter()
            .map(run_from)
            .collect()
    }

    /// Replaces a proposed run's pairs (an override the service checked), at `expected_version`.
    pub async fn update_matching_run(
        &self,
        ctx: &Context,
        run: MatchingRun,
        expected_version: i32,
        intern_id: Uuid,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let updated = matching_run::Entity::update_many()
                        .set(matching_run::ActiveModel {
                            pairs: Set(to_json(&run.pairs)?),
                            unmatched: Set(to_json(&run.unmatched)?),
                            version: Set(expected_version + 1),
                            ..Default::default()
                        })
                        .filter(matching_run::Column::Id.eq(run.id))
                        .filter(matching_run::Column::Version.eq(expected_version))
                        .filter(matching_run::Column::Status.eq("proposed"))
                        .exec(tx)
                        .await?;
                    if updated.rows_affected == 0 {
                        return Err(StoreError::Stale);
                    }
                    let event = Event::new(Action::MatchingChanged, Some(run.org_id), "matching_run", run.id)
                        .with_details(serde_json::json!({ "intern_id": intern_id }));
                    audit::append(tx, &ctx, event).await?;
                    let row = matching_run::Entity::find_by_id(run.id)
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    run_from(row)
                }
                .boxed()
            })
            .await
    }

    /// Publishes a proposed run: every intern gets their mentor (unless one was set meanwhile:
    /// 409 `already_matched`) and each pair is announced (`mentor.matched`), in one transaction.
    pub async fn publish_matching_run(
        &self,
        ctx: &Context,
        org_id: Uuid,
        id: Uuid,
        expected_version: i32,
    ) -> Result<MatchingRun, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let now = Utc::now();
                    let updated = matching_run::Entity::update_many()
                        .set(matching_run::ActiveModel {
                            status: Set("published".into()),
                            published_at: Set(Some(now)),
                            version: Set(expected_version + 1),
                            ..Default::default()
                        })
                        .filter(matching_run::Column::Id.eq(id))
                        .filter(matching_run::Column::OrgId.eq(org_id))
                        .filter(matching_run::Column::Version.eq(expected_version))
                        .filter(matching_run::Column::Status.eq("proposed"))
                        .exec(tx)
                        .await?;
                    let row = matching_run::Entity::find_by_id(id)
                        .filter(matching_run::Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if updated.rows_affected == 0 {
                        if row.status == "published" {
                            return Err(StoreError::Refused(Refusal::RunPublished));
                        }
                        return Err(StoreError::Stale);
                    }
                    let run = run_from(row)?;
                    for pair in &run.pairs {
                        let set = intern::Entity::update_many()
                            .set(intern::ActiveModel {
                                mentor_id: Set(Some(pair.mentor)),
                                updated_at: Set(now),
                                ..Default::default()
                            })
                            .filter(intern::Column::Id.eq(pair.intern))
                            .filter(intern::Column::MentorId.is_null())
                            .exec(tx)
                            .await?;
                        if set.rows_affected == 0 {
                            return Err(StoreError::Refused(Refusal::AlreadyMatched(pair.intern)));
                        }
                        let intern = load_intern(tx, pair.intern).await?.ok_or(StoreError::NotFound)?;
                        let event = Event::new(Action::MentorMatched, Some(org_id), "intern", pair.intern)
                            .with_details(serde_json::json!({
                                "application_id": intern.application_id,
                                "mentor_id": pair.mentor,
                                "matching_run_id": id,
                                "score": pair.score,
                            }));
                        audit::announce(tx, &ctx, event).await?;
                    }
                    Ok(run)
                }
                .boxed()
            })
            .await
    }
}
