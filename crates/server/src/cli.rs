//! The command line.

use clap::{Args, Parser, Subcommand};
use cohort_domain::access::Role;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Cohort runs software-engineering internship programmes, from vacancy to completion.
///
/// With no configuration it keeps its data in ./cohort-data (SQLite). Point it at PostgreSQL with
/// --database-url or DATABASE_URL to run several servers on one database. Settings come from
/// cohort.toml, then COHORT_* environment variables, then these options.
#[derive(Debug, Parser)]
#[command(name = "cohort", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts, before or after its name.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Directory for the SQLite database and uploaded files [default: ./cohort-data]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Database to use: sqlite://FILE or postgres://USER@HOST/DB [default: sqlite in the data directory]
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Configuration file [default: ./cohort.toml when it exists]
    #[arg(long, global = true, value_name = "FILE", env = "COHORT_CONFIG")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (API, pages and background work).
    Serve {
        /// Address to listen on [default: 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR")]
        listen: Option<SocketAddr>,
    },
    /// Bring the database schema up to date (serve does this too) and exit.
    Migrate,
    /// Deliver e-mails (and other queued work) and expire offers, without serving HTTP: run as
    /// many as you like beside `serve` instances on one PostgreSQL.
    Worker,
    /// Load a realistic demo: two organisations, their programmes and vacancies, and about 300
    /// candidates spread over every stage. Prints the logins to try. Safe to run twice.
    Demo {
        /// Load it even though the database holds other data.
        #[arg(long)]
        force: bool,
    },
    /// Operator tasks: organisations, accounts, tokens.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Bring data in, in bulk.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write data out, in bulk.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Personal data whose retention period has run out (serve and worker do this every hour).
    #[command(subcommand)]
    Retention(RetentionCommand),
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Erase what each organisation's retention policy says is due (four weeks after a procedure
    /// ended, a year with consent, the chosen period after an internship) and report it.
    Run {
        /// Only report what is due; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Candidates into an organisation's talent pool, from a CSV file (header: email, name,
    /// phone, institution, country, field_of_study, enrollment_start, enrollment_end, graduation,
    /// skills, languages, github, portfolio_url; `email` and `name` required; lists separated by
    /// `;`; dates YYYY-MM-DD) or JSON Resume documents (a .json file holding one document or an
    /// array, or a directory of .json files; `basics.email` required). Bad rows are reported with
    /// their line and left out whole; candidates already in the pool are skipped.
    Candidates {
        /// The CSV file, JSON file or directory.
        file: PathBuf,
        /// The organisation's slug.
        #[arg(long)]
        org: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// An organisation's applications, as CSV (cells that a spreadsheet would run as a formula
    /// are neutralised) or JSON.
    Applications {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// Only this vacancy's applications.
        #[arg(long)]
        vacancy: Option<uuid::Uuid>,
        /// `csv` or `json`.
        #[arg(long, default_value = "csv")]
        format: ExportFormat,
        /// Write here instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

/// How an export is written.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// A JSON array.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an organisation.
    CreateOrg {
        /// Its address in URLs: lower-case letters, digits and dashes, e.g. acme
        #[arg(long)]
        slug: String,
        /// Its display name, e.g. "Acme B.V."
        #[arg(long)]
        name: String,
    },
    /// Give a person a role in an organisation, creating their account if needed.
    ///
    /// A new account gets a one-time password, printed once, to be replaced at first login;
    /// with --password-stdin the password is read from standard input instead.
    CreateUser {
        /// The person's e-mail address (their login).
        #[arg(long)]
        email: String,
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// admin, recruiter, interviewer or mentor
        #[arg(long)]
        role: Role,
        /// The person's name [default: the part of the e-mail before @]
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input rather than generating a one-time password.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Give a person who cannot sign in a new one-time password, printed once.
    ///
    /// Every session of the account ends and every password link it had stops working; at their
    /// next sign-in they choose their own password. (People who can read their e-mail use
    /// "Forgot your password?" on the sign-in page instead.)
    ResetPassword {
        /// The account's e-mail address.
        #[arg(long)]
        email: String,
    },
    /// API tokens for integrations.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token and print its secret (shown only this once).
    Create {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// The role the token acts with: admin, recruiter, interviewer or mentor
        #[arg(long)]
        role: Role,
        /// What the token is for, e.g. "HR system sync"
        #[arg(long, default_value = "cli")]
        name: String,
        /// Days until the token stops working, 1 to 36500 [default: never]
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=36_500))]
        expires_in_days: Option<u32>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_anywhere() {
        let before = Cli::try_parse_from(["cohort", "--data-dir", "d", "migrate"]).unwrap();
        let after = Cli::try_parse_from(["cohort", "migrate", "--data-dir", "d"]).unwrap();
        assert_eq!(before.global.data_dir, after.global.data_dir);
        let nested = Cli::try_parse_from([
            "cohort",
            "admin",
            "create-org",
            "--slug",
            "acme",
            "--name",
            "Acme",
            "--database-url",
            "sqlite://x.db",
        ])
        .unwrap();
        assert_eq!(nested.global.database_url.as_deref(), Some("sqlite://x.db"));
    }
}
