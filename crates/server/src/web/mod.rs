//! HTML pages, rendered on the server from askama templates: lean, fast, no JavaScript needed.
//! Every form carries a CSRF token and must come from our own origin (`csrf.rs`); pages that
//! show personal data are never cached (`no-store`, like the API).

mod account;
pub(crate) mod application;
mod apply;
mod case_library;
mod case_studies;
mod console;
pub mod csrf;
mod events;
mod interns;
mod internship;
mod interviewer;
mod job_posting;
mod jobs;
mod kit;
mod matching;
mod me;
mod mentorship;
mod pipeline;
mod privacy;
mod privacy_notice;
mod profile;
mod programs;
mod reports;
mod scorecards;
mod session;
mod shadowing;
mod talent;
mod trainings;
mod vacancies;

use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

pub use job_posting::job_posting;

const STYLESHEET: &str = include_str!("../../assets/app.css");
const HTMX: &str = include_str!("../../assets/vendor/htmx/htmx.min.js");
const BOARD_JS: &str = include_str!("../../assets/board.js");
const COUNTDOWN_JS: &str = include_str!("../../assets/countdown.js");

/// A static asset, cached for an hour.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        body,
    )
        .into_response()
}

/// The pages and their stylesheet.
pub fn routes() -> Router<AppState> {
    let private = Router::new()
        .route("/login", get(session::login_page).post(session::log_in))
        .route("/language", get(session::choose_language))
        .route("/register", get(session::register_page).post(session::register))
        .route("/register/confirm", get(session::confirm_page).post(session::confirm))
        .route("/logout", post(session::log_out))
        .route("/start", get(account::start))
        .route("/account", get(account::account_page))
        .route("/account/password", post(account::change_password))
        .route("/account/sessions/{id}/end", post(account::end_session))
        .route("/password/choose", get(account::password::choose_page).post(account::password::choose))
        .route("/password/forgot", get(account::password::forgot_page).post(account::password::forgot))
        .route("/password/reset", get(account::password::reset_page).post(account::password::reset))
        .route("/me", get(me::portal_page))
        .route("/me/interviews/{id}/book", post(me::book))
        .route("/me/applications/{id}/withdraw", post(me::withdraw))
        .route("/me/offers/{id}/answer", post(me::answer_offer))
        .route("/me/privacy", get(privacy::privacy_page))
        .route("/me/profile", get(profile::profile_page).post(profile::save))
        .route(
            "/me/case-studies/{id}",
            get(case_studies::case_study_page)
                .post(case_studies::submit_case_study)
                .layer(DefaultBodyLimit::max(cohort_domain::case_study::MAX_ARCHIVE + 1024 * 1024)),
        )
        .route("/me/internship", get(internship::internship_page))
        .route("/me/internship/tasks", post(internship::complete_task))
        .route("/me/trainings", get(trainings::mine::trainings_page))
        .route("/me/trainings/sessions/{id}/{action}", post(trainings::mine::session_action))
        .route("/me/shadowing", get(shadowing::mine::shadowing_page).post(shadowing::mine::shadowing_form))
        .route("/me/events/{id}", post(shadowing::mine::answer_event_form))
        .route("/me/internship/{what}", post(mentorship::record_own))
        .route("/me/consents/{id}/withdraw", post(privacy::withdraw_consent))
        .route("/me/delete", post(privacy::delete_account))
        .route(
            "/jobs/{id}/apply",
            get(apply::apply_page)
                .post(apply::submit_application)
                .layer(DefaultBodyLimit::max(12 * 1024 * 1024)),
        )
        .route("/orgs", get(pipeline::orgs_page))
        .route("/orgs/{org}", get(pipeline::org_home))
        .route("/orgs/{org}/console", get(console::home))
        .route("/orgs/{org}/console/members", get(console::members_page).post(console::invite))
        .route("/orgs/{org}/console/members/{id}/remove", post(console::remove_role))
        .route("/orgs/{org}/console/api-tokens", get(console::tokens_page).post(console::create_token))
        .route("/orgs/{org}/console/api-tokens/{id}/revoke", post(console::revoke_token))
        .route("/orgs/{org}/console/webhooks", get(console::webhooks_page).post(console::create_webhook))
        .route("/orgs/{org}/console/webhooks/{id}", get(console::webhook_page))
        .route("/orgs/{org}/console/webhooks/{id}/{action}", post(console::webhook_action))
        .route("/orgs/{org}/console/retention", get(console::retention_page).post(console::save_retention))
        .route("/orgs/{org}/console/hiring", get(console::hiring_page).post(console::save_hiring))
        .route("/orgs/{org}/console/teams", get(console::teams_page).post(console::save_team))
        .route("/orgs/{org}/console/teams/{id}", post(console::save_team))
        .route("/orgs/{org}/console/onboarding", get(console::onboarding_page).post(console::save_onboarding))
        .route("/orgs/{org}/console/email-templates", get(console::emails_page))
        .route(
            "/orgs/{org}/console/email-templates/{notice}/{language}",
            get(console::email_page).post(console::save_email),
        )
        .route("/orgs/{org}/console/email-templates/{notice}/{language}/reset", post(console::reset_email))
        .route("/orgs/{org}/console/audit", get(console::audit_page))
        .route("/orgs/{org}/console/view-log", get(console::view_log_page))
        .route("/orgs/{org}/reports", get(reports::reports_page))
        .route("/orgs/{org}/my-interviews", get(interviewer::interviews_page))
        .route("/orgs/{org}/case-studies", get(case_library::library_page).post(case_library::save_study))
        .route("/orgs/{org}/case-studies/{id}", get(case_library::study_page).post(case_library::save_study))
        .route(
            "/orgs/{org}/case-studies/{id}/attachments",
            post(case_library::attach)
                .layer(DefaultBodyLimit::max(cohort_domain::case_study::MAX_ATTACHMENT + 1024 * 1024)),
        )
        .route("/orgs/{org}/talent-pool", get(talent::talent_page))
        .route("/orgs/{org}/talent-pool/{id}/invite", post(talent::invite))
        .route("/orgs/{org}/case-reviews", get(case_studies::reviews_page))
        .route("/orgs/{org}/case-reviews/{id}/grade", post(case_studies::grade_review))
        .route("/orgs/{org}/matching", get(matching::matching_page).post(matching::propose))
        .route("/orgs/{org}/matching/{id}", get(matching::run_page))
        .route("/orgs/{org}/matching/{id}/pairs", post(matching::change_pair))
        .route("/orgs/{org}/matching/{id}/publish", post(matching::publish))
        .route("/orgs/{org}/trainings", get(trainings::trainings_page).post(trainings::add_training))
        .route("/orgs/{org}/trainings/{id}", post(trainings::change_training))
        .route("/orgs/{org}/trainings/{id}/sessions", post(trainings::schedule_session))
        .route(
            "/orgs/{org}/training-sessions/{id}",
            get(trainings::roster_page).post(trainings::change_session),
        )
        .route("/orgs/{org}/training-sessions/{id}/attendance", post(trainings::mark_attendance))
        .route("/orgs/{org}/shadowing", get(shadowing::visits_page))
        .route("/orgs/{org}/shadowing/rotation", get(shadowing::rotation_page))
        .route("/orgs/{org}/events", get(events::events_page).post(events::add_event))
        .route("/orgs/{org}/shadowing/{id}/decision", post(shadowing::decision))
        .route("/orgs/{org}/interns", get(interns::interns_page))
        .route("/orgs/{org}/interns/{id}", get(mentorship::mentee_page))
        .route("/orgs/{org}/interns/{id}/{what}", post(mentorship::record_for_mentee))
        .route("/orgs/{org}/interviews/{id}/scorecard", post(interviewer::send_scorecard))
        .route("/orgs/{org}/vacancies/{id}/board", get(pipeline::board_page))
        .route("/orgs/{org}/vacancies/{id}/bulk-reject", post(pipeline::bulk_reject))
        .route("/orgs/{org}/programs", get(programs::programs_page).post(programs::save_program))
        .route("/orgs/{org}/programs/{id}", get(programs::programs_page).post(programs::save_program))
        .route("/orgs/{org}/vacancies/new", get(vacancies::editor_page).post(vacancies::save_vacancy))
        .route("/orgs/{org}/vacancies/{id}/edit", get(vacancies::editor_page).post(vacancies::save_vacancy))
        .route("/orgs/{org}/vacancies/{id}/stages", post(vacancies::save_stages))
        .route("/orgs/{org}/vacancies/{id}/status", post(vacancies::change_status))
        .route("/orgs/{org}/applications/{id}/move", post(pipeline::move_card))
        .route("/orgs/{org}/applications/{id}/reject", get(pipeline::reject_page))
        .route("/orgs/{org}/applications/{id}", get(application::application_page))
        .route("/orgs/{org}/applications/{id}/interviews", post(application::offer_times))
        .route("/orgs/{org}/applications/{id}/availability", post(application::add_availability))
        .route("/orgs/{org}/applications/{id}/offer", post(application::make_offer))
        .route("/orgs/{org}/applications/{id}/case-studies", post(scorecards::assign_case_study))
        .layer(axum::middleware::from_fn(kit::said_once))
        .layer(axum::middleware::from_fn(crate::http::middleware::no_store));
    Router::new()
        .route("/jobs", get(jobs::job_board_page))
        .route("/jobs/{id}", get(jobs::job_page))
        .route("/jobs/{id}/privacy", get(privacy_notice::notice_page))
        .route("/static/app.css", get(|| async { asset("text/css; charset=utf-8", STYLESHEET) }))
        .route("/static/htmx.min.js", get(|| async { asset("text/javascript; charset=utf-8", HTMX) }))
        .route("/static/board.js", get(|| async { asset("text/javascript; charset=utf-8", BOARD_JS) }))
        .route(
            "/static/countdown.js",
            get(|| async { asset("text/javascript; charset=utf-8", COUNTDOWN_JS) }),
        )
        .merge(private)
}

/// A rendered template as an HTML response; a template error is a 500 like any other.
fn page(rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(html) => Html(html).into_response(),
        Err(error) => kit::server_fault(kit::Layout::anonymous(), error),
    }
}

/// A page built from the store, or the error that stopped it.
fn rendered<T: Template>(built: Result<T, crate::services::ServiceError>) -> Response {
    match built {
        Ok(body) => page(body.render()),
        Err(error) => kit::failed(kit::Layout::anonymous(), &error),
    }
}

use kit::forbidden;

use crate::http::encode;
