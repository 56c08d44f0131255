//! The case-study library, for recruiters: each brief (Markdown), its weighted rubric, the hours
//! a candidate has, how many reviewers grade it, what happens to late work, and its files.

use super::kit::{Fields, Item, Layout, OrgForm, OrgPage, Worded, against, failed, field, status_of};
use super::kit::{Said, upload_unreadable, version};
use super::{csrf, forbidden, page};
use crate::auth::caller::Recruiters;
use crate::http::uploads::{self, Unreadable};
use crate::services::{ServiceError, case_studies};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use cohort_domain::case_study::{CaseStudyDraft, Criterion, LatePolicy};
use cohort_domain::validation::{FieldError, problem};
use cohort_store::PageRequest;
use cohort_store::case_studies::CaseStudy;
use uuid::Uuid;

/// Empty rubric rows offered for new criteria.
const NEW_CRITERIA: usize = 2;

/// One criterion as typed.
pub struct CriterionRow {
    name: String,
    weight: String,
    description: String,
}

/// A case study's form, as typed or stored.
pub struct StudyForm {
    title: String,
    brief: String,
    hours_allowed: String,
    reviewers_required: String,
    late_policy: String,
    rubric: Vec<CriterionRow>,
}

impl StudyForm {
    fn blank() -> StudyForm {
        StudyForm {
            title: String::new(),
            brief: String::new(),
            hours_allowed: "72".into(),
            reviewers_required: "2".into(),
            late_policy: LatePolicy::Refuse.as_str().into(),
            rubric: Vec::new(),
        }
        .with_new_rows()
    }

    fn of(draft: &CaseStudyDraft) -> StudyForm {
        StudyForm {
            title: draft.title.clone(),
            brief: draft.brief.clone(),
            hours_allowed: draft.hours_allowed.to_string(),
            reviewers_required: draft.reviewers_required.to_string(),
            late_policy: draft.late_policy.as_str().into(),
            rubric: draft
                .rubric
                .iter()
                .map(|c| CriterionRow {
                    name: c.name.clone(),
                    weight: c.weight.to_string(),
                    description: c.description.clone(),
                })
                .collect(),
        }
        .with_new_rows()
    }

    /// The form as typed: `rubric_<n>_name`, `_weight`, `_description` (a row without a name is
    /// left out) and the rest by name.
    fn typed(fields: &[(String, String)]) -> StudyForm {
        let get = |name: &str| field(fields, name).to_owned();
        StudyForm {
            title: get("title"),
            brief: get("brief"),
            hours_allowed: get("hours_allowed"),
            reviewers_required: get("reviewers_required"),
            late_policy: get("late_policy"),
            rubric: (0..40)
                .map(|n| CriterionRow {
                    name: get(&format!("rubric_{n}_name")),
                    weight: get(&format!("rubric_{n}_weight")),
                    description: get(&format!("rubric_{n}_description")),
                })
                .filter(|c| !c.name.trim().is_empty())
                .collect(),
        }
    }

    fn with_new_rows(mut self) -> StudyForm {
        let blank = || CriterionRow { name: String::new(), weight: "1".into(), description: String::new() };
        self.rubric.extend(std::iter::repeat_with(blank).take(NEW_CRITERIA));
        self
    }

    /// The draft the form describes, or each number's problem.
    fn draft(&self) -> Result<CaseStudyDraft, Vec<FieldError>> {
        let mut problems = Vec::new();
        let mut number = |name: &str, typed: &str, (low, high): (u32, u32)| match typed.trim().parse::<u32>()
        {
            Ok(n) => n,
            Err(_) => {
                problems.push(FieldError::new(name, problem::between(low.into(), high.into())));
                0
            }
        };
        let hours_allowed = number("hours_allowed", &self.hours_allowed, (1, 720));
        let reviewers_required = number("reviewers_required", &self.reviewers_required, (1, 5));
        let rubric = self
            .rubric
            .iter()
            .enumerate()
            .map(|(i, c)| Criterion {
                name: c.name.clone(),
                weight: number(&format!("rubric[{i}].weight"), &c.weight, (1, 100)),
                description: c.description.clone(),
            })
            .collect();
        let late_policy = LatePolicy::parse(&self.late_policy).unwrap_or(LatePolicy::Refuse);
        let draft = CaseStudyDraft {
            title: self.title.clone(),
            brief: self.brief.clone(),
            rubric,
            hours_allowed,
            reviewers_required,
            late_policy,
        };
        if problems.is_empty() { Ok(draft) } else { Err(problems) }
    }
}

struct Listed {
    id: Uuid,
    title: String,
    hours: u32,
    reviewers: u32,
    criteria: usize,
    files: usize,
}

#[derive(Template)]
#[template(path = "case_library.html")]
struct LibraryPage {
    layout: Layout,
    slug: String,
    studies: Vec<Listed>,
    form: StudyForm,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

#[derive(Template)]
#[template(path = "case_library_edit.html")]
struct StudyPage {
    layout: Layout,
    slug: String,
    study: CaseStudy,
    form: StudyForm,
    errors: Vec<Worded>,
    notice: Option<String>,
    alert: Option<String>,
}

async fn library(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Recruiters>,
    layout: Layout,
    form: StudyForm,
    (status, errors): (StatusCode, Vec<Worded>),
    said: Said,
) -> Response {
    let all = PageRequest { limit: 200, after: None };
    let studies = match state.store.case_studies_page(caller.org.id, all).await {
        Ok(page) => page.items,
        Err(error) => return failed(layout, &ServiceError::from(error)),
    };
    let studies = studies
        .into_iter()
        .map(|s| Listed {
            id: s.id,
            hours: s.draft.hours_allowed,
            reviewers: s.draft.reviewers_required,
            criteria: s.draft.rubric.len(),
            files: s.attachments.len(),
            title: s.draft.title,
        })
        .collect();
    let body = LibraryPage {
        layout,
        slug: caller.org.slug.clone(),
        studies,
        form,
        errors,
        notice: said.notice,
        alert: said.alert,
    };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/case-studies`: the library, and the form that adds to it.
pub async fn library_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    library(&state, &caller, layout, StudyForm::blank(), (StatusCode::OK, Vec::new()), said).await
}

/// The refusal's lines, a criterion's problem named by its row.
fn worded(lang: crate::i18n::Lang, error: &ServiceError) -> Vec<Worded> {
    against(lang, "title", error)
        .into_iter()
        .map(|mut w| {
            if let Some(n) =
                w.field.strip_prefix("rubric[").and_then(|r| r.split(']').next()?.parse::<usize>().ok())
            {
                let part = w.field.rsplit('.').next().unwrap_or("name").to_owned();
                let row = crate::i18n::t(lang, "library-criterion-n", &[("n", (n + 1).into())]);
                w.label = format!("{row} — {}", w.label);
                w.field = format!("rubric_{n}_{part}");
            }
            w
        })
        .collect()
}

/// `POST /orgs/{org}/case-studies` (a new case study) and `/orgs/{org}/case-studies/{id}` (a
/// change, with `version`); a refusal keeps everything typed.
pub async fn save_study(
    State(state): State<AppState>,
    id: super::kit::OptionalItem,
    OrgForm { caller, form: Fields(fields), layout, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let typed = StudyForm::typed(&fields);
    let saved = async {
        let draft = typed.draft().map_err(ServiceError::Invalid)?;
        let at = match id.0 {
            Some(id) => Some((id, version(&fields)?)),
            None => None,
        };
        case_studies::save_case_study(&state.store, &caller.audit(), caller.org.id, at, draft).await
    }
    .await;
    let slug = caller.org.slug.clone();
    match (saved, id.0) {
        (Ok(study), _) => super::kit::telling(
            &format!("/orgs/{slug}/case-studies/{}", study.id),
            "notice",
            &crate::i18n::t(layout.lang, "library-saved", &[]),
        ),
        (Err(error), None) => {
            let errors = worded(layout.lang, &error);
            let form = typed.with_new_rows();
            library(&state, &caller, layout, form, (status_of(&error), errors), Said::default()).await
        }
        (Err(error), Some(id)) => {
            let errors = worded(layout.lang, &error);
            match state.store.case_study(caller.org.id, id).await {
                Ok(Some(study)) => {
                    let form = typed.with_new_rows();
                    let body = StudyPage { layout, slug, study, form, errors, notice: None, alert: None };
                    (status_of(&error), page(body.render())).into_response()
                }
                Ok(None) => failed(layout, &ServiceError::NotFound),
                Err(error) => failed(layout, &ServiceError::from(error)),
            }
        }
    }
}

/// `GET /orgs/{org}/case-studies/{id}`: one case study, to change, with its files.
pub async fn study_page(
    State(state): State<AppState>,
    Item(id): Item,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    match state.store.case_study(caller.org.id, id).await {
        Ok(Some(study)) => {
            let form = StudyForm::of(&study.draft);
            let slug = caller.org.slug.clone();
            page(
                StudyPage {
                    layout,
                    slug,
                    study,
                    form,
                    errors: vec![],
                    notice: said.notice,
                    alert: said.alert,
                }
                .render(),
            )
        }
        Ok(None) => failed(layout, &ServiceError::NotFound),
        Err(error) => failed(layout, &ServiceError::from(error)),
    }
}

/// `POST /orgs/{org}/case-studies/{id}/attachments`: multipart `file` and `_csrf`.
pub async fn attach(
    State(state): State<AppState>,
    Item(id): Item,
    headers: HeaderMap,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let Ok(mut multipart) = multipart else { return forbidden(layout) };
    let mut parts = match uploads::read(&mut multipart, &["file", "_csrf"]).await {
        Ok(parts) => parts,
        Err(Unreadable::Body(error)) => return upload_unreadable(layout, &error),
        Err(Unreadable::UnknownPart(_)) => return forbidden(layout),
    };
    if !csrf::allowed(&headers, &uploads::text(&parts, "_csrf").unwrap_or_default()) {
        return forbidden(layout);
    }
    let here = format!("/orgs/{}/case-studies/{id}", caller.org.slug);
    let lang = layout.lang;
    let outcome = match uploads::file(&mut parts, "file", "brief") {
        Some(file) => {
            case_studies::attach(&state.store, &state.blobs, &caller.audit(), caller.org.id, id, file)
                .await
                .map(|study| {
                    crate::i18n::t(lang, "library-attached", &[("count", study.attachments.len().into())])
                })
        }
        None => Err(ServiceError::invalid("file", problem::required())),
    };
    super::kit::back(lang, &here, outcome)
}
