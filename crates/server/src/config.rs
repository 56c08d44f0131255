//! Configuration, loaded once: defaults, then `cohort.toml`, then `COHORT_*` variables (and
//! `DATABASE_URL`), then command-line options. Passed to whoever needs it; nothing is global.

use anyhow::Context as _;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Everything Cohort can be told.
#[derive(Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where `cohort serve` listens.
    pub listen: SocketAddr,
    /// Where the SQLite database and uploaded files live.
    pub data_dir: PathBuf,
    /// `sqlite://...` or `postgres://...`; defaults to `cohort.db` in the data directory.
    pub database_url: Option<String>,
    /// The most database connections one process opens.
    pub database_max_connections: u32,
    /// The address people use to reach Cohort (for links and whether cookies are `Secure`);
    /// defaults to `http://` and the listen address.
    pub public_url: Option<String>,
    /// How long a request may take before it is answered with 503.
    pub request_timeout_secs: u64,
    /// How long a client may take to send a request's head, and how long a keep-alive connection
    /// may sit idle, before it is closed.
    pub header_read_timeout_secs: u64,
    /// Open connections at most (keep it below the process's file limit, `ulimit -n`); one more
    /// is closed as soon as it is accepted.
    pub max_connections: usize,
    /// Take the client's address from `X-Forwarded-For` (only behind a proxy you run).
    pub trust_forwarded_for: bool,
    /// `text` or `json` log lines.
    pub log_format: LogFormat,
    /// Where e-mail goes, e.g. `smtp://127.0.0.1:2525`, `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS) or `smtps://host`; without it e-mails are written to `outbox/` in the data
    /// directory.
    pub smtp_url: Option<String>,
    /// The sender, e.g. `Acme Internships <internships@acme.example>`.
    pub mail_from: Option<String>,
    /// Let webhooks go to loopback, private and link-local addresses (off: a webhook URL cannot
    /// reach your internal network).
    pub webhook_allow_private: bool,
    /// The wait before a failed delivery's first retry, in milliseconds; it doubles with every
    /// further failure.
    pub retry_first_ms: u64,
    /// How long a claimed delivery is its worker's; renewed every third of it while the
    /// delivery runs, so it runs out only when the worker stalls or dies.
    pub job_lease_secs: u64,
    /// The GitHub REST API that enrichment reads (organisations opt in).
    pub github_api_url: String,
    /// Accounts one IP address may register per hour; 0 for no limit.
    pub registrations_per_ip_per_hour: u32,
    /// Serve `/metrics` to anyone (off: only to loopback, or with `metrics_token`).
    pub metrics_public: bool,
    /// A bearer token that reads `/metrics` from anywhere (for a scraper on another machine).
    pub metrics_token: Option<String>,
}

/// How log lines look.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// For people.
    Text,
    /// For log collectors.
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("cohort-data"),
            database_url: None,
            database_max_connections: 10,
            public_url: None,
            request_timeout_secs: 30,
            header_read_timeout_secs: 10,
            max_connections: 10_000,
            trust_forwarded_for: false,
            log_format: LogFormat::Text,
            smtp_url: None,
            mail_from: None,
            webhook_allow_private: false,
            retry_first_ms: 30_000,
            job_lease_secs: 60,
            github_api_url: "https://api.github.com".into(),
            registrations_per_ip_per_hour: 20,
            metrics_public: false,
            metrics_token: None,
        }
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("data_dir", &self.data_dir)
            .field("database_url", &self.database_url.as_deref().map(cohort_store::redact_url))
            .field("database_max_connections", &self.database_max_connections)
            .field("public_url", &self.public_url)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("header_read_timeout_secs", &self.header_read_timeout_secs)
            .field("max_connections", &self.max_connections)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("log_format", &self.log_format)
            .field("smtp_url", &self.smtp_url.as_deref().map(cohort_store::redact_url))
            .field("mail_from", &self.mail_from)
            .field("webhook_allow_private", &self.webhook_allow_private)
            .field("retry_first_ms", &self.retry_first_ms)
            .field("job_lease_secs", &self.job_lease_secs)
            .field("github_api_url", &self.github_api_url)
            .field("registrations_per_ip_per_hour", &self.registrations_per_ip_per_hour)
            .field("metrics_public", &self.metrics_public)
            .field("metrics_token", &self.metrics_token.as_ref().map(|_| "(set)"))
            .finish()
    }
}

/// Settings given on the command line; only those given override the others.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    /// `--listen`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    /// `--data-dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// `--database-url`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
}

impl Config {
    /// Loads the configuration; `file` is `--config` (an explicit file must exist).
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) => {
                anyhow::ensure!(path.is_file(), "configuration file {} not found", path.display());
                figment = figment.merge(Toml::file_exact(path));
            }
            None if Path::new("cohort.toml").is_file() => {
                figment = figment.merge(Toml::file_exact("cohort.toml"))
            }
            None => {}
        }
        let config: Config = figment
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .merge(
                // COHORT_CONFIG and COHORT_LOG are read elsewhere; COHORT_TEST_* belong to the test suite.
                Env::prefixed("COHORT_")
                    .ignore(&["config", "log"])
                    .filter(|key| !key.as_str().to_ascii_lowercase().starts_with("test_")),
            )
            .merge(Serialized::defaults(overrides))
            .extract()
            .context("invalid configuration")?;
        Ok(config)
    }

    /// The database URL in force.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("cohort.db").display()))
    }

    /// The address people use to reach Cohort.
    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
            .trim_end_matches('/')
            .to_owned()
    }

    /// The registration limit in force.
    pub fn registration_limit(&self) -> cohort_domain::identity::throttle::RegistrationPolicy {
        cohort_domain::identity::throttle::RegistrationPolicy::per_hour(self.registrations_per_ip_per_hour)
    }

    /// Whether Cohort is reached over HTTPS (then cookies are `Secure`).
    pub fn served_over_https(&self) -> bool {
        self.public_url().starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_need_no_configuration() {
        let config = Config::default();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database_url(), "sqlite://cohort-data/cohort.db");
        assert_eq!(config.public_url(), "http://127.0.0.1:8080");
        assert!(!config.served_over_https());
    }

    #[test]
    fn debug_hides_database_passwords() {
        let config =
            Config { database_url: Some("postgres://u:hunter2@db/cohort".into()), ..Config::default() };
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
