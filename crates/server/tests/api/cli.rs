//! The operator at the command line: organisations, people, tokens.

use crate::on_both_backends;
use crate::support::{Backend, TestDatabase};
use std::io::Write;
use std::process::{Command, Output, Stdio};

on_both_backends!(operator_sets_up_an_org_with_an_admin_and_a_token, the_demo_fills_the_job_board_once);

fn cohort(database_url: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cohort"))
        .args(args)
        .args(["--database-url", database_url])
        .env("COHORT_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn operator_sets_up_an_org_with_an_admin_and_a_token(backend: Backend) {
    let database = TestDatabase::create(backend).await;
    let url = database.url.clone();
    tokio::task::spawn_blocking(move || {
        assert!(stdout(&cohort(&url, &["migrate"], None)).contains("up to date"));
        let created =
            stdout(&cohort(&url, &["admin", "create-org", "--slug", "acme", "--name", "Acme B.V."], None));
        assert!(created.contains("Created organisation acme"), "{created}");
        let again = cohort(&url, &["admin", "create-org", "--slug", "acme", "--name", "Acme"], None);
        assert!(!again.status.success());
        assert!(String::from_utf8_lossy(&again.stderr).contains("slug exists"));

        let admin = stdout(&cohort(
            &url,
            &["admin", "create-user", "--email", "rita@acme.example", "--org", "acme", "--role", "admin"],
            None,
        ));
        let one_time = admin.lines().last().unwrap();
        assert_eq!(one_time.len(), 23, "{admin}");

        let piped = stdout(&cohort(
            &url,
            &[
                "admin",
                "create-user",
                "--email",
                "ivo@acme.example",
                "--org",
                "acme",
                "--role",
                "mentor",
                "--password-stdin",
            ],
            Some("a password from stdin\n"),
        ));
        assert!(piped.contains("with the password given"), "{piped}");
        let weak = cohort(
            &url,
            &[
                "admin",
                "create-user",
                "--email",
                "bo@acme.example",
                "--org",
                "acme",
                "--role",
                "mentor",
                "--password-stdin",
            ],
            Some("password\n"),
        );
        assert!(String::from_utf8_lossy(&weak.stderr).contains("too common"));

        let token = stdout(&cohort(
            &url,
            &["admin", "token", "create", "--org", "acme", "--role", "recruiter"],
            None,
        ));
        assert!(
            token.trim().starts_with("cohort_pat_") && token.lines().count() == 1,
            "only the secret on stdout"
        );
        let unknown =
            cohort(&url, &["admin", "token", "create", "--org", "nope", "--role", "recruiter"], None);
        assert!(String::from_utf8_lossy(&unknown.stderr).contains("no organisation"));
    })
    .await
    .unwrap();
}

#[test]
fn every_command_explains_itself() {
    let help = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_cohort")).args(args).output().unwrap();
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let top = help(&["--help"]);
    for word in ["serve", "migrate", "admin", "--data-dir", "--database-url"] {
        assert!(top.contains(word), "{word} missing from --help");
    }
    assert!(help(&["serve", "--help"]).contains("--listen"));
    assert!(help(&["admin", "create-user", "--help"]).contains("--password-stdin"));
    assert!(help(&["admin", "token", "create", "--help"]).contains("--expires-in-days"));
}

async fn the_demo_fills_the_job_board_once(backend: Backend) {
    let database = TestDatabase::create(backend).await;
    let url = database.url.clone();
    let data_dir = database.dir.join("data").display().to_string();
    let (first, second) = tokio::task::spawn_blocking(move || {
        let first = stdout(&cohort(&url, &["demo", "--data-dir", &data_dir], None));
        let second = stdout(&cohort(&url, &["demo", "--data-dir", &data_dir], None));
        (first, second)
    })
    .await
    .unwrap();
    assert!(first.contains("Demo loaded: 2 organisations, 5 vacancies, 300 candidates"), "{first}");
    assert!(first.contains("recruiter@pixelhaven.demo"), "{first}");
    assert!(second.contains("already loaded"), "{second}");

    let store = cohort_store::Store::open(&cohort_store::StoreOptions {
        url: database.url.clone(),
        max_connections: 2,
    })
    .await
    .unwrap();
    let today = chrono::Utc::now().date_naive();
    let page = cohort_store::PageRequest { limit: 50, after: None };
    let board = store.job_board(&Default::default(), today, page).await.unwrap();
    assert_eq!(board.items.len(), 5, "the job board lists the demo vacancies");
    let org = store.org_by_slug("pixelhaven").await.unwrap().unwrap();
    let hired = cohort_store::applications::ApplicationFilter {
        status: Some(cohort_domain::pipeline::Status::Hired),
        ..Default::default()
    };
    let order = cohort_store::applications::ApplicationOrder::Newest;
    assert!(
        !store.org_applications(org.id, &hired, order, page).await.unwrap().items.is_empty(),
        "some were hired"
    );
    store.close().await;

    // A database holding other data is left alone.
    let other = TestDatabase::create(backend).await;
    let url = other.url.clone();
    let refused = tokio::task::spawn_blocking(move || {
        stdout(&cohort(&url, &["admin", "create-org", "--slug", "acme", "--name", "Acme"], None));
        cohort(&url, &["demo"], None)
    })
    .await
    .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
}
