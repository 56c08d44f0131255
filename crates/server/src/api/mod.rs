//! The JSON API under `/api/v1`, documented by the OpenAPI document generated from the handlers.

pub mod answers;
pub mod api_tokens;
pub mod applications;
pub mod audit;
pub mod auth;
pub mod case_studies;
pub mod consents;
pub mod email_templates;
pub mod hiring_settings;
pub mod internship;
pub mod interviews;
pub mod jobs;
pub mod list;
pub mod me;
pub mod members;
pub mod offers;
pub mod orgs;
pub mod own_internship;
pub mod pipeline;
pub mod privacy;
pub mod profile;
pub mod programs;
pub mod reports;
pub mod scorecards;
pub mod shadowing;
pub mod system;
pub mod talent;
pub mod trainings;
pub mod vacancies;
pub mod view_log;
pub mod webhooks;

use crate::error::Problem;
use crate::state::AppState;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Cohort API",
        description = "Run software-engineering internship programmes from vacancy to completion.\n\n\
            Errors are RFC 9457 `application/problem+json` with a stable `code`. Lists take `limit` \
            and `cursor` and answer `{items, next_cursor}`. Anything of another organisation or \
            another person answers 404.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    modifiers(&SecurityAddon),
    components(schemas(Problem)),
    tags(
        (name = "auth", description = "Accounts, logging in and out, passwords"),
        (name = "me", description = "The signed-in person's own data"),
        (name = "orgs", description = "Organisations, members, API tokens, audit trail"),
        (name = "hiring", description = "Programmes and vacancies"),
        (name = "interviews", description = "Availability, interview slots, bookings, invitations"),
        (name = "case studies", description = "The case-study library, assignments, submissions, blind grading"),
        (name = "offers", description = "Decisions and offers"),
        (name = "internship", description = "Teams, interns, onboarding, mentors and matching, 1-on-1s, goals, evaluations"),
        (name = "trainings", description = "Workshops and trainings: catalogue, sessions, rosters, attendance"),
        (name = "shadowing", description = "Shadowing requests, rotation planning, networking events"),
        (name = "jobs", description = "The public job board"),
        (name = "webhooks", description = "Signed webhooks (Standard Webhooks) to other systems"),
        (name = "reports", description = "Hiring funnel, time in stage, rejection reasons, interviewer load (JSON or CSV)"),
        (name = "system", description = "Health, readiness, metrics, this document"),
    )
)]
struct ApiDoc;

/// Routes the router serves through a sibling handler (a segment such as `{id}.ics` cannot be
/// routed on its own), documented here.
#[derive(OpenApi)]
#[openapi(paths(interviews::get_interview_calendar, interviews::get_own_interview_calendar))]
struct SharedRouteDoc;

struct SecurityAddon;

impl Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An organisation's API token (`cohort_pat_...`)."))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "The session cookie set by logging in.",
            ))),
        );
    }
}

/// The `/api/v1` routes and the OpenAPI document describing them (and the system routes).
pub fn router() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let v1 = OpenApiRouter::new()
        .routes(routes!(auth::register_account))
        .routes(routes!(auth::create_account))
        .routes(routes!(auth::create_session))
        .routes(routes!(auth::delete_current_session))
        .routes(routes!(auth::change_password))
        .routes(routes!(auth::create_password_reset))
        .routes(routes!(auth::update_forgotten_password))
        .routes(routes!(me::get_me, privacy::delete_account))
        .routes(routes!(privacy::get_export))
        .routes(routes!(privacy::get_export_file))
        .routes(routes!(me::update_language))
        .routes(routes!(me::list_sessions))
        .routes(routes!(me::delete_session))
        .routes(routes!(orgs::get_org, orgs::update_org))
        .routes(routes!(members::list_members, members::create_member))
        .routes(routes!(members::delete_member))
        .routes(routes!(api_tokens::list_api_tokens, api_tokens::create_api_token))
        .routes(routes!(api_tokens::delete_api_token))
        .routes(routes!(audit::list_audit_events))
        .routes(routes!(hiring_settings::get_hiring_settings, hiring_settings::update_hiring_settings))
        .routes(routes!(programs::list_programs, programs::create_program))
        .routes(routes!(programs::get_program, programs::update_program))
        .routes(routes!(vacancies::list_vacancies, vacancies::create_vacancy))
        .routes(routes!(vacancies::get_vacancy, vacancies::update_vacancy))
        .routes(routes!(vacancies::change_vacancy_status))
        .routes(routes!(vacancies::update_vacancy_stages))
        .routes(routes!(jobs::list_jobs))
        .routes(routes!(jobs::get_job))
        .routes(routes!(jobs::check_eligibility))
        .routes(routes!(jobs::get_privacy_notice))
        .routes(routes!(profile::get_profile, profile::update_profile))
        .routes(routes!(applications::list_own_applications))
        .routes(routes!(applications::get_own_application))
        .routes(routes!(applications::get_own_cv))
        .routes(routes!(pipeline::list_applications))
        .routes(routes!(pipeline::get_application))
        .routes(routes!(pipeline::get_application_cv))
        .routes(routes!(pipeline::create_transition))
        .routes(routes!(pipeline::create_bulk_rejection))
        .routes(routes!(applications::withdraw_application))
        .routes(routes!(interviews::create_interview))
        .routes(routes!(interviews::list_interviews))
        .routes(routes!(interviews::get_interview))
        .routes(routes!(interviews::change_interview_time))
        .routes(routes!(interviews::cancel_interview))
        .routes(routes!(interviews::list_availability, interviews::create_availability))
        .routes(routes!(interviews::delete_availability))
        .routes(routes!(interviews::get_interviewer_settings, interviews::update_interviewer_settings))
        .routes(routes!(interviews::list_free_slots))
        .routes(routes!(interviews::list_own_interviews))
        .routes(routes!(interviews::get_own_interview))
        .routes(routes!(interviews::create_booking))
        .routes(routes!(interviews::cancel_own_interview))
        .routes(routes!(interviews::create_calendar_feed, interviews::delete_calendar_feed))
        .routes(routes!(interviews::get_calendar))
        .routes(routes!(scorecards::list_kits))
        .routes(routes!(scorecards::update_kit))
        .routes(routes!(scorecards::submit_scorecard))
        .routes(routes!(scorecards::list_scorecards))
        .routes(routes!(case_studies::list_case_studies, case_studies::create_case_study))
        .routes(routes!(case_studies::get_case_study, case_studies::update_case_study))
        .routes(routes!(case_studies::get_attachment))
        .routes(routes!(case_studies::create_assignment, case_studies::list_assignments))
        .routes(routes!(case_studies::list_own_case_studies))
        .routes(routes!(case_studies::get_own_case_study))
        .routes(routes!(case_studies::get_own_attachment))
        .routes(routes!(case_studies::list_case_reviews))
        .routes(routes!(case_studies::get_case_review))
        .routes(routes!(case_studies::get_review_archive))
        .routes(routes!(case_studies::grade_case_review))
        .routes(routes!(offers::record_decision, offers::get_decision))
        .routes(routes!(offers::create_offer))
        .routes(routes!(offers::list_offers))
        .routes(routes!(offers::get_offer, offers::update_offer))
        .routes(routes!(offers::send_offer))
        .routes(routes!(offers::withdraw_offer))
        .routes(routes!(offers::list_own_offers))
        .routes(routes!(offers::get_own_offer))
        .routes(routes!(offers::accept_offer))
        .routes(routes!(offers::decline_offer))
        .routes(routes!(talent::list_talent_pool))
        .routes(routes!(talent::create_talent_invitation))
        .routes(routes!(consents::list_consents, consents::create_consent))
        .routes(routes!(consents::withdraw_consent))
        .routes(routes!(view_log::list_own_profile_views))
        .routes(routes!(view_log::list_profile_views))
        .routes(routes!(privacy::get_retention_policy, privacy::update_retention_policy))
        .routes(routes!(privacy::list_retention_due))
        .routes(routes!(privacy::create_erasure))
        .routes(routes!(reports::get_hiring_report))
        .routes(routes!(reports::get_interviewer_report))
        .routes(routes!(internship::list_teams, internship::create_team))
        .routes(routes!(internship::update_team))
        .routes(routes!(internship::get_onboarding_template, internship::update_onboarding_template))
        .routes(routes!(internship::list_interns))
        .routes(routes!(internship::get_intern, internship::update_intern))
        .routes(routes!(internship::get_intern_summary))
        .routes(routes!(internship::complete_internship))
        .routes(routes!(internship::get_intern_onboarding, internship::complete_onboarding_task))
        .routes(routes!(internship::list_mentors))
        .routes(routes!(internship::update_mentor))
        .routes(routes!(internship::create_matching_run))
        .routes(routes!(internship::get_matching_run))
        .routes(routes!(internship::update_matching_pair))
        .routes(routes!(internship::publish_matching_run))
        .routes(routes!(internship::list_one_on_ones, internship::create_one_on_one))
        .routes(routes!(internship::list_goals, internship::create_goal))
        .routes(routes!(internship::update_goal))
        .routes(routes!(internship::list_evaluations, internship::submit_evaluation))
        .routes(routes!(own_internship::get_own_internship, own_internship::update_own_internship))
        .routes(routes!(own_internship::get_own_onboarding, own_internship::complete_own_onboarding_task))
        .routes(routes!(own_internship::get_own_mentorship))
        .routes(routes!(own_internship::create_own_one_on_one))
        .routes(routes!(own_internship::create_own_goal))
        .routes(routes!(own_internship::update_own_goal))
        .routes(routes!(own_internship::list_own_evaluations, own_internship::submit_own_evaluation))
        .routes(routes!(trainings::list_trainings, trainings::create_training))
        .routes(routes!(trainings::get_training, trainings::update_training))
        .routes(routes!(trainings::create_training_session))
        .routes(routes!(trainings::update_training_session))
        .routes(routes!(trainings::list_roster))
        .routes(routes!(trainings::record_attendance))
        .routes(routes!(trainings::list_own_trainings))
        .routes(routes!(trainings::enroll_in_session, trainings::cancel_enrollment))
        .routes(routes!(trainings::submit_feedback))
        .routes(routes!(shadowing::list_shadowing_requests))
        .routes(routes!(shadowing::record_shadowing_decision))
        .routes(routes!(shadowing::plan_shadowing_rotation))
        .routes(routes!(shadowing::list_events, shadowing::create_event))
        .routes(routes!(shadowing::list_own_shadowing, shadowing::create_shadowing_request))
        .routes(routes!(shadowing::cancel_shadowing_request))
        .routes(routes!(shadowing::list_own_events))
        .routes(routes!(shadowing::update_rsvp))
        .routes(routes!(email_templates::list_email_templates))
        .routes(routes!(email_templates::update_email_template, email_templates::delete_email_template))
        .routes(routes!(email_templates::preview_email_template))
        .routes(routes!(webhooks::list_webhooks, webhooks::create_webhook))
        .routes(routes!(webhooks::get_webhook, webhooks::update_webhook, webhooks::delete_webhook))
        .routes(routes!(webhooks::change_webhook_secret))
        .routes(routes!(webhooks::create_webhook_test))
        .routes(routes!(webhooks::list_webhook_deliveries))
        .routes(routes!(webhooks::create_redelivery))
        .merge(
            // A CV may be 10 MiB: this one route takes bodies up to 12 MiB.
            OpenApiRouter::new()
                .routes(routes!(applications::create_application))
                .routes(routes!(case_studies::create_attachment))
                .layer(axum::extract::DefaultBodyLimit::max(12 * 1024 * 1024)),
        )
        .merge(
            // A case-study archive may be 50 MiB.
            OpenApiRouter::new()
                .routes(routes!(case_studies::submit_case_study))
                .layer(axum::extract::DefaultBodyLimit::max(case_studies::MAX_ARCHIVE + 1024 * 1024)),
        )
        .layer(axum::middleware::from_fn(crate::http::middleware::no_store))
        .layer(axum::middleware::from_fn(crate::http::origin::refuse_cross_site_writes));
    let (router, openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest("/api/v1", v1)
        .routes(routes!(system::get_health))
        .routes(routes!(system::get_readiness))
        .routes(routes!(system::get_metrics))
        .routes(routes!(system::get_openapi))
        .split_for_parts();
    let openapi = openapi.nest("/api/v1", SharedRouteDoc::openapi());
    (router, openapi)
}
