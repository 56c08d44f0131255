//! The pages that answer instead of the one asked for: not found, a form not sent, a form that
//! could not be read, a fault of ours.

use super::{Layout, Member};
use crate::services::ServiceError;
use crate::web::page;
use askama::Template;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::response::{Html, IntoResponse, Response};
use cohort_domain::refusal::Refusal;

#[derive(Template)]
#[template(path = "missing.html")]
struct NotFoundPage {
    layout: Layout,
    message: String,
    way_on: (String, String),
}

#[derive(Template)]
#[template(path = "forbidden.html")]
struct ForbiddenPage {
    layout: Layout,
}

#[derive(Template)]
#[template(path = "fault.html")]
struct FaultPage {
    layout: Layout,
    heading: String,
    message: String,
}

/// A page with its status; a template that fails is a fault like any other.
fn answer(status: StatusCode, rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "a page could not be rendered");
            (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side.").into_response()
        }
    }
}

/// 404: nothing here, or nothing this person may know about (never a hint which).
pub fn not_found(layout: Layout) -> Response {
    let way_on = match (&layout.name, layout.places.first()) {
        (Some(_), Some(place)) => (super::places::href(place), super::places::label(place)),
        (_, _) => ("/jobs".to_owned(), "fault-to-internships"),
    };
    missing(layout, "fault-nothing-here", way_on)
}

/// 404 on the job board: the internship does not exist or is not published.
pub fn job_not_found(layout: Layout) -> Response {
    missing(layout, "fault-no-such-internship", ("/jobs".to_owned(), "fault-to-internships"))
}

fn missing(layout: Layout, message: &str, (to, way): (String, &str)) -> Response {
    let (message, way_on) = (layout.t(message), (to, layout.t(way)));
    answer(StatusCode::NOT_FOUND, NotFoundPage { layout, message, way_on }.render())
}

/// A fault page whose heading and message are the catalogue's `heading` and `message`.
fn fault(layout: Layout, heading: &str, message: String) -> FaultPage {
    FaultPage { heading: layout.t(heading), layout, message }
}

/// 403 for a form without its token or from another site; nothing was changed.
pub fn forbidden(layout: Layout) -> Response {
    answer(StatusCode::FORBIDDEN, ForbiddenPage { layout }.render())
}

/// 422 for a form whose fields cannot be read (a page of ours never sends one).
pub fn form_unreadable(layout: Layout, error: &dyn std::fmt::Display) -> Response {
    let message =
        crate::i18n::t(layout.lang, "fault-form-unreadable-text", &[("why", error.to_string().into())]);
    let page = fault(layout, "fault-form-unreadable", message);
    answer(StatusCode::UNPROCESSABLE_ENTITY, page.render())
}

/// 500, logged with its cause; the person hears no detail.
pub fn server_fault(layout: Layout, cause: impl std::fmt::Display) -> Response {
    tracing::error!(%cause, "a page failed");
    let message = layout.t("fault-ours-text");
    let page = fault(layout, "fault-ours", message);
    answer(StatusCode::INTERNAL_SERVER_ERROR, page.render())
}

/// `response` with the session cookie set to `secret` for `max_age` seconds (empty and 0 sign
/// out).
pub fn with_session(
    state: &crate::state::AppState,
    secret: &str,
    max_age: i64,
    response: Response,
) -> Response {
    match crate::http::cookies::session(&state.config, secret, max_age) {
        Some(cookie) => ([(axum::http::header::SET_COOKIE, cookie)], response).into_response(),
        None => server_fault(Layout::anonymous(), "an unusable cookie"),
    }
}

/// 413: what was sent is larger than the form takes (`title` and `text`: the catalogue's words
/// for it); nothing was changed.
pub fn too_large(layout: Layout, (title, text): (&str, &str)) -> Response {
    let message = layout.t(text);
    answer(StatusCode::PAYLOAD_TOO_LARGE, fault(layout, title, message).render())
}

/// 413 for an upload over the limit, 400 for a multipart body that cannot be read; nothing was
/// changed.
pub fn upload_unreadable(layout: Layout, error: &axum::extract::multipart::MultipartError) -> Response {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return too_large(layout, ("fault-too-large", "fault-too-large-text"));
    }
    let why = [("why", error.body_text().into())];
    let message = crate::i18n::t(layout.lang, "fault-upload-unreadable-text", &why);
    answer(StatusCode::BAD_REQUEST, fault(layout, "fault-form-unreadable", message).render())
}

/// A page that could not be built, said as its failure: 404 for nothing there, a fault page for
/// a fault of ours, else the refusal in words with its status.
pub fn failed(layout: Layout, error: &crate::services::ServiceError) -> Response {
    use crate::services::ServiceError;
    match error {
        ServiceError::NotFound => not_found(layout),
        ServiceError::Store(_) | ServiceError::Internal(_) => server_fault(layout, error),
        _ => {
            let message = super::in_words(layout.lang, error);
            let page = fault(layout, "fault-cannot-show", message);
            answer(super::status_of(error), page.render())
        }
    }
}

/// An intern's page, or — for someone with no internship — their applications instead.
pub fn intern_page<T: Template>(member: &Member, built: Result<T, ServiceError>) -> Response {
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(ServiceError::Refused(Refusal::NotAnIntern)) => Redirect::to("/me").into_response(),
        Err(error) => failed(member.layout(), &error),
    }
}
