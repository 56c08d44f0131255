//! Reports of hiring, computed by the domain from what the store reads.

use crate::services::Outcome;
use chrono::Utc;
use cohort_domain::reports::{HiringReport, Load, hiring_report, interviewer_load};
use cohort_store::Store;
use cohort_store::reports::ReportScope;
use std::collections::HashMap;
use uuid::Uuid;

/// The hiring report, computed now.
pub async fn hiring(store: &Store, org_id: Uuid, scope: ReportScope) -> Outcome<HiringReport> {
    let histories = store.report_histories(org_id, scope).await?;
    // The stages, in pipeline order: the vacancy's, or every vacancy's in the order first met.
    let mut vacancy_ids: Vec<Uuid> = scope.vacancy_id.into_iter().collect();
    for (vacancy_id, _) in &histories {
        if !vacancy_ids.contains(vacancy_id) {
            vacancy_ids.push(*vacancy_id);
        }
    }
    let mut stages: Vec<(String, String)> = Vec::new();
    for id in vacancy_ids {
        let Some(vacancy) = store.vacancy(org_id, id).await? else { continue };
        let pipeline = vacancy.pipeline.stages();
        for (i, stage) in pipeline.iter().enumerate() {
            if stages.iter().any(|(k, _)| *k == stage.key) {
                continue;
            }
            // After the stage it follows in this pipeline, or at the end.
            let after = i.checked_sub(1).and_then(|p| stages.iter().position(|(k, _)| *k == pipeline[p].key));
            let at = after.map_or(stages.len(), |p| p + 1);
            stages.insert(at, (stage.key.clone(), stage.name.clone()));
        }
    }
    let histories: Vec<_> = histories.into_iter().map(|(_, h)| h).collect();
    Ok(hiring_report(&stages, &histories))
}

/// The interviewers' load, each with their name.
pub async fn interviewers(store: &Store, org_id: Uuid, scope: ReportScope) -> Outcome<Vec<(Load, String)>> {
    let load = interviewer_load(&store.report_interviews(org_id, scope).await?, Utc::now());
    let names: HashMap<Uuid, String> = store.user_names(load.iter().map(|l| l.user_id).collect()).await?;
    Ok(load
        .into_iter()
        .map(|l| {
            let name = names.get(&l.user_id).cloned().unwrap_or_default();
            (l, name)
        })
        .collect())
}
