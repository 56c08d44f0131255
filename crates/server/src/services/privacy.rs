//! Erasure and retention: the store erases in one transaction; then the files nobody refers to
//! any longer leave the blob store, and on SQLite the write-ahead log is emptied so that the
//! erased bytes are gone from every file. Retention runs on a schedule in `cohort serve` and
//! `cohort worker`, and by hand with `cohort retention run [--dry-run]`.

use chrono::{DateTime, Utc};
use cohort_domain::retention::{Keep, Rule};
use cohort_store::Store;
use cohort_store::audit::{Actor, Context};
use cohort_store::blobs::BlobStore;
use cohort_store::erasure::{Erasure, Scope, Trigger};
use serde::Serialize;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Erases what is held about a person in `scope`, then the files no row refers to any longer,
/// then (SQLite) the log that still held the old bytes.
pub async fn erase(
    store: &Store,
    blobs: &BlobStore,
    ctx: &Context,
    user_id: Uuid,
    scope: Scope,
    trigger: Trigger,
) -> Result<Erasure, cohort_store::StoreError> {
    let erasure = store.erase_person(ctx, user_id, scope, trigger).await?;
    if erasure.erased {
        remove_files(store, blobs, &erasure.files).await?;
        if !store.checkpoint().await? {
            tracing::info!("the write-ahead log was in use; the next checkpoint empties it");
        }
    }
    Ok(erasure)
}

async fn remove_files(
    store: &Store,
    blobs: &BlobStore,
    files: &[String],
) -> Result<(), cohort_store::StoreError> {
    for file in files {
        if !store.blob_in_use(file).await?
            && let Err(error) = blobs.remove(file).await
            && error.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(%error, "an erased file could not be removed");
        }
    }
    Ok(())
}

/// What one organisation's retention run found and did.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct OrgReport {
    /// People whose data was due.
    pub people: usize,
    /// Their applications.
    pub applications: usize,
    /// Their intern records.
    pub interns: usize,
    /// By rule: how many people.
    pub by_rule: BTreeMap<String, usize>,
}

/// What a retention run found and did.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct RetentionReport {
    /// The run's clock.
    pub at: DateTime<Utc>,
    /// Whether it only looked.
    pub dry_run: bool,
    /// People and organisations looked at.
    pub holdings: usize,
    /// Per organisation (by slug): what was due and, unless a dry run, erased.
    pub organisations: BTreeMap<String, OrgReport>,
    /// People erased at an organisation (0 in a dry run).
    pub erased: usize,
    /// Due but left, because something changed meanwhile (they applied again) or it failed.
    pub skipped: usize,
}

fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::AfterProcedure => "after_procedure",
        Rule::WithConsent => "with_consent",
        Rule::ConsentWithdrawn => "consent_withdrawn",
        Rule::AfterInternship => "after_internship",
    }
}

/// Erases (or, in a dry run, lists) everything whose retention period has run out at `now`.
pub async fn run_retention(
    store: &Store,
    blobs: &BlobStore,
    now: DateTime<Utc>,
    dry_run: bool,
) -> anyhow::Result<RetentionReport> {
    let holdings = store.holdings(None).await?;
    let slugs: BTreeMap<Uuid, String> = store
        .orgs_by_ids(holdings.iter().map(|h| h.org_id).collect())
        .await?
        .into_iter()
        .map(|o| (o.id, o.slug))
        .collect();
    let mut report = RetentionReport { at: now, dry_run, holdings: holdings.len(), ..Default::default() };
    let ctx = Context { actor: Actor::System, request_id: None, ip: None };
    for holding in holdings.into_iter().filter(|h| h.keep.due(now)) {
        let Keep::Until(_, rule) = holding.keep else { continue };
        let slug = slugs.get(&holding.org_id).cloned().unwrap_or_else(|| holding.org_id.to_string());
        let (applications, interns) = if dry_run {
            (holding.applications, 0)
        } else {
            match erase(
                store,
                blobs,
                &ctx,
                holding.user_id,
                Scope::Org(holding.org_id),
                Trigger::Retention(now),
            )
            .await
            {
                Ok(erasure) if erasure.erased => {
                    report.erased += 1;
                    (erasure.applications, erasure.interns)
                }
                Ok(_) => {
                    report.skipped += 1;
                    continue;
                }
                Err(error) => {
                    tracing::warn!(org = %slug, %error, "erasing due data failed; the next run retries");
                    report.skipped += 1;
                    continue;
                }
            }
        };
        let org = report.organisations.entry(slug).or_default();
        org.people += 1;
        org.applications += applications;
        org.interns += interns;
        *org.by_rule.entry(rule_name(rule).into()).or_default() += 1;
    }
    Ok(report)
}

impl RetentionReport {
    /// The report in lines a person reads.
    pub fn lines(&self) -> Vec<String> {
        let verb = if self.dry_run { "would erase" } else { "erased" };
        let mut lines = vec![format!(
            "retention at {}: {} holdings checked{}",
            self.at.format("%Y-%m-%d %H:%M UTC"),
            self.holdings,
            if self.dry_run { " (dry run: nothing changed)" } else { "" }
        )];
        for (slug, org) in &self.organisations {
            let rules: Vec<String> = org.by_rule.iter().map(|(rule, n)| format!("{rule}: {n}")).collect();
            lines.push(format!(
                "  {slug}: {verb} {} {} ({} applications{}) [{}]",
                org.people,
                if org.people == 1 { "person" } else { "people" },
                org.applications,
                if self.dry_run { String::new() } else { format!(", {} intern records", org.interns) },
                rules.join(", ")
            ));
        }
        if self.organisations.is_empty() {
            lines.push("  nothing is due".into());
        }
        if self.skipped > 0 {
            lines.push(format!(
                "  {} left for now (applied again meanwhile, or failed: see the log)",
                self.skipped
            ));
        }
        lines
    }
}

/// The person withdraws one of their consents; the organisation lets go of their data four weeks
/// after their procedure ended.
pub async fn withdraw_consent(
    store: &Store,
    ctx: &Context,
    user_id: Uuid,
    id: Uuid,
) -> Result<cohort_store::consents::Consent, crate::services::ServiceError> {
    Ok(store.withdraw_consent(ctx, user_id, id).await?)
}

/// The person consents to the organisation (by its slug) keeping their data for `purpose`, under
/// the current privacy notice; an organisation that holds nothing of theirs is refused.
pub async fn give_consent(
    store: &Store,
    ctx: &Context,
    user_id: Uuid,
    organisation: &str,
    purpose: cohort_domain::privacy::ConsentPurpose,
    notice_version: String,
) -> Result<(cohort_store::consents::Consent, cohort_store::orgs::Org), crate::services::ServiceError> {
    use crate::services::ServiceError;
    use cohort_domain::candidate::PRIVACY_NOTICE_VERSION;
    use cohort_domain::refusal::Refusal;
    if notice_version != PRIVACY_NOTICE_VERSION {
        let asked =
            cohort_domain::validation::problem::of("privacy-consent").text("version", PRIVACY_NOTICE_VERSION);
        return Err(ServiceError::invalid("privacy_notice_version", asked));
    }
    let org = store.org_by_slug(organisation).await?.ok_or(Refusal::NoDataHeld)?;
    let given = store.give_consent(ctx, user_id, org.id, purpose, notice_version).await?;
    Ok((given, org))
}

/// A person whose data an organisation erases soon.
#[derive(Clone, Debug)]
pub struct Due {
    /// Their account.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their applications to the organisation.
    pub applications: usize,
    /// When the data goes.
    pub erase_at: chrono::DateTime<chrono::Utc>,
    /// The rule that set the date.
    pub rule: cohort_domain::retention::Rule,
}

/// Whose data `org_id` erases within `within_days` (0 to 365; what is overdue always), soonest
/// first, at most 1000.
pub async fn due_erasures(
    store: &Store,
    org_id: Uuid,
    within_days: u32,
) -> Result<Vec<Due>, super::ServiceError> {
    if within_days > 365 {
        return Err(super::ServiceError::invalid(
            "within_days",
            cohort_domain::validation::problem::between(0, 365),
        ));
    }
    let horizon = chrono::Utc::now() + chrono::Duration::days(i64::from(within_days));
    let mut due: Vec<_> = store
        .holdings(Some(org_id))
        .await?
        .into_iter()
        .filter_map(|h| match h.keep {
            cohort_domain::retention::Keep::Until(at, rule) if at <= horizon => Some((h, at, rule)),
            _ => None,
        })
        .collect();
    due.sort_by_key(|(_, at, _)| *at);
    due.truncate(1000);
    let names = store.user_names(due.iter().map(|(h, _, _)| h.user_id).collect()).await?;
    Ok(due
        .into_iter()
        .map(|(h, erase_at, rule)| Due {
            name: names.get(&h.user_id).cloned().unwrap_or_default(),
            user_id: h.user_id,
            applications: h.applications,
            erase_at,
            rule,
        })
        .collect())
}
