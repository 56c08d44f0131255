//! The operator at the command line: organisations, people, tokens.

use crate::on_both_backends;
use crate::support::{Backend, TestDatabase};
use std::io::Write;
use std::process::{Command, Output, Stdio};

on_both_backends!(
    operator_sets_up_an_org_with_an_admin_and_a_token,
    the_demo_fills_the_job_board_once,
    ten_thousand_candidates_import_and_three_bad_rows_are_named,
    applications_export_to_spreadsheet_safe_csv_and_json,
);

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

/// The standard output of a command that must fail (after saying what it did).
fn failed_stdout(output: &Output) -> String {
    assert!(!output.status.success(), "succeeded: {}", String::from_utf8_lossy(&output.stdout));
    String::from_utf8_lossy(&output.stdout).into_owned()
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
        let forever =
            ["admin", "token", "create", "--org", "acme", "--role", "recruiter", "--expires-in-days"];
        let forever = cohort(&url, &[&forever[..], &["100000000"]].concat(), None);
        let said = String::from_utf8_lossy(&forever.stderr);
        assert!(
            forever.status.code() == Some(2) && said.contains("1..=36500") && !said.contains("panicked"),
            "{said}"
        );
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
    // The demo interviewer has calls booked on the coming days, and has scored some.
    let interviewer = store.user_by_email("interviewer@pixelhaven.demo").await.unwrap().unwrap();
    let panel =
        cohort_store::interviews::InterviewFilter { panelist: Some(interviewer.id), ..Default::default() };
    let interviews = store.org_interviews(org.id, &panel, page).await.unwrap().items;
    assert_eq!(interviews.len(), 10, "{interviews:?}");
    assert!(interviews.iter().all(|i| i.time.is_some_and(|t| t.start > chrono::Utc::now())));
    let scored = store.scored_by(interviewer.id, interviews.iter().map(|i| i.id).collect()).await.unwrap();
    assert_eq!(scored.len(), 4, "every third has its scorecard");
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

async fn ten_thousand_candidates_import_and_three_bad_rows_are_named(backend: Backend) {
    let database = TestDatabase::create(backend).await;
    let url = database.url.clone();
    let file = database.dir.join("candidates.csv");
    let mut csv = String::from("email,name,country,enrollment_start,enrollment_end,skills,github\n");
    for n in 0..10_000 {
        let line = match n {
            // Lines 1_002, 5_002 and 9_002 (the header is line 1) are bad.
            1_000 => "not-an-email,Bad One,NL,,,Python,".to_owned(),
            5_000 => format!("s{n}@uni.nl,Bad Two,Atlantis,,,Rust,"),
            9_000 => format!("s{n}@uni.nl,,NL,2027-01-01,2026-01-01,Java,"),
            _ => format!("s{n}@uni.nl,Student {n},NL,2024-09-01,2027-08-31,\"Python; SQL\",user-{n}"),
        };
        csv.push_str(&line);
        csv.push('\n');
    }
    std::fs::write(&file, csv).unwrap();
    let path = file.display().to_string();
    let resumes = database.dir.join("resumes.json");
    let documents = serde_json::json!([
        { "basics": { "name": "Ada Lovelace", "email": "ada@resume.example" }, "skills": [{ "name": "Rust" }] },
        { "basics": { "name": "No Mail" } }
    ]);
    std::fs::write(&resumes, documents.to_string()).unwrap();
    let resumes = resumes.display().to_string();
    let (first, again) = tokio::task::spawn_blocking(move || {
        stdout(&cohort(&url, &["admin", "create-org", "--slug", "acme", "--name", "Acme"], None));
        // Rows were refused: the import says so in its exit status, for scripts.
        let first = failed_stdout(&cohort(&url, &["import", "candidates", &path, "--org", "acme"], None));
        let again = failed_stdout(&cohort(&url, &["import", "candidates", &path, "--org", "acme"], None));
        let json = failed_stdout(&cohort(&url, &["import", "candidates", &resumes, "--org", "acme"], None));
        assert!(json.contains("Imported 1 candidates") && json.contains("rejected 1"), "{json}");
        assert!(json.contains("[1]: basics.email"), "{json}");
        (first, again)
    })
    .await
    .unwrap();
    assert!(first.contains("Imported 9997 candidates"), "{first}");
    assert!(first.contains("rejected 3"), "{first}");
    for expected in ["line 1002: email:", "line 5002: country:", "line 9002: enrollment_end:"] {
        assert!(first.contains(expected), "{expected} missing from {first}");
    }
    assert!(first.lines().any(|l| l.starts_with("  line 9002") && l.contains("name:")), "{first}");
    assert!(again.contains("Imported 0 candidates") && again.contains("skipped 9997"), "{again}");

    let store = cohort_store::Store::open(&cohort_store::StoreOptions {
        url: database.url.clone(),
        max_connections: 2,
    })
    .await
    .unwrap();
    let org = store.org_by_slug("acme").await.unwrap().unwrap();
    let mut count = 0;
    let mut after = None;
    loop {
        let page =
            store.talent_page(org.id, "", cohort_store::PageRequest { limit: 1000, after }).await.unwrap();
        count += page.items.len();
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(count, 9998, "9,997 from CSV and one JSON Resume");
    store.close().await;

    // Recruiters read the pool through the API.
    let app = crate::support::TestApp::spawn_on_database(backend, database).await;
    let org = app.store.org_by_slug("acme").await.unwrap().unwrap();
    let recruiter = app.token(&org, "recruiter").await;
    let page =
        app.client().get(app.url("/api/v1/orgs/acme/talent-pool?limit=2")).bearer_auth(&recruiter).send();
    let page = crate::support::json_of(page.await.unwrap(), 200).await;
    assert_eq!(page["items"][0]["email"], "s0@uni.nl");
    assert_eq!(page["items"][0]["profile"]["skills"], serde_json::json!(["Python", "SQL"]));
    assert!(page["next_cursor"].is_string());
}

async fn applications_export_to_spreadsheet_safe_csv_and_json(backend: Backend) {
    use crate::applications::{apply, published_vacancy};
    let app = crate::support::TestApp::spawn(backend).await;
    let vacancy = published_vacancy(&app).await;
    let browser = app.candidate("eve@student.tudelft.nl").await;
    let profile = serde_json::json!({
        "name": "=HYPERLINK(\"http://evil.example\")", "institution": "TU Delft", "institution_country": "NL",
        "enrollment": { "start": "2024-09-01", "end": "2027-08-31" }, "skills": ["Python"], "github": "eve"
    });
    assert_eq!(browser.put(app.url("/api/v1/me/profile")).json(&profile).send().await.unwrap().status(), 200);
    assert_eq!(apply(&app, &browser, &vacancy, None).await.status(), 201);
    let database_url = app.database_url();
    let (csv, json) = tokio::task::spawn_blocking(move || {
        let csv = stdout(&cohort(&database_url, &["export", "applications", "--org", "acme"], None));
        let json = stdout(&cohort(
            &database_url,
            &["export", "applications", "--org", "acme", "--format", "json"],
            None,
        ));
        (csv, json)
    })
    .await
    .unwrap();
    // A reader that stops early (`cohort export … | head`) is no error.
    let database_url = app.database_url();
    let cut_short = tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cohort"))
            .args(["export", "applications", "--org", "acme", "--database-url", &database_url])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        child.wait_with_output().unwrap()
    });
    let cut_short = cut_short.await.unwrap();
    let said = String::from_utf8_lossy(&cut_short.stderr);
    assert!(cut_short.status.success() && !said.contains("Broken pipe"), "{said}");
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("id,vacancy_id,vacancy,name,email"));
    let row = lines.next().unwrap();
    assert!(row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "{row}");
    assert!(row.contains("eve@student.tudelft.nl"));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed.as_array().unwrap().len(), 1);
    // JSON carries the data as it is: only spreadsheets run formulas.
    assert_eq!(parsed[0]["name"], "=HYPERLINK(\"http://evil.example\")");
}
