//! The test application: the real router on a real port, over a fresh database of the chosen
//! backend, dropped when the test ends.

use cohort_server::app;
use cohort_server::config::Config;
use cohort_server::services;
use cohort_server::services::members::FirstPassword;
use cohort_store::audit::Context;
use cohort_store::orgs::Org;
use cohort_store::scratch::ScratchDatabase;
use cohort_store::{Store, StoreOptions};
use reqwest::Client;
use serde_json::{Value, json};
use std::path::PathBuf;

/// The database engines every test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named test once per backend: `tests::NAME::sqlite` and `tests::NAME::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::support::Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::support::postgres_skipped() {
                    return;
                }
                super::$name($crate::support::Backend::Postgres).await
            }
        }
    )*};
}

/// Whether the run opted out of PostgreSQL (`COHORT_TEST_BACKENDS=sqlite`). Without that,
/// an unreachable PostgreSQL fails the suite rather than skipping it silently.
pub fn postgres_skipped() -> bool {
    std::env::var("COHORT_TEST_BACKENDS").is_ok_and(|b| !b.split(',').any(|b| b.trim() == "postgres"))
}

fn postgres_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// Where a test's data lives; removed (SQLite) or dropped (PostgreSQL) at the end.
pub struct TestDatabase {
    pub url: String,
    pub dir: PathBuf,
    scratch: Option<ScratchDatabase>,
}

impl TestDatabase {
    pub async fn create(backend: Backend) -> TestDatabase {
        let dir = std::env::temp_dir().join(format!("cohort-test-{}", uuid::Uuid::now_v7().simple()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}", dir.join("cohort.db").display());
                TestDatabase { url, dir, scratch: None }
            }
            Backend::Postgres => {
                let scratch = ScratchDatabase::create(&postgres_admin_url()).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is needed for the postgres half of the suite ({e}); start it, set \
                         TEST_DATABASE_URL, or run with COHORT_TEST_BACKENDS=sqlite"
                    )
                });
                TestDatabase { url: scratch.url.clone(), dir, scratch: Some(scratch) }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some(scratch) = self.scratch.take() {
            // Drop runs inside the test's runtime, which cannot block on itself: use a thread.
            let _ = std::thread::spawn(move || {
                let runtime =
                    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                runtime.block_on(scratch.drop_database())
            })
            .join();
        }
    }
}

/// A running server and a way to talk to it.
pub struct TestApp {
    pub address: String,
    pub store: Store,
    pub backend: Backend,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    // Last: dropped after the server has stopped.
    database: std::sync::Arc<TestDatabase>,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_configured(backend, |_| {}).await
    }

    /// A server whose configuration `tweak` adjusts (e.g. an SMTP server).
    pub async fn spawn_configured(backend: Backend, tweak: impl FnOnce(&mut Config)) -> TestApp {
        let database = std::sync::Arc::new(TestDatabase::create(backend).await);
        Self::spawn_on(backend, database, tweak).await
    }

    /// The database this server uses.
    pub fn database_url(&self) -> String {
        self.database.url.clone()
    }

    /// Where this server keeps its files.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self.database.dir.join("data")
    }

    /// The text of the first e-mail to `address` whose subject holds `subject`, from the
    /// outbox folder (the server has no SMTP set), once the worker has written it; quoted-
    /// printable lines are joined and decoded.
    pub async fn email_to(&self, address: &str, subject: &str) -> String {
        let outbox = self.data_dir().join("outbox");
        for _ in 0..200 {
            let files: Vec<_> = std::fs::read_dir(&outbox).map(|d| d.flatten().collect()).unwrap_or_default();
            for file in files.iter().filter(|f| f.path().extension().is_some_and(|e| e == "eml")) {
                let text = std::fs::read_to_string(file.path()).unwrap_or_default();
                let text = if text.contains("quoted-printable") { unquote(&text) } else { text };
                let header = |name: &str| {
                    text.lines().find_map(|l| l.strip_prefix(name)).unwrap_or_default().to_lowercase()
                };
                if header("To: ").contains(address) && header("Subject: ").contains(&subject.to_lowercase()) {
                    return text;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no e-mail to {address} about {subject:?} in {}", outbox.display());
    }

    /// A server on a database a test made itself (e.g. one the CLI filled).
    pub async fn spawn_on_database(backend: Backend, database: TestDatabase) -> TestApp {
        Self::spawn_on(backend, std::sync::Arc::new(database), |_| {}).await
    }

    /// Another server on the same database (as a second stateless instance would be).
    pub async fn spawn_beside(&self) -> TestApp {
        Self::spawn_on(self.backend, self.database.clone(), |_| {}).await
    }

    /// Another server on the same database, configured by `tweak`.
    pub async fn spawn_beside_configured(&self, tweak: impl FnOnce(&mut Config)) -> TestApp {
        Self::spawn_on(self.backend, self.database.clone(), tweak).await
    }

    async fn spawn_on(
        backend: Backend,
        database: std::sync::Arc<TestDatabase>,
        tweak: impl FnOnce(&mut Config),
    ) -> TestApp {
        let store = Store::open(&StoreOptions { url: database.url.clone(), max_connections: 8 })
            .await
            .expect("open store");
        let mut config = Config {
            database_url: Some(database.url.clone()),
            data_dir: database.dir.join("data"),
            ..Config::default()
        };
        tweak(&mut config);
        let router = app::build(store.clone(), config.clone()).await.expect("build app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let serve_store = store.clone();
        let server = tokio::spawn(async move {
            app::serve(listener, router, serve_store, config, async {
                let _ = stop.await;
            })
            .await
            .expect("serve");
        });
        TestApp { address, store, backend, shutdown: Some(shutdown), server: Some(server), database }
    }

    /// Stops the server after in-flight requests finish.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
    }

    /// Stops this server (finishing what is in flight, closing the database) and starts a new
    /// one on the same database.
    pub async fn restart(self) -> TestApp {
        let (backend, database) = (self.backend, self.database.clone());
        self.stop().await;
        Self::spawn_on(backend, database, |_| {}).await
    }

    /// The server's blob store (the files candidates uploaded).
    pub fn blobs(&self) -> cohort_store::blobs::BlobStore {
        cohort_store::blobs::BlobStore::new(self.database.dir.join("data").join("blobs"))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// A client without cookies (for tokens and anonymous calls).
    pub fn client(&self) -> Client {
        Client::new()
    }

    /// A browser-like client that keeps cookies.
    pub fn browser(&self) -> Client {
        Client::builder().cookie_store(true).user_agent("cohort-tests").build().expect("client")
    }

    pub async fn create_org(&self, slug: &str) -> Org {
        services::orgs::create(&self.store, &Context::operator(), slug, &format!("{slug} B.V."))
            .await
            .expect("create org")
    }

    /// An API token of `org` with `role`; returns its secret.
    pub async fn token(&self, org: &Org, role: &str) -> String {
        let (_, secret) =
            services::tokens::create(&self.store, &Context::operator(), org.id, "test", role, None, None)
                .await
                .expect("create token");
        secret
    }

    /// A member with their own password, logged in: returns a browser holding the session.
    pub async fn member(&self, org: &Org, email: &str, role: &str) -> Client {
        let password = format!("{email} has a long password");
        services::members::add(
            &self.store,
            &Context::operator(),
            org.id,
            email,
            None,
            role,
            FirstPassword::Chosen(password.clone()),
        )
        .await
        .expect("add member");
        self.log_in(email, &password).await
    }

    /// A candidate with an account, signed in: returns a browser holding the session. The
    /// account is made as `cohort demo` makes its students; registering by e-mail
    /// confirmation is told in `accounts.rs`.
    pub async fn candidate(&self, email: &str) -> Client {
        let password = format!("{email} has a long password");
        let checked = cohort_domain::identity::Password::parse(&password, Some(email)).expect("password");
        let account = cohort_store::users::NewUser {
            email: cohort_domain::identity::EmailAddress::parse(email).expect("e-mail address"),
            name: cohort_domain::identity::PersonName::parse("Candidate").expect("name"),
            password_hash: cohort_server::auth::passwords::hash(&checked).await.expect("hash"),
            must_change_password: false,
        };
        self.store.register_user(&Context::operator(), account).await.expect("register");
        self.log_in(email, &password).await
    }

    pub async fn log_in(&self, email: &str, password: &str) -> Client {
        let browser = self.browser();
        let response = browser
            .post(self.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .expect("login");
        assert_eq!(response.status(), 200, "login {email}: {}", response.text().await.unwrap_or_default());
        browser
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// The JSON body of a response, asserting its status first.
pub async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let actual = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() { Value::Null } else { serde_json::from_str(&text).expect("JSON body") }
}

/// Asserts a problem+json answer with `status` and `code`; returns the problem.
pub async fn problem(response: reqwest::Response, status: u16, code: &str) -> Value {
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let body = json_of(response, status).await;
    assert_eq!(content_type, "application/problem+json", "content type of {body}");
    assert_eq!(body["code"], code, "problem: {body}");
    assert_eq!(body["status"], status);
    body
}

/// Every item of a paginated list at `url`, walking `next_cursor` with pages of `limit`.
pub async fn all_items(client: &Client, url: &str, bearer: &str, limit: u64) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut page_url = format!("{url}?limit={limit}");
        if let Some(cursor) = &cursor {
            page_url.push_str(&format!("&cursor={cursor}"));
        }
        let page = json_of(client.get(page_url).bearer_auth(bearer).send().await.unwrap(), 200).await;
        let page_items = page["items"].as_array().unwrap();
        assert!(page_items.len() as u64 <= limit, "a page holds at most its limit");
        items.extend(page_items.iter().cloned());
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return items,
        }
    }
}

/// Quoted-printable undone (RFC 2045): soft line breaks joined, `=XX` decoded.
pub fn unquote(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let mut bytes = Vec::with_capacity(joined.len());
    let raw = joined.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (raw[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(byte)) => {
                bytes.push(byte);
                i += 3;
            }
            (byte, _) => {
                bytes.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
