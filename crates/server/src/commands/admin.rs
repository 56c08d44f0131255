//! `cohort admin ...`: the operator's tasks.

use crate::cli::{AdminCommand, TokenCommand};
use crate::config::Config;
use crate::services::ServiceError;
use crate::services::{self, members::FirstPassword};
use anyhow::Context as _;
use chrono::{Duration, Utc};
use cohort_store::Store;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;
use std::io::BufRead;

/// Runs an admin command and prints what a person needs to know.
pub async fn run(config: Config, command: AdminCommand) -> anyhow::Result<()> {
    let store = super::open_store(&config).await?;
    let ctx = Context::operator();
    let outcome = execute(&store, &ctx, command).await;
    store.close().await;
    outcome
}

async fn execute(store: &Store, ctx: &Context, command: AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::CreateOrg { slug, name } => {
            let org = services::orgs::create(store, ctx, &slug, &name).await.map_err(explain)?;
            println!("Created organisation {} ({}), id {}.", org.slug, org.name, org.id);
        }
        AdminCommand::CreateUser { email, org, role, name, password_stdin } => {
            let org = find_org(store, &org).await?;
            let first_password = if password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("reading the password from standard input")?;
                FirstPassword::Chosen(line.trim_end_matches(['\r', '\n']).to_owned())
            } else {
                FirstPassword::OneTime
            };
            let added = services::members::add(
                store,
                ctx,
                org.id,
                &email,
                name.as_deref(),
                role.as_str(),
                first_password,
            )
            .await
            .map_err(explain)?;
            let user = &added.added.member.user;
            match (added.added.account_created, added.one_time_password) {
                (true, Some(password)) => println!(
                    "Created {} as {role} of {}.\nOne-time password (shown once; they choose their own at first login):\n{password}",
                    user.email, org.slug
                ),
                (true, None) => {
                    println!("Created {} as {role} of {} with the password given.", user.email, org.slug)
                }
                (false, _) => println!(
                    "{} already had an account; they are now also {role} of {}.",
                    user.email, org.slug
                ),
            }
        }
        AdminCommand::ResetPassword { email } => {
            let (user, password) = services::accounts::reset_by_operator(store, ctx, &email).await.map_err(
                |error| match error {
                    ServiceError::NotFound => anyhow::anyhow!("no account has the e-mail address {email:?}"),
                    error => explain(error),
                },
            )?;
            println!(
                "Reset the password of {}; every session of theirs has ended.\nOne-time password (shown once; they choose their own at their next sign-in):\n{password}",
                user.email
            );
        }
        AdminCommand::Token(TokenCommand::Create { org, role, name, expires_in_days }) => {
            let org = find_org(store, &org).await?;
            let expires_at = expires_in_days.map(|days| Utc::now() + Duration::days(i64::from(days)));
            let (token, secret) =
                services::tokens::create(store, ctx, org.id, &name, role.as_str(), expires_at, None)
                    .await
                    .map_err(explain)?;
            eprintln!(
                "Created API token \"{}\" ({}) for {} with role {role}{}. The secret, shown once:",
                token.name,
                token.id,
                org.slug,
                token.expires_at.map(|at| format!(", expiring {}", at.to_rfc3339())).unwrap_or_default()
            );
            println!("{secret}");
        }
    }
    Ok(())
}

async fn find_org(store: &Store, slug: &str) -> anyhow::Result<Org> {
    store.org_by_slug(slug).await?.with_context(|| {
        format!("no organisation with slug {slug:?}; create it with `cohort admin create-org`")
    })
}

/// Turns a refusal into a message for the terminal.
fn explain(error: ServiceError) -> anyhow::Error {
    anyhow::anyhow!("{error}")
}
