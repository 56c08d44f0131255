//! The pipeline board of a vacancy — one column per stage, a card per application with the
//! candidate's name, match score and days in the stage, moved with buttons (a reason when
//! rejecting). A card that someone else moved first is not moved again: the board says so and
//! shows where it is now.

use crate::auth::caller::Recruiters;
use crate::i18n::{self, Reader};
use crate::services::ServiceError;
use crate::services::applications::{Rejection, move_application, reject_many};
use crate::state::AppState;
use crate::web::kit::Layout;
use crate::web::kit::{Fields, Item, OrgForm, OrgPage};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use cohort_domain::pipeline::{Move, StageKind, Status};
use cohort_domain::validation::problem;
use cohort_store::PageRequest;
use cohort_store::applications::{ApplicationFilter, ApplicationOrder};
use serde::Deserialize;
use uuid::Uuid;

/// How a recruiter looks at a board: words to find, a skill, and the order of the cards. Moves
/// and rejections carry it in their form's address, so the board comes back as it was.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct BoardView {
    /// Words in the candidate's name, institution, field, skills or cover letter (a word of three
    /// letters or more also finds the words it begins).
    #[serde(default)]
    q: String,
    /// A skill the candidate lists.
    #[serde(default)]
    skill: String,
    /// `match` (best match first, the default), `waiting` (longest in the stage first) or
    /// `newest`.
    #[serde(default)]
    order: String,
}

impl BoardView {
    const ORDERS: [(&'static str, &'static str); 3] = [
        ("match", "board-order-match"),
        ("waiting", "board-order-waiting"),
        ("newest", "board-order-newest"),
    ];

    fn order(&self) -> &'static str {
        Self::ORDERS.iter().map(|(key, _)| *key).find(|key| *key == self.order).unwrap_or("match")
    }

    /// Whether some cards may be left out.
    fn filtered(&self) -> bool {
        !self.q.trim().is_empty() || !self.skill.trim().is_empty()
    }

    /// The view as a query string (`q=…&skill=…&order=…`), empty for the plain board.
    pub fn query(&self) -> String {
        let order = Some(self.order()).filter(|o| *o != "match");
        [("q", self.q.trim()), ("skill", self.skill.trim()), ("order", order.unwrap_or_default())]
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(key, value)| format!("{key}={}", crate::web::encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// `suffix` after `?` in the form's address: the view, if any.
    pub fn suffix(&self) -> String {
        match self.query() {
            query if query.is_empty() => String::new(),
            query => format!("?{query}"),
        }
    }

    /// The board's address in this view, with `extra` (`key=value`) added.
    pub fn board(&self, slug: &str, vacancy: Uuid, extra: &str) -> String {
        let query: Vec<String> =
            [self.query(), extra.to_owned()].into_iter().filter(|q| !q.is_empty()).collect();
        match query.as_slice() {
            [] => format!("/orgs/{slug}/vacancies/{vacancy}/board"),
            parts => format!("/orgs/{slug}/vacancies/{vacancy}/board?{}", parts.join("&")),
        }
    }
}

struct Card {
    id: Uuid,
    version: i32,
    name: String,
    match_score: u32,
    days: i64,
    at_decision: bool,
    can_advance: bool,
}

struct Column {
    key: String,
    name: String,
    cards: Vec<Card>,
}

#[derive(Template)]
#[template(path = "board.html")]
struct BoardPage {
    layout: Layout,
    slug: String,
    vacancy_id: Uuid,
    title: String,
    columns: Vec<Column>,
    reasons: Vec<String>,
    notice: Option<String>,
    alert: Option<String>,
    closed: usize,
    view: BoardView,
    orders: [(&'static str, &'static str); 3],
    /// The view's part of a form's address (`?…`, or empty).
    suffix: String,
    shown: usize,
}

/// What the board is told after a move.
#[derive(Debug, Default, Deserialize)]
pub struct BoardQuery {
    moved: Option<String>,
    stale: Option<String>,
    #[serde(flatten)]
    view: BoardView,
}

/// `GET /orgs/{org}/vacancies/{id}/board`.
pub async fn board_page(
    State(state): State<AppState>,
    Item(vacancy_id): Item,
    Query(query): Query<BoardQuery>,
    said: crate::web::kit::Said,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let lang = layout.lang;
    let built = async {
        let vacancy = state.store.vacancy(caller.org.id, vacancy_id).await?.ok_or(ServiceError::NotFound)?;
        let view = query.view.clone();
        let words = |raw: &str| Some(raw.trim().to_owned()).filter(|w| !w.is_empty());
        let filter = ApplicationFilter {
            vacancy_id: Some(vacancy_id),
            text: words(&view.q),
            skill: words(&view.skill),
            ..Default::default()
        };
        let order =
            if view.order() == "newest" { ApplicationOrder::Newest } else { ApplicationOrder::BestMatch };
        let applications = state
            .store
            .org_applications(caller.org.id, &filter, order, PageRequest { limit: 1000, after: None })
            .await?
            .items;
        let entered = state.store.stage_entered_at(applications.iter().map(|a| a.id).collect()).await?;
        let now = Utc::now();
        let stages = vacancy.pipeline.stages();
        let mut columns: Vec<Column> = stages
            .iter()
            .map(|s| Column { key: s.key.clone(), name: i18n::stage(lang, &s.name), cards: vec![] })
            .collect();
        let mut closed = 0;
        for a in &applications {
            let shown = matches!(a.status, Status::Active | Status::Hired);
            let Some(column) = columns.iter_mut().find(|c| c.key == a.stage).filter(|_| shown) else {
                closed += 1;
                continue;
            };
            let kind = stages.iter().find(|s| s.key == a.stage).map(|s| s.kind);
            let since = entered.get(&a.id).copied().unwrap_or(a.created_at);
            column.cards.push(Card {
                id: a.id,
                version: a.version,
                name: a.profile.name.clone(),
                match_score: a.match_score,
                days: (now - since).num_days(),
                at_decision: kind == Some(StageKind::Decision),
                can_advance: a.status == Status::Active
                    && !matches!(kind, Some(StageKind::Decision | StageKind::Onboarding)),
            });
        }
        if view.order() == "waiting" {
            // Stable: among cards as long in the stage, the better match first.
            columns.iter_mut().for_each(|c| c.cards.sort_by_key(|card| std::cmp::Reverse(card.days)));
        }
        let shown = columns.iter().map(|c| c.cards.len()).sum();
        let name_of = |raw: &Option<String>| {
            raw.as_deref()
                .and_then(|id| Uuid::parse_str(id).ok())
                .and_then(|id| applications.iter().find(|a| a.id == id).map(|a| a.profile.name.clone()))
        };
        let notice = name_of(&query.moved).map(|n| {
            applications
                .iter()
                .find(|a| Some(a.id.to_string()) == query.moved)
                .map(|a| match a.status {
                    Status::Rejected => i18n::t(lang, "board-moved-rejected", &[("name", n.as_str().into())]),
                    _ => {
                        let stage =
                            vacancy.pipeline.stage(&a.stage).map_or(a.stage.as_str(), |s| s.name.as_str());
                        let stage = i18n::stage(lang, stage);
                        i18n::t(
                            lang,
                            "board-moved-to",
                            &[("name", n.as_str().into()), ("stage", stage.into())],
                        )
                    }
                })
                .unwrap_or_default()
        });
        let alert = name_of(&query.stale)
            .map(|n| i18n::t(lang, "board-moved-first", &[("name", n.into())]))
            .or(said.alert.clone());
        let notice = notice.or(said.notice.clone());
        let reasons = state.store.hiring_settings(caller.org.id).await?.rejection_reasons;
        Ok::<_, ServiceError>(BoardPage {
            layout,
            slug: caller.org.slug.clone(),
            vacancy_id,
            title: vacancy.draft.title.clone(),
            columns,
            reasons,
            notice,
            alert,
            closed,
            suffix: view.suffix(),
            orders: BoardView::ORDERS,
            shown,
            view,
        })
    }
    .await;
    crate::web::rendered(built)
}

/// A move from the board.
#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    version: i32,
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    vacancy: String,
}

/// `POST /orgs/{org}/applications/{id}/move`: moves the card, then back to the board.
pub async fn move_card(
    State(state): State<AppState>,
    Query(view): Query<BoardView>,
    Item(id): Item,
    OrgForm { caller, form, lang, .. }: OrgForm<Recruiters, MoveForm>,
) -> Response {
    let Ok(vacancy) = Uuid::parse_str(&form.vacancy) else { return StatusCode::NOT_FOUND.into_response() };
    let board = |extra: &str| view.board(&caller.org.slug, vacancy, extra);
    let moved = async {
        let requested = Move::named(&form.action, Some(form.stage.clone()), Some(form.reason.clone()))
            .map_err(|field| ServiceError::Invalid(vec![field]))?;
        move_application(&state.store, &caller.audit(), caller.org.id, id, form.version, requested).await
    }
    .await;
    match moved {
        Ok(_) => Redirect::to(&format!("{}#card-{id}", board(&format!("moved={id}")))).into_response(),
        Err(ServiceError::Stale) => {
            Redirect::to(&format!("{}#card-{id}", board(&format!("stale={id}")))).into_response()
        }
        Err(ServiceError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            let why = crate::web::kit::in_words(lang, &error);
            let alert = i18n::t(lang, "board-not-moved", &[("why", why.into())]);
            crate::web::kit::telling(&board(""), "alert", &alert)
        }
    }
}

/// The version of a card as the board showed it.
#[derive(Debug, serde::Deserialize)]
pub struct SeenVersion {
    version: Option<i32>,
    #[serde(flatten)]
    view: BoardView,
}

#[derive(Template)]
#[template(path = "reject.html")]
struct RejectPage {
    layout: Layout,
    slug: String,
    id: Uuid,
    vacancy_id: Uuid,
    version: i32,
    name: String,
    board: String,
    reasons: Vec<String>,
    suffix: String,
}

/// `GET /orgs/{org}/applications/{id}/reject`: the reject form on a page of its own (the board
/// opens the same form in a dialog where JavaScript runs).
pub async fn reject_page(
    State(state): State<AppState>,
    Item(id): Item,
    Query(seen): Query<SeenVersion>,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let built = async {
        let a = state.store.org_application(caller.org.id, id).await?.ok_or(ServiceError::NotFound)?;
        let reasons = state.store.hiring_settings(caller.org.id).await?.rejection_reasons;
        Ok::<_, ServiceError>(RejectPage {
            layout,
            board: format!("{}#card-{id}", seen.view.board(&caller.org.slug, a.vacancy_id, "")),
            suffix: seen.view.suffix(),
            slug: caller.org.slug.clone(),
            id,
            vacancy_id: a.vacancy_id,
            // The version the board showed: a card someone moved since is not rejected blindly.
            version: seen.version.unwrap_or(a.version),
            name: a.profile.name,
            reasons,
        })
    }
    .await;
    crate::web::rendered(built)
}

/// `POST /orgs/{org}/vacancies/{id}/bulk-reject`: `ids` (each card ticked), `reason`.
pub async fn bulk_reject(
    State(state): State<AppState>,
    Item(vacancy): Item,
    Query(view): Query<BoardView>,
    Reader(layout_lang): Reader,
    OrgForm { caller, form: Fields(fields), lang, .. }: OrgForm<Recruiters, Fields>,
) -> Response {
    let board = view.board(&caller.org.slug, vacancy, "");
    let outcome = async {
        let application_ids = crate::web::kit::all_picked(&fields, "ids", "problem-tick-cards")?;
        if application_ids.is_empty() {
            return Err(ServiceError::invalid("cards", problem::of("tick-cards")));
        }
        let reason = crate::web::kit::field(&fields, "reason").to_owned();
        let ctx = caller.audit();
        let results = reject_many(&state.store, &ctx, caller.org.id, &application_ids, &reason).await?;
        let rejected = results.iter().filter(|(_, r)| matches!(r, Rejection::Rejected)).count();
        let refused: Vec<String> = results
            .iter()
            .filter_map(|(_, r)| match r {
                Rejection::Rejected => None,
                Rejection::NotFound => Some("not found".to_owned()),
                Rejection::Refused(why) => Some(crate::web::kit::in_words(lang, why)),
            })
            .collect();
        let lang = layout_lang;
        Ok(match refused.as_slice() {
            [] => i18n::t(lang, "board-rejected-all", &[("rejected", rejected.into())]),
            [why, ..] => i18n::t(
                lang,
                "board-rejected-some",
                &[
                    ("rejected", rejected.into()),
                    ("refused", refused.len().into()),
                    ("why", why.as_str().into()),
                ],
            ),
        })
    }
    .await;
    crate::web::kit::back(lang, &board, outcome)
}

#[cfg(test)]
mod tests {
    use super::BoardView;
    use uuid::Uuid;

    fn view(q: &str, skill: &str, order: &str) -> BoardView {
        BoardView { q: q.into(), skill: skill.into(), order: order.into() }
    }

    #[test]
    fn the_view_travels_in_the_address_and_only_what_it_needs() {
        let id = Uuid::nil();
        assert_eq!(view("", " ", "match").query(), "");
        assert_eq!(view("", "", "").board("acme", id, ""), format!("/orgs/acme/vacancies/{id}/board"));
        assert_eq!(
            view("", "", "").board("acme", id, "moved=x"),
            format!("/orgs/acme/vacancies/{id}/board?moved=x")
        );
        let looking = view(" Ada & co ", "C#", "waiting");
        assert_eq!(looking.query(), "q=Ada%20%26%20co&skill=C%23&order=waiting");
        assert_eq!(looking.suffix(), "?q=Ada%20%26%20co&skill=C%23&order=waiting");
        assert_eq!(
            looking.board("acme", id, "stale=x"),
            format!("/orgs/acme/vacancies/{id}/board?q=Ada%20%26%20co&skill=C%23&order=waiting&stale=x")
        );
        assert!(looking.filtered());
        // An order it does not know is the default; it filters nothing by itself.
        let odd = view("", "", "alphabetical");
        assert_eq!((odd.order(), odd.query().as_str(), odd.filtered()), ("match", "", false));
    }
}
