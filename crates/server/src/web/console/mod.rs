//! The organisation console, for its administrators: one page per concern — members and
//! invitations, API tokens, webhooks, retention, the audit trail — each listing, creating,
//! changing and revoking what the API does, through the same services; and the view log.

mod audit;
mod emails;
mod hiring;
mod members;
mod onboarding;
mod retention;
mod teams;
mod tokens;
mod view_log;
mod webhooks;

pub use audit::audit_page;
pub use emails::{email_page, emails_page, reset_email, save_email};
pub use hiring::{hiring_page, save_hiring};
pub use members::{invite, members_page, remove_role};
pub use onboarding::{onboarding_page, save_onboarding};
pub use retention::{retention_page, save_retention};
pub use teams::{save_team, teams_page};
pub use tokens::{create_token, revoke_token, tokens_page};
pub use view_log::view_log_page;
pub use webhooks::{create_webhook, webhook_action, webhook_page, webhooks_page};

use super::kit::{Layout, OrgPage};
use super::page;
use crate::auth::caller::Admins;
use askama::Template;
use axum::response::Response;

#[derive(Template)]
#[template(path = "console/home.html")]
struct HomePage {
    layout: Layout,
    slug: String,
    name: String,
}

/// `GET /orgs/{org}/console`: where an administrator lands.
pub async fn home(OrgPage { caller, layout }: OrgPage<Admins>) -> Response {
    page(HomePage { layout, slug: caller.org.slug.clone(), name: caller.org.name.clone() }.render())
}

/// What a console page says after a form of its own: the catalogue's `console-done-<key>`, for a
/// key of the page's fixed set only (a link cannot put words of its own in the banner).
fn done(layout: &Layout, key: Option<&str>, allowed: &[&str]) -> Option<String> {
    let key = key?;
    allowed.contains(&key).then(|| layout.t(&format!("console-done-{key}")))
}

/// The query of a page after one of its forms.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}
