//! schema.org `JobPosting` for a vacancy, as Google for Jobs reads it: the required properties
//! (title, description, datePosted, hiringOrganization, jobLocation or TELECOMMUTE with
//! applicantLocationRequirements) and the recommended ones (validThrough, employmentType,
//! directApply, baseSalary, identifier).

use crate::markdown::to_safe_html;
use crate::services::jobs::PublicJob;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::eligibility::CountryCode;
use cohort_domain::vacancy::{Stipend, WorkMode};
use serde_json::{Value, json};
use uuid::Uuid;

/// What a posting says of a vacancy.
pub struct Posting {
    id: Uuid,
    title: String,
    description_html: String,
    org_name: String,
    org_slug: String,
    work_mode: WorkMode,
    remote_countries: Vec<CountryCode>,
    location: Option<String>,
    stipend: Option<Stipend>,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    posted: Option<DateTime<Utc>>,
}

impl Posting {
    /// The posting of a published vacancy.
    pub fn of(job: &PublicJob) -> Posting {
        let d = &job.vacancy.draft;
        Posting {
            id: job.vacancy.id,
            title: d.title.clone(),
            description_html: to_safe_html(&d.description),
            org_name: job.org.name.clone(),
            org_slug: job.org.slug.clone(),
            work_mode: d.work_mode,
            remote_countries: d.remote_countries.clone(),
            location: d.location.clone(),
            stipend: d.stipend.clone(),
            opens_on: d.opens_on,
            closes_on: d.closes_on,
            posted: job.vacancy.published_at,
        }
    }
}

/// The JSON-LD of a vacancy, escaped so that it can sit inside a `<script>` element.
pub fn job_posting(job: &Posting, public_url: &str) -> String {
    let mut posting = json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description_html,
        "datePosted": job.posted.map_or_else(|| job.opens_on.to_string(), |at| at.date_naive().to_string()),
        "validThrough": format!("{}T23:59:59Z", job.closes_on),
        "employmentType": "INTERN",
        "directApply": true,
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.org_name,
            "sameAs": format!("{public_url}/jobs?org={}", job.org_slug),
        },
        "identifier": { "@type": "PropertyValue", "name": job.org_name, "value": job.id.to_string() },
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
    use cohort_domain::eligibility::CountryCode;
    use cohort_domain::vacancy::Stipend;

    fn job(work_mode: WorkMode) -> Posting {
        Posting {
            id: uuid::Uuid::now_v7(),
            title: "Backend intern </script><script>alert(1)</script>".into(),
            description_html: "<p>Build APIs</p>".into(),
            org_name: "Acme B.V.".into(),
            org_slug: "acme".into(),
            location: (work_mode != WorkMode::Remote).then(|| "Amsterdam".into()),
            work_mode,
            remote_countries: vec![CountryCode::parse("NL").unwrap()],
            stipend: Some(Stipend { monthly_cents: 75_050, currency: "EUR".into() }),
            opens_on: "2026-11-01".parse().unwrap(),
            closes_on: "2027-01-31".parse().unwrap(),
            posted: None,
        }
    }

    #[test]
    fn carries_what_google_requires() {
        let ld = job_posting(&job(WorkMode::Hybrid), "https://jobs.example");
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
        let posting: Value = serde_json::from_str(&job_posting(&job(WorkMode::Remote), "")).unwrap();
        assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
        assert_eq!(posting["applicantLocationRequirements"][0], json!({ "@type": "Country", "name": "NL" }));
        assert!(posting.get("jobLocation").is_none());
    }
}
