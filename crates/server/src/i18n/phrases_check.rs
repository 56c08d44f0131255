//! A check over the code: every sentence the domain and the server name by id (a refusal, a
//! field's problem, a page's word) is in the catalogue, so that no reader ever sees an id.

use std::path::Path;

/// The string literals that follow `marker` in `source` (up to the closing quote).
fn literals_after<'a>(source: &'a str, marker: &str) -> Vec<&'a str> {
    source
        .match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &source[at + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The message ids one source file names.
fn ids_in(source: &str) -> Vec<String> {
    let mut ids: Vec<String> = literals_after(source, "problem::of(\"")
        .into_iter()
        .map(|k| format!("problem-{k}"))
        .chain(literals_after(source, "Phrase::new(\"").into_iter().map(str::to_owned))
        .collect();
    // `let key = |k| Phrase::new(&format!("refusal-{k}"))`, then `key("email-taken")`.
    if let Some(prefix) = literals_after(source, "Phrase::new(&format!(\"").first() {
        let prefix = prefix.trim_end_matches("{k}");
        ids.extend(literals_after(source, " key(\"").into_iter().map(|k| format!("{prefix}{k}")));
    }
    // `said_as_problems!(Type { Variant => "key", … })`.
    for block in source.split("said_as_problems!(").skip(1) {
        let block = &block[..block.find("});").unwrap_or(block.len())];
        ids.extend(literals_after(block, "=> \"").into_iter().map(|k| format!("problem-{k}")));
    }
    ids.retain(|id| !id.contains('{') && !id.is_empty());
    ids
}

fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("phrases_check.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            // What tests name is theirs to name.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
            found.push((path.display().to_string(), code));
        }
    }
}

#[test]
fn every_sentence_the_code_names_is_in_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("../domain/src"), &mut files);
    let mut missing = Vec::new();
    let mut named = 0;
    for (path, code) in &files {
        for id in ids_in(code) {
            named += 1;
            if !super::catalogue::has(&id) {
                missing.push(format!("{path}: {id}"));
            }
        }
    }
    assert!(named > 200, "the check found only {named} ids: is it still reading the code?");
    assert!(missing.is_empty(), "ids with no message:\n{}", missing.join("\n"));
}

#[test]
fn a_refusal_and_a_field_read_in_the_readers_language() {
    use super::{Lang, field, phrase, problems};
    use cohort_domain::phrase::Said;
    use cohort_domain::refusal::Refusal;
    use cohort_domain::validation::{FieldError, problem};
    let full = Refusal::PositionsFilled(3).said();
    assert_eq!(phrase(Lang::Nl, &full), "Alle 3 plaatsen van deze vacature zijn vervuld.");
    assert_eq!(phrase(Lang::En, &full), "All 3 positions of this vacancy are filled.");
    let wait = Refusal::TooManyAttempts { retry_after_secs: 30 }.said();
    assert_eq!(
        phrase(Lang::Nl, &wait),
        "Te vaak verkeerd ingelogd; wacht een minuut en probeer het opnieuw."
    );
    let stipend = [FieldError::new("stipend_euros", problem::of("whole-euros"))];
    assert_eq!(
        problems(Lang::Nl, &stipend),
        "Stagevergoeding (euro per maand): moet in hele euro's per maand"
    );
    assert_eq!(problems(Lang::En, &stipend), "Stipend (euros a month): must be whole euros a month");
    assert_eq!(field(Lang::Nl, "rubric[2].weight"), "Gewicht");
    assert_eq!(field(Lang::Nl, "ratings.Communication"), "Beoordelingen (Communication)");
    let long = [FieldError::new("title", problem::too_long(120))];
    assert_eq!(problems(Lang::Nl, &long), "Titel: mag hoogstens 120 tekens lang zijn");
}
