//! What a page tells a person after a form: the one place a failure becomes a sentence (in the
//! reader's language) and a page's status.

use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use axum::http::StatusCode;
use cohort_domain::phrase::{Phrase, Said};
use cohort_domain::validation::FieldError;

/// A field and what is wrong with it, worded for the reader (what a form shows beside it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worded {
    /// The field's name, as the form sends it.
    pub field: String,
    /// The field's label, as the form shows it (empty for a refusal about the whole form).
    pub label: String,
    /// What is wrong with it, in the reader's language.
    pub message: String,
}

/// Why something did not happen, in one line of `lang`: each field with its message, or the
/// refusal in words.
pub fn in_words(lang: Lang, error: &ServiceError) -> String {
    match fields(error) {
        [] => i18n::phrase(lang, &said(error)),
        fields => i18n::problems(lang, fields),
    }
}

/// A failure that is about no field in particular, as a sentence.
fn said(error: &ServiceError) -> Phrase {
    match error {
        ServiceError::NotFound => Phrase::new("said-nothing-here"),
        ServiceError::Stale => Phrase::new("said-changed-first"),
        ServiceError::Refused(refusal) => refusal.said(),
        ServiceError::Invalid(_) | ServiceError::Store(_) | ServiceError::Internal(_) => {
            tracing::error!(cause = %error, "a page failed");
            Phrase::new("said-fault")
        }
    }
}

/// The fields a failure is about (the invalid ones, or the rules a candidate fails).
pub fn fields(error: &ServiceError) -> &[FieldError] {
    match error {
        ServiceError::Invalid(fields) => fields,
        ServiceError::Refused(refusal) => refusal.fields(),
        _ => &[],
    }
}

/// `fields` worded for the reader.
pub fn worded(lang: Lang, fields: &[FieldError]) -> Vec<Worded> {
    fields
        .iter()
        .map(|f| Worded {
            field: f.field.clone(),
            label: i18n::field(lang, &f.field),
            message: i18n::problem(lang, f),
        })
        .collect()
}

/// What a refused form shows: each invalid field's problem, or the refusal in words beside
/// `field` (the one the person looks at to put it right).
pub fn against(lang: Lang, field: &str, error: &ServiceError) -> Vec<Worded> {
    match fields(error) {
        [] => vec![Worded { field: field.into(), label: String::new(), message: in_words(lang, error) }],
        fields => worded(lang, fields),
    }
}

/// The fields of a form to show beside it: the invalid ones, or the whole failure under `form`.
pub fn form_errors(error: &ServiceError) -> Vec<FieldError> {
    match fields(error) {
        [] => vec![FieldError::new("form", said(error))],
        fields => fields.to_vec(),
    }
}

/// The status of a page that answers a failed form in place: the same as the API's for the
/// refusal (one table of them), 422 for invalid input.
pub fn status_of(error: &ServiceError) -> StatusCode {
    match error {
        ServiceError::NotFound => StatusCode::NOT_FOUND,
        ServiceError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        ServiceError::Refused(refusal) => crate::error::status_and_code(refusal).0,
        ServiceError::Stale => StatusCode::PRECONDITION_FAILED,
        ServiceError::Store(_) | ServiceError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
