//! The right of access: everything held about a person, read by the data map. Each table that
//! holds a candidate's or account holder's personal data says how its rows are found for the
//! person; the columns come from the map (a person's own data: not the names of the members who
//! assessed them), so a column added to the map is exported without touching this file.

use crate::data_map::{self, PERSONAL, Personal, Subject};
use crate::entities::{application, case_assignment, intern, user};
use crate::{Backend, Store, StoreError};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Statement, Value};
use serde_json::{Map, Value as Json, json};
use std::collections::HashMap;
use uuid::Uuid;

/// How a table's rows are found for a person.
#[derive(Clone, Copy, Debug)]
enum Link {
    /// The column holds the person's account id.
    Person(&'static str),
    /// The column holds one of the person's applications.
    Application(&'static str),
    /// The column holds one of the person's intern records.
    Intern(&'static str),
    /// The column holds one of the person's case-study assignments.
    Assignment(&'static str),
    /// The column holds the person's e-mail address.
    Email(&'static str),
    /// The column's text names the person's account, address, applications or intern records.
    Mentions(&'static str),
}

/// Every table with a candidate's or account holder's data, and how its rows are found.
const LINKS: &[(&str, Link)] = &[
    ("users", Link::Person("id")),
    ("profiles", Link::Person("user_id")),
    ("sessions", Link::Person("user_id")),
    ("password_tokens", Link::Person("user_id")),
    ("login_attempts", Link::Email("email")),
    ("calendar_feeds", Link::Person("user_id")),
    ("idempotency_keys", Link::Person("user_id")),
    ("audit_events", Link::Person("actor_id")),
    ("consents", Link::Person("user_id")),
    ("profile_views", Link::Person("candidate_id")),
    ("memberships", Link::Person("user_id")),
    ("applications", Link::Person("candidate_id")),
    ("application_events", Link::Application("application_id")),
    ("application_skills", Link::Application("application_id")),
    ("interviews", Link::Person("candidate_id")),
    ("scorecards", Link::Application("application_id")),
    ("case_assignments", Link::Person("candidate_id")),
    ("case_reviews", Link::Assignment("assignment_id")),
    ("decisions", Link::Application("application_id")),
    ("offers", Link::Person("candidate_id")),
    ("interns", Link::Person("user_id")),
    ("onboarding_tasks", Link::Intern("intern_id")),
    ("matching_runs", Link::Mentions("pairs")),
    ("one_on_ones", Link::Intern("intern_id")),
    ("goals", Link::Intern("intern_id")),
    ("enrollments", Link::Intern("intern_id")),
    ("training_completions", Link::Intern("intern_id")),
    ("shadowing_requests", Link::Intern("intern_id")),
    ("event_rsvps", Link::Intern("intern_id")),
    ("evaluations", Link::Intern("intern_id")),
    ("outbox", Link::Mentions("payload")),
    ("jobs", Link::Mentions("payload")),
    ("talent_pool", Link::Email("email")),
    ("talent_invitations", Link::Email("email")),
];

/// Personal columns the export leaves out, and why.
pub const NOT_EXPORTED: &[(&str, &str, &str)] = &[
    ("users", "password_hash", "a one-way hash of the password: it tells nothing and would help an attacker"),
    ("application_search", "document", "the search index of words the applications above hold in full"),
    (
        "registration_attempts",
        "ip",
        "an address and a time counted for the registration limit, tied to no account or e-mail address",
    ),
    ("registration_attempts", "at", "the same"),
    (
        "pending_registrations",
        "email",
        "an account asked for and not yet confirmed: it belongs to no account until its link is opened, and is forgotten after 24 hours",
    ),
    ("pending_registrations", "name", "the same"),
    ("pending_registrations", "password_hash", "the same"),
    ("pending_registrations", "created_at", "the same"),
];

/// Columns that tie rows together (exported beside the personal ones, where the table has them).
const KEYS: &[&str] = &[
    "id",
    "org_id",
    "application_id",
    "vacancy_id",
    "intern_id",
    "program_id",
    "team_id",
    "session_id",
    "training_id",
    "event_id",
    "interview_id",
    "assignment_id",
];

/// Whether the export holds this column: the person's own data, not the member's beside it.
pub fn exported(field: &Personal) -> bool {
    matches!(field.subject, Subject::Candidate | Subject::Person | Subject::Contact)
        && !NOT_EXPORTED.iter().any(|(t, c, _)| *t == field.table && *c == field.column)
}

/// Every table the export reads (for the test that no table with a candidate's data is missed).
pub fn linked_tables() -> impl Iterator<Item = &'static str> {
    LINKS.iter().map(|(table, _)| *table)
}

/// A statement's placeholders, per backend.
struct Params {
    backend: Backend,
    values: Vec<Value>,
}

impl Params {
    fn push(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            Backend::Sqlite => "?".into(),
            Backend::Postgres => format!("${}", self.values.len()),
        }
    }

    fn list(&mut self, ids: &[Uuid]) -> String {
        if ids.is_empty() {
            return "NULL".into();
        }
        ids.iter().map(|id| self.push(*id)).collect::<Vec<_>>().join(", ")
    }
}

/// The ids and addresses that find a person's rows.
struct Person {
    id: Uuid,
    email: String,
    applications: Vec<Uuid>,
    interns: Vec<Uuid>,
    assignments: Vec<Uuid>,
}

fn condition(link: Link, person: &Person, params: &mut Params) -> String {
    match link {
        Link::Person(column) => format!("\"{column}\" = {}", params.push(person.id)),
        Link::Application(column) => format!("\"{column}\" IN ({})", params.list(&person.applications)),
        Link::Intern(column) => format!("\"{column}\" IN ({})", params.list(&person.interns)),
        Link::Assignment(column) => format!("\"{column}\" IN ({})", params.list(&person.assignments)),
        Link::Email(column) => format!("lower(\"{column}\") = lower({})", params.push(person.email.clone())),
        Link::Mentions(column) => {
            let needles = std::iter::once(person.id.to_string())
                .chain(std::iter::once(person.email.clone()))
                .chain(person.applications.iter().chain(&person.interns).map(Uuid::to_string));
            let likes: Vec<String> =
                needles.map(|n| format!("\"{column}\" LIKE {}", params.push(format!("%{n}%")))).collect();
            format!("({})", likes.join(" OR "))
        }
    }
}

/// A value as the export shows it: JSON text as JSON, SQLite's uuids and booleans as such.
fn present(value: Json, declared: &str) -> Json {
    match value {
        Json::String(text) if declared.contains("uuid") && text.len() == 32 => {
            Uuid::parse_str(&text).map_or(Json::String(text), |id| Json::String(id.to_string()))
        }
        Json::Number(n) if declared == "boolean" => Json::Bool(n.as_i64() != Some(0)),
        Json::String(text) if text.starts_with('{') || text.starts_with('[') => {
            serde_json::from_str::<Json>(&text).unwrap_or(Json::String(text))
        }
        other => other,
    }
}

impl Store {
    /// Every (table, column)'s declared type.
    async fn column_types(&self) -> Result<HashMap<(String, String), String>, StoreError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table'"
            }
            Backend::Postgres => {
                "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns \
                 WHERE table_schema = current_schema()"
            }
        };
        let rows =
            self.read.query_all_raw(Statement::from_string(self.read.get_database_backend(), sql)).await?;
        let mut types = HashMap::new();
        for row in rows {
            let table: String = row.try_get_by_index(0)?;
            let column: String = row.try_get_by_index(1)?;
            let declared: String = row.try_get_by_index(2)?;
            types.insert((table, column), declared.to_lowercase());
        }
        Ok(types)
    }

    /// Everything held about a person, table by table, with what each column is and why it is
    /// kept. `None` for an unknown account.
    pub async fn export_person(&self, user_id: Uuid) -> Result<Option<Json>, StoreError> {
        let Some(account) = user::Entity::find_by_id(user_id).one(&self.read).await? else { return Ok(None) };
        let applications: Vec<Uuid> = application::Entity::find()
            .select_only()
            .column(application::Column::Id)
            .filter(application::Column::CandidateId.eq(user_id))
            .into_tuple()
            .all(&self.read)
            .await?;
        let interns: Vec<Uuid> = intern::Entity::find()
            .select_only()
            .column(intern::Column::Id)
            .filter(intern::Column::UserId.eq(user_id))
            .into_tuple()
            .all(&self.read)
            .await?;
        let assignments: Vec<Uuid> = case_assignment::Entity::find()
            .select_only()
            .column(case_assignment::Column::Id)
            .filter(case_assignment::Column::CandidateId.eq(user_id))
            .into_tuple()
            .all(&self.read)
            .await?;
        let person = Person { id: user_id, email: account.email.clone(), applications, interns, assignments };
        let types = self.column_types().await?;
        let classified = data_map::classified();
        let mut records = Map::new();
        let mut fields = Map::new();
        for (table, link) in LINKS {
            let personal: Vec<&Personal> =
                PERSONAL.iter().filter(|f| f.table == *table && exported(f)).collect();
            let mut columns: Vec<&str> = KEYS
                .iter()
                .copied()
                .filter(|k| classified.contains(&(table, k)) && !personal.iter().any(|f| f.column == *k))
                .collect();
            columns.extend(personal.iter().map(|f| f.column));
            for f in &personal {
                fields.insert(
                    format!("{table}.{}", f.column),
                    json!({
                        "what": f.what,
                        "purpose": format!("{:?}", f.purpose).to_lowercase(),
                        "kept": data_map::retention_words(f.retention),
                    }),
                );
            }
            let mut params = Params { backend: self.backend, values: vec![] };
            let filter = condition(*link, &person, &mut params);
            let sql = match self.backend {
                Backend::Sqlite => {
                    let pairs: Vec<String> = columns
                        .iter()
                        .map(|c| {
                            format!("'{c}', CASE WHEN typeof(\"{c}\") = 'blob' THEN lower(hex(\"{c}\")) ELSE \"{c}\" END")
                        })
                        .collect();
                    format!("SELECT json_object({}) FROM \"{table}\" WHERE {filter}", pairs.join(", "))
                }
                Backend::Postgres => {
                    let list: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
                    format!(
                        "SELECT to_jsonb(t)::text FROM (SELECT {} FROM \"{table}\" WHERE {filter}) t",
                        list.join(", ")
                    )
                }
            };
            let statement =
                Statement::from_sql_and_values(self.read.get_database_backend(), sql, params.values);
            let mut rows = Vec::new();
            for row in self.read.query_all_raw(statement).await? {
                let text: String = row.try_get_by_index(0)?;
                let Json::Object(raw) = serde_json::from_str(&text).map_err(crate::error::corrupt)? else {
                    continue;
                };
                let mut shown = Map::new();
                for column in &columns {
                    let declared =
                        types.get(&((*table).to_owned(), (*column).to_owned())).map_or("", String::as_str);
                    let value = present(raw.get(*column).cloned().unwrap_or(Json::Null), declared);
                    let value = match value {
                        Json::String(blob) if column.ends_with("_blob") => {
                            json!({ "file": blob, "url": format!("/api/v1/me/export/files/{blob}") })
                        }
                        other => other,
                    };
                    shown.insert((*column).to_owned(), value);
                }
                rows.push(Json::Object(shown));
            }
            if !rows.is_empty() {
                records.insert((*table).to_owned(), Json::Array(rows));
            }
        }
        Ok(Some(json!({
            "person": { "id": user_id, "email": account.email, "name": account.name },
            "records": records,
            "fields": fields,
            "not_exported": NOT_EXPORTED
                .iter()
                .map(|(t, c, why)| json!({ "field": format!("{t}.{c}"), "why": why }))
                .collect::<Vec<_>>(),
        })))
    }

    /// Whether a stored file belongs to the person (their CV or case-study submission).
    pub async fn file_of(&self, user_id: Uuid, blob: &str) -> Result<Option<(String, String)>, StoreError> {
        if let Some(row) = application::Entity::find()
            .filter(application::Column::CandidateId.eq(user_id))
            .filter(application::Column::CvBlob.eq(blob))
            .one(&self.read)
            .await?
        {
            let name = row.cv_filename.unwrap_or_else(|| "cv".into());
            let kind = row.cv_content_type.unwrap_or_else(|| "application/octet-stream".into());
            return Ok(Some((name, kind)));
        }
        Ok(case_assignment::Entity::find()
            .filter(case_assignment::Column::CandidateId.eq(user_id))
            .filter(case_assignment::Column::ArchiveBlob.eq(blob))
            .one(&self.read)
            .await?
            .map(|row| {
                (row.archive_filename.unwrap_or_else(|| "submission.zip".into()), "application/zip".into())
            }))
    }
}
