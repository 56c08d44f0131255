//! `cohort serve`.

use crate::app;
use crate::config::Config;
use anyhow::Context as _;
use cohort_store::Backend;
use tokio::net::TcpListener;

/// Runs the server until Ctrl-C or SIGTERM.
pub async fn run(config: Config) -> anyhow::Result<()> {
    crate::jobs::mail::Mailer::from_config(&config)?;
    let store = super::open_store(&config).await?;
    let backend = store.backend();
    let listener =
        TcpListener::bind(config.listen).await.with_context(|| format!("listening on {}", config.listen))?;
    let public_url = config.public_url();
    let router = app::build(store.clone(), config.clone()).await?;
    let database = match backend {
        Backend::Sqlite => format!("SQLite at {}", config.database_url().trim_start_matches("sqlite://")),
        Backend::Postgres => "PostgreSQL".to_owned(),
    };
    tracing::info!(
        "Cohort is serving {public_url} ({database}). Log in with POST {public_url}/api/v1/auth/login \
         {{\"email\",\"password\"}} or use an API token as `Authorization: Bearer`; API reference at \
         {public_url}/api/docs. No account yet? `cohort admin create-org --slug acme --name Acme` then \
         `cohort admin create-user --email you@example.org --org acme --role admin`."
    );
    app::serve(listener, router, store, config, app::shutdown_signal()).await
}
