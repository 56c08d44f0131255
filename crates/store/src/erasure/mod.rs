//! Erasure: everything held about a person, everywhere (their own request) or at one
//! organisation (retention, or an admin's erasure), removed in one transaction.
//!
//! Rows that reports count stay, with nothing personal left in them: applications keep their
//! vacancy, stage, status and dates; interviews, scorecards and reviews keep who did them and
//! the numbers. What points at the person is moved to a pseudonym, an account row of its own
//! that nobody can sign in to and that no other data links back to. Free text, contact details,
//! files, the search index's entries, consents, the view log and queued messages about them go.
//! Audit entries stay and name the pseudonym. Files are named for the caller to remove once no
//! other row refers to them.

mod scrub;

use scrub::*;

use crate::audit::{self, Context, Event};
use crate::entities::{
    application, calendar_feed, case_assignment, intern, login_attempt, membership, password_token, profile,
    session, user,
};
use crate::internship::lock_row;
use crate::{Backend, Store, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, Set, Statement,
};
use uuid::Uuid;

/// What an erased person's name becomes.
pub const ERASED_NAME: &str = "Erased person";

/// Whose data, where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everything, the account included (the person's own request).
    Everywhere,
    /// What one organisation holds (retention, or its admin's erasure); the account stays.
    Org(Uuid),
}

/// Why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The person asked (`DELETE /me`).
    Request,
    /// An admin of the organisation erased it.
    Admin,
    /// The retention period ran out at this time (checked again inside the transaction, so that
    /// an application made meanwhile keeps everything).
    Retention(DateTime<Utc>),
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Request => "request",
            Trigger::Admin => "admin",
            Trigger::Retention(_) => "retention",
        }
    }
}

/// What an erasure did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Erasure {
    /// Whether anything was erased (retention finds nothing due when the person applied again).
    pub erased: bool,
    /// Applications anonymised.
    pub applications: usize,
    /// Intern records anonymised.
    pub interns: usize,
    /// Files no row of the person refers to any longer: remove them from the blob store once no
    /// other row does (`Store::blob_in_use`).
    pub files: Vec<String>,
}

/// `LIKE '%needle%'`, with the needle's own `%` and `_` taken literally.
fn contains(column: impl sea_orm::sea_query::IntoColumnRef, needle: &str) -> SimpleExpr {
    let escaped = needle.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    Expr::col(column).like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}

/// Rows whose text names any of `needles`.
fn mentions(column: impl sea_orm::sea_query::IntoColumnRef + Clone, needles: &[String]) -> Condition {
    needles.iter().fold(Condition::any(), |any, needle| any.add(contains(column.clone(), needle)))
}

impl Store {
    /// Erases what is held about `user_id` in `scope`. 404 for an unknown or already erased
    /// account; 409 `member_of_organisation` (everywhere, while they are a member somewhere) and
    /// 409 `internship_in_progress` (while an internship in scope runs).
    pub async fn erase_person(
        &self,
        ctx: &Context,
        user_id: Uuid,
        scope: Scope,
        trigger: Trigger,
    ) -> Result<Erasure, StoreError> {
        let ctx = ctx.clone();
        let backend = self.backend;
        self.writer.run(move |tx| erase(tx, backend, ctx, user_id, scope, trigger).boxed()).await
    }

    /// Whether any row still refers to a stored file.
    pub async fn blob_in_use(&self, blob: &str) -> Result<bool, StoreError> {
        let cvs = application::Entity::find()
            .filter(application::Column::CvBlob.eq(blob))
            .count(&self.read)
            .await?;
        let archives = case_assignment::Entity::find()
            .filter(case_assignment::Column::ArchiveBlob.eq(blob))
            .count(&self.read)
            .await?;
        let attachments = crate::entities::case_study::Entity::find()
            .filter(contains(crate::entities::case_study::Column::Attachments, blob))
            .count(&self.read)
            .await?;
        Ok(cvs + archives + attachments > 0)
    }

    /// On SQLite, writes the write-ahead log into the database file and empties it, so that
    /// erased bytes (zeroed in the file by `secure_delete`) are gone from the log as well.
    /// Returns whether the log is empty now (`false` while a reader held it; the next run
    /// finishes the job). Nothing to do on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<bool, StoreError> {
        if self.backend != Backend::Sqlite {
            return Ok(true);
        }
        let statement =
            Statement::from_string(self.read.get_database_backend(), "PRAGMA wal_checkpoint(TRUNCATE)");
        let row = self.read.query_one_raw(statement).await?;
        let busy: i64 = row.map(|r| r.try_get_by_index(0)).transpose()?.unwrap_or(0);
        Ok(busy == 0)
    }
}

/// How the audit trail names a pseudonym.
fn pseudonym_label(pseudonym: Uuid) -> String {
    format!("erased-{}", &pseudonym.simple().to_string()[..12])
}

async fn erase(
    tx: &DatabaseTransaction,
    backend: Backend,
    ctx: Context,
    user_id: Uuid,
    scope: Scope,
    trigger: Trigger,
) -> Result<Erasure, StoreError> {
    lock_row::<user::Entity>(tx, user::Column::Id, user_id).await?;
    let person = user::Entity::find_by_id(user_id).one(tx).await?.ok_or(StoreError::NotFound)?;
    if person.erased_at.is_some() {
        return Err(StoreError::NotFound);
    }
    let org = match scope {
        Scope::Org(org) => Some(org),
        Scope::Everywhere => None,
    };
    if let Trigger::Retention(now) = trigger {
        let Some(org) = org else { return Ok(Erasure::default()) };
        let due = crate::retention::holdings(tx, Some(org), Some(user_id)).await?;
        if !due.iter().any(|h| h.keep.due(now)) {
            return Ok(Erasure::default());
        }
    }
    if scope == Scope::Everywhere
        && membership::Entity::find().filter(membership::Column::UserId.eq(user_id)).count(tx).await? > 0
    {
        return Err(StoreError::Refused(Refusal::MemberOfOrganisation));
    }
    let in_scope = |query: sea_orm::Select<intern::Entity>| match org {
        Some(org) => query.filter(intern::Column::OrgId.eq(org)),
        None => query,
    };
    let interns = in_scope(intern::Entity::find())
        .filter(intern::Column::UserId.eq(user_id))
        .filter(intern::Column::ErasedAt.is_null())
        .all(tx)
        .await?;
    if interns.iter().any(|i| i.completed_at.is_none()) {
        return Err(StoreError::Refused(Refusal::InternshipInProgress));
    }
    let mut applications = application::Entity::find()
        .filter(application::Column::CandidateId.eq(user_id))
        .filter(application::Column::ErasedAt.is_null());
    if let Some(org) = org {
        applications = applications.filter(application::Column::OrgId.eq(org));
    }
    let applications = applications.all(tx).await?;
    let now = Utc::now();

    // The pseudonym: the account itself when it goes, a fresh, unusable one otherwise.
    let pseudonym = match scope {
        Scope::Everywhere => user_id,
        Scope::Org(_) => {
            let id = Uuid::now_v7();
            user::ActiveModel {
                id: Set(id),
                email: Set(format!("erased-{}@erased.invalid", id.simple())),
                name: Set(ERASED_NAME.into()),
                password_hash: Set("!erased".into()),
                must_change_password: Set(false),
                created_at: Set(now),
                password_changed_at: Set(now),
                erased_at: Set(Some(now)),
                language: Set(None),
            }
            .insert(tx)
            .await?;
            id
        }
    };

    let who = Who { user_id, pseudonym, org, now };

    let app_ids: Vec<Uuid> = applications.iter().map(|a| a.id).collect();
    let intern_ids: Vec<Uuid> = interns.iter().map(|i| i.id).collect();
    let mut files: Vec<String> = applications.iter().filter_map(|a| a.cv_blob.clone()).collect();
    let assignments = case_assignment::Entity::find()
        .filter(case_assignment::Column::ApplicationId.is_in(app_ids.clone()))
        .all(tx)
        .await?;
    files.extend(assignments.iter().filter_map(|a| a.archive_blob.clone()));
    let assignment_ids: Vec<Uuid> = assignments.iter().map(|a| a.id).collect();

    scrub_applications(tx, backend, &who, &applications, assignment_ids).await?;
    scrub_internships(tx, &who, &interns).await?;

    // What identifies them in text: the e-mail, the account, the records.
    let mut needles: Vec<String> = vec![person.email.clone(), user_id.to_string()];
    needles.extend(app_ids.iter().chain(&intern_ids).map(Uuid::to_string));
    forget_traces(tx, &who, scope, &person.email, &needles).await?;
    rename_in_audit(tx, &who, &needles).await?;
    if scope == Scope::Everywhere {
        profile::Entity::delete_by_id(user_id).exec(tx).await?;
        session::Entity::delete_many().filter(session::Column::UserId.eq(user_id)).exec(tx).await?;
        password_token::Entity::delete_many()
            .filter(password_token::Column::UserId.eq(user_id))
            .exec(tx)
            .await?;
        calendar_feed::Entity::delete_many()
            .filter(calendar_feed::Column::UserId.eq(user_id))
            .exec(tx)
            .await?;
        login_attempt::Entity::delete_many()
            .filter(login_attempt::Column::Email.eq(person.email.clone()))
            .exec(tx)
            .await?;
        let mut change: user::ActiveModel = person.clone().into();
        change.email = Set(format!("erased-{}@erased.invalid", user_id.simple()));
        change.name = Set(ERASED_NAME.into());
        change.password_hash = Set("!erased".into());
        change.must_change_password = Set(false);
        change.language = Set(None);
        change.erased_at = Set(Some(now));
        change.update(tx).await?;
    }

    // The person's own request is recorded under their pseudonym, not their address.
    let ctx = match trigger {
        Trigger::Request => Context {
            actor: audit::Actor::User { id: pseudonym, email: pseudonym_label(pseudonym) },
            ip: None,
            ..ctx
        },
        _ => ctx,
    };
    let event =
        Event::new(Action::PersonalDataErased, org, "person", pseudonym).with_details(serde_json::json!({
            "trigger": trigger.as_str(),
            "applications": applications.len(),
            "interns": interns.len(),
            "account": scope == Scope::Everywhere,
        }));
    audit::append(tx, &ctx, event).await?;
    files.sort_unstable();
    files.dedup();
    Ok(Erasure { erased: true, applications: applications.len(), interns: interns.len(), files })
}
