//! Full-text search over applications, one interface over SQLite FTS5 and PostgreSQL tsvector.
//! What people type is reduced to plain words before it reaches either engine, so quotes,
//! `*`, `NEAR(`, `OR` or SQL are searched as text and never parsed as operators.

use crate::{Backend, StoreError};
use cohort_domain::candidate::CandidateProfile;
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use uuid::Uuid;

/// `%text%` (lower-cased) for LIKE, with LIKE's own wildcards taken literally.
pub(crate) fn contains_pattern(text: &str) -> sea_orm::sea_query::LikeExpr {
    let escaped = text.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    sea_orm::sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// The most words of a search that count.
const MAX_WORDS: usize = 16;

/// The words of a search: letters and digits, lower-cased.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(MAX_WORDS)
        .collect()
}

/// What an application is found by: the candidate's name, institution, field, skills,
/// languages and cover letter.
pub fn document(profile: &CandidateProfile, cover_letter: &str) -> String {
    [
        profile.name.as_str(),
        profile.institution.as_deref().unwrap_or_default(),
        profile.field_of_study.as_deref().unwrap_or_default(),
        &profile.skills.join(" "),
        &profile.languages.join(" "),
        cover_letter,
    ]
    .join("\n")
}

/// Adds an application to the index.
pub(crate) async fn index(
    db: &impl ConnectionTrait,
    backend: Backend,
    application_id: Uuid,
    document: String,
) -> Result<(), StoreError> {
    let statement = match backend {
        Backend::Sqlite => Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "INSERT INTO application_search (application_id, document) VALUES (?, ?)",
            [application_id.into(), document.into()],
        ),
        Backend::Postgres => Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO application_search (application_id, document) VALUES ($1, to_tsvector('simple', $2))",
            [application_id.into(), document.into()],
        ),
    };
    db.execute_raw(statement).await?;
    Ok(())
}

/// Removes an application from the index (on SQLite with FTS5's `secure-delete`, so its words
/// leave the index's pages rather than being marked deleted).
pub(crate) async fn unindex(
    db: &impl ConnectionTrait,
    backend: Backend,
    application_id: Uuid,
) -> Result<(), StoreError> {
    let statement = match backend {
        Backend::Sqlite => Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "DELETE FROM application_search WHERE application_id = ?",
            [application_id.into()],
        ),
        Backend::Postgres => Statement::from_sql_and_values(
            DbBackend::Postgres,
            "DELETE FROM application_search WHERE application_id = $1",
            [application_id.into()],
        ),
    };
    db.execute_raw(statement).await?;
    Ok(())
}

/// A word this long or longer also finds the words it begins ("mei" finds "Meijer"); a shorter
/// one only itself (so "C#", the word "c", does not find every word starting with c).
const PREFIX_FROM: usize = 3;

/// The ids of applications whose document holds every word of `text` (or, for a word of three
/// letters or more, a word it begins), as a subquery; `None` when the text holds no words at all.
pub(crate) fn matching(backend: Backend, text: &str) -> Option<SelectStatement> {
    let words = words(text);
    if words.is_empty() {
        return None;
    }
    let prefix = |w: &String| w.chars().count() >= PREFIX_FROM;
    let condition = match backend {
        // Each word a quoted FTS5 string, `*` after it for a prefix: no operator survives quoting.
        Backend::Sqlite => {
            let query = words
                .iter()
                .map(|w| if prefix(w) { format!("\"{w}\"*") } else { format!("\"{w}\"") })
                .collect::<Vec<_>>()
                .join(" ");
            Expr::cust_with_values("application_search MATCH ?", [query])
        }
        // Words hold only letters and digits, so none of to_tsquery's operators can be in them;
        // `:*` marks a prefix, `&` ANDs them.
        Backend::Postgres => {
            let query = words
                .iter()
                .map(|w| if prefix(w) { format!("{w}:*") } else { w.clone() })
                .collect::<Vec<_>>()
                .join(" & ");
            Expr::cust_with_values("document @@ to_tsquery('simple', $1)", [query])
        }
    };
    Some(
        Query::select()
            .column(Alias::new("application_id"))
            .from(Alias::new("application_search"))
            .and_where(condition)
            .to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_survive() {
        assert_eq!(words("' OR 1=1 --"), ["or", "1", "1"]);
        assert_eq!(words("\"*NEAR( C# Rust\""), ["near", "c", "rust"]);
        assert!(words("*** \" '").is_empty());
        assert_eq!(words("TU Delft, Universiteit"), ["tu", "delft", "universiteit"]);
        assert_eq!(words(&"a ".repeat(100)).len(), MAX_WORDS);
    }
}
