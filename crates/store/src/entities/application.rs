//! The `applications` table.

use sea_orm::entity::prelude::*;

/// One row of `applications`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    /// The row's id (UUIDv7).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The current stage's key.
    pub stage: String,
    /// `active`, `hired`, `rejected` or `withdrawn`.
    pub status: String,
    /// Raised by every change (optimistic concurrency, the ETag).
    pub version: i32,
    /// The profile as it was when applying, as JSON.
    #[sea_orm(column_type = "Text")]
    pub profile: String,
    /// The cover letter.
    #[sea_orm(column_type = "Text")]
    pub cover_letter: String,
    /// Answers to knockout questions, as JSON.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// GitHub profile URL.
    pub github_url: Option<String>,
    /// Portfolio URL.
    pub portfolio_url: Option<String>,
    /// The CV's SHA-256 in the blob store.
    pub cv_blob: Option<String>,
    /// The CV's file name as uploaded.
    pub cv_filename: Option<String>,
    /// The CV's media type.
    pub cv_content_type: Option<String>,
    /// The eligibility evaluation at application time, as JSON.
    #[sea_orm(column_type = "Text")]
    pub evaluation: String,
    /// The match score at application time (0 to 100).
    pub match_score: i32,
    /// The privacy notice version consented to.
    pub consent_version: String,
    /// When consent was given.
    pub consented_at: DateTimeUtc,
    /// When the application was made.
    pub created_at: DateTimeUtc,
    /// When it last changed.
    pub updated_at: DateTimeUtc,
    /// Skills suggested from the candidate's GitHub profile, as JSON (GitHub enrichment).
    #[sea_orm(column_type = "Text", nullable)]
    pub suggested_skills: Option<String>,
    /// When its personal data was erased (the row stays, anonymous, for the counts).
    pub erased_at: Option<DateTimeUtc>,
    /// Where the application came from.
    pub source: String,
    /// The language it was made in (`en`, `nl`): the candidate's e-mails about it follow it.
    pub language: String,
}

/// No navigable relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
