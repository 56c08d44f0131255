//! The middle of the pipeline: interviewer availability and caps, interviews with their panels,
//! interview kits and scorecards, the case-study library, assignments and blind reviews,
//! decisions and offers, calendar feeds; the outbox every pipeline event is written to; and a
//! count of hires per vacancy so that positions are never over-filled.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        manager
            .create_table(
                Table::create()
                    .table(a("outbox"))
                    .col(pk_uuid(a("id")))
                    .col(uuid_null(a("org_id")))
                    .col(string(a("topic")))
                    .col(uuid(a("subject_id")))
                    .col(text(a("payload")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone_null(a("delivered_at")))
                    .foreign_key(&mut fk("outbox", "org_id", "organisations", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "outbox", &["delivered_at", "id"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("interviewer_settings"))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("user_id")))
                    .col(integer(a("daily_cap")))
                    .primary_key(Index::create().col(a("org_id")).col(a("user_id")))
                    .foreign_key(&mut fk("interviewer_settings", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("interviewer_settings", "user_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(a("availability"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("user_id")))
                    .col(timestamp_with_time_zone(a("starts_at")))
                    .col(timestamp_with_time_zone(a("ends_at")))
                    .foreign_key(&mut fk("availability", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("availability", "user_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "availability", &["org_id", "user_id", "starts_at"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("interviews"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("application_id")))
                    .col(uuid(a("candidate_id")))
                    .col(string(a("stage")))
                    .col(string(a("kind")))
                    .col(integer(a("minutes")))
                    .col(string_null(a("location")))
                    .col(string_null(a("video_url")))
                    .col(string(a("status")))
                    .col(text(a("slots")))
                    .col(timestamp_with_time_zone_null(a("starts_at")))
                    .col(timestamp_with_time_zone_null(a("ends_at")))
                    .col(integer(a("sequence")))
                    .col(integer(a("version")))
                    .col(uuid_null(a("organizer_id")))
                    .col(text_null(a("cancel_reason")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk("interviews", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("interviews", "application_id", "applications", Cascade))
                    .foreign_key(&mut fk("interviews", "candidate_id", "users", Cascade))
                    .foreign_key(&mut fk("interviews", "organizer_id", "users", SetNull))
                    .to_owned(),
            )
            .await?;
        index(manager, "interviews", &["application_id"], false).await?;
        index(manager, "interviews", &["candidate_id", "starts_at"], false).await?;
        index(manager, "interviews", &["org_id", "id"], false).await?;
        manager
            .create_table(
                Table::create()
                    .table(a("interview_panelists"))
                    .col(uuid(a("interview_id")))
                    .col(uuid(a("user_id")))
                    .primary_key(Index::create().col(a("interview_id")).col(a("user_id")))
                    .foreign_key(&mut fk("interview_panelists", "interview_id", "interviews", Cascade))
                    .foreign_key(&mut fk("interview_panelists", "user_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "interview_panelists", &["user_id"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("interview_kits"))
                    .col(uuid(a("vacancy_id")))
                    .col(string(a("stage")))
                    .col(text(a("attributes")))
                    .primary_key(Index::create().col(a("vacancy_id")).col(a("stage")))
                    .foreign_key(&mut fk("interview_kits", "vacancy_id", "vacancies", Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(a("scorecards"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("interview_id")))
                    .col(uuid(a("application_id")))
                    .col(uuid(a("interviewer_id")))
                    .col(text(a("ratings")))
                    .col(string(a("recommendation")))
                    .col(text(a("notes")))
                    .col(timestamp_with_time_zone(a("submitted_at")))
                    .foreign_key(&mut fk("scorecards", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("scorecards", "interview_id", "interviews", Cascade))
                    .foreign_key(&mut fk("scorecards", "application_id", "applications", Cascade))
                    .foreign_key(&mut fk("scorecards", "interviewer_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "scorecards", &["interview_id", "interviewer_id"], true).await?;
        index(manager, "scorecards", &["application_id"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("case_studies"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(string(a("title")))
                    .col(text(a("brief")))
                    .col(text(a("rubric")))
                    .col(integer(a("hours_allowed")))
                    .col(integer(a("reviewers_required")))
                    .col(string(a("late_policy")))
                    .col(text(a("attachments")))
                    .col(integer(a("version")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk("case_studies", "org_id", "organisations", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "case_studies", &["org_id", "id"], false).await?;
        manager
            .create_table(
                Table::create()
                    .table(a("case_assignments"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("application_id")))
                    .col(uuid(a("candidate_id")))
                    .col(uuid(a("case_study_id")))
                    .col(timestamp_with_time_zone(a("assigned_at")))
                    .col(timestamp_with_time_zone(a("deadline")))
                    .col(string_null(a("repository_url")))
                    .col(string_null(a("archive_blob")))
                    .col(string_null(a("archive_filename")))
                    .col(big_integer_null(a("archive_size")))
                    .col(timestamp_with_time_zone_null(a("submitted_at")))
                    .col(boolean(a("late")))
                    .foreign_key(&mut fk("case_assignments", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("case_assignments", "application_id", "applications", Cascade))
                    .foreign_key(&mut fk("case_assignments", "candidate_id", "users", Cascade))
                    .foreign_key(&mut fk("case_assignments", "case_study_id", "case_studies", Restrict))
                    .to_owned(),
            )
            .await?;
        index(manager, "case_assignments", &["application_id"], false).await?;
        index(manager, "case_assignments", &["candidate_id"], false).await?;
        manager
            .create_table(
                Table::create()
                    .table(a("case_reviews"))
                    .col(uuid(a("assignment_id")))
                    .col(uuid(a("reviewer_id")))
                    .col(text_null(a("scores")))
                    .col(double_null(a("total")))
                    .col(text_null(a("comment")))
                    .col(timestamp_with_time_zone_null(a("graded_at")))
                    .primary_key(Index::create().col(a("assignment_id")).col(a("reviewer_id")))
                    .foreign_key(&mut fk("case_reviews", "assignment_id", "case_assignments", Cascade))
                    .foreign_key(&mut fk("case_reviews", "reviewer_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "case_reviews", &["reviewer_id"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("decisions"))
                    .col(uuid(a("application_id")).primary_key())
                    .col(string(a("outcome")))
                    .col(text(a("rationale")))
                    .col(uuid_null(a("decided_by")))
                    .col(timestamp_with_time_zone(a("decided_at")))
                    .foreign_key(&mut fk("decisions", "application_id", "applications", Cascade))
                    .foreign_key(&mut fk("decisions", "decided_by", "users", SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(a("offers"))
                    .col(pk_uuid(a("id")))
                    .col(uuid(a("org_id")))
                    .col(uuid(a("application_id")))
                    .col(uuid(a("vacancy_id")))
                    .col(uuid(a("candidate_id")))
                    .col(string(a("status")))
                    .col(text(a("terms")))
                    .col(timestamp_with_time_zone(a("expires_at")))
                    .col(integer(a("version")))
                    .col(text_null(a("decline_reason")))
                    .col(timestamp_with_time_zone_null(a("sent_at")))
                    .col(timestamp_with_time_zone_null(a("answered_at")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk("offers", "org_id", "organisations", Cascade))
                    .foreign_key(&mut fk("offers", "application_id", "applications", Cascade))
                    .foreign_key(&mut fk("offers", "vacancy_id", "vacancies", Restrict))
                    .foreign_key(&mut fk("offers", "candidate_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "offers", &["application_id"], false).await?;
        index(manager, "offers", &["candidate_id"], false).await?;
        index(manager, "offers", &["status", "expires_at"], false).await?;
        index(manager, "offers", &["org_id", "id"], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("calendar_feeds"))
                    .col(uuid(a("user_id")).primary_key())
                    .col(string(a("token_hash")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .foreign_key(&mut fk("calendar_feeds", "user_id", "users", Cascade))
                    .to_owned(),
            )
            .await?;
        index(manager, "calendar_feeds", &["token_hash"], true).await?;

        manager
            .alter_table(
                Table::alter().table(a("vacancies")).add_column(integer(a("hired")).default(0)).to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE vacancies SET hired = (SELECT COUNT(*) FROM applications a \
                 WHERE a.vacancy_id = vacancies.id AND a.status = 'hired')",
            )
            .await?;
        Ok(())
    }
}
