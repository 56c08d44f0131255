//! What a page tells a person after a form: the one place a failure becomes a sentence and a
//! page's status.

use crate::services::ServiceError;
use axum::http::StatusCode;
use cohort_domain::validation::FieldError;

/// Why something did not happen, in one line a person reads: each field with its message, or
/// the refusal in words.
pub fn in_words(error: &ServiceError) -> String {
    match fields(error) {
        [] => match error {
            ServiceError::NotFound => "There is nothing here.".to_owned(),
            ServiceError::Stale => {
                "Someone changed this first: here it is as it stands now; nothing of yours was saved."
                    .to_owned()
            }
            ServiceError::Refused(refusal) => refusal.to_string(),
            ServiceError::Invalid(_) | ServiceError::Store(_) | ServiceError::Internal(_) => {
                tracing::error!(cause = %error, "a page failed");
                "Something went wrong on our side; nothing was changed. Try again in a moment.".to_owned()
            }
        },
        fields => joined(fields),
    }
}

fn joined(fields: &[FieldError]) -> String {
    fields.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join("; ")
}

/// The fields a failure is about (the invalid ones, or the rules a candidate fails).
pub fn fields(error: &ServiceError) -> &[FieldError] {
    match error {
        ServiceError::Invalid(fields) => fields,
        ServiceError::Refused(refusal) => refusal.fields(),
        _ => &[],
    }
}

/// The fields of a form to show beside it: the invalid ones, or the whole failure under `form`.
pub fn form_errors(error: &ServiceError) -> Vec<FieldError> {
    match fields(error) {
        [] => vec![FieldError { field: "form".into(), message: in_words(error) }],
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
