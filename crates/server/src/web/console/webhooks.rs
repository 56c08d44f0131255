//! Webhooks: where the organisation's events go. Adding one shows its signing secret once; an
//! endpoint's page shows its delivery log with each response code, and sends a test, redelivers
//! a logged delivery, rotates the secret, changes or removes the endpoint.

use super::{Done, done};
use crate::auth::caller::Admins;
use crate::services::ServiceError;
use crate::services::webhooks::{self, EndpointAsked};
use crate::state::AppState;
use crate::web::kit::{Fields, Item, Layout, OrgForm, OrgPage, Worded, against, failed, field};
use crate::web::page;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cohort_domain::audit::Action;
use cohort_store::PageRequest;
use cohort_store::webhooks::Endpoint;
use uuid::Uuid;

/// Every event type an endpoint can subscribe to.
fn event_types() -> Vec<&'static str> {
    Action::ALL.iter().map(|a| a.as_str()).collect()
}

/// What the form typed: address, description, events, whether on.
fn asked(fields: &[(String, String)]) -> EndpointAsked {
    let mut types: Vec<String> =
        fields.iter().filter(|(k, _)| k == "event_types").map(|(_, v)| v.clone()).collect();
    if field(fields, "all_events") == "on" {
        types = vec!["*".into()];
    }
    EndpointAsked {
        url: field(fields, "url").to_owned(),
        description: field(fields, "description").to_owned(),
        event_types: types,
        enabled: field(fields, "enabled") == "on",
    }
}

#[derive(Template)]
#[template(path = "console/webhooks.html")]
struct WebhooksPage {
    layout: Layout,
    slug: String,
    endpoints: Vec<Endpoint>,
    types: Vec<&'static str>,
    typed: EndpointAsked,
    errors: Vec<Worded>,
    /// An endpoint just added: its id and signing secret, shown this once.
    secret: Option<(Uuid, String)>,
}

async fn list(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    typed: EndpointAsked,
    (status, errors): (StatusCode, Vec<Worded>),
    secret: Option<(Uuid, String)>,
) -> Response {
    let endpoints =
        match state.store.endpoints_page(caller.org.id, PageRequest { limit: 200, after: None }).await {
            Ok(page) => page.items,
            Err(error) => return failed(layout, &ServiceError::from(error)),
        };
    let slug = caller.org.slug.clone();
    let body = WebhooksPage { layout, slug, endpoints, types: event_types(), typed, errors, secret };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/webhooks`.
pub async fn webhooks_page(
    State(state): State<AppState>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let typed = EndpointAsked {
        url: String::new(),
        description: String::new(),
        event_types: Vec::new(),
        enabled: true,
    };
    list(&state, &caller, layout, typed, (StatusCode::OK, Vec::new()), None).await
}

/// `POST /orgs/{org}/console/webhooks`: adds an endpoint and shows its secret once.
pub async fn create_webhook(
    State(state): State<AppState>,
    OrgForm { caller, form: Fields(fields), layout, .. }: OrgForm<Admins, Fields>,
) -> Response {
    let allow_private = state.config.webhook_allow_private;
    let typed = asked(&fields);
    let again = asked(&fields);
    match webhooks::create(&state.store, &caller.audit(), caller.org.id, typed, allow_private).await {
        Ok(endpoint) => {
            let fresh = EndpointAsked {
                url: String::new(),
                description: String::new(),
                event_types: Vec::new(),
                enabled: true,
            };
            let secret = Some((endpoint.id, endpoint.secret));
            list(&state, &caller, layout, fresh, (StatusCode::CREATED, Vec::new()), secret).await
        }
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let errors = against(layout.lang, "url", &error);
            list(&state, &caller, layout, again, (status, errors), None).await
        }
    }
}

struct DeliveryRow {
    id: Uuid,
    event_type: String,
    at: String,
    attempt: u32,
    outcome: String,
    ok: bool,
    duration_ms: u32,
}

#[derive(Template)]
#[template(path = "console/webhook.html")]
struct WebhookPage {
    layout: Layout,
    slug: String,
    endpoint: Endpoint,
    types: Vec<&'static str>,
    deliveries: Vec<DeliveryRow>,
    next: Option<Uuid>,
    errors: Vec<Worded>,
    /// A secret just rotated, shown this once.
    secret: Option<String>,
    notice: Option<String>,
    alert: Option<String>,
}

/// Which page of the delivery log, and what the page is told after a form.
#[derive(Debug, Default, serde::Deserialize)]
pub struct LogQuery {
    #[serde(default)]
    before: Option<Uuid>,
    #[serde(flatten)]
    said: Done,
}

#[allow(clippy::too_many_arguments)]
async fn endpoint_page(
    state: &AppState,
    caller: &crate::auth::OrgCaller<Admins>,
    layout: Layout,
    id: Uuid,
    before: Option<Uuid>,
    (status, errors): (StatusCode, Vec<Worded>),
    secret: Option<String>,
    notice: Option<String>,
) -> Response {
    let found = async {
        let endpoint = state.store.endpoint(caller.org.id, id).await?.ok_or(ServiceError::NotFound)?;
        let log = state.store.deliveries_page(id, PageRequest { limit: 50, after: before }).await?;
        Ok::<_, ServiceError>((endpoint, log))
    }
    .await;
    let (endpoint, log) = match found {
        Ok(found) => found,
        Err(error) => return failed(layout, &error),
    };
    let lang = layout.lang;
    let deliveries = log
        .items
        .into_iter()
        .map(|d| DeliveryRow {
            id: d.id,
            ok: d.status_code.is_some_and(|c| (200..300).contains(&c)),
            outcome: match (d.status_code, &d.error) {
                (Some(code), _) => code.to_string(),
                (None, Some(error)) => error.clone(),
                (None, None) => String::new(),
            },
            event_type: d.event_type,
            at: crate::i18n::date_time(lang, d.at),
            attempt: d.attempt,
            duration_ms: d.duration_ms,
        })
        .collect();
    let body = WebhookPage {
        layout,
        slug: caller.org.slug.clone(),
        endpoint,
        types: event_types(),
        deliveries,
        next: log.next,
        errors,
        secret,
        notice,
        alert: None,
    };
    (status, page(body.render())).into_response()
}

/// `GET /orgs/{org}/console/webhooks/{id}`: the endpoint and its delivery log.
pub async fn webhook_page(
    State(state): State<AppState>,
    Item(id): Item,
    Query(query): Query<LogQuery>,
    OrgPage { caller, layout }: OrgPage<Admins>,
) -> Response {
    let notice = done(&layout, query.said.done.as_deref(), &["test-sent", "redelivered", "saved"]);
    endpoint_page(&state, &caller, layout, id, query.before, (StatusCode::OK, Vec::new()), None, notice).await
}

/// `POST /orgs/{org}/console/webhooks/{id}/{action}`: `test` sends a ping, `redeliver` queues the
/// logged delivery `delivery` again, `rotate` gives a new secret (shown once), `update` saves
/// the form, `delete` removes the endpoint and its log.
pub async fn webhook_action(
    State(state): State<AppState>,
    Item(id): Item,
    Path((_, _, action)): Path<(String, String, String)>,
    OrgForm { caller, form: Fields(fields), layout, .. }: OrgForm<Admins, Fields>,
) -> Response {
    let (org, ctx) = (caller.org.id, caller.audit());
    let here = format!("/orgs/{}/console/webhooks/{id}", caller.org.slug);
    let outcome = match action.as_str() {
        "test" => webhooks::send_test(&state.store, org, &caller.org.slug, id).await.map(|_| "test-sent"),
        "redeliver" => match Uuid::parse_str(field(&fields, "delivery")) {
            Ok(delivery) => webhooks::redeliver(&state.store, org, id, delivery).await.map(|_| "redelivered"),
            Err(_) => Err(ServiceError::NotFound),
        },
        "update" => {
            let allow_private = state.config.webhook_allow_private;
            webhooks::update(&state.store, &ctx, org, id, asked(&fields), allow_private)
                .await
                .map(|_| "saved")
        }
        "rotate" => {
            return match webhooks::rotate_secret(&state.store, &ctx, org, id).await {
                Ok(endpoint) => {
                    let secret = Some(endpoint.secret);
                    endpoint_page(
                        &state,
                        &caller,
                        layout,
                        id,
                        None,
                        (StatusCode::OK, Vec::new()),
                        secret,
                        None,
                    )
                    .await
                }
                Err(error) => failed(layout, &error),
            };
        }
        "delete" => {
            return match webhooks::delete(&state.store, &ctx, org, id).await {
                Ok(()) => {
                    Redirect::to(&format!("/orgs/{}/console/webhooks", caller.org.slug)).into_response()
                }
                Err(error) => failed(layout, &error),
            };
        }
        _ => Err(ServiceError::NotFound),
    };
    match outcome {
        Ok(key) => Redirect::to(&format!("{here}?done={key}")).into_response(),
        Err(ServiceError::NotFound) => crate::web::kit::not_found(layout),
        Err(error) => {
            let status = crate::web::kit::status_of(&error);
            let errors = against(layout.lang, "url", &error);
            endpoint_page(&state, &caller, layout, id, None, (status, errors), None, None).await
        }
    }
}
