//! Applicants' personal data as EU law expects: every column is classified in the data map.

use crate::on_both_backends;
use crate::support::{Backend, TestApp};
use cohort_store::data_map;

on_both_backends!(every_column_of_the_schema_is_classified_in_the_data_map);

async fn every_column_of_the_schema_is_classified_in_the_data_map(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let live = app.store.schema_columns().await.unwrap();
    assert!(live.len() > 300, "the schema reads as {} columns", live.len());
    let classified = data_map::classified();
    let unclassified: Vec<String> = live
        .iter()
        .filter(|(t, c)| !classified.contains(&(t.as_str(), c.as_str())))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(
        unclassified.is_empty(),
        "classify these columns in crates/store/src/data_map.rs (personal data or not): {unclassified:?}"
    );
    let gone: Vec<String> = classified
        .iter()
        .filter(|(t, c)| !live.iter().any(|(lt, lc)| lt == t && lc == c))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(gone.is_empty(), "the data map names columns the schema does not have: {gone:?}");
}
