//! The data map: every column of every table, classified. A column either holds personal data
//! — then the map says what it is, whose it is, for which purpose it is kept and which retention
//! rule ends it — or it holds none. A test compares the map with the live schema on both
//! backends, so a migration cannot add a column nobody classified.

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

/// Every column that holds personal data.
pub const PERSONAL: &[Personal] = &[
    // Accounts.
    p("users", "id", "the account's identifier", S::Person, P::Account, R::Account),
    p("users", "email", "e-mail address", S::Person, P::Account, R::Account),
    p("users", "name", "name", S::Person, P::Account, R::Account),
    p("users", "password_hash", "password hash (argon2id)", S::Person, P::Account, R::Account),
    p("users", "created_at", "when the account was made", S::Person, P::Account, R::Account),
    p("users", "password_changed_at", "when the password last changed", S::Person, P::Account, R::Account),
    p("profiles", "user_id", "whose profile", S::Candidate, P::Application, R::Account),
    p(
        "profiles",
        "data",
        "profile: phone, education, enrolment, skills, languages, links",
        S::Candidate,
        P::Application,
        R::Account,
    ),
    p("profiles", "updated_at", "when the profile changed", S::Candidate, P::Application, R::Account),
    p("memberships", "user_id", "who is a member", S::Member, P::Account, R::Account),
    p("sessions", "user_id", "whose session", S::Person, P::Security, R::Security),
    p("sessions", "ip", "IP address of the session", S::Person, P::Security, R::Security),
    p("sessions", "user_agent", "browser of the session", S::Person, P::Security, R::Security),
    p("sessions", "created_at", "when they signed in", S::Person, P::Security, R::Security),
    p("sessions", "last_seen_at", "when they were last active", S::Person, P::Security, R::Security),
    p("login_attempts", "email", "e-mail address tried", S::Person, P::Security, R::Security),
    p("login_attempts", "ip", "IP address of the attempt", S::Person, P::Security, R::Security),
    p("login_attempts", "at", "when they tried", S::Person, P::Security, R::Security),
    p("calendar_feeds", "user_id", "whose calendar feed", S::Person, P::Assessment, R::Account),
    p("idempotency_keys", "user_id", "who sent the request", S::Person, P::Security, R::Security),
    p(
        "idempotency_keys",
        "response_body",
        "the answer to a request (may hold an application)",
        S::Person,
        P::Security,
        R::Security,
    ),
    p("api_tokens", "created_by", "who made the token", S::Member, P::Security, R::Account),
    p("audit_events", "actor_id", "who acted", S::Person, P::Security, R::Security),
    p("audit_events", "actor_label", "who acted, by e-mail", S::Person, P::Security, R::Security),
    p("audit_events", "ip", "IP address of the request", S::Person, P::Security, R::Security),
    p("audit_events", "target_id", "what (or whom) it concerned", S::Person, P::Security, R::Security),
    p(
        "audit_events",
        "details",
        "details of the event (may name a person's records)",
        S::Person,
        P::Security,
        R::Security,
    ),
    p("consents", "user_id", "who consented", S::Candidate, P::TalentPool, R::Account),
    p("consents", "purpose", "what they consented to", S::Candidate, P::TalentPool, R::Account),
    p("consents", "notice_version", "the privacy notice they read", S::Candidate, P::TalentPool, R::Account),
    p("consents", "given_at", "when they consented", S::Candidate, P::TalentPool, R::Account),
    p("consents", "withdrawn_at", "when they withdrew it", S::Candidate, P::TalentPool, R::Account),
    p("profile_views", "candidate_id", "whose data was viewed", S::Candidate, P::Security, R::Procedure),
    p(
        "profile_views",
        "application_id",
        "which application was viewed",
        S::Candidate,
        P::Security,
        R::Procedure,
    ),
    p("profile_views", "at", "when it was viewed", S::Candidate, P::Security, R::Procedure),
    p(
        "profile_views",
        "resource",
        "what was viewed (application, CV)",
        S::Candidate,
        P::Security,
        R::Procedure,
    ),
    p("profile_views", "purpose", "why it was viewed", S::Candidate, P::Security, R::Procedure),
    p("profile_views", "viewer_id", "who viewed it", S::Member, P::Security, R::Procedure),
    p(
        "profile_views",
        "viewer_label",
        "who viewed it, by e-mail or token name",
        S::Member,
        P::Security,
        R::Procedure,
    ),
    // Applications.
    p("applications", "candidate_id", "who applied", S::Candidate, P::Application, R::Procedure),
    p(
        "applications",
        "profile",
        "the profile as sent: name, contact, education, skills",
        S::Candidate,
        P::Application,
        R::Procedure,
    ),
    p("applications", "cover_letter", "cover letter", S::Candidate, P::Application, R::Procedure),
    p("applications", "answers", "answers to knockout questions", S::Candidate, P::Application, R::Procedure),
    p("applications", "github_url", "GitHub profile", S::Candidate, P::Application, R::Procedure),
    p("applications", "portfolio_url", "portfolio", S::Candidate, P::Application, R::Procedure),
    p("applications", "cv_blob", "the CV file", S::Candidate, P::Application, R::Procedure),
    p("applications", "cv_filename", "the CV's file name", S::Candidate, P::Application, R::Procedure),
    p(
        "applications",
        "evaluation",
        "eligibility evaluation of the profile",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p("applications", "match_score", "match score", S::Candidate, P::Assessment, R::Procedure),
    p(
        "applications",
        "suggested_skills",
        "skills suggested from public GitHub repositories",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p("applications", "stage", "where the application stands", S::Candidate, P::Application, R::Procedure),
    p(
        "applications",
        "status",
        "active, rejected, withdrawn or hired",
        S::Candidate,
        P::Application,
        R::Procedure,
    ),
    p(
        "applications",
        "consent_version",
        "privacy notice consented to",
        S::Candidate,
        P::Application,
        R::Procedure,
    ),
    p("applications", "consented_at", "when they consented", S::Candidate, P::Application, R::Procedure),
    p("applications", "created_at", "when they applied", S::Candidate, P::Application, R::Procedure),
    p(
        "application_events",
        "reason",
        "why the application moved (a rejection reason)",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p("application_events", "actor_id", "who moved it", S::Member, P::Assessment, R::Procedure),
    p("application_skills", "skill", "a skill of the candidate", S::Candidate, P::Application, R::Procedure),
    p(
        "application_search",
        "document",
        "search index of the application's words",
        S::Candidate,
        P::Application,
        R::Procedure,
    ),
    // Assessment.
    p("availability", "user_id", "whose availability", S::Member, P::Assessment, R::Account),
    p("availability", "starts_at", "when they are available", S::Member, P::Assessment, R::Account),
    p("availability", "ends_at", "until when", S::Member, P::Assessment, R::Account),
    p("interviewer_settings", "user_id", "whose daily cap", S::Member, P::Assessment, R::Account),
    p("interviews", "candidate_id", "who is interviewed", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "starts_at", "interview time", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "ends_at", "interview end", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "slots", "times offered", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "video_url", "the meeting link", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "cancel_reason", "why it was cancelled", S::Candidate, P::Assessment, R::Procedure),
    p("interviews", "organizer_id", "who organised it", S::Member, P::Assessment, R::Procedure),
    p("interview_panelists", "user_id", "who interviews", S::Member, P::Assessment, R::Procedure),
    p("scorecards", "interviewer_id", "who rated", S::Member, P::Assessment, R::Procedure),
    p("scorecards", "ratings", "ratings of the candidate", S::Candidate, P::Assessment, R::Procedure),
    p(
        "scorecards",
        "recommendation",
        "the interviewer's recommendation",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p(
        "scorecards",
        "notes",
        "interview notes about the candidate",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p(
        "case_assignments",
        "candidate_id",
        "who does the case study",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p(
        "case_assignments",
        "repository_url",
        "the submitted repository",
        S::Candidate,
        P::Assessment,
        R::Procedure,
    ),
    p("case_assignments", "archive_blob", "the submitted archive", S::Candidate, P::Assessment, R::Procedure),
    p("case_assignments", "archive_filename", "its file name", S::Candidate, P::Assessment, R::Procedure),
    p("case_assignments", "submitted_at", "when submitted", S::Candidate, P::Assessment, R::Procedure),
    p("case_assignments", "late", "whether it was late", S::Candidate, P::Assessment, R::Procedure),
    p("case_reviews", "reviewer_id", "who graded", S::Member, P::Assessment, R::Procedure),
    p("case_reviews", "scores", "grades per criterion", S::Candidate, P::Assessment, R::Procedure),
    p("case_reviews", "total", "total grade", S::Candidate, P::Assessment, R::Procedure),
    p("case_reviews", "comment", "the reviewer's comment", S::Candidate, P::Assessment, R::Procedure),
    p("decisions", "outcome", "the decision on the candidate", S::Candidate, P::Assessment, R::Procedure),
    p("decisions", "rationale", "why", S::Candidate, P::Assessment, R::Procedure),
    p("decisions", "decided_by", "who decided", S::Member, P::Assessment, R::Procedure),
    p("offers", "candidate_id", "to whom", S::Candidate, P::Offer, R::Procedure),
    p("offers", "terms", "the terms: dates, hours, stipend, team", S::Candidate, P::Offer, R::Procedure),
    p("offers", "status", "the answer", S::Candidate, P::Offer, R::Procedure),
    p("offers", "decline_reason", "why they declined", S::Candidate, P::Offer, R::Procedure),
    p("offers", "answered_at", "when they answered", S::Candidate, P::Offer, R::Procedure),
    // The internship.
    p("interns", "user_id", "who the intern is", S::Candidate, P::Internship, R::Internship),
    p("interns", "name", "name", S::Candidate, P::Internship, R::Internship),
    p("interns", "skills", "skill profile", S::Candidate, P::Internship, R::Internship),
    p("interns", "interests", "interests", S::Candidate, P::Internship, R::Internship),
    p("interns", "languages", "languages", S::Candidate, P::Internship, R::Internship),
    p("interns", "starts_on", "first day", S::Candidate, P::Internship, R::Internship),
    p("interns", "ends_on", "last day", S::Candidate, P::Internship, R::Internship),
    p("interns", "mentor_id", "their mentor", S::Member, P::Internship, R::Internship),
    p(
        "interns",
        "summary",
        "completion summary: trainings, goals, evaluation results",
        S::Candidate,
        P::Internship,
        R::Internship,
    ),
    p("interns", "completed_at", "when completed", S::Candidate, P::Internship, R::Internship),
    p("onboarding_tasks", "done_by", "who completed the task", S::Person, P::Internship, R::Internship),
    p("onboarding_tasks", "done_at", "when", S::Candidate, P::Internship, R::Internship),
    p("mentors", "user_id", "the mentor", S::Member, P::Internship, R::Account),
    p("mentors", "skills", "the mentor's skills", S::Member, P::Internship, R::Account),
    p("mentors", "interests", "the mentor's interests", S::Member, P::Internship, R::Account),
    p("mentors", "languages", "the mentor's languages", S::Member, P::Internship, R::Account),
    p("mentors", "capacity", "how many interns they take", S::Member, P::Internship, R::Account),
    p(
        "matching_runs",
        "pairs",
        "proposed intern–mentor pairs with their reasons",
        S::Candidate,
        P::Internship,
        R::Internship,
    ),
    p("matching_runs", "unmatched", "interns left unmatched", S::Candidate, P::Internship, R::Internship),
    p("matching_runs", "created_by", "who ran it", S::Member, P::Internship, R::Internship),
    p("one_on_ones", "notes", "1-on-1 notes", S::Candidate, P::Internship, R::Internship),
    p("one_on_ones", "action_items", "action items", S::Candidate, P::Internship, R::Internship),
    p("one_on_ones", "held_on", "when it was held", S::Candidate, P::Internship, R::Internship),
    p("one_on_ones", "author_id", "who logged it", S::Person, P::Internship, R::Internship),
    p("goals", "title", "the intern's goal", S::Candidate, P::Internship, R::Internship),
    p("goals", "description", "its detail", S::Candidate, P::Internship, R::Internship),
    p("goals", "status", "where it stands", S::Candidate, P::Internship, R::Internship),
    p("goals", "due_on", "by when", S::Candidate, P::Internship, R::Internship),
    p("goals", "author_id", "who set it", S::Person, P::Internship, R::Internship),
    p("enrollments", "seat", "seat or waiting-list place", S::Candidate, P::Internship, R::Internship),
    p("enrollments", "attended", "attendance", S::Candidate, P::Internship, R::Internship),
    p("enrollments", "rating", "their rating of the session", S::Candidate, P::Internship, R::Internship),
    p("enrollments", "comment", "their feedback", S::Candidate, P::Internship, R::Internship),
    p(
        "training_completions",
        "completed_at",
        "a training completed",
        S::Candidate,
        P::Internship,
        R::Internship,
    ),
    p("shadowing_requests", "on_date", "the day of the visit", S::Candidate, P::Internship, R::Internship),
    p("shadowing_requests", "note", "what they hope to learn", S::Candidate, P::Internship, R::Internship),
    p("shadowing_requests", "status", "the answer", S::Candidate, P::Internship, R::Internship),
    p("shadowing_requests", "decided_by", "who answered", S::Member, P::Internship, R::Internship),
    p("event_rsvps", "response", "their answer to an event", S::Candidate, P::Internship, R::Internship),
    p("evaluations", "ratings", "evaluation ratings", S::Candidate, P::Internship, R::Internship),
    p("evaluations", "comments", "evaluation comments", S::Candidate, P::Internship, R::Internship),
    p("evaluations", "author_id", "who evaluated", S::Person, P::Internship, R::Internship),
    p("teams", "lead_id", "who leads the team", S::Member, P::Internship, R::Account),
    p("training_sessions", "trainer_id", "who gives the session", S::Member, P::Internship, R::Account),
    // Delivery and the talent pool.
    p("outbox", "payload", "an event about a person's records", S::Person, P::Delivery, R::Delivery),
    p(
        "jobs",
        "payload",
        "an e-mail or webhook to deliver about a person's records",
        S::Person,
        P::Delivery,
        R::Delivery,
    ),
    p(
        "jobs",
        "last_error",
        "the delivery's last error (may name an address)",
        S::Person,
        P::Delivery,
        R::Delivery,
    ),
    p("talent_pool", "email", "e-mail address", S::Contact, P::TalentPool, R::TalentPool),
    p("talent_pool", "name", "name", S::Contact, P::TalentPool, R::TalentPool),
    p("talent_pool", "profile", "profile as imported", S::Contact, P::TalentPool, R::TalentPool),
    p("talent_pool", "source", "where it came from", S::Contact, P::TalentPool, R::TalentPool),
];

/// Every column that holds no personal data (keys, organisations' own content, settings,
/// counters, states), by table.
pub const NOT_PERSONAL: &[(&str, &[&str])] = &[
    ("users", &["must_change_password", "erased_at"]),
    (
        "retention_policies",
        &["org_id", "after_procedure_days", "with_consent_days", "after_internship_days", "updated_at"],
    ),
    ("organisations", &["id", "slug", "name", "created_at"]),
    ("consents", &["id", "org_id"]),
    ("profile_views", &["id", "org_id", "viewer_kind"]),
    ("memberships", &["id", "org_id", "role", "created_at"]),
    ("sessions", &["id", "secret_hash", "expires_at"]),
    ("login_attempts", &["id", "succeeded"]),
    ("calendar_feeds", &["token_hash", "created_at"]),
    ("idempotency_keys", &["id", "key", "request_hash", "response_status", "created_at"]),
    (
        "api_tokens",
        &[
            "id",
            "org_id",
            "name",
            "role",
            "secret_hash",
            "created_at",
            "expires_at",
            "revoked_at",
            "last_used_at",
        ],
    ),
    ("audit_events", &["id", "at", "org_id", "actor_kind", "action", "target_kind", "request_id"]),
    (
        "programs",
        &[
            "id",
            "org_id",
            "name",
            "description",
            "starts_on",
            "ends_on",
            "location",
            "remote",
            "capacity",
            "structure",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "vacancies",
        &[
            "id",
            "org_id",
            "program_id",
            "title",
            "description",
            "location",
            "work_mode",
            "opens_on",
            "closes_on",
            "status",
            "published_at",
            "details",
            "pipeline",
            "version",
            "created_at",
            "updated_at",
            "hired",
        ],
    ),
    ("vacancy_skills", &["id", "vacancy_id", "skill", "required"]),
    (
        "applications",
        &["id", "org_id", "vacancy_id", "version", "cv_content_type", "updated_at", "erased_at", "source"],
    ),
    (
        "application_events",
        &["id", "application_id", "at", "actor_kind", "from_stage", "to_stage", "from_status", "to_status"],
    ),
    ("application_skills", &["id", "application_id", "org_id"]),
    ("application_search", &["application_id"]),
    ("hiring_settings", &["org_id", "stages", "rejection_reasons", "updated_at", "github_enrichment"]),
    ("availability", &["id", "org_id"]),
    ("interviewer_settings", &["org_id", "daily_cap"]),
    (
        "interviews",
        &[
            "id",
            "org_id",
            "application_id",
            "stage",
            "kind",
            "minutes",
            "location",
            "status",
            "sequence",
            "version",
            "created_at",
            "updated_at",
        ],
    ),
    ("interview_panelists", &["interview_id"]),
    ("interview_kits", &["vacancy_id", "stage", "attributes"]),
    ("scorecards", &["id", "org_id", "interview_id", "application_id", "submitted_at"]),
    (
        "case_studies",
        &[
            "id",
            "org_id",
            "title",
            "brief",
            "rubric",
            "hours_allowed",
            "reviewers_required",
            "late_policy",
            "attachments",
            "version",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "case_assignments",
        &["id", "org_id", "application_id", "case_study_id", "assigned_at", "deadline", "archive_size"],
    ),
    ("case_reviews", &["assignment_id", "graded_at"]),
    ("decisions", &["application_id", "decided_at"]),
    (
        "offers",
        &[
            "id",
            "org_id",
            "application_id",
            "vacancy_id",
            "expires_at",
            "version",
            "sent_at",
            "created_at",
            "updated_at",
        ],
    ),
    ("email_templates", &["org_id", "notice", "subject", "body", "updated_at"]),
    ("outbox", &["id", "org_id", "topic", "subject_id", "created_at", "delivered_at"]),
    (
        "jobs",
        &[
            "id",
            "kind",
            "dedupe_key",
            "org_id",
            "status",
            "attempts",
            "available_at",
            "locked_until",
            "locked_by",
            "created_at",
            "finished_at",
        ],
    ),
    (
        "webhook_endpoints",
        &[
            "id",
            "org_id",
            "url",
            "description",
            "event_types",
            "secret",
            "previous_secret",
            "previous_secret_until",
            "disabled_at",
            "disabled_reason",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "webhook_deliveries",
        &[
            "id",
            "endpoint_id",
            "job_id",
            "webhook_id",
            "event_type",
            "attempt",
            "status_code",
            "error",
            "duration_ms",
            "at",
        ],
    ),
    ("talent_pool", &["id", "org_id", "created_at"]),
    ("teams", &["id", "org_id", "name", "description", "weekly_guests", "created_at", "updated_at"]),
    (
        "interns",
        &[
            "id",
            "org_id",
            "application_id",
            "program_id",
            "team_id",
            "status",
            "version",
            "created_at",
            "updated_at",
            "erased_at",
        ],
    ),
    ("onboarding_templates", &["org_id", "tasks", "updated_at"]),
    (
        "onboarding_tasks",
        &["id", "org_id", "intern_id", "position", "title", "description", "owner", "due_on"],
    ),
    ("mentors", &["org_id", "team_id", "updated_at"]),
    ("matching_runs", &["id", "org_id", "program_id", "status", "created_at", "published_at", "version"]),
    ("one_on_ones", &["id", "org_id", "intern_id", "created_at"]),
    ("goals", &["id", "org_id", "intern_id", "created_at", "updated_at"]),
    (
        "trainings",
        &[
            "id",
            "org_id",
            "title",
            "topic",
            "level",
            "description",
            "skills",
            "mandatory_program_id",
            "complete_by",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "training_sessions",
        &[
            "id",
            "org_id",
            "training_id",
            "starts_at",
            "ends_at",
            "location",
            "link",
            "capacity",
            "created_at",
        ],
    ),
    (
        "enrollments",
        &["id", "org_id", "session_id", "training_id", "intern_id", "queued_at", "feedback_at", "updated_at"],
    ),
    ("training_completions", &["intern_id", "training_id", "session_id"]),
    ("shadowing_requests", &["id", "org_id", "intern_id", "team_id", "week_of", "decided_at", "created_at"]),
    (
        "networking_events",
        &[
            "id",
            "org_id",
            "program_id",
            "title",
            "description",
            "starts_at",
            "ends_at",
            "location",
            "capacity",
            "created_at",
        ],
    ),
    ("event_rsvps", &["event_id", "intern_id", "updated_at"]),
    ("evaluations", &["id", "org_id", "intern_id", "kind", "author", "submitted_at"]),
];

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
