//! `cohort import candidates` and `cohort export applications`.

use crate::cli::{ExportCommand, ExportFormat, ImportCommand};
use crate::config::Config;
use anyhow::{Context as _, anyhow};
use cohort_domain::candidate::CandidateProfile;
use cohort_domain::talent::{check_header, parse_row, spreadsheet_safe};
use cohort_store::applications::{ApplicationFilter, ApplicationOrder};
use cohort_store::audit::Context;
use cohort_store::{PageRequest, Store};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::Write;
use std::path::Path;

/// Rows per transaction.
const BATCH: usize = 500;

/// What an import did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Added to the pool.
    pub imported: usize,
    /// Already there (or twice in the file).
    pub duplicates: usize,
    /// Left out, with where and why.
    pub rejected: Vec<(String, String)>,
}

/// Runs `cohort import ...`.
pub async fn import(config: Config, command: ImportCommand) -> anyhow::Result<()> {
    let ImportCommand::Candidates { file, org } = command;
    let store = super::open_store(&config).await?;
    let org = store.org_by_slug(&org).await?.ok_or_else(|| anyhow!("no organisation {org:?}"))?;
    let summary = import_candidates(&store, org.id, &file).await;
    store.close().await;
    let summary = summary?;
    println!(
        "Imported {} candidates into {}'s talent pool; skipped {} already there; rejected {}.",
        summary.imported,
        org.name,
        summary.duplicates,
        summary.rejected.len()
    );
    for (place, why) in &summary.rejected {
        println!("  {place}: {why}");
    }
    // A script must notice a partial import: fix the rows named and import the file again
    // (what was imported is skipped as already there).
    anyhow::ensure!(
        summary.rejected.is_empty(),
        "{} rows were rejected (listed above)",
        summary.rejected.len()
    );
    Ok(())
}

fn bar(len: u64, unit: &str) -> anyhow::Result<ProgressBar> {
    let progress = ProgressBar::new(len);
    let template = format!("Importing {{bar:40}} {{pos}}/{{len}} {unit}");
    progress.set_style(ProgressStyle::with_template(&template).map_err(|e| anyhow!("{e}"))?);
    Ok(progress)
}

/// Imports a CSV file, a JSON Resume file (one document or an array) or a directory of them.
pub async fn import_candidates(store: &Store, org_id: uuid::Uuid, file: &Path) -> anyhow::Result<Summary> {
    let ctx = Context::operator();
    let mut summary = Summary::default();
    let mut batch: Vec<(String, CandidateProfile)> = Vec::with_capacity(BATCH);
    let is_json = file.is_dir() || file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let source = if is_json { "json_resume" } else { "csv" };
    if is_json {
        let schema = crate::resume::ResumeSchema::load()?;
        let mut documents: Vec<(String, serde_json::Value)> = Vec::new();
        let files: Vec<std::path::PathBuf> = if file.is_dir() {
            let mut found: Vec<_> = std::fs::read_dir(file)?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
                .collect();
            found.sort();
            found
        } else {
            vec![file.to_path_buf()]
        };
        for path in files {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).with_context(|| format!("reading {name}"))?;
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(serde_json::Value::Array(items)) => {
                    documents
                        .extend(items.into_iter().enumerate().map(|(i, d)| (format!("{name} [{i}]"), d)));
                }
                Ok(document) => documents.push((name, document)),
                Err(e) => summary.rejected.push((name, format!("not JSON: {e}"))),
            }
        }
        let progress = bar(documents.len() as u64, "documents")?;
        for (place, document) in documents {
            progress.inc(1);
            let resume = match schema.check(&document) {
                Ok(resume) => resume,
                Err(problems) => {
                    let why = in_words(&problems);
                    summary.rejected.push((place, why));
                    continue;
                }
            };
            let Some(email) = resume
                .basics
                .email
                .clone()
                .filter(|e| cohort_domain::identity::EmailAddress::parse(e).is_ok())
            else {
                summary.rejected.push((place, "basics.email: a valid e-mail address is required".into()));
                continue;
            };
            let mut profile = CandidateProfile::default();
            profile.fill_from(&resume);
            let problems = profile.problems();
            if !problems.is_empty() {
                let why = in_words(&problems);
                summary.rejected.push((place, why));
                continue;
            }
            batch.push((email, profile));
            if batch.len() >= BATCH {
                flush(store, &ctx, org_id, source, std::mem::take(&mut batch), &mut summary).await?;
            }
        }
        progress.finish_and_clear();
    } else {
        let size = std::fs::metadata(file).with_context(|| format!("reading {}", file.display()))?.len();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_path(file)
            .with_context(|| format!("reading {}", file.display()))?;
        let header: Vec<String> =
            reader.headers().context("reading the header")?.iter().map(|h| h.to_ascii_lowercase()).collect();
        check_header(&header).map_err(|e| anyhow!("{}: line 1: {e}", file.display()))?;
        let progress = bar(size, "bytes")?;
        for record in reader.records() {
            let line = match &record {
                Ok(r) => r.position().map_or(0, csv::Position::line),
                Err(e) => e.position().map_or(0, csv::Position::line),
            };
            let record = match record {
                Ok(record) => record,
                Err(e) => {
                    summary.rejected.push((format!("line {line}"), e.to_string()));
                    continue;
                }
            };
            progress.set_position(record.position().map_or(0, csv::Position::byte));
            let cells: Vec<String> = record.iter().map(str::to_owned).collect();
            match parse_row(&header, &cells) {
                Ok(candidate) => batch.push((candidate.email.as_str().to_owned(), candidate.profile)),
                Err(problems) => {
                    let why = in_words(&problems);
                    summary.rejected.push((format!("line {line}"), why));
                }
            }
            if batch.len() >= BATCH {
                flush(store, &ctx, org_id, source, std::mem::take(&mut batch), &mut summary).await?;
            }
        }
        progress.finish_and_clear();
    }
    if !batch.is_empty() {
        flush(store, &ctx, org_id, source, batch, &mut summary).await?;
    }
    Ok(summary)
}

async fn flush(
    store: &Store,
    ctx: &Context,
    org_id: uuid::Uuid,
    source: &str,
    batch: Vec<(String, CandidateProfile)>,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    let done = store.import_talent(ctx, org_id, source, batch).await?;
    summary.imported += done.added;
    summary.duplicates += done.duplicates.len();
    Ok(())
}

/// One CSV line.
fn csv_line<I: IntoIterator<Item = String>>(cells: I) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(cells)?;
    writer.into_inner().map_err(|e| anyhow!("{e}"))
}

/// Every problem of a row or document, on one line, each under its column's name (the
/// operator's English).
fn in_words(problems: &[cohort_domain::validation::FieldError]) -> String {
    let en = crate::i18n::Lang::En;
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, crate::i18n::problem(en, p)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Runs `cohort export ...`.
pub async fn export(config: Config, command: ExportCommand) -> anyhow::Result<()> {
    let ExportCommand::Applications { org, vacancy, format, output } = command;
    let store = super::open_store(&config).await?;
    let org = store.org_by_slug(&org).await?.ok_or_else(|| anyhow!("no organisation {org:?}"))?;
    let mut out: Box<dyn Write> = match &output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let written = export_applications(&store, org.id, vacancy, format, &mut out).await;
    let flushed = out.flush();
    store.close().await;
    // A reader that stopped early (`| head`) is not an error: stop writing, quietly.
    let written = match written.and_then(|written| Ok(flushed.map(|()| written)?)) {
        Err(error) if reader_left(&error) => return Ok(()),
        written => written?,
    };
    if let Some(path) = output {
        eprintln!("Wrote {written} applications to {}.", path.display());
    }
    Ok(())
}

/// Whether writing failed because the reader of our output went away.
fn reader_left(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind));
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

const EXPORT_COLUMNS: [&str; 14] = [
    "id",
    "vacancy_id",
    "vacancy",
    "name",
    "email",
    "stage",
    "status",
    "match_score",
    "institution",
    "country",
    "field_of_study",
    "skills",
    "github_url",
    "applied_at",
];

/// Writes the applications page by page (nothing loads the whole table); returns how many.
pub async fn export_applications(
    store: &Store,
    org_id: uuid::Uuid,
    vacancy: Option<uuid::Uuid>,
    format: ExportFormat,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let filter = ApplicationFilter { vacancy_id: vacancy, ..ApplicationFilter::default() };
    let csv = matches!(format, ExportFormat::Csv);
    if csv {
        out.write_all(&csv_line(EXPORT_COLUMNS.map(String::from))?)?;
    } else {
        out.write_all(b"[")?;
    }
    let mut titles = std::collections::HashMap::new();
    let mut after = None;
    let mut written = 0;
    loop {
        let page = store
            .org_applications(org_id, &filter, ApplicationOrder::Newest, PageRequest { limit: 200, after })
            .await?;
        let users = store.users_by_ids(page.items.iter().map(|a| a.candidate_id).collect()).await?;
        for a in &page.items {
            if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(a.vacancy_id) {
                slot.insert(
                    store.vacancy(org_id, a.vacancy_id).await?.map(|v| v.draft.title).unwrap_or_default(),
                );
            }
            let email =
                users.iter().find(|u| u.id == a.candidate_id).map(|u| u.email.clone()).unwrap_or_default();
            let p = &a.profile;
            let row = [
                a.id.to_string(),
                a.vacancy_id.to_string(),
                titles[&a.vacancy_id].clone(),
                p.name.clone(),
                email,
                a.stage.clone(),
                a.status.as_str().to_owned(),
                a.match_score.to_string(),
                p.institution.clone().unwrap_or_default(),
                p.institution_country.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default(),
                p.field_of_study.clone().unwrap_or_default(),
                p.skills.join("; "),
                a.github_url.clone().unwrap_or_default(),
                a.created_at.to_rfc3339(),
            ];
            if csv {
                out.write_all(&csv_line(row.iter().map(|c| spreadsheet_safe(c)))?)?;
            } else {
                let object: serde_json::Map<String, serde_json::Value> = EXPORT_COLUMNS
                    .iter()
                    .zip(row)
                    .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v)))
                    .collect();
                if written > 0 {
                    out.write_all(b",")?;
                }
                out.write_all(b"\n")?;
                serde_json::to_writer(&mut *out, &object)?;
            }
            written += 1;
        }
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    if !csv {
        out.write_all(b"\n]\n")?;
    }
    Ok(written)
}
