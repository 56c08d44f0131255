//! The audit trail: what happened in the organisation, who did it, newest first, filtered by
//! action and by person, a page at a time.

use crate::auth::caller::Admins;
use crate::services::ServiceError;
use crate::state::AppState;
use crate::web::kit::{Layout, OrgPage, failed};
use crate::web::page;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use cohort_domain::audit::Action;
use cohort_store::PageRequest;
use serde::Deserialize;
use uuid::Uuid;

struct Row {
    at: String,
    who: String,
    action: String,
    /// The action in words.
    said: String,
    target: String,
    details: String,
}

#[derive(Template)]
#[template(path = "console/audit.html")]
struct AuditPage {
    layout: Layout,
    slug: String,
    rows: Vec<Row>,
    /// Every action: its code and what it means.
    actions: Vec<(&'static str, String)>,
    people: Vec<(Uuid, String)>,
    action: String,
    actor: String,
    /// The query of the next page, when there is one.
    next: Option<String>,
}

/// The filters, and where the page starts.
#[derive(Debug, Default, Deserialize)]
pub struct AuditFilter {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    before: Option<Uuid>,
}

/// `GET /orgs/{org}/console/audit`.
pub async fn audit_page(
    State(state): State<AppState>,
    Query(filter): Query<AuditFilter>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let action = Action::parse(&filter.action);
    let actor = Uuid::parse_str(&filter.actor).ok();
    let found = async {
        let events = state
            .store
            .audit_page(caller.org.id, action, actor, PageRequest { limit: 50, after: filter.before })
            .await?;
        let members =
            state.store.members_page(caller.org.id, PageRequest { limit: 500, after: None }).await?;
        Ok::<_, ServiceError>((events, members.items))
    }
    .await;
    let (events, members) = match found {
        Ok(found) => found,
        Err(error) => return failed(layout, &error),
    };
    let mut people: Vec<(Uuid, String)> =
        members.into_iter().map(|m| (m.user.id, format!("{} ({})", m.user.name, m.user.email))).collect();
    people.sort_by_key(|p| p.1.to_lowercase());
    people.dedup_by_key(|p| p.0);
    let rows = events
        .items
        .into_iter()
        .map(|e| Row {
            at: crate::i18n::date_time(layout.lang, e.at),
            who: e.actor_label,
            said: crate::i18n::audit_action(layout.lang, &e.action),
            action: e.action,
            target: e
                .target_kind
                .map(|k| format!("{k} {}", e.target_id.unwrap_or_default()))
                .unwrap_or_default(),
            details: e.details.unwrap_or_default(),
        })
        .collect();
    let next = events.next.map(|before| {
        format!(
            "action={}&actor={}&before={before}",
            crate::web::encode(&filter.action),
            crate::web::encode(&filter.actor)
        )
    });
    let mut actions: Vec<(&'static str, String)> = Action::ALL
        .iter()
        .map(|a| (a.as_str(), crate::i18n::audit_action(layout.lang, a.as_str())))
        .collect();
    actions.sort_unstable_by(|a, b| a.1.cmp(&b.1));
    let body = AuditPage {
        layout,
        slug: caller.org.slug.clone(),
        rows,
        actions,
        people,
        action: action.map(|a| a.as_str().to_owned()).unwrap_or_default(),
        actor: actor.map(|a| a.to_string()).unwrap_or_default(),
        next,
    };
    page(body.render())
}
