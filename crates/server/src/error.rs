//! One error type for every handler, answered as RFC 9457 `application/problem+json` with a
//! stable machine-readable `code`. Server faults are logged with detail and answered without.

use crate::services::ServiceError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cohort_domain::case_study::SubmissionError;
use cohort_domain::internship::training::{FeedbackRefusal, RosterError};
use cohort_domain::internship::{CompletionRefusal, ShadowingRefusal};
use cohort_domain::offer::OfferError;
use cohort_domain::refusal::Refusal;
use cohort_domain::scheduling::Conflict;
use cohort_domain::validation::FieldError;
use cohort_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error answered to the client.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    detail: String,
    errors: Vec<ProblemField>,
    retry_after_secs: Option<u64>,
    see: Option<String>,
}

/// The body of every error response (RFC 9457).
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: `code` tells problems apart.
    #[serde(rename = "type")]
    #[schema(example = "about:blank")]
    pub kind: &'static str,
    /// The HTTP status phrase.
    #[schema(example = "Unprocessable Entity")]
    pub title: &'static str,
    /// The HTTP status code.
    #[schema(example = 422)]
    pub status: u16,
    /// Stable, machine-readable: clients branch on this.
    #[schema(example = "validation_failed")]
    pub code: &'static str,
    /// What went wrong, for a person.
    pub detail: String,
    /// For `validation_failed`: every invalid field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
    /// The resource the problem is about, e.g. the application that already exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub see: Option<String>,
}

/// One invalid field.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemField {
    /// The field's name.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl ApiError {
    /// An error with a status, a stable code and a message.
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            detail: detail.into(),
            errors: Vec::new(),
            retry_after_secs: None,
            see: None,
        }
    }

    /// 404: nothing there, or nothing the caller may know about.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "There is nothing here.")
    }

    /// 401: sign in first.
    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Sign in first: send a session cookie or an `Authorization: Bearer` API token.",
        )
    }

    /// 422 with the invalid fields.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let mut error = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            "Some fields are invalid; see `errors`.",
        );
        error.errors = in_english(&errors);
        error
    }

    /// 409: the request conflicts with what exists.
    pub fn conflict(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, detail)
    }

    /// 400: a request the server cannot read.
    pub fn bad_request(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, detail)
    }

    /// 500, logged with the cause; the client hears no detail.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Something went wrong on our side. It has been logged; quote the x-request-id header when reporting it.",
        )
    }

    /// A 422 about one field, in the API's English (a check only the API makes).
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let mut error = ApiError::validation(Vec::new());
        error.errors.push(ProblemField { field: field.into(), message: message.into() });
        error
    }

    /// The stable machine-readable code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// What went wrong, in words (for pages, which show it to the person).
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The invalid fields, if any.
    pub fn fields(&self) -> &[ProblemField] {
        &self.errors
    }

    /// Points at the resource the problem is about.
    pub fn see(mut self, href: impl Into<String>) -> Self {
        self.see = Some(href.into());
        self
    }

    /// Adds field errors to a problem that is not `validation_failed` (e.g. the rules a
    /// candidate fails).
    pub fn with_errors(mut self, errors: &[FieldError]) -> Self {
        self.errors = in_english(errors);
        self
    }

    /// Adds `Retry-After`.
    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after_secs = Some(secs);
        self
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)?;
        for error in &self.errors {
            write!(f, "\n  {}: {}", error.field, error.message)?;
        }
        Ok(())
    }
}

/// Field problems as the API words them: in English, whatever the reader's language.
fn in_english(errors: &[FieldError]) -> Vec<ProblemField> {
    let en = crate::i18n::Lang::En;
    errors
        .iter()
        .map(|e| ProblemField { field: e.field.clone(), message: crate::i18n::problem(en, e) })
        .collect()
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        ServiceError::from(error).into()
    }
}

impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::NotFound => ApiError::not_found(),
            ServiceError::Invalid(fields) => ApiError::validation(fields),
            ServiceError::Refused(refusal) => refusal.into(),
            ServiceError::Stale => crate::http::versioning::stale(),
            ServiceError::Store(error) => ApiError::internal(error),
            ServiceError::Internal(cause) => ApiError::internal(cause),
        }
    }
}

/// Every refusal's status and stable code: the one table of them. Clients branch on the codes,
/// so a code, once given, never changes.
pub fn status_and_code(refusal: &Refusal) -> (StatusCode, &'static str) {
    use Refusal as R;
    use StatusCode as S;
    match refusal {
        R::EmailTaken => (S::CONFLICT, "email_taken"),
        R::ConfirmationInvalid => (S::NOT_FOUND, "confirmation_invalid"),
        R::InvalidCredentials => (S::UNAUTHORIZED, "invalid_credentials"),
        R::TooManyAttempts { .. } => (S::TOO_MANY_REQUESTS, "too_many_attempts"),
        R::TooManyRegistrations { .. } => (S::TOO_MANY_REQUESTS, "too_many_registrations"),
        R::PasswordLinkInvalid => (S::NOT_FOUND, "password_link_invalid"),
        R::TooManyResetRequests { .. } => (S::TOO_MANY_REQUESTS, "too_many_reset_requests"),
        R::SlugTaken => (S::CONFLICT, "slug_taken"),
        R::AlreadyMember => (S::CONFLICT, "already_member"),
        R::LastAdmin => (S::CONFLICT, "refused"),
        R::Duplicate => (S::CONFLICT, "conflict"),
        R::StatusChange(_) => (S::CONFLICT, "status_change_refused"),
        R::StageOccupied(_) => (S::CONFLICT, "stage_occupied"),
        R::PositionsFilled(_) => (S::CONFLICT, "positions_filled"),
        R::VacancyClosed { .. } => (S::UNPROCESSABLE_ENTITY, "vacancy_closed"),
        R::AlreadyApplied { .. } => (S::CONFLICT, "already_applied"),
        R::ProfileMissing => (S::UNPROCESSABLE_ENTITY, "profile_missing"),
        R::CvTooLarge | R::FileTooLarge { .. } => (S::PAYLOAD_TOO_LARGE, "file_too_large"),
        R::NotEligible(_) => (S::UNPROCESSABLE_ENTITY, "not_eligible"),
        R::EligibilityIncomplete(_) => (S::UNPROCESSABLE_ENTITY, "eligibility_incomplete"),
        R::Transition(_) | R::NotHireable(_) => (S::CONFLICT, "transition_refused"),
        R::NotActiveForInterview(_) | R::NotActiveForCaseStudy => (S::CONFLICT, "application_not_active"),
        R::Booking(conflict) => (
            S::CONFLICT,
            match conflict {
                Conflict::InPast(_) => "slot_in_past",
                Conflict::Unavailable(..) => "interviewer_unavailable",
                Conflict::CandidateBusy | Conflict::InterviewerBusy(_) => "double_booking",
                Conflict::DailyCap(..) => "daily_cap_reached",
                Conflict::NotOffered => "slot_not_offered",
            },
        ),
        R::SlotUnavailable { .. } => (S::UNPROCESSABLE_ENTITY, "slot_unavailable"),
        R::InterviewCancelled | R::AlreadyCancelled => (S::CONFLICT, "interview_cancelled"),
        R::AlreadyBooked => (S::CONFLICT, "already_booked"),
        R::InterviewNotHeld => (S::CONFLICT, "interview_not_held"),
        R::ScorecardSubmitted => (S::CONFLICT, "scorecard_submitted"),
        R::OwnScorecardFirst => (S::FORBIDDEN, "own_scorecard_first"),
        R::TooManyAttachments => (S::CONFLICT, "too_many_attachments"),
        R::AlreadyInvited => (S::CONFLICT, "already_invited"),
        R::Submission(SubmissionError::Late(_)) => (S::UNPROCESSABLE_ENTITY, "deadline_passed"),
        R::Submission(SubmissionError::Empty) => (S::UNPROCESSABLE_ENTITY, "validation_failed"),
        R::Submission(SubmissionError::Graded) | R::AlreadyGraded => (S::CONFLICT, "already_graded"),
        R::NotSubmitted => (S::CONFLICT, "not_submitted"),
        R::NotAnArchive => (S::UNPROCESSABLE_ENTITY, "not_an_archive"),
        R::NotAtDecision => (S::CONFLICT, "not_at_decision"),
        R::DecisionRequired => (S::CONFLICT, "decision_required"),
        R::Offer(OfferError::Expired(_)) => (S::CONFLICT, "offer_expired"),
        R::Offer(OfferError::Refused(..)) | R::OfferNotDraft => (S::CONFLICT, "offer_refused"),
        R::OfferOpen(_) => (S::CONFLICT, "offer_open"),
        R::NoDataHeld => (S::UNPROCESSABLE_ENTITY, "no_data_held"),
        R::ConsentGiven => (S::CONFLICT, "consent_given"),
        R::ConsentWithdrawn => (S::CONFLICT, "consent_withdrawn"),
        R::MemberOfOrganisation => (S::CONFLICT, "member_of_organisation"),
        R::InternshipInProgress => (S::CONFLICT, "internship_in_progress"),
        R::NotAnIntern => (S::NOT_FOUND, "not_an_intern"),
        R::TeamExists => (S::CONFLICT, "team_exists"),
        R::UnknownTeam => (S::UNPROCESSABLE_ENTITY, "unknown_team"),
        R::TaskDone => (S::CONFLICT, "task_done"),
        R::NotTaskOwner(_) => (S::FORBIDDEN, "not_task_owner"),
        R::RunPublished => (S::CONFLICT, "run_published"),
        R::AlreadyMatched(_) => (S::CONFLICT, "already_matched"),
        R::PairNotAllowed => (S::UNPROCESSABLE_ENTITY, "pair_not_allowed"),
        R::MentorFull => (S::UNPROCESSABLE_ENTITY, "mentor_full"),
        R::EvaluationSubmitted { .. } => (S::CONFLICT, "evaluation_submitted"),
        R::Completion(CompletionRefusal::AlreadyCompleted) => (S::CONFLICT, "already_completed"),
        R::Completion(CompletionRefusal::FinalEvaluationMissing) => (S::CONFLICT, "final_evaluation_missing"),
        R::MentorOnly => (S::FORBIDDEN, "mentor_only"),
        R::Roster(RosterError::AlreadyEnrolled) => (S::CONFLICT, "already_enrolled"),
        R::Roster(RosterError::NotEnrolled) => (S::CONFLICT, "not_enrolled"),
        R::Roster(RosterError::BelowSeated(_)) => (S::CONFLICT, "capacity_below_seated"),
        R::NotSeated => (S::CONFLICT, "not_seated"),
        R::Feedback(FeedbackRefusal::NotAnAttendee) => (S::FORBIDDEN, "not_an_attendee"),
        R::Feedback(FeedbackRefusal::Rating) => (S::UNPROCESSABLE_ENTITY, "validation_failed"),
        R::Shadowing(ShadowingRefusal::Answered(_)) => (S::CONFLICT, "request_answered"),
        R::Shadowing(ShadowingRefusal::Full(..)) => (S::CONFLICT, "team_full"),
        R::EventFull => (S::CONFLICT, "event_full"),
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        let (status, code) = status_and_code(&refusal);
        let mut error = ApiError::new(status, code, refusal.to_string()).with_errors(refusal.fields());
        match refusal {
            Refusal::AlreadyApplied { application_id } => {
                error = error.see(crate::services::applications::own_application_href(application_id));
            }
            Refusal::TooManyAttempts { retry_after_secs }
            | Refusal::TooManyRegistrations { retry_after_secs }
            | Refusal::TooManyResetRequests { retry_after_secs } => {
                error = error.retry_after(retry_after_secs)
            }
            _ => {}
        }
        error
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = Problem {
            kind: "about:blank",
            title: self.status.canonical_reason().unwrap_or("Error"),
            status: self.status.as_u16(),
            code: self.code,
            detail: self.detail,
            errors: self.errors,
            see: self.see,
        };
        let mut response = (self.status, axum::Json(problem)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let Some(secs) = self.retry_after_secs {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
