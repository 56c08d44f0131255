//! The internship after the offer: teams, interns with their onboarding checklists, mentors and
//! matching runs, 1-on-1s and goals, trainings with sessions and enrolments, shadowing requests,
//! networking events and evaluations.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

#[derive(DeriveMigrationName)]
pub(crate) struct Migration;

/// Creates `name` with `columns`, a primary key of `key` (a `uuid` id when empty) and foreign
/// keys `(column, parent, on delete)`.
async fn table(
    manager: &SchemaManager<'_>,
    name: &str,
    key: &[&str],
    columns: Vec<ColumnDef>,
    parents: &[(&str, &str, ForeignKeyAction)],
) -> Result<(), DbErr> {
    let mut statement = Table::create();
    statement.table(a(name));
    if key.is_empty() {
        statement.col(pk_uuid(a("id")));
    }
    for mut column in columns {
        statement.col(&mut column);
    }
    if !key.is_empty() {
        let mut primary = Index::create();
        for column in key {
            primary.col(a(column));
        }
        statement.primary_key(&mut primary);
    }
    for (column, parent, action) in parents {
        statement.foreign_key(&mut fk(name, column, parent, *action));
    }
    manager.create_table(statement.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        let org = ("org_id", "organisations", Cascade);
        let intern = ("intern_id", "interns", Cascade);

        table(
            manager,
            "teams",
            &[],
            vec![
                uuid(a("org_id")),
                string(a("name")),
                text(a("description")),
                uuid_null(a("lead_id")),
                integer(a("weekly_guests")),
                timestamp_with_time_zone(a("created_at")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[org, ("lead_id", "users", SetNull)],
        )
        .await?;
        index(manager, "teams", &["org_id", "name"], true).await?;

        table(
            manager,
            "interns",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("application_id")),
                uuid(a("user_id")),
                uuid_null(a("program_id")),
                uuid_null(a("team_id")),
                uuid_null(a("mentor_id")),
                string(a("name")),
                date(a("starts_on")),
                date(a("ends_on")),
                text(a("skills")),
                text(a("interests")),
                text(a("languages")),
                string(a("status")),
                text_null(a("summary")),
                timestamp_with_time_zone_null(a("completed_at")),
                integer(a("version")),
                timestamp_with_time_zone(a("created_at")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[
                org,
                ("application_id", "applications", Cascade),
                ("user_id", "users", Cascade),
                ("program_id", "programs", SetNull),
                ("team_id", "teams", SetNull),
                ("mentor_id", "users", SetNull),
            ],
        )
        .await?;
        index(manager, "interns", &["application_id"], true).await?;
        index(manager, "interns", &["org_id", "id"], false).await?;
        index(manager, "interns", &["user_id"], false).await?;
        index(manager, "interns", &["mentor_id"], false).await?;

        table(
            manager,
            "onboarding_templates",
            &["org_id"],
            vec![uuid(a("org_id")), text(a("tasks")), timestamp_with_time_zone(a("updated_at"))],
            &[org],
        )
        .await?;
        table(
            manager,
            "onboarding_tasks",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("intern_id")),
                integer(a("position")),
                string(a("title")),
                text(a("description")),
                string(a("owner")),
                date(a("due_on")),
                timestamp_with_time_zone_null(a("done_at")),
                uuid_null(a("done_by")),
            ],
            &[org, intern, ("done_by", "users", SetNull)],
        )
        .await?;
        index(manager, "onboarding_tasks", &["intern_id", "position"], false).await?;

        table(
            manager,
            "mentors",
            &["org_id", "user_id"],
            vec![
                uuid(a("org_id")),
                uuid(a("user_id")),
                integer(a("capacity")),
                text(a("skills")),
                text(a("interests")),
                text(a("languages")),
                uuid_null(a("team_id")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[org, ("user_id", "users", Cascade), ("team_id", "teams", SetNull)],
        )
        .await?;
        table(
            manager,
            "matching_runs",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("program_id")),
                string(a("status")),
                text(a("pairs")),
                text(a("unmatched")),
                uuid_null(a("created_by")),
                timestamp_with_time_zone(a("created_at")),
                timestamp_with_time_zone_null(a("published_at")),
                integer(a("version")),
            ],
            &[org, ("program_id", "programs", Cascade), ("created_by", "users", SetNull)],
        )
        .await?;
        index(manager, "matching_runs", &["org_id", "id"], false).await?;

        table(
            manager,
            "one_on_ones",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("intern_id")),
                date(a("held_on")),
                text(a("notes")),
                text(a("action_items")),
                uuid_null(a("author_id")),
                timestamp_with_time_zone(a("created_at")),
            ],
            &[org, intern, ("author_id", "users", SetNull)],
        )
        .await?;
        index(manager, "one_on_ones", &["intern_id", "held_on"], false).await?;
        table(
            manager,
            "goals",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("intern_id")),
                string(a("title")),
                text(a("description")),
                string(a("status")),
                date_null(a("due_on")),
                uuid_null(a("author_id")),
                timestamp_with_time_zone(a("created_at")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[org, intern, ("author_id", "users", SetNull)],
        )
        .await?;
        index(manager, "goals", &["intern_id"], false).await?;

        table(
            manager,
            "trainings",
            &[],
            vec![
                uuid(a("org_id")),
                string(a("title")),
                string(a("topic")),
                string(a("level")),
                text(a("description")),
                text(a("skills")),
                uuid_null(a("mandatory_program_id")),
                date_null(a("complete_by")),
                timestamp_with_time_zone(a("created_at")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[org, ("mandatory_program_id", "programs", SetNull)],
        )
        .await?;
        index(manager, "trainings", &["org_id", "id"], false).await?;
        table(
            manager,
            "training_sessions",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("training_id")),
                timestamp_with_time_zone(a("starts_at")),
                timestamp_with_time_zone(a("ends_at")),
                string_null(a("location")),
                string_null(a("link")),
                integer(a("capacity")),
                uuid_null(a("trainer_id")),
                timestamp_with_time_zone(a("created_at")),
            ],
            &[org, ("training_id", "trainings", Cascade), ("trainer_id", "users", SetNull)],
        )
        .await?;
        index(manager, "training_sessions", &["training_id", "starts_at"], false).await?;
        table(
            manager,
            "enrollments",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("session_id")),
                uuid(a("training_id")),
                uuid(a("intern_id")),
                string(a("seat")),
                timestamp_with_time_zone(a("queued_at")),
                boolean_null(a("attended")),
                integer_null(a("rating")),
                text_null(a("comment")),
                timestamp_with_time_zone_null(a("feedback_at")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[
                org,
                ("session_id", "training_sessions", Cascade),
                ("training_id", "trainings", Cascade),
                intern,
            ],
        )
        .await?;
        index(manager, "enrollments", &["session_id", "intern_id"], true).await?;
        index(manager, "enrollments", &["intern_id"], false).await?;
        table(
            manager,
            "training_completions",
            &["intern_id", "training_id"],
            vec![
                uuid(a("intern_id")),
                uuid(a("training_id")),
                uuid(a("session_id")),
                timestamp_with_time_zone(a("completed_at")),
            ],
            &[intern, ("training_id", "trainings", Cascade), ("session_id", "training_sessions", Cascade)],
        )
        .await?;

        table(
            manager,
            "shadowing_requests",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("intern_id")),
                uuid(a("team_id")),
                date(a("on_date")),
                date(a("week_of")),
                string(a("status")),
                text(a("note")),
                uuid_null(a("decided_by")),
                timestamp_with_time_zone_null(a("decided_at")),
                timestamp_with_time_zone(a("created_at")),
            ],
            &[org, intern, ("team_id", "teams", Cascade), ("decided_by", "users", SetNull)],
        )
        .await?;
        index(manager, "shadowing_requests", &["team_id", "week_of", "status"], false).await?;
        index(manager, "shadowing_requests", &["intern_id"], false).await?;

        table(
            manager,
            "networking_events",
            &[],
            vec![
                uuid(a("org_id")),
                uuid_null(a("program_id")),
                string(a("title")),
                text(a("description")),
                timestamp_with_time_zone(a("starts_at")),
                timestamp_with_time_zone(a("ends_at")),
                string_null(a("location")),
                integer_null(a("capacity")),
                timestamp_with_time_zone(a("created_at")),
            ],
            &[org, ("program_id", "programs", SetNull)],
        )
        .await?;
        index(manager, "networking_events", &["org_id", "starts_at"], false).await?;
        table(
            manager,
            "event_rsvps",
            &["event_id", "intern_id"],
            vec![
                uuid(a("event_id")),
                uuid(a("intern_id")),
                string(a("response")),
                timestamp_with_time_zone(a("updated_at")),
            ],
            &[("event_id", "networking_events", Cascade), intern],
        )
        .await?;

        table(
            manager,
            "evaluations",
            &[],
            vec![
                uuid(a("org_id")),
                uuid(a("intern_id")),
                string(a("kind")),
                string(a("author")),
                uuid_null(a("author_id")),
                text(a("ratings")),
                text(a("comments")),
                timestamp_with_time_zone(a("submitted_at")),
            ],
            &[org, intern, ("author_id", "users", SetNull)],
        )
        .await?;
        index(manager, "evaluations", &["intern_id", "kind", "author"], true).await
    }
}
