//! The steps of an erasure: the applications, the internships, the traces in messages and stored answers, and the audit trail's names.

use super::*;
use crate::entities::{
    application, application_event, application_skill, audit_event, case_assignment, case_review, consent,
    decision, enrollment, evaluation, goal, idempotency_key, intern, interview, job, offer, onboarding_task,
    one_on_one, outbox_message, profile_view, scorecard, shadowing_request, talent, talent_invitation,
};
use crate::{Backend, StoreError};
use chrono::{DateTime, Utc};
use cohort_domain::candidate::CandidateProfile;
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// Whose data goes, under which pseudonym, in which organisation (all: `None`), and when.
#[derive(Clone, Copy)]
pub(super) struct Who {
    pub(super) user_id: Uuid,
    pub(super) pseudonym: Uuid,
    pub(super) org: Option<Uuid>,
    pub(super) now: DateTime<Utc>,
}

/// The applications: the profile, letters, answers, files and notes about the person cleared,
/// each record kept for the organisation's numbers under the pseudonym.
pub(super) async fn scrub_applications(
    tx: &DatabaseTransaction,
    backend: Backend,
    who: &Who,
    applications: &[application::Model],
    assignment_ids: Vec<Uuid>,
) -> Result<(), StoreError> {
    let Who { user_id, pseudonym, now, .. } = *who;
    let app_ids: Vec<Uuid> = applications.iter().map(|a| a.id).collect();
    let erased_profile =
        serde_json::to_string(&CandidateProfile { name: ERASED_NAME.into(), ..CandidateProfile::default() })
            .map_err(crate::error::corrupt)?;
    for row in applications {
        let mut evaluation: serde_json::Value = serde_json::from_str(&row.evaluation).unwrap_or_default();
        if let Some(results) = evaluation.get_mut("results") {
            *results = serde_json::json!([]);
        }
        let mut change: application::ActiveModel = row.clone().into();
        change.candidate_id = Set(pseudonym);
        change.profile = Set(erased_profile.clone());
        change.cover_letter = Set(String::new());
        change.language = Set("en".into());
        change.answers = Set("{}".into());
        change.github_url = Set(None);
        change.portfolio_url = Set(None);
        change.cv_blob = Set(None);
        change.cv_filename = Set(None);
        change.cv_content_type = Set(None);
        change.evaluation = Set(evaluation.to_string());
        change.suggested_skills = Set(None);
        if row.status == "active" {
            change.status = Set("withdrawn".into());
        }
        change.version = Set(row.version + 1);
        change.updated_at = Set(now);
        change.erased_at = Set(Some(now));
        change.update(tx).await?;
    }
    if !app_ids.is_empty() {
        // Rejection reasons are the organisation's own labels and stay for its reports; any
        // other reason was written about this person.
        application_event::Entity::update_many()
            .col_expr(application_event::Column::Reason, Expr::value(Option::<String>::None))
            .filter(application_event::Column::ApplicationId.is_in(app_ids.clone()))
            .filter(application_event::Column::ToStatus.ne("rejected"))
            .exec(tx)
            .await?;
        application_event::Entity::update_many()
            .col_expr(application_event::Column::ActorId, Expr::value(pseudonym))
            .filter(application_event::Column::ApplicationId.is_in(app_ids.clone()))
            .filter(application_event::Column::ActorId.eq(user_id))
            .exec(tx)
            .await?;
        application_skill::Entity::delete_many()
            .filter(application_skill::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
        for id in &app_ids {
            crate::search::unindex(tx, backend, *id).await?;
        }
        interview::Entity::update_many()
            .col_expr(interview::Column::CandidateId, Expr::value(pseudonym))
            .col_expr(interview::Column::VideoUrl, Expr::value(Option::<String>::None))
            .col_expr(interview::Column::CancelReason, Expr::value(Option::<String>::None))
            .filter(interview::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
        scorecard::Entity::update_many()
            .col_expr(scorecard::Column::Notes, Expr::value(""))
            .filter(scorecard::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
        case_assignment::Entity::update_many()
            .col_expr(case_assignment::Column::CandidateId, Expr::value(pseudonym))
            .col_expr(case_assignment::Column::RepositoryUrl, Expr::value(Option::<String>::None))
            .col_expr(case_assignment::Column::ArchiveBlob, Expr::value(Option::<String>::None))
            .col_expr(case_assignment::Column::ArchiveFilename, Expr::value(Option::<String>::None))
            .filter(case_assignment::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
        case_review::Entity::update_many()
            .col_expr(case_review::Column::Comment, Expr::value(Option::<String>::None))
            .filter(case_review::Column::AssignmentId.is_in(assignment_ids))
            .exec(tx)
            .await?;
        decision::Entity::update_many()
            .col_expr(decision::Column::Rationale, Expr::value(""))
            .filter(decision::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
        offer::Entity::update_many()
            .col_expr(offer::Column::CandidateId, Expr::value(pseudonym))
            .col_expr(offer::Column::DeclineReason, Expr::value(Option::<String>::None))
            .filter(offer::Column::ApplicationId.is_in(app_ids.clone()))
            .exec(tx)
            .await?;
    }
    Ok(())
}

/// The internships: the intern's record, 1-on-1s, goals, feedback and evaluations cleared, each
/// kept under the pseudonym.
pub(super) async fn scrub_internships(
    tx: &DatabaseTransaction,
    who: &Who,
    interns: &[intern::Model],
) -> Result<(), StoreError> {
    let Who { user_id, pseudonym, now, .. } = *who;
    let intern_ids: Vec<Uuid> = interns.iter().map(|i| i.id).collect();
    for row in interns {
        let mut change: intern::ActiveModel = row.clone().into();
        change.user_id = Set(pseudonym);
        change.name = Set(ERASED_NAME.into());
        change.skills = Set("[]".into());
        change.interests = Set("[]".into());
        change.languages = Set("[]".into());
        change.summary = Set(None);
        change.version = Set(row.version + 1);
        change.updated_at = Set(now);
        change.erased_at = Set(Some(now));
        change.update(tx).await?;
    }
    if !intern_ids.is_empty() {
        let ids = || intern_ids.clone();
        onboarding_task::Entity::update_many()
            .col_expr(onboarding_task::Column::DoneBy, Expr::value(pseudonym))
            .filter(onboarding_task::Column::InternId.is_in(ids()))
            .filter(onboarding_task::Column::DoneBy.eq(user_id))
            .exec(tx)
            .await?;
        one_on_one::Entity::update_many()
            .col_expr(one_on_one::Column::Notes, Expr::value(""))
            .col_expr(one_on_one::Column::ActionItems, Expr::value("[]"))
            .filter(one_on_one::Column::InternId.is_in(ids()))
            .exec(tx)
            .await?;
        goal::Entity::update_many()
            .col_expr(goal::Column::Title, Expr::value(ERASED_NAME))
            .col_expr(goal::Column::Description, Expr::value(""))
            .filter(goal::Column::InternId.is_in(ids()))
            .exec(tx)
            .await?;
        for column in [one_on_one::Column::AuthorId] {
            one_on_one::Entity::update_many()
                .col_expr(column, Expr::value(pseudonym))
                .filter(one_on_one::Column::InternId.is_in(ids()))
                .filter(column.eq(user_id))
                .exec(tx)
                .await?;
        }
        goal::Entity::update_many()
            .col_expr(goal::Column::AuthorId, Expr::value(pseudonym))
            .filter(goal::Column::InternId.is_in(ids()))
            .filter(goal::Column::AuthorId.eq(user_id))
            .exec(tx)
            .await?;
        enrollment::Entity::update_many()
            .col_expr(enrollment::Column::Comment, Expr::value(Option::<String>::None))
            .filter(enrollment::Column::InternId.is_in(ids()))
            .exec(tx)
            .await?;
        shadowing_request::Entity::update_many()
            .col_expr(shadowing_request::Column::Note, Expr::value(""))
            .filter(shadowing_request::Column::InternId.is_in(ids()))
            .exec(tx)
            .await?;
        evaluation::Entity::update_many()
            .col_expr(evaluation::Column::Comments, Expr::value(""))
            .filter(evaluation::Column::InternId.is_in(ids()))
            .exec(tx)
            .await?;
        evaluation::Entity::update_many()
            .col_expr(evaluation::Column::AuthorId, Expr::value(pseudonym))
            .filter(evaluation::Column::InternId.is_in(ids()))
            .filter(evaluation::Column::AuthorId.eq(user_id))
            .exec(tx)
            .await?;
    }
    Ok(())
}

/// Consents, the view log, the talent pool, and messages and stored answers that mention the
/// person (`needles`: what identifies them in text): gone.
pub(super) async fn forget_traces(
    tx: &DatabaseTransaction,
    who: &Who,
    scope: Scope,
    email: &str,
    needles: &[String],
) -> Result<(), StoreError> {
    let Who { user_id, org, .. } = *who;
    // Consents, the view log and the talent pool: gone.
    let mut consents = consent::Entity::delete_many().filter(consent::Column::UserId.eq(user_id));
    let mut views = profile_view::Entity::delete_many().filter(profile_view::Column::CandidateId.eq(user_id));
    let mut invited =
        talent_invitation::Entity::delete_many().filter(talent_invitation::Column::Email.eq(email));
    let mut pool = talent::Entity::delete_many().filter(talent::Column::Email.eq(email));
    if let Some(org) = org {
        invited = invited.filter(talent_invitation::Column::OrgId.eq(org));
        consents = consents.filter(consent::Column::OrgId.eq(org));
        views = views.filter(profile_view::Column::OrgId.eq(org));
        pool = pool.filter(talent::Column::OrgId.eq(org));
    }
    consents.exec(tx).await?;
    views.exec(tx).await?;
    invited.exec(tx).await?;
    pool.exec(tx).await?;

    // Messages and stored answers that name the person: gone (undelivered ones too: there is
    // nobody left to tell).
    let scoped = |condition: Condition, org_column: Option<SimpleExpr>| match (org, org_column) {
        (Some(_), Some(in_org)) => condition.add(in_org),
        _ => condition,
    };
    outbox_message::Entity::delete_many()
        .filter(scoped(
            Condition::all().add(mentions(outbox_message::Column::Payload, needles)),
            org.map(|o| outbox_message::Column::OrgId.eq(o)),
        ))
        .exec(tx)
        .await?;
    job::Entity::delete_many()
        .filter(scoped(
            Condition::all()
                .add(mentions(job::Column::Payload, needles).add(mentions(job::Column::LastError, needles))),
            org.map(|o| job::Column::OrgId.eq(o)),
        ))
        .exec(tx)
        .await?;
    let mut stored = Condition::any().add(mentions(idempotency_key::Column::ResponseBody, needles));
    if scope == Scope::Everywhere {
        stored = stored.add(idempotency_key::Column::UserId.eq(user_id));
    }
    idempotency_key::Entity::delete_many().filter(stored).exec(tx).await?;
    Ok(())
}

/// The audit trail keeps its entries, naming the pseudonym instead of the person.
pub(super) async fn rename_in_audit(
    tx: &DatabaseTransaction,
    who: &Who,
    needles: &[String],
) -> Result<(), StoreError> {
    let Who { user_id, pseudonym, org, .. } = *who;
    let mut by_them = audit_event::Entity::update_many()
        .col_expr(audit_event::Column::ActorId, Expr::value(pseudonym))
        .col_expr(audit_event::Column::ActorLabel, Expr::value(pseudonym_label(pseudonym)))
        .col_expr(audit_event::Column::Ip, Expr::value(Option::<String>::None))
        .filter(audit_event::Column::ActorId.eq(user_id));
    let mut about_them = audit_event::Entity::update_many()
        .col_expr(audit_event::Column::Details, Expr::value(Option::<String>::None))
        .filter(
            Condition::any()
                .add(audit_event::Column::TargetId.is_in(needles.to_vec()))
                .add(mentions(audit_event::Column::Details, needles)),
        );
    let mut targeting = audit_event::Entity::update_many()
        .col_expr(audit_event::Column::TargetId, Expr::value(pseudonym.to_string()))
        .filter(audit_event::Column::TargetId.eq(user_id.to_string()));
    if let Some(org) = org {
        by_them = by_them.filter(audit_event::Column::OrgId.eq(org));
        about_them = about_them.filter(audit_event::Column::OrgId.eq(org));
        targeting = targeting.filter(audit_event::Column::OrgId.eq(org));
    }
    by_them.exec(tx).await?;
    about_them.exec(tx).await?;
    targeting.exec(tx).await?;
    Ok(())
}
