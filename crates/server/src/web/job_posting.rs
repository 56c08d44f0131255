//! schema.org `JobPosting` for a vacancy, as Google for Jobs reads it: the required properties
//! (title, description, datePosted, hiringOrganization, jobLocation or TELECOMMUTE with
//! applicantLocationRequirements) and the recommended ones (validThrough, employmentType,
//! directApply, baseSalary, identifier).

use crate::api::jobs::JobView;
use chrono::{DateTime, Utc};
use cohort_domain::vacancy::WorkMode;
use serde_json::{Value, json};

/// The JSON-LD of a vacancy, escaped so that it can sit inside a `<script>` element.
pub fn job_posting(job: &JobView, posted: Option<DateTime<Utc>>, public_url: &str) -> String {
    let mut posting = json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description_html,
        "datePosted": posted.map_or_else(|| job.opens_on.to_string(), |at| at.date_naive().to_string()),
        "validThrough": format!("{}T23:59:59Z", job.closes_on),
        "employmentType": "INTERN",
        "directApply": true,
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.organisation.name,
            "sameAs": format!("{public_url}/jobs?org={}", job.organisation.slug),
        },
        "identifier": { "@type": "PropertyValue", "name": job.organisation.name, "value": job.id.to_string() },
        "url": format!("{public_url}/jobs/{}", job.id),
    });
    if job.work_mode == WorkMode::Remote {
        posting["jobLocationType"] = json!("TELECOMMUTE");
        posting["applicantLocationRequirements"] = Value::Array(
            job.remote_countries.iter().map(|c| json!({ "@type": "Country", "name": c.as_str() })).collect(),
        );
    }
    if let Some(location) = &job.location {
        posting["jobLocation"] = json!({
            "@type": "Place",
            "address": { "@type": "PostalAddress", "addressLocality": location },
        });
    }
    if let Some(stipend) = &job.stipend {
        posting["baseSalary"] = json!({
            "@type": "MonetaryAmount",
            "currency": stipend.currency,
            "value": {
                "@type": "QuantitativeValue",
                "value": stipend.monthly_cents as f64 / 100.0,
                "unitText": "MONTH",
            },
        });
    }
    // Inside <script>, "</script>" or "<!--" in a title must not end the element.
    posting.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::jobs::{JobOrg, JobProgram};
    use cohort_domain::eligibility::{CountryCode, Preferences};
    use cohort_domain::vacancy::Stipend;

    fn job(work_mode: WorkMode) -> JobView {
        JobView {
            id: uuid::Uuid::now_v7(),
            title: "Backend intern </script><script>alert(1)</script>".into(),
            description_html: "<p>Build APIs</p>".into(),
            responsibilities: vec![],
            organisation: JobOrg { slug: "acme".into(), name: "Acme B.V.".into() },
            program: JobProgram {
                name: "P".into(),
                starts_on: "2027-02-01".parse().unwrap(),
                ends_on: "2027-07-31".parse().unwrap(),
            },
            location: (work_mode != WorkMode::Remote).then(|| "Amsterdam".into()),
            work_mode,
            remote_countries: vec![CountryCode::parse("NL").unwrap()],
            hours_per_week: 32,
            stipend: Some(Stipend { monthly_cents: 75_050, currency: "EUR".into() }),
            positions: 2,
            required_skills: vec![],
            preferences: Preferences::default(),
            requirements: vec![],
            opens_on: "2026-11-01".parse().unwrap(),
            closes_on: "2027-01-31".parse().unwrap(),
            open: true,
        }
    }

    #[test]
    fn carries_what_google_requires() {
        let ld = job_posting(&job(WorkMode::Hybrid), None, "https://jobs.example");
        assert!(!ld.contains("</script>"), "{ld}");
        let posting: Value = serde_json::from_str(&ld).unwrap();
        for property in [
            "title",
            "description",
            "datePosted",
            "validThrough",
            "hiringOrganization",
            "jobLocation",
            "employmentType",
            "directApply",
            "baseSalary",
            "identifier",
        ] {
            assert!(posting.get(property).is_some(), "missing {property}");
        }
        assert_eq!(posting["@type"], "JobPosting");
        assert_eq!(posting["employmentType"], "INTERN");
        assert_eq!(posting["validThrough"], "2027-01-31T23:59:59Z");
        assert_eq!(posting["baseSalary"]["value"]["value"], 750.5);
        assert_eq!(posting["jobLocation"]["address"]["addressLocality"], "Amsterdam");
        assert!(posting["title"].as_str().unwrap().contains("</script>"), "escaping is only for the HTML");
    }

    #[test]
    fn remote_work_is_telecommute_with_countries() {
        let posting: Value = serde_json::from_str(&job_posting(&job(WorkMode::Remote), None, "")).unwrap();
        assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
        assert_eq!(posting["applicantLocationRequirements"][0], json!({ "@type": "Country", "name": "NL" }));
        assert!(posting.get("jobLocation").is_none());
    }
}
