//! Why a use case did not happen, in terms of the use case: nothing there for this caller, input
//! that does not hold, a refusal of the domain, a stale version, or a fault. The adapters map it:
//! the API to a status and stable code (`crate::error`), the pages to a sentence (`web::kit`).

use cohort_domain::phrase::Phrase;
use cohort_domain::refusal::Refusal;
use cohort_domain::validation::FieldError;
use cohort_store::StoreError;

/// A use case's failure.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Nothing there, or nothing this caller may know about.
    #[error("There is nothing here.")]
    NotFound,
    /// Input that does not hold, field by field.
    #[error("{}", fields(.0))]
    Invalid(Vec<FieldError>),
    /// Understood, and refused by a rule.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// The record changed since the caller read it.
    #[error("the record changed since it was read")]
    Stale,
    /// A fault of the store (logged, never shown).
    #[error(transparent)]
    Store(StoreError),
    /// Any other fault (logged, never shown).
    #[error("{0}")]
    Internal(String),
}

fn fields(fields: &[FieldError]) -> String {
    crate::i18n::problems(crate::i18n::Lang::En, fields)
}

impl ServiceError {
    /// Input that does not hold, about one field.
    pub fn invalid(field: &str, problem: Phrase) -> Self {
        ServiceError::Invalid(vec![FieldError::new(field, problem)])
    }

    /// Whether this is a fault of ours rather than an answer about the request.
    pub fn is_fault(&self) -> bool {
        matches!(self, ServiceError::Store(_) | ServiceError::Internal(_))
    }

    /// A fault with its cause, for the log.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ServiceError::Internal(cause.to_string())
    }
}

impl From<StoreError> for ServiceError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ServiceError::NotFound,
            StoreError::Stale => ServiceError::Stale,
            StoreError::Refused(refusal) => ServiceError::Refused(refusal),
            StoreError::Conflict(_) => ServiceError::Refused(Refusal::Duplicate),
            other => ServiceError::Store(other),
        }
    }
}

/// What a use case answers.
pub type Outcome<T> = Result<T, ServiceError>;
