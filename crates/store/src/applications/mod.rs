//! Applications: made by candidates, moved through the vacancy's stages by recruiters.
//! Every move is an `application_events` row; the application carries a `version`.

mod create;
mod listings;
mod moves;

pub(crate) use moves::record_move;

use crate::StoreError;
use crate::entities::application::{self};
use crate::error::corrupt;
use chrono::{DateTime, Utc};
use cohort_domain::candidate::CandidateProfile;
use cohort_domain::eligibility::{Answers, Evaluation};
use cohort_domain::pipeline::{Position, Status};
use uuid::Uuid;

/// An uploaded CV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cv {
    /// Its blob.
    pub blob: String,
    /// Its file name as uploaded.
    pub filename: String,
    /// `application/pdf` or the DOCX media type.
    pub content_type: String,
}

/// An application as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    /// Its id.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The current stage's key.
    pub stage: String,
    /// Its status.
    pub status: Status,
    /// Raised by every change.
    pub version: i32,
    /// The profile as it was when applying.
    pub profile: CandidateProfile,
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    pub answers: Answers,
    /// GitHub profile URL.
    pub github_url: Option<String>,
    /// Portfolio URL.
    pub portfolio_url: Option<String>,
    /// The CV.
    pub cv: Option<Cv>,
    /// Eligibility when applying.
    pub evaluation: Evaluation,
    /// Match score when applying.
    pub match_score: u32,
    /// The privacy notice version consented to.
    pub consent_version: String,
    /// When consent was given.
    pub consented_at: DateTime<Utc>,
    /// When the application was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// Skills suggested from the candidate's GitHub profile (not claimed by them).
    pub suggested_skills: Vec<cohort_domain::github::Suggestion>,
    /// The language it was made in.
    pub language: cohort_domain::language::Lang,
}

/// An application about to be made.
#[derive(Clone, Debug)]
pub struct NewApplication {
    /// The organisation.
    pub org_id: Uuid,
    /// The vacancy.
    pub vacancy_id: Uuid,
    /// The candidate.
    pub candidate_id: Uuid,
    /// The first stage's key.
    pub stage: String,
    /// The profile now.
    pub profile: CandidateProfile,
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    pub answers: Answers,
    /// The CV.
    pub cv: Option<Cv>,
    /// Eligibility now.
    pub evaluation: Evaluation,
    /// Match score now.
    pub match_score: u32,
    /// The privacy notice version consented to.
    pub consent_version: String,
    /// Where it came from (a label: `job_board`, `api`, a campaign's name).
    pub source: String,
    /// The language it is made in.
    pub language: cohort_domain::language::Lang,
}

/// Computes the response (status and body) to store for a new application.
pub type Respond = Box<dyn FnOnce(&Application) -> (i32, String) + Send>;

/// The request an `Idempotency-Key` came with, and how to answer it (computed from the new
/// application, stored with it in the same transaction).
pub struct Idempotency {
    /// The key.
    pub key: String,
    /// SHA-256 of the request.
    pub request_hash: String,
    /// The response: status and body.
    pub respond: Respond,
}

/// A stored answer to an `Idempotency-Key`, as the API handed it over to keep (the store does
/// not read it: the API replays it as it was).
#[derive(Clone, Debug)]
pub struct StoredResponse {
    /// SHA-256 of the request it answered.
    pub request_hash: String,
    /// The response's status code, as kept.
    pub response_status: i32,
    /// Its body.
    pub body: String,
}

impl TryFrom<application::Model> for Application {
    type Error = StoreError;
    fn try_from(row: application::Model) -> Result<Self, Self::Error> {
        let cv = match (row.cv_blob, row.cv_filename, row.cv_content_type) {
            (Some(blob), Some(filename), Some(content_type)) => Some(Cv { blob, filename, content_type }),
            _ => None,
        };
        Ok(Application {
            id: row.id,
            org_id: row.org_id,
            vacancy_id: row.vacancy_id,
            candidate_id: row.candidate_id,
            stage: row.stage,
            status: serde_json::from_value(serde_json::Value::String(row.status)).map_err(corrupt)?,
            version: row.version,
            profile: serde_json::from_str(&row.profile).map_err(corrupt)?,
            cover_letter: row.cover_letter,
            answers: serde_json::from_str(&row.answers).map_err(corrupt)?,
            github_url: row.github_url,
            portfolio_url: row.portfolio_url,
            cv,
            evaluation: serde_json::from_str(&row.evaluation).map_err(corrupt)?,
            match_score: u32::try_from(row.match_score).unwrap_or_default(),
            consent_version: row.consent_version,
            consented_at: row.consented_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
            suggested_skills: row
                .suggested_skills
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(corrupt)?
                .unwrap_or_default(),
            language: cohort_domain::language::Lang::from_tag(&row.language).unwrap_or_default(),
        })
    }
}

/// Which of an organisation's applications to list.
#[derive(Clone, Debug, Default)]
pub struct ApplicationFilter {
    /// Of this vacancy.
    pub vacancy_id: Option<Uuid>,
    /// Of this programme's vacancies.
    pub program_id: Option<Uuid>,
    /// In this stage (key).
    pub stage: Option<String>,
    /// With this status.
    pub status: Option<Status>,
    /// With this skill (exact, any case).
    pub skill: Option<String>,
    /// Words in the candidate's name, institution, field, skills or cover letter (a word of three
    /// letters or more also finds the words it begins).
    pub text: Option<String>,
}

/// How to order an organisation's applications.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ApplicationOrder {
    /// Newest first.
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
    /// Best match first (then newest).
    BestMatch,
}

/// A move to record.
#[derive(Clone, Debug)]
pub struct Moved {
    /// Where it was.
    pub from: Position,
    /// Where it goes.
    pub to: Position,
    /// Why (a rejection reason).
    pub reason: Option<String>,
}
