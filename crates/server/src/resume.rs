//! JSON Resume documents, checked against the official JSON Resume schema (vendored, draft-04)
//! before anything in them is believed.

use anyhow::anyhow;
use cohort_domain::candidate::resume::JsonResume;
use cohort_domain::validation::FieldError;
use cohort_domain::validation::problem;
use serde_json::Value;

const SCHEMA: &str = include_str!("../assets/vendor/json-resume/schema.json");

/// The most schema violations reported at once.
const MAX_PROBLEMS: usize = 20;

/// The compiled JSON Resume schema.
pub struct ResumeSchema(jsonschema::Validator);

impl ResumeSchema {
    /// Compiles the schema (once, at start-up).
    pub fn load() -> anyhow::Result<Self> {
        let schema: Value = serde_json::from_str(SCHEMA)?;
        Ok(ResumeSchema(jsonschema::draft4::new(&schema).map_err(|e| anyhow!("JSON Resume schema: {e}"))?))
    }

    /// Checks a document; on success returns the parts Cohort reads.
    pub fn check(&self, document: &Value) -> Result<JsonResume, Vec<FieldError>> {
        let problems: Vec<FieldError> = self
            .0
            .iter_errors(document)
            .take(MAX_PROBLEMS)
            .map(|error| {
                let detail = problem::of("resume-schema").text("detail", error.to_string());
                FieldError::new(format!("resume{}", error.instance_path()), detail)
            })
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        serde_json::from_value(document.clone()).map_err(|e| {
            vec![FieldError::new("resume", problem::of("resume-unreadable").text("detail", e.to_string()))]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_official_sample_passes_and_nonsense_does_not() {
        let schema = ResumeSchema::load().unwrap();
        let resume = json!({
            "basics": { "name": "Ada Lovelace", "email": "ada@example.org", "profiles": [{ "network": "GitHub", "username": "ada-l" }] },
            "education": [{ "institution": "TU Delft", "area": "Computer Science", "startDate": "2024-09", "endDate": "2027-08" }],
            "skills": [{ "name": "Rust", "keywords": ["async"] }]
        });
        let read = schema.check(&resume).unwrap();
        assert_eq!(read.basics.name.as_deref(), Some("Ada Lovelace"));
        let problems = schema.check(&json!({ "basics": { "name": 42 }, "hobbies": [] })).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert!(fields.contains(&"resume/basics/name"), "{problems:?}");
        assert!(fields.contains(&"resume"), "unknown top-level property: {problems:?}");
        assert!(schema.check(&json!("a string")).is_err());
    }
}
