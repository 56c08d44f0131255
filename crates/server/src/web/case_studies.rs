//! Case studies in the browser: the candidate's brief with its deadline counting down and the
//! submission form; the reviewer's blind grading queue — the work and the rubric, never whose it
//! is — with the grade form.

use super::kit::{self, Fields, OrgForm, OrgPage, failed, upload_unreadable};
use super::kit::{Layout, Member, Said, back, field};
use super::{csrf, forbidden, page};
use crate::auth::caller::Members;
use crate::http::uploads::{self, Unreadable};
use crate::services::ServiceError;
use crate::services::case_studies::{self, Grading, ToGrade, Work};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Utc;
use cohort_domain::case_study::LatePolicy;
use cohort_store::PageRequest;
use cohort_store::case_studies::{Assignment, CaseStudy};

#[derive(Template)]
#[template(path = "case_study.html")]
struct CaseStudyPage {
    layout: Layout,
    assignment: Assignment,
    study: CaseStudy,
    brief_html: String,
    accepts_late: bool,
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
    kit::Item(id): kit::Item,
    said: Said,
) -> Response {
    let (assignment, study) = match case_studies::own_case_study(&state.store, member.user.id, id).await {
        Ok(found) => found,
        Err(error) => return failed(member.layout(), &error),
    };
    let graded = assignment.reviews.iter().any(|r| r.graded_at.is_some());
    let seconds_left = (assignment.deadline - Utc::now()).num_seconds().max(0);
    let accepts_late = study.draft.late_policy == LatePolicy::AcceptFlagged;
    let body = CaseStudyPage {
        layout: member.layout(),
        deadline: crate::i18n::date_time(member.lang, assignment.deadline),
        deadline_iso: assignment.deadline.to_rfc3339(),
        left: crate::i18n::time_left(member.lang, seconds_left),
        submitted: match assignment.submitted_at {
            Some(at) => crate::i18n::t(
                member.lang,
                "case-submitted",
                &[
                    ("when", crate::i18n::date_time(member.lang, at).into()),
                    ("late", yes_no(assignment.late).into()),
                ],
            ),
            None => String::new(),
        },
        can_submit: !graded && (seconds_left > 0 || accepts_late),
        brief_html: crate::markdown::to_safe_html(&study.draft.brief),
        accepts_late,
        assignment,
        study,
        notice: said.notice,
        alert: said.alert,
    };
    member.csrf.clone().attach(page(body.render()))
}

/// `POST /me/case-studies/{id}`: multipart `repository_url` and / or `archive`, `_csrf`.
pub async fn submit_case_study(
    State(state): State<AppState>,
    member: Member,
    headers: HeaderMap,
    kit::Item(id): kit::Item,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let base = format!("/me/case-studies/{id}");
    let mut multipart = match multipart {
        Ok(multipart) => multipart,
        Err(_) => return forbidden(member.layout()),
    };
    let mut parts = match uploads::read(&mut multipart, &["repository_url", "archive", "_csrf"]).await {
        Ok(parts) => parts,
        Err(Unreadable::Body(error)) => return upload_unreadable(member.layout(), &error),
        Err(Unreadable::UnknownPart(_)) => return forbidden(member.layout()),
    };
    if !csrf::allowed(&headers, &uploads::text(&parts, "_csrf").unwrap_or_default()) {
        return forbidden(member.layout());
    }
    let work = Work {
        repository_url: uploads::text(&parts, "repository_url"),
        archive: uploads::file(&mut parts, "archive", "submission"),
    };
    let outcome =
        case_studies::submit(&state.store, &state.blobs, &member.audit(), member.user.id, id, work).await;
    let lang = member.lang;
    back(
        lang,
        &base,
        outcome.map(|(a, _)| crate::i18n::t(lang, "case-submitted-now", &[("late", yes_no(a.late).into())])),
    )
}

/// `yes` or `no`, for a message's selector.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// A submission on the reviewer's page.
struct Item {
    item: ToGrade,
    brief_html: String,
    /// When it was submitted, if it was.
    submitted: String,
    deadline: String,
}

#[derive(Template)]
#[template(path = "case_reviews.html")]
struct ReviewsPage {
    layout: Layout,
    slug: String,
    items: Vec<Item>,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/case-reviews`: the reviewer's blind grading queue.
pub async fn reviews_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let me = caller.user_id().ok_or(ServiceError::NotFound)?;
        let everything = PageRequest { limit: 100, after: None };
        let mut items = case_studies::review_queue(&state.store, caller.org.id, me, everything).await?.items;
        // Waiting for my grade first, then the rest.
        items.sort_by_key(|i| (i.my_total().is_some(), i.assignment.submitted_at.is_none()));
        let items = items
            .into_iter()
            .map(|item| Item {
                brief_html: crate::markdown::to_safe_html(&item.study.draft.brief),
                submitted: item
                    .assignment
                    .submitted_at
                    .map(|at| crate::i18n::date_time(lang, at))
                    .unwrap_or_default(),
                deadline: crate::i18n::date_time(lang, item.assignment.deadline),
                item,
            })
            .collect();
        Ok(ReviewsPage {
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
    kit::Item(id): kit::Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/case-reviews");
    let grading =
        Grading { scores: super::kit::scores(&fields, "score_"), comment: field(&fields, "comment").into() };
    let outcome = match caller.user_id() {
        Some(me) => case_studies::grade(&state.store, &caller.audit(), caller.org.id, me, id, grading).await,
        None => Err(ServiceError::NotFound),
    };
    back(
        lang,
        &here,
        outcome.map(|item| {
            let percent = format!("{:.0}", item.my_total().unwrap_or_default());
            crate::i18n::t(
                lang,
                "reviews-grade-sent",
                &[("percent", percent.into()), ("title", item.study.draft.title.into())],
            )
        }),
    )
}
