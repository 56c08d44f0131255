//! Case studies in the browser: the candidate's brief with its deadline counting down and the
//! submission form; the reviewer's blind grading queue — the work and the rubric, never whose it
//! is — with the grade form. The services are the API's.

use super::application::when;
use super::kit::{Fields, Item, OrgForm, OrgPage};
use super::viewer::{Layout, Member, Said, back, field};
use super::{csrf, forbidden, page};
use crate::api::case_studies::{
    GradeBody, MyCaseStudyView, ReviewItemView, grade, my_view, read_submission, review_items,
    store_submission,
};
use crate::auth::caller::Members;
use crate::error::ApiError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use cohort_store::PageRequest;
use uuid::Uuid;

/// "2 days 3 hours left", "40 minutes left", "the deadline has passed".
pub fn time_left(seconds: i64) -> String {
    if seconds <= 0 {
        return "the deadline has passed".into();
    }
    let (days, hours, minutes) = (seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60);
    let unit = |n: i64, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    let text = match (days, hours) {
        (0, 0) => unit(minutes.max(1), "minute"),
        (0, h) => format!("{} {}", unit(h, "hour"), unit(minutes, "minute")),
        (d, h) => format!("{} {}", unit(d, "day"), unit(h, "hour")),
    };
    format!("{text} left")
}

#[derive(Template)]
#[template(path = "case_study.html")]
struct CaseStudyPage {
    layout: Layout,
    study: MyCaseStudyView,
    deadline: String,
    deadline_iso: String,
    left: String,
    submitted: String,
    can_submit: bool,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /me/case-studies/{id}`: the brief, the rubric, the files, the deadline and the form.
pub async fn case_study_page(
    State(state): State<AppState>,
    member: Member,
    Path(id): Path<Uuid>,
    Query(said): Query<Said>,
) -> Response {
    let built = async {
        let assignment =
            state.store.own_assignment(member.user.id, id).await?.ok_or_else(ApiError::not_found)?;
        let study = state
            .store
            .case_study(assignment.org_id, assignment.case_study_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let graded = assignment.reviews.iter().any(|r| r.graded_at.is_some());
        let view = my_view(assignment, study);
        Ok::<_, ApiError>(CaseStudyPage {
            layout: member.layout(),
            deadline: when(view.deadline),
            deadline_iso: view.deadline.to_rfc3339(),
            left: time_left(view.seconds_left),
            submitted: match view.submitted_at {
                Some(at) => {
                    format!("Submitted {}{}.", when(at), if view.late { ", after the deadline" } else { "" })
                }
                None => String::new(),
            },
            can_submit: !graded && (view.seconds_left > 0 || view.accepts_late),
            study: view,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    match built {
        Ok(body) => member.csrf.clone().attach(page(body.render())),
        Err(error) => error.into_response(),
    }
}

/// `POST /me/case-studies/{id}`: multipart `repository_url` and / or `archive`, `_csrf`.
pub async fn submit_case_study(
    State(state): State<AppState>,
    member: Member,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let base = format!("/me/case-studies/{id}");
    let mut multipart = match multipart {
        Ok(multipart) => multipart,
        Err(_) => return forbidden(member.layout()),
    };
    let parts = match read_submission(&mut multipart).await {
        Ok(parts) => parts,
        Err(error) => return back(&base, Err(error)),
    };
    if !csrf::allowed(&headers, parts.token.as_deref().unwrap_or_default()) {
        return forbidden(member.layout());
    }
    let outcome = store_submission(&state, &member.audit(), member.user.id, id, parts).await;
    back(
        &base,
        outcome.map(|(a, _)| {
            format!(
                "Submitted{}. You can replace it until a reviewer has graded it.",
                if a.late { " (after the deadline, marked late)" } else { "" }
            )
        }),
    )
}

#[derive(Template)]
#[template(path = "case_reviews.html")]
struct ReviewsPage {
    layout: Layout,
    slug: String,
    items: Vec<ReviewItemView>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/case-reviews`: the reviewer's blind grading queue.
pub async fn reviews_page(
    State(state): State<AppState>,
    Query(said): Query<Said>,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let built = async {
        let me = caller.user_id().ok_or_else(ApiError::not_found)?;
        let mut items = review_items(
            &state,
            caller.org.id,
            &caller.org.slug,
            me,
            PageRequest { limit: 100, after: None },
        )
        .await?
        .items;
        // Waiting for my grade first, then the rest.
        items.sort_by_key(|i| (i.my_total.is_some(), i.submitted_at.is_none()));
        Ok::<_, ApiError>(ReviewsPage {
            layout,
            slug: caller.org.slug.clone(),
            items,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/case-reviews/{id}/grade`: `score_<criterion>` (1–5) each, `comment`.
pub async fn grade_review(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields) }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/case-reviews");
    let scores = super::viewer::scores(&fields, "score_");
    let body = GradeBody { scores, comment: field(&fields, "comment").trim().to_owned() };
    let outcome = grade(&state, &caller, id, body).await;
    back(
        &here,
        outcome.map(|item| {
            format!("Grade sent: {:.0}% for “{}”.", item.my_total.unwrap_or_default(), item.title)
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::time_left;

    #[test]
    fn the_countdown_reads_as_words() {
        assert_eq!(time_left(0), "the deadline has passed");
        assert_eq!(time_left(-5), "the deadline has passed");
        assert_eq!(time_left(30), "1 minute left");
        assert_eq!(time_left(40 * 60), "40 minutes left");
        assert_eq!(time_left(3600 + 60), "1 hour 1 minute left");
        assert_eq!(time_left(2 * 86_400 + 3 * 3600 + 59), "2 days 3 hours left");
        assert_eq!(time_left(86_400), "1 day 0 hours left");
    }
}
