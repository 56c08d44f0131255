//! The data map: every column of every table, classified. A column either holds personal data
//! — then the map says what it is, whose it is, for which purpose it is kept and which retention
//! rule ends it — or it holds none. A test compares the map with the live schema on both
//! backends, so a migration cannot add a column nobody classified.

mod not_personal;
mod personal;

pub use not_personal::*;
pub use personal::*;

/// Whose personal data a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A candidate (and, once hired, intern): the student.
    Candidate,
    /// A member of an organisation (recruiter, interviewer, mentor, admin).
    Member,
    /// Anyone with an account (candidate or member).
    Person,
    /// Someone imported into a talent pool, without an account.
    Contact,
}

/// Why a column is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Having an account: signing in, being addressed.
    Account,
    /// Applying: the profile, CV and answers a candidate gave.
    Application,
    /// Assessing an application: interviews, scorecards, case studies, the decision.
    Assessment,
    /// The offer and its terms.
    Offer,
    /// Running the internship: onboarding, mentoring, trainings, shadowing, evaluations.
    Internship,
    /// Security and accountability: sessions, login throttling, the audit trail.
    Security,
    /// Delivering notifications (e-mail, webhooks) about the above.
    Delivery,
    /// Considering someone for future vacancies.
    TalentPool,
}

/// Which rule ends a column's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retention {
    /// As long as the account exists.
    Account,
    /// Four weeks after the procedure ends (a year with the candidate's consent).
    Procedure,
    /// A configurable period after the internship is completed.
    Internship,
    /// A fixed short period (sessions expire, login attempts and audit entries age out;
    /// audit entries about an erased person are pseudonymised).
    Security,
    /// Until delivered, then a short period.
    Delivery,
    /// Up to a year, with consent.
    TalentPool,
}

/// A retention rule in words, for the person reading their export.
pub fn retention_words(rule: Retention) -> &'static str {
    match rule {
        Retention::Account => "as long as the account exists",
        Retention::Procedure => {
            "until four weeks after the application procedure ends, or up to a year with your consent"
        }
        Retention::Internship => "for the organisation's chosen period after the internship is completed",
        Retention::Security => {
            "for a short period (sessions, sign-in attempts, the audit trail under a pseudonym)"
        }
        Retention::Delivery => "until delivered, then a short period",
        Retention::TalentPool => "up to a year, with consent",
    }
}

/// One column that holds personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Personal {
    /// The table.
    pub table: &'static str,
    /// The column.
    pub column: &'static str,
    /// What it holds, in words.
    pub what: &'static str,
    /// Whose it is.
    pub subject: Subject,
    /// Why it is kept.
    pub purpose: Purpose,
    /// What ends it.
    pub retention: Retention,
}

const fn p(
    table: &'static str,
    column: &'static str,
    what: &'static str,
    subject: Subject,
    purpose: Purpose,
    retention: Retention,
) -> Personal {
    Personal { table, column, what, subject, purpose, retention }
}

use Purpose as P;
use Retention as R;
use Subject as S;

/// Tables the engines keep for themselves (migration bookkeeping, SQLite's full-text shadow
/// tables): not ours to classify.
pub fn is_engine_table(table: &str) -> bool {
    table == "seaql_migrations" || table.starts_with("application_search_") || table.starts_with("sqlite_")
}

/// Every classified (table, column), personal or not.
pub fn classified() -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&str, &str)> = PERSONAL.iter().map(|f| (f.table, f.column)).collect();
    for (table, columns) in NOT_PERSONAL {
        all.extend(columns.iter().map(|c| (*table, *c)));
    }
    all.sort_unstable();
    all
}

impl crate::Store {
    /// Every (table, column) of the live schema, engine tables left out.
    pub async fn schema_columns(&self) -> Result<Vec<(String, String)>, crate::StoreError> {
        use sea_orm::{ConnectionTrait, Statement};
        let backend = self.read.get_database_backend();
        let sql = match self.backend {
            crate::Backend::Sqlite => {
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' ORDER BY m.name, p.cid"
            }
            crate::Backend::Postgres => {
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
            }
        };
        let rows = self.read.query_all_raw(Statement::from_string(backend, sql)).await?;
        let mut columns = Vec::with_capacity(rows.len());
        for row in rows {
            let table: String = row.try_get_by_index(0)?;
            let column: String = row.try_get_by_index(1)?;
            if !is_engine_table(&table) {
                columns.push((table, column));
            }
        }
        Ok(columns)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_column_is_classified_twice() {
        let all = classified();
        let mut unique = all.clone();
        unique.dedup();
        let twice: Vec<_> = all.iter().filter(|c| all.iter().filter(|d| d == c).count() > 1).collect();
        assert_eq!(all.len(), unique.len(), "classified twice: {twice:?}");
    }
}
