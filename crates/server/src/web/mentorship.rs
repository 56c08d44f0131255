//! The mentorship part of the intern's page and of the mentor's page about their mentee: the
//! 1-on-1 log, goals and evaluations, each with its form. The intern and the mentor post the
//! same forms to their own address; each goes through the internship's services.

use super::kit::{Fields, Item, MemberForm, OrgForm, OrgPage};
use super::kit::{Layout, Said, back, field};
use crate::auth::caller::Members;
use crate::i18n::{self, Lang};
use crate::services::ServiceError;
use crate::services::internship::{self, Evaluating, GoalChange, Meeting};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use cohort_domain::internship::evaluation::{Author, CRITERIA, Kind};
use cohort_domain::internship::{GoalStatus, Viewer};
use cohort_domain::phrase::Phrase;
use cohort_domain::refusal::Refusal;
use cohort_store::internship::Intern;
use uuid::Uuid;

/// A logged 1-on-1.
pub struct MeetingRow {
    pub(super) held_on: String,
    pub(super) notes: String,
    pub(super) items: Vec<String>,
    pub(super) by: String,
}

/// A goal.
pub struct GoalRow {
    pub(super) id: Uuid,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) value: String,
    pub(super) due: String,
}

/// A submitted evaluation.
pub struct EvaluationRow {
    /// What it is, when it was sent, and its average.
    pub(super) caption: String,
    /// Each criterion's name (a key) and rating.
    pub(super) ratings: Vec<(String, u8)>,
    pub(super) comments: String,
}

/// What the mentorship part of a page shows, and where its forms go.
pub struct Mentorship {
    /// The address the forms post under (`/me/internship` or the mentee's page).
    pub(super) base: String,
    pub(super) meetings: Vec<MeetingRow>,
    pub(super) goals: Vec<GoalRow>,
    pub(super) evaluations: Vec<EvaluationRow>,
    /// Who evaluates on this page (`mentor` or `intern`), if anybody.
    pub(super) evaluates: Option<&'static str>,
    /// The evaluations that author still owes.
    pub(super) open_kinds: Vec<&'static str>,
    pub(super) criteria: Vec<&'static str>,
    pub(super) statuses: Vec<&'static str>,
    pub(super) today: String,
}

/// The mentorship part for an intern, seen by `author` (`None`: a coordinator, who reads).
pub async fn mentorship(
    state: &AppState,
    intern: &Intern,
    base: String,
    author: Option<Author>,
    lang: Lang,
) -> Result<Mentorship, ServiceError> {
    let meetings = state.store.one_on_ones(intern.id).await?;
    let names = state.store.user_names(meetings.iter().filter_map(|m| m.author_id).collect()).await?;
    let evaluations = state.store.evaluations(intern.id).await?;
    let open_kinds = match author {
        Some(author) => [Kind::Midterm, Kind::Final]
            .into_iter()
            .filter(|k| !evaluations.iter().any(|e| e.kind == *k && e.author == author))
            .map(|k| k.as_str())
            .collect(),
        None => Vec::new(),
    };
    Ok(Mentorship {
        base,
        meetings: meetings
            .into_iter()
            .map(|m| MeetingRow {
                held_on: i18n::date(lang, m.held_on),
                items: serde_json::from_str(&m.action_items).unwrap_or_default(),
                by: m.author_id.and_then(|a| names.get(&a).cloned()).unwrap_or_default(),
                notes: m.notes,
            })
            .collect(),
        goals: state
            .store
            .goals(intern.id)
            .await?
            .into_iter()
            .map(|g| GoalRow {
                id: g.id,
                value: g.status.clone(),
                due: g.due_on.map(|d| i18n::date(lang, d)).unwrap_or_default(),
                title: g.title,
                description: g.description,
            })
            .collect(),
        evaluations: evaluations
            .into_iter()
            .map(|e| {
                let title = i18n::t(
                    lang,
                    "mentorship-evaluation-title",
                    &[("kind", e.kind.as_str().into()), ("author", e.author.as_str().into())],
                );
                let date = i18n::date(lang, e.submitted_at.date_naive());
                let caption = match cohort_domain::internship::evaluation::average(&e.ratings) {
                    Some(average) => i18n::t(
                        lang,
                        "mentorship-evaluation-caption-average",
                        &[
                            ("title", title.into()),
                            ("date", date.into()),
                            ("average", format!("{average:.1}").into()),
                        ],
                    ),
                    None => i18n::t(
                        lang,
                        "mentorship-evaluation-caption",
                        &[("title", title.into()), ("date", date.into())],
                    ),
                };
                EvaluationRow {
                    caption,
                    ratings: e.ratings.iter().map(|(k, v)| (k.clone(), *v)).collect(),
                    comments: e.comments,
                }
            })
            .collect(),
        evaluates: author.map(|a| a.as_str()),
        open_kinds,
        criteria: CRITERIA.iter().map(|(name, _)| *name).collect(),
        statuses: vec!["open", "in_progress", "met", "dropped"],
        today: chrono::Utc::now().date_naive().to_string(),
    })
}

/// What a mentorship form records.
#[derive(Clone, Copy, Debug, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Record {
    /// A 1-on-1.
    OneOnOnes,
    /// A new goal, or a goal's new status.
    Goals,
    /// An evaluation.
    Evaluations,
}

fn date(fields: &[(String, String)], name: &str) -> Result<Option<NaiveDate>, ServiceError> {
    match field(fields, name).trim() {
        "" => Ok(None),
        text => {
            text.parse().map(Some).map_err(|_| ServiceError::invalid(name, Phrase::new("mentorship-a-date")))
        }
    }
}

/// Records what a mentorship form says, by the intern or their mentor (`author`).
async fn record(
    state: &AppState,
    ctx: &cohort_store::audit::Context,
    intern: &Intern,
    author: Option<Author>,
    what: Record,
    fields: &[(String, String)],
    lang: Lang,
) -> Result<String, ServiceError> {
    let say = |id: &str| i18n::t(lang, id, &[]);
    match what {
        Record::OneOnOnes => {
            let held_on = date(fields, "held_on")?
                .ok_or_else(|| ServiceError::invalid("held_on", Phrase::new("mentorship-the-day")))?;
            let action_items = field(fields, "action_items")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
            let meeting = Meeting { held_on, notes: field(fields, "notes").to_owned(), action_items };
            internship::log_one_on_one(&state.store, ctx, intern, meeting).await?;
            Ok(say("mentorship-logged"))
        }
        Record::Goals => {
            let goal_id = match field(fields, "goal_id") {
                "" => None,
                id => Some(Uuid::parse_str(id).map_err(|_| ServiceError::NotFound)?),
            };
            let status = match field(fields, "status") {
                "" => None,
                s => Some(GoalStatus::parse(s).ok_or_else(|| {
                    ServiceError::invalid("status", Phrase::new("mentorship-choose-status"))
                })?),
            };
            let (title, description, due_on) = match goal_id {
                Some(id) => {
                    let goal = state
                        .store
                        .goals(intern.id)
                        .await?
                        .into_iter()
                        .find(|g| g.id == id)
                        .ok_or(ServiceError::NotFound)?;
                    (goal.title, goal.description, goal.due_on)
                }
                None => (
                    field(fields, "title").to_owned(),
                    field(fields, "description").to_owned(),
                    date(fields, "due_on")?,
                ),
            };
            let change = GoalChange { title, description, status, due_on };
            let goal = internship::save_goal(&state.store, ctx, intern, goal_id, change).await?;
            Ok(match goal_id {
                Some(_) => i18n::t(
                    lang,
                    "mentorship-goal-now",
                    &[("goal", goal.title.as_str().into()), ("status", goal.status.as_str().into())],
                ),
                None => i18n::t(lang, "mentorship-goal-set", &[("goal", goal.title.into())]),
            })
        }
        Record::Evaluations => {
            let author = author.ok_or(Refusal::MentorOnly)?;
            let kind = Kind::parse(field(fields, "kind"))
                .ok_or_else(|| ServiceError::invalid("kind", Phrase::new("mentorship-midterm-or-final")))?;
            let ratings = super::kit::scores(fields, "rating_");
            let evaluating = Evaluating { kind, ratings, comments: field(fields, "comments").to_owned() };
            internship::submit_evaluation(&state.store, ctx, intern, author, evaluating).await?;
            Ok(say("mentorship-evaluation-sent"))
        }
    }
}

/// `POST /me/internship/{one-on-ones|goals|evaluations}`: the intern's forms.
pub async fn record_own(
    State(state): State<AppState>,
    Path(what): Path<Record>,
    MemberForm { member, form: Fields(fields) }: MemberForm<Fields>,
) -> Response {
    let outcome = async {
        let intern = internship::own_intern(&state.store, member.user.id).await?;
        record(&state, &member.audit(), &intern, Some(Author::Intern), what, &fields, member.lang).await
    }
    .await;
    back(member.lang, "/me/internship", outcome)
}

#[derive(Template)]
#[template(path = "mentee.html")]
struct MenteePage {
    layout: Layout,
    slug: String,
    name: String,
    /// Each fact's message id and value.
    facts: Vec<(&'static str, String)>,
    done: u32,
    total: u32,
    overdue: u32,
    m: Mentorship,
    notice: Option<String>,
    alert: Option<String>,
}

/// `GET /orgs/{org}/interns/{id}`: an intern as their mentor or a coordinator sees them.
pub async fn mentee_page(
    State(state): State<AppState>,
    Item(id): Item,
    said: Said,
    OrgPage { caller, layout }: OrgPage<Members>,
) -> Response {
    let here = format!("/orgs/{}/interns/{id}", caller.org.slug);
    let lang = layout.lang;
    let built = async {
        let (intern, seen) = internship::seen_intern(&state.store, caller.staff(), id).await?;
        let author = (seen == Viewer::Mentor).then_some(Author::Mentor);
        let people: Vec<Uuid> = [Some(intern.user_id), intern.mentor_id].into_iter().flatten().collect();
        let names = state.store.user_names(people).await?;
        let team = match intern.team_id {
            Some(team) => state.store.team(caller.org.id, team).await?.map(|t| t.name),
            None => None,
        };
        let tasks = state.store.onboarding_tasks(intern.id).await?;
        let progress = internship::progress(&tasks, chrono::Utc::now().date_naive());
        let name = names.get(&intern.user_id).cloned().unwrap_or_default();
        Ok::<_, ServiceError>(MenteePage {
            layout,
            slug: caller.org.slug.clone(),
            facts: vec![
                ("internship-when", super::internship::period(lang, intern.starts_on, intern.ends_on)),
                ("internship-team", team.unwrap_or_else(|| i18n::t(lang, "internship-not-placed", &[]))),
                (
                    "internship-mentor",
                    intern
                        .mentor_id
                        .and_then(|m| names.get(&m).cloned())
                        .unwrap_or_else(|| i18n::t(lang, "internship-not-matched", &[])),
                ),
                (
                    "internship-status",
                    i18n::t(lang, "intern-status", &[("status", intern.status.as_str().into())]),
                ),
            ],
            done: progress.done,
            total: progress.total,
            overdue: progress.overdue,
            m: mentorship(&state, &intern, here.clone(), author, lang).await?,
            name,
            notice: said.notice,
            alert: said.alert,
        })
    }
    .await;
    super::rendered(built)
}

/// `POST /orgs/{org}/interns/{id}/{one-on-ones|goals|evaluations}`: the mentor's (or a
/// coordinator's) forms.
pub async fn record_for_mentee(
    State(state): State<AppState>,
    Path((_, _, what)): Path<(String, String, Record)>,
    Item(id): Item,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Members, Fields>,
) -> Response {
    let here = format!("/orgs/{}/interns/{id}", caller.org.slug);
    let outcome = async {
        let (intern, seen) = internship::seen_intern(&state.store, caller.staff(), id).await?;
        let author = (seen == Viewer::Mentor).then_some(Author::Mentor);
        record(&state, &caller.audit(), &intern, author, what, &fields, lang).await
    }
    .await;
    match outcome {
        Err(ServiceError::NotFound) => Redirect::to("/orgs").into_response(),
        outcome => back(lang, &here, outcome),
    }
}
