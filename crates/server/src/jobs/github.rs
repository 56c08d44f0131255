//! GitHub enrichment: for an applicant's GitHub profile, the languages of their own public
//! repositories (the GitHub REST API, base URL configurable) become suggested skills on the
//! application, marked as suggestions.

use cohort_domain::github::{suggest, username};
use cohort_store::Store;
use cohort_store::jobs::Job;
use std::collections::BTreeMap;
use std::time::Duration;
use uuid::Uuid;

/// At most this many repositories are read.
const REPOSITORIES: usize = 30;

#[derive(serde::Deserialize)]
struct Repository {
    name: String,
    fork: bool,
}

/// Reads the profile's repositories and keeps the suggestions on the application.
pub async fn enrich(store: &Store, api: &str, job: &Job) -> anyhow::Result<()> {
    let application_id: Uuid = serde_json::from_value(job.payload["application_id"].clone())?;
    let Some(user) = job.payload["github_url"].as_str().and_then(username) else { return Ok(()) };
    let Some(org_id) = job.org_id else { return Ok(()) };
    let Some(application) = store.org_application(org_id, application_id).await? else { return Ok(()) };
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .user_agent("Cohort (internship programmes)")
        .build()?;
    let api = api.trim_end_matches('/');
    let get = |url: String| {
        client
            .get(url)
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28")
            .send()
    };
    let response = get(format!("{api}/users/{user}/repos?type=owner&sort=pushed&per_page=100")).await?;
    if response.status() == reqwest::StatusCode::NOT_FOUND {
        return Ok(()); // No such user: nothing to suggest.
    }
    let repositories: Vec<Repository> = response.error_for_status()?.json().await?;
    let mut bytes: BTreeMap<String, u64> = BTreeMap::new();
    for repository in repositories.iter().filter(|r| !r.fork).take(REPOSITORIES) {
        let languages: BTreeMap<String, u64> =
            get(format!("{api}/repos/{user}/{}/languages", repository.name))
                .await?
                .error_for_status()?
                .json()
                .await?;
        for (language, count) in languages {
            *bytes.entry(language).or_default() += count;
        }
    }
    store.set_suggested_skills(application_id, suggest(&bytes, &application.profile.skills)).await?;
    Ok(())
}
