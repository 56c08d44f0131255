//! Applying to a vacancy. Every check comes before anything is written: a refused application
//! leaves no row and no file behind.

use crate::services::ServiceError;
use chrono::Utc;
use cohort_domain::candidate::{CvKind, CvProblem, PRIVACY_NOTICE_VERSION};
use cohort_domain::eligibility::{self, Answers, Outcome, Verdict};
use cohort_domain::phrase::Said;
use cohort_domain::pipeline::Position;
use cohort_domain::refusal::Refusal;
use cohort_domain::vacancy::is_open;
use cohort_domain::validation::FieldError;
use cohort_domain::validation::problem;
use cohort_store::applications::{Application, Cv, Idempotency, NewApplication};
use cohort_store::audit::Context;
use cohort_store::blobs::BlobStore;
use cohort_store::programs::Program;
use cohort_store::users::User;
use cohort_store::vacancies::Vacancy;
use cohort_store::{Store, StoreError};

/// What the candidate sends besides their saved profile.
pub struct ApplyInput {
    /// The cover letter.
    pub cover_letter: String,
    /// Answers to knockout questions.
    pub answers: Answers,
    /// The privacy notice version they consent to.
    pub privacy_notice_version: Option<String>,
    /// The CV: file name and content.
    pub cv: Option<(String, Vec<u8>)>,
    /// A JSON Resume, already checked against the schema: fills what the profile lacks.
    pub resume: Option<cohort_domain::candidate::resume::JsonResume>,
    /// Where the application came from (a label; see `candidate::source_label`).
    pub source: String,
    /// The language the candidate applies in (their e-mails about it follow it).
    pub language: cohort_domain::language::Lang,
}

/// Where an existing application of the caller lives.
pub fn own_application_href(id: uuid::Uuid) -> String {
    format!("/api/v1/me/applications/{id}")
}

fn already_applied(existing: &Application) -> ServiceError {
    ServiceError::Refused(Refusal::AlreadyApplied { application_id: existing.id })
}

/// Applies `candidate` to `vacancy` (of `program`), or says exactly why not.
#[expect(
    clippy::too_many_arguments,
    reason = "one use case with its collaborators; a struct would only rename them"
)]
pub async fn apply(
    store: &Store,
    blobs: &BlobStore,
    ctx: &Context,
    candidate: &User,
    vacancy: &Vacancy,
    program: &Program,
    input: ApplyInput,
    idempotency: Option<Idempotency>,
) -> Result<Application, ServiceError> {
    let today = Utc::now().date_naive();
    if !is_open(vacancy.status, vacancy.draft.opens_on, vacancy.draft.closes_on, today) {
        return Err(ServiceError::Refused(Refusal::VacancyClosed {
            opens_on: vacancy.draft.opens_on,
            closes_on: vacancy.draft.closes_on,
        }));
    }
    if let Some(existing) = store.application_to(candidate.id, vacancy.id).await? {
        return Err(already_applied(&existing));
    }
    let saved = store.profile(candidate.id).await?;
    let profile = match (saved.clone(), &input.resume) {
        (None, None) => {
            return Err(ServiceError::Refused(Refusal::ProfileMissing));
        }
        (saved, resume) => {
            let mut profile = saved.unwrap_or_default();
            if let Some(resume) = resume {
                profile.fill_from(resume);
            }
            profile
        }
    };
    let filled = (saved.as_ref() != Some(&profile)).then(|| profile.clone());
    let profile_problems: Vec<FieldError> = profile
        .problems()
        .into_iter()
        .map(|p| FieldError::new(format!("profile.{}", p.field), p.problem))
        .collect();
    if !profile_problems.is_empty() {
        return Err(ServiceError::Invalid(profile_problems));
    }

    let mut problems = Vec::new();
    match input.privacy_notice_version.as_deref() {
        Some(PRIVACY_NOTICE_VERSION) => {}
        _ => problems.push(FieldError::new(
            "consent.privacy_notice_version",
            problem::of("privacy-consent").text("version", PRIVACY_NOTICE_VERSION),
        )),
    }
    if input.cover_letter.chars().count() > 10_000 {
        problems.push(FieldError::new("cover_letter", problem::too_long(10_000)));
    }
    if cohort_domain::privacy::contains_bsn(&input.cover_letter) {
        problems.push(FieldError::new("cover_letter", problem::of("holds-bsn")));
    }
    let cv_kind = match &input.cv {
        None => None,
        Some((_, bytes)) => match CvKind::sniff(bytes) {
            Ok(kind) => Some(kind),
            Err(CvProblem::TooLarge) => {
                return Err(ServiceError::Refused(Refusal::CvTooLarge));
            }
            Err(problem) => {
                problems.push(FieldError::new("cv", problem.said()));
                None
            }
        },
    };
    if input.cv.is_none() && profile.github.is_none() && profile.portfolio_url.is_none() {
        problems.push(FieldError::new("cv", problem::of("show-your-work")));
    }
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }

    let period =
        program.draft.period().ok_or_else(|| ServiceError::internal("programme ends before it starts"))?;
    let evaluation =
        eligibility::evaluate(&vacancy.draft.hard_rules(), period, &profile.facts(), &input.answers);
    let blocking: Vec<FieldError> = evaluation
        .results
        .iter()
        .filter(|r| r.outcome != Outcome::Pass)
        .map(|r| FieldError::new(rule_kind(&r.rule), r.reason.clone()))
        .collect();
    match evaluation.verdict {
        Verdict::Eligible => {}
        Verdict::NotEligible => {
            let failing: Vec<FieldError> = evaluation
                .results
                .iter()
                .filter(|r| r.outcome == Outcome::Fail)
                .map(|r| FieldError::new(rule_kind(&r.rule), r.reason.clone()))
                .collect();
            return Err(ServiceError::Refused(Refusal::NotEligible(failing)));
        }
        Verdict::Incomplete => {
            return Err(ServiceError::Refused(Refusal::EligibilityIncomplete(blocking)));
        }
    }
    let match_score = eligibility::score(&vacancy.draft.preferences, &profile.facts()).total;

    let cv = match (input.cv, cv_kind) {
        (Some((filename, bytes)), Some(kind)) => {
            let (blob, new) = blobs.put(bytes).await.map_err(ServiceError::internal)?;
            Some((
                Cv {
                    blob,
                    filename: clean_filename(&filename, kind),
                    content_type: kind.media_type().to_owned(),
                },
                new,
            ))
        }
        _ => None,
    };
    let new = NewApplication {
        org_id: vacancy.org_id,
        vacancy_id: vacancy.id,
        candidate_id: candidate.id,
        stage: Position::start(&vacancy.pipeline).stage,
        profile,
        cover_letter: input.cover_letter,
        answers: input.answers,
        cv: cv.as_ref().map(|(cv, _)| cv.clone()),
        evaluation,
        match_score,
        consent_version: PRIVACY_NOTICE_VERSION.to_owned(),
        source: input.source,
        language: input.language,
    };
    match store.create_application(ctx, new, idempotency).await {
        Ok(application) => {
            // The profile keeps what the résumé filled in, for the next application.
            if let Some(profile) = filled {
                store.save_profile(candidate.id, profile).await?;
            }
            Ok(application)
        }
        Err(error) => {
            if let Some((cv, true)) = &cv {
                let _ = blobs.remove(&cv.blob).await;
            }
            match error {
                StoreError::Conflict(_) => match store.application_to(candidate.id, vacancy.id).await? {
                    Some(existing) => Err(already_applied(&existing)),
                    None => Err(ServiceError::Refused(Refusal::Duplicate)),
                },
                other => Err(other.into()),
            }
        }
    }
}

fn rule_kind(rule: &eligibility::Rule) -> String {
    serde_json::to_value(rule)
        .ok()
        .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(|k| format!("rules.{k}")))
        .unwrap_or_else(|| "rules".to_owned())
}

/// A file name safe to put in a header: the last path segment, plain characters, the right
/// extension for what the file is.
fn clean_filename(raw: &str, kind: CvKind) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    let stem: String =
        stem.chars().filter(|c| c.is_ascii_alphanumeric() || " -_".contains(*c)).take(80).collect();
    let stem = if stem.trim().is_empty() { "cv".to_owned() } else { stem.trim().to_owned() };
    let extension = match kind {
        CvKind::Pdf => "pdf",
        CvKind::Docx => "docx",
    };
    format!("{stem}.{extension}")
}

/// Moves an application as a recruiter asks, if the domain allows it and nobody moved it since
/// `expected_version`.
pub async fn move_application(
    store: &Store,
    ctx: &Context,
    org_id: uuid::Uuid,
    id: uuid::Uuid,
    expected_version: i32,
    requested: cohort_domain::pipeline::Move,
) -> Result<Application, ServiceError> {
    use cohort_domain::pipeline::{Actor, Move, TransitionError, transition};
    let application = store.org_application(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if application.version != expected_version {
        return Err(ServiceError::Stale);
    }
    let vacancy = store.vacancy(org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let from = Position { stage: application.stage.clone(), status: application.status };
    let reasons = store.hiring_settings(org_id).await?.rejection_reasons;
    let to =
        transition(&vacancy.pipeline, &from, &requested, Actor::Recruiter, &reasons).map_err(|refusal| {
            match refusal {
                TransitionError::UnknownReason => ServiceError::invalid("reason", problem::one_of(&reasons)),
                other => ServiceError::Refused(Refusal::Transition(other)),
            }
        })?;
    let reason = match requested {
        Move::Reject { reason } => Some(reason),
        _ => None,
    };
    Ok(store
        .move_application(
            ctx,
            org_id,
            id,
            expected_version,
            cohort_store::applications::Moved { from, to, reason },
        )
        .await?)
}

/// The candidate withdraws one of their applications, while it is still active.
pub async fn withdraw(
    store: &Store,
    ctx: &Context,
    candidate_id: uuid::Uuid,
    id: uuid::Uuid,
) -> Result<Application, ServiceError> {
    use cohort_domain::pipeline::{Actor, Move, transition};
    let application = store.own_application(candidate_id, id).await?.ok_or(ServiceError::NotFound)?;
    let vacancy =
        store.vacancy(application.org_id, application.vacancy_id).await?.ok_or(ServiceError::NotFound)?;
    let from = Position { stage: application.stage.clone(), status: application.status };
    let to = transition(&vacancy.pipeline, &from, &Move::Withdraw, Actor::Candidate, &[])
        .map_err(|refusal| ServiceError::Refused(Refusal::Transition(refusal)))?;
    let moved = cohort_store::applications::Moved { from, to, reason: None };
    Ok(store.move_application(ctx, application.org_id, id, application.version, moved).await?)
}

/// What happened to one application of a rejection of many.
#[derive(Debug)]
pub enum Rejection {
    /// Rejected; the candidate is told.
    Rejected,
    /// No such application in the organisation.
    NotFound,
    /// The pipeline or a version refused it; nothing changed for this one.
    Refused(ServiceError),
}

/// Rejects up to 200 applications with one of the organisation's reasons; each is committed on
/// its own, so one refusal does not hold back the others.
pub async fn reject_many(
    store: &Store,
    ctx: &Context,
    org_id: uuid::Uuid,
    ids: &[uuid::Uuid],
    reason: &str,
) -> Result<Vec<(uuid::Uuid, Rejection)>, ServiceError> {
    if ids.is_empty() || ids.len() > 200 {
        return Err(ServiceError::invalid("application_ids", problem::of("application-ids")));
    }
    let reasons = store.hiring_settings(org_id).await?.rejection_reasons;
    if !reasons.iter().any(|r| r == reason) {
        return Err(ServiceError::invalid("reason", problem::one_of(&reasons)));
    }
    let mut results = Vec::with_capacity(ids.len());
    for &id in ids {
        let Some(application) = store.org_application(org_id, id).await? else {
            results.push((id, Rejection::NotFound));
            continue;
        };
        let requested = cohort_domain::pipeline::Move::Reject { reason: reason.to_owned() };
        match move_application(store, ctx, org_id, id, application.version, requested).await {
            Ok(_) => results.push((id, Rejection::Rejected)),
            Err(error) if !error.is_fault() => results.push((id, Rejection::Refused(error))),
            Err(error) => return Err(error),
        }
    }
    Ok(results)
}

/// One of a candidate's applications, with the vacancy it is for and when it entered each stage.
pub struct OwnApplication {
    /// The application.
    pub application: Application,
    /// The vacancy, its organisation and programme.
    pub job: crate::services::jobs::PublicJob,
    /// Each stage it entered, and when.
    pub history: Vec<(String, chrono::DateTime<Utc>)>,
}

impl OwnApplication {
    /// Where the application stands: every stage done, current or to come, and the next one.
    pub fn timeline(&self) -> (Vec<cohort_domain::pipeline::TimelineEntry>, Option<String>) {
        let pipeline = &self.job.vacancy.pipeline;
        let position = Position { stage: self.application.stage.clone(), status: self.application.status };
        (
            cohort_domain::pipeline::timeline(pipeline, &position, &self.history),
            cohort_domain::pipeline::next_stage(pipeline, &position),
        )
    }
}

/// A page of the candidate's applications, newest first, each with its vacancy and history.
pub async fn own_applications(
    store: &Store,
    candidate_id: uuid::Uuid,
    page: cohort_store::PageRequest,
) -> Result<cohort_store::Page<OwnApplication>, ServiceError> {
    let page = store.own_applications(candidate_id, page).await?;
    let mut jobs: std::collections::HashMap<uuid::Uuid, crate::services::jobs::PublicJob> =
        std::collections::HashMap::new();
    let mut items = Vec::with_capacity(page.items.len());
    for application in page.items {
        if let std::collections::hash_map::Entry::Vacant(slot) = jobs.entry(application.vacancy_id) {
            slot.insert(crate::services::jobs::public_job(store, application.vacancy_id).await?);
        }
        let Some(job) = jobs.get(&application.vacancy_id).cloned() else { continue };
        let history = store
            .application_history(application.id)
            .await?
            .into_iter()
            .map(|e| (e.to_stage, e.at))
            .collect();
        items.push(OwnApplication { application, job, history });
    }
    Ok(cohort_store::Page { items, next: page.next })
}

/// Saves the candidate's profile (the base of every application), checked first.
pub async fn save_profile(
    store: &Store,
    user_id: uuid::Uuid,
    profile: cohort_domain::candidate::CandidateProfile,
) -> Result<cohort_domain::candidate::CandidateProfile, ServiceError> {
    let problems = profile.problems();
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    Ok(store.save_profile(user_id, profile).await?)
}

/// An application of the organisation as a recruiter opens it (`resource`: the application, or
/// its CV), the look logged for the candidate to see; not found without it (or without a CV).
pub async fn look_at(
    store: &Store,
    ctx: &Context,
    org_id: uuid::Uuid,
    id: uuid::Uuid,
    resource: cohort_domain::privacy::ViewedResource,
) -> Result<Application, ServiceError> {
    use cohort_domain::privacy::{ViewPurpose, ViewedResource};
    let application = store.org_application(org_id, id).await?.ok_or(ServiceError::NotFound)?;
    if resource == ViewedResource::Cv && application.cv.is_none() {
        return Err(ServiceError::NotFound);
    }
    let (candidate, seen) = (application.candidate_id, Some(application.id));
    store.record_view(ctx, org_id, candidate, seen, resource, ViewPurpose::Recruitment).await?;
    Ok(application)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(clean_filename("../../Ada Lovelace CV.pdf", CvKind::Pdf), "Ada Lovelace CV.pdf");
        assert_eq!(clean_filename("cv\r\nSet-Cookie: x.docx", CvKind::Docx), "cvSet-Cookie x.docx");
        assert_eq!(clean_filename("évaluation.PDF", CvKind::Pdf), "valuation.pdf");
        assert_eq!(clean_filename("???.html", CvKind::Pdf), "cv.pdf");
    }
}
