//! The pages that answer instead of the one asked for: not found, a form not sent, a form that
//! could not be read, a fault of ours.

use crate::web::viewer::Layout;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "missing.html")]
struct NotFoundPage {
    layout: Layout,
    message: &'static str,
    way_on: (&'static str, &'static str),
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
    heading: &'static str,
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
    let page = NotFoundPage {
        layout,
        message: "There is nothing here, or it is not yours to see.",
        way_on: ("/orgs", "Go to your organisations."),
    };
    answer(StatusCode::NOT_FOUND, page.render())
}

/// 404 on the job board: the internship does not exist or is not published.
pub fn job_not_found(layout: Layout) -> Response {
    let page = NotFoundPage {
        layout,
        message: "This internship does not exist, or is not published.",
        way_on: ("/jobs", "See all open internships."),
    };
    answer(StatusCode::NOT_FOUND, page.render())
}

/// 403 for a form without its token or from another site; nothing was changed.
pub fn forbidden(layout: Layout) -> Response {
    answer(StatusCode::FORBIDDEN, ForbiddenPage { layout }.render())
}

/// 422 for a form whose fields cannot be read (a page of ours never sends one).
pub fn form_unreadable(layout: Layout, error: &dyn std::fmt::Display) -> Response {
    let page = FaultPage {
        layout,
        heading: "That form could not be read",
        message: format!("Nothing was changed ({error}). Go back, reload the page and try again."),
    };
    answer(StatusCode::UNPROCESSABLE_ENTITY, page.render())
}

/// 500, logged with its cause; the person hears no detail.
pub fn server_fault(layout: Layout, cause: impl std::fmt::Display) -> Response {
    tracing::error!(%cause, "a page failed");
    let page = FaultPage {
        layout,
        heading: "Something went wrong on our side",
        message: "It has been logged. Nothing was changed; try again in a moment.".to_owned(),
    };
    answer(StatusCode::INTERNAL_SERVER_ERROR, page.render())
}
