//! The talent pool: candidates imported in bulk. Each batch is one transaction; a candidate
//! already in the pool (same e-mail) is skipped, never overwritten.

use crate::audit::{self, Context, Event};
use crate::entities::talent::{self, Column, Entity};
use crate::entities::talent_invitation;
use crate::error::corrupt;
use crate::search::contains_pattern;
use crate::{Page, PageRequest, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::candidate::CandidateProfile;
use futures::FutureExt;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A candidate of the pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolEntry {
    /// Its id.
    pub id: Uuid,
    /// Their e-mail address.
    pub email: String,
    /// Their profile.
    pub profile: CandidateProfile,
    /// `csv` or `json_resume`.
    pub source: String,
    /// When imported.
    pub created_at: DateTime<Utc>,
}

/// What a batch did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// How many were added.
    pub added: usize,
    /// The e-mail addresses already in the pool.
    pub duplicates: Vec<String>,
}

impl Store {
    /// Adds a batch of candidates (e-mail, profile) from `source`, skipping those already there.
    pub async fn import_talent(
        &self,
        ctx: &Context,
        org_id: Uuid,
        source: &str,
        batch: Vec<(String, CandidateProfile)>,
    ) -> Result<Imported, StoreError> {
        let ctx = ctx.clone();
        let source = source.to_owned();
        self.writer
            .run(move |tx| {
                async move {
                    let emails: Vec<String> = batch.iter().map(|(e, _)| e.to_lowercase()).collect();
                    let existing: Vec<String> = Entity::find()
                        .select_only()
                        .column(Column::Email)
                        .filter(Column::OrgId.eq(org_id))
                        .filter(Column::Email.is_in(emails))
                        .into_tuple()
                        .all(tx)
                        .await?;
                    let mut done = Imported::default();
                    let now = Utc::now();
                    let mut seen = std::collections::BTreeSet::new();
                    for (email, profile) in batch {
                        let email = email.to_lowercase();
                        if existing.contains(&email) || !seen.insert(email.clone()) {
                            done.duplicates.push(email);
                            continue;
                        }
                        talent::ActiveModel {
                            id: Set(Uuid::now_v7()),
                            org_id: Set(org_id),
                            email: Set(email),
                            name: Set(profile.name.clone()),
                            profile: Set(serde_json::to_string(&profile).map_err(corrupt)?),
                            source: Set(source.clone()),
                            created_at: Set(now),
                        }
                        .insert(tx)
                        .await?;
                        done.added += 1;
                    }
                    if done.added > 0 {
                        let event = Event::new(Action::TalentImported, Some(org_id), "org", org_id)
                            .with_details(serde_json::json!({ "added": done.added, "source": source }));
                        audit::append(tx, &ctx, event).await?;
                    }
                    Ok(done)
                }
                .boxed()
            })
            .await
    }

    /// The organisation's pool, oldest first; with `search`, only those whose name, address or
    /// profile (skills, university, links) holds it.
    pub async fn talent_page(
        &self,
        org_id: Uuid,
        search: &str,
        page: PageRequest,
    ) -> Result<Page<PoolEntry>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if !search.trim().is_empty() {
            let lower =
                |column: Column| Expr::expr(Func::lower(Expr::col(column))).like(contains_pattern(search));
            query = query.filter(
                Condition::any()
                    .add(lower(Column::Name))
                    .add(lower(Column::Email))
                    .add(lower(Column::Profile)),
            );
        }
        if let Some(after) = page.after {
            query = query.filter(Column::Id.gt(after));
        }
        let rows = query.order_by_asc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let items = rows.into_iter().map(entry).collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Page::from_overfetch(items, page.limit, |e| e.id))
    }

    /// One candidate of the organisation's pool.
    pub async fn talent_entry(&self, org_id: Uuid, id: Uuid) -> Result<Option<PoolEntry>, StoreError> {
        let row = Entity::find_by_id(id).filter(Column::OrgId.eq(org_id)).one(&self.read).await?;
        row.map(entry).transpose()
    }

    /// The invitations to apply the candidates `entries` were sent: (candidate, vacancy, when).
    pub async fn talent_invitations(
        &self,
        org_id: Uuid,
        entries: Vec<Uuid>,
    ) -> Result<Vec<(Uuid, Uuid, DateTime<Utc>)>, StoreError> {
        let rows = talent_invitation::Entity::find()
            .filter(talent_invitation::Column::OrgId.eq(org_id))
            .filter(talent_invitation::Column::EntryId.is_in(entries))
            .order_by_asc(talent_invitation::Column::Id)
            .all(&self.read)
            .await?;
        Ok(rows.into_iter().map(|r| (r.entry_id, r.vacancy_id, r.created_at)).collect())
    }

    /// Invites a candidate of the pool to apply to a vacancy: the invitation, its audit event and
    /// the e-mail (`letter`, addressed here) in one transaction. Inviting them to the same vacancy
    /// twice is a [`StoreError::Conflict`] naming `uq_talent_invitations`.
    pub async fn invite_talent(
        &self,
        ctx: &Context,
        entry: &PoolEntry,
        org_id: Uuid,
        vacancy_id: Uuid,
        letter: serde_json::Value,
    ) -> Result<DateTime<Utc>, StoreError> {
        let ctx = ctx.clone();
        let (entry_id, email, name) = (entry.id, entry.email.clone(), entry.profile.name.clone());
        self.writer
            .run(move |tx| {
                async move {
                    let id = Uuid::now_v7();
                    let now = Utc::now();
                    talent_invitation::ActiveModel {
                        id: Set(id),
                        org_id: Set(org_id),
                        entry_id: Set(entry_id),
                        vacancy_id: Set(vacancy_id),
                        email: Set(email.clone()),
                        invited_by: Set(ctx.actor_user()),
                        created_at: Set(now),
                    }
                    .insert(tx)
                    .await?;
                    let event = Event::new(Action::TalentInvited, Some(org_id), "talent", entry_id)
                        .with_details(serde_json::json!({ "vacancy_id": vacancy_id }));
                    audit::append(tx, &ctx, event).await?;
                    let mut letter = letter;
                    letter["letter"] = "talent_invitation".into();
                    letter["to"] = email.into();
                    letter["name"] = name.into();
                    let job = crate::jobs::NewJob {
                        kind: "email".into(),
                        dedupe_key: format!("talent-invited:{id}"),
                        org_id: Some(org_id),
                        payload: serde_json::json!({ "account": letter }),
                    };
                    crate::jobs::insert(tx, job, now).await?;
                    Ok(now)
                }
                .boxed()
            })
            .await
    }
}

fn entry(r: talent::Model) -> Result<PoolEntry, StoreError> {
    Ok(PoolEntry {
        id: r.id,
        email: r.email,
        profile: serde_json::from_str(&r.profile).map_err(corrupt)?,
        source: r.source,
        created_at: r.created_at,
    })
}
