//! The rows of a pipeline's stage table, as the vacancy editor and the hiring settings show
//! them: stored stages, or the rows as typed when a form is refused.

use cohort_domain::pipeline::Stage;
use cohort_domain::vacancy_form::STAGE_KINDS;

/// One stage as a row of the form (`templates/stage_rows.html`).
pub struct StageRow {
    /// Its stable key (empty for a row typed new).
    pub key: String,
    /// Its name.
    pub name: String,
    /// Its kind, as the form names it.
    pub kind: String,
    /// Whether a recruiter may skip it.
    pub skippable: bool,
}

impl StageRow {
    /// The rows of stored stages.
    pub fn of(stages: &[Stage]) -> Vec<StageRow> {
        let kind_name =
            |kind| STAGE_KINDS.iter().find(|(k, _, _)| *k == kind).map_or("custom", |(_, n, _)| *n);
        stages
            .iter()
            .map(|s| StageRow {
                key: s.key.clone(),
                name: s.name.clone(),
                kind: kind_name(s.kind).to_owned(),
                skippable: s.skippable,
            })
            .collect()
    }

    /// The rows as typed (`stage_<n>_name`, …), in the order typed, those with a name.
    pub fn typed(fields: &[(String, String)]) -> Vec<StageRow> {
        let get = |name: String| super::field(fields, &name).to_owned();
        let mut rows: Vec<(i64, StageRow)> = (0..40)
            .filter_map(|n| {
                let name = get(format!("stage_{n}_name"));
                (!name.trim().is_empty()).then(|| {
                    let order = get(format!("stage_{n}_order")).parse().unwrap_or(i64::from(n) * 10);
                    let row = StageRow {
                        key: get(format!("stage_{n}_key")),
                        name,
                        kind: get(format!("stage_{n}_kind")),
                        skippable: get(format!("stage_{n}_skippable")) == "on",
                    };
                    (order, row)
                })
            })
            .collect();
        rows.sort_by_key(|(order, _)| *order);
        rows.into_iter().map(|(_, row)| row).collect()
    }
}

/// The kinds a stage may have, as the form names them.
pub fn kinds() -> Vec<&'static str> {
    STAGE_KINDS.iter().map(|(_, k, _)| *k).collect()
}
