//! What the recruiter reads about an application's assessment on its page: the scorecards with
//! their summary (mean per attribute, each interviewer's recommendation), the case studies with
//! each reviewer's grade and the panel's calibration; and the form that assigns a case study.

use super::application::local_time;
use super::kit::{Fields, Item, OrgForm};
use super::kit::{all_picked, back, field, picked};
use crate::auth::caller::Recruiters;
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::case_studies::{self, Assign};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::case_study::calibrate;
use cohort_domain::scorecard::{Submitted, summarise};
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use std::collections::HashMap;
use uuid::Uuid;

/// One interviewer's scorecard.
pub struct CardRow {
    pub(super) interviewer: String,
    pub(super) recommendation: String,
    pub(super) ratings: String,
    pub(super) notes: String,
}

/// One reviewer's grade of a case study.
pub struct GradeRow {
    pub(super) reviewer: String,
    pub(super) total: String,
    pub(super) offset: String,
    pub(super) comment: String,
}

/// A case study given to the candidate.
pub struct CaseRow {
    pub(super) title: String,
    pub(super) deadline: String,
    pub(super) submitted: String,
    pub(super) repository_url: Option<String>,
    pub(super) grades: Vec<GradeRow>,
    pub(super) mean: String,
    pub(super) graded: String,
}

/// A choice in the assign form.
pub struct Choice {
    pub(super) id: Uuid,
    pub(super) label: String,
}

/// The assessment part of the application page.
pub struct Assessment {
    pub(super) cards: Vec<CardRow>,
    pub(super) attributes: Vec<(String, String)>,
    pub(super) mean_recommendation: String,
    pub(super) cases: Vec<CaseRow>,
    pub(super) library: Vec<Choice>,
    pub(super) reviewers: Vec<Choice>,
}

fn recommendation(score: f64) -> &'static str {
    match score {
        s if s < 1.5 => "strong_no",
        s if s < 2.5 => "no",
        s if s < 3.5 => "yes",
        _ => "strong_yes",
    }
}

/// The scorecards and case studies of an application (its organisation's recruiter reads).
pub async fn assessment(
    state: &AppState,
    org_id: Uuid,
    application_id: Uuid,
    lang: Lang,
) -> Result<Assessment, ServiceError> {
    let say = |id: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::t(lang, id, args);
    let when = |at| i18n::date_time(lang, at);
    let cards = state.store.scorecards_of(application_id).await?;
    let assignments = state.store.assignments_of(application_id).await?;
    let members = state.store.members_page(org_id, PageRequest { limit: 200, after: None }).await?.items;
    let names: HashMap<Uuid, String> = members.iter().map(|m| (m.user.id, m.user.name.to_string())).collect();
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_else(|| say("assess-former-member", &[]));
    let summary = summarise(
        &cards
            .iter()
            .map(|c| Submitted { interviewer: c.interviewer_id, card: c.card.clone() })
            .collect::<Vec<_>>(),
    );
    let library = state.store.case_studies_page(org_id, PageRequest { limit: 100, after: None }).await?.items;
    let mut cases = Vec::new();
    for a in assignments {
        let Some(study) = library.iter().find(|s| s.id == a.case_study_id) else { continue };
        let totals: Vec<(Uuid, f64)> =
            a.reviews.iter().filter_map(|r| Some((r.reviewer_id, r.total?))).collect();
        let calibration = calibrate(&totals);
        let offset = |reviewer: Uuid| {
            calibration
                .as_ref()
                .and_then(|c| c.reviewers.iter().find(|r| r.reviewer == reviewer))
                .map(|r| format!("{:+.0}", r.offset))
                .unwrap_or_default()
        };
        cases.push(CaseRow {
            title: study.draft.title.clone(),
            deadline: when(a.deadline),
            submitted: match a.submitted_at {
                Some(at) if a.late => say("assess-late", &[("when", when(at).into())]),
                Some(at) => when(at),
                None => say("assess-not-yet", &[]),
            },
            repository_url: a.repository_url.clone(),
            graded: say(
                "assess-graded",
                &[
                    ("graded", totals.len().into()),
                    ("required", study.draft.reviewers_required.max(1).into()),
                ],
            ),
            mean: calibration.as_ref().map(|c| format!("{:.0}", c.mean)).unwrap_or_default(),
            grades: a
                .reviews
                .iter()
                .map(|r| GradeRow {
                    reviewer: name(&r.reviewer_id),
                    total: r
                        .total
                        .map(|t| format!("{t:.0}%"))
                        .unwrap_or_else(|| say("assess-not-graded", &[])),
                    offset: offset(r.reviewer_id),
                    comment: r.comment.clone().unwrap_or_default(),
                })
                .collect(),
        });
    }
    Ok(Assessment {
        cards: cards
            .iter()
            .map(|c| CardRow {
                interviewer: name(&c.interviewer_id),
                recommendation: say(
                    "assess-recommendation",
                    &[("recommendation", c.card.recommendation.as_str().into())],
                ),
                ratings: c
                    .card
                    .ratings
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                notes: c.card.notes.clone(),
            })
            .collect(),
        attributes: summary
            .attributes
            .iter()
            .map(|a| (a.attribute.clone(), format!("{:.2}", a.mean)))
            .collect(),
        mean_recommendation: summary
            .mean_recommendation
            .map(|m| {
                let args = [("mean", format!("{m:.2}").into()), ("recommendation", recommendation(m).into())];
                say("assess-mean-value", &args)
            })
            .unwrap_or_default(),
        cases,
        library: library
            .into_iter()
            .map(|s| Choice {
                id: s.id,
                label: say(
                    "assess-library-item",
                    &[
                        ("title", s.draft.title.as_str().into()),
                        ("hours", s.draft.hours_allowed.into()),
                        ("reviewers", s.draft.reviewers_required.into()),
                    ],
                ),
            })
            .collect(),
        reviewers: members
            .into_iter()
            .map(|m| Choice { id: m.user.id, label: m.user.name.to_string() })
            .collect(),
    })
}

/// `POST /orgs/{org}/applications/{id}/case-studies`: `case_study_id`, `reviewers` (one per
/// chosen reviewer), `deadline` (optional, UTC).
pub async fn assign_case_study(
    State(state): State<AppState>,
    Path((slug, _)): Path<(String, String)>,
    Item(id): Item,
    i18n::Reader(lang): i18n::Reader,
    OrgForm { caller, form: Fields(fields), .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/applications/{id}");
    let outcome = async {
        let case_study_id = picked(&fields, "case_study_id", "problem-choose-case-study")?;
        let reviewers = all_picked(&fields, "reviewers", "problem-choose-reviewers")?;
        let deadline = match field(&fields, "deadline").trim() {
            "" => None,
            raw => Some(
                local_time(raw)
                    .ok_or_else(|| ServiceError::invalid("deadline", problem::of("date-and-time")))?,
            ),
        };
        let choice = Assign { case_study_id, reviewers, deadline };
        let (assignment, study) =
            case_studies::assign(&state.store, &caller.audit(), caller.org.id, id, choice).await?;
        let deadline = i18n::date_time(lang, assignment.deadline);
        Ok(i18n::t(
            lang,
            "assess-sent",
            &[("title", study.draft.title.into()), ("deadline", deadline.into())],
        ))
    }
    .await;
    back(lang, &here, outcome)
}
