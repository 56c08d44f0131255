//! The interviewer's page: the interviews they sit on — scorecards still to send first, then the
//! calls coming up, then the last ones done — each with the candidate, their work to look at,
//! the time and the link, and the scorecard form (one rating per attribute of the stage's kit, a
//! recommendation, notes), sent once.

use super::kit::{Fields, OrgForm, OrgPage};
use super::kit::{Layout, Said, back, field};
use crate::auth::caller::Members;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::scorecards;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cohort_domain::phrase::Phrase;
use cohort_domain::pipeline::StageKind;
use cohort_domain::scheduling::{Agenda, InterviewStatus, agenda};
use cohort_domain::scorecard::{Recommendation, Scorecard};
use cohort_store::PageRequest;
use cohort_store::applications::Application;
use cohort_store::interviews::InterviewFilter;
use cohort_store::vacancies::Vacancy;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use uuid::Uuid;

struct Row {
    id: Uuid,
    candidate: String,
    vacancy: String,
    what: String,
    at: String,
    link: String,
    /// The candidate's work to look at before the call: GitHub, portfolio.
    work: Vec<(String, String)>,
    kit: Vec<String>,
}

#[derive(Template)]
#[template(path = "interviewer.html")]
struct InterviewerPage {
    layout: Layout,
    slug: String,
    due: Vec<Row>,
    upcoming: Vec<Row>,
    done: Vec<Row>,
    notice: Option<String>,
    alert: Option<String>,
}

/// How many interviews with a sent scorecard the page still lists.
const DONE_KEPT: usize = 10;

/// `GET /orgs/{org}/my-interviews`: scorecards to send (the most overdue first), then the
/// interviews coming up (the next first), then the last ten done.
pub async fn interviews_page(
    State(state): State<AppState>,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let me = caller.user_id().ok_or(ServiceError::NotFound)?;
        let filter = InterviewFilter { panelist: Some(me), ..Default::default() };
        let mut interviews = state
            .store
            .org_interviews(caller.org.id, &filter, PageRequest { limit: 200, after: None })
            .await?
            .items;
        interviews.retain(|i| i.status == InterviewStatus::Booked && i.time.is_some());
        // One read each for the applications, the scorecards sent, and each vacancy and kit.
        let applications: HashMap<Uuid, Application> = state
            .store
            .applications_by_ids(caller.org.id, interviews.iter().map(|i| i.application_id).collect())
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let scored = state.store.scored_by(me, interviews.iter().map(|i| i.id).collect()).await?;
        let mut vacancies: HashMap<Uuid, Option<Vacancy>> = HashMap::new();
        let mut kits: HashMap<(Uuid, String), Vec<String>> = HashMap::new();
        let mut booked = Vec::new();
        let portfolio = i18n::t(lang, "app-portfolio", &[]);
        for i in interviews {
            let Some(application) = applications.get(&i.application_id) else { continue };
            if let Entry::Vacant(slot) = vacancies.entry(application.vacancy_id) {
                slot.insert(state.store.vacancy(caller.org.id, application.vacancy_id).await?);
            }
            let Some(Some(vacancy)) = vacancies.get(&application.vacancy_id) else { continue };
            let key = (vacancy.id, i.stage.clone());
            if let Entry::Vacant(slot) = kits.entry(key.clone()) {
                let kind = vacancy.pipeline.stage(&i.stage).map_or(StageKind::Interviews, |s| s.kind);
                slot.insert(scorecards::kit_for(&state.store, vacancy.id, &i.stage, kind).await?.0);
            }
            let work =
                [("GitHub", &application.github_url), (portfolio.as_str(), &application.portfolio_url)]
                    .into_iter()
                    .filter_map(|(label, url)| url.clone().map(|url| (label.to_owned(), url)))
                    .collect();
            let start = i.time.map(|t| t.start).unwrap_or_default();
            let row = Row {
                id: i.id,
                candidate: application.profile.name.clone(),
                vacancy: vacancy.draft.title.clone(),
                what: i18n::t(
                    lang,
                    "interviews-what",
                    &[("kind", i.kind.as_str().into()), ("minutes", i.minutes.into())],
                ),
                at: crate::i18n::date_time(lang, start),
                link: i.video_url.clone().or(i.location.clone()).unwrap_or_default(),
                work,
                kit: kits[&key].clone(),
            };
            booked.push((row, start, scored.contains(&i.id)));
        }
        let Agenda { due, upcoming, done } = agenda(booked, chrono::Utc::now(), DONE_KEPT);
        Ok::<_, ServiceError>(InterviewerPage {
            layout,
            slug: caller.org.slug.clone(),
            due,
            upcoming,
            done,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/interviews/{id}/scorecard`: `rating_<attribute>`, `recommendation`,
/// `notes`.
pub async fn send_scorecard(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{slug}/my-interviews");
    let outcome = async {
        let me = caller.user_id().ok_or(ServiceError::NotFound)?;
        let ratings = super::kit::scores(&fields, "rating_");
        let recommendation = Recommendation::parse(field(&fields, "recommendation")).ok_or_else(|| {
            ServiceError::invalid("recommendation", Phrase::new("interviews-choose-recommendation"))
        })?;
        let card = Scorecard { ratings, recommendation, notes: field(&fields, "notes").trim().to_owned() };
        scorecards::submit(&state.store, &caller.audit(), caller.org.id, me, id, card).await?;
        Ok::<_, ServiceError>(())
    }
    .await;
    back(lang, &here, outcome.map(|()| i18n::t(lang, "interviews-scorecard-sent", &[])))
}
