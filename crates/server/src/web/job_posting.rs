//! schema.org `JobPosting` for a vacancy, as Google for Jobs reads it: the required properties
//! (title, description, datePosted, hiringOrganization, jobLocation with its country, or
//! TELECOMMUTE with applicantLocationRequirements) and the recommended ones (validThrough,
//! employmentType, directApply, baseSalary, identifier, the employer's own site as sameAs).

use crate::markdown::to_safe_html;
use crate::services::jobs::PublicJob;
use chrono::{DateTime, NaiveDate, Utc};
use cohort_domain::eligibility::CountryCode;
use cohort_domain::language::Lang;
use cohort_domain::vacancy::{Stipend, WorkMode};
use serde_json::{Value, json};
use uuid::Uuid;

/// What a posting says of a vacancy.
pub struct Posting {
    id: Uuid,
    language: Lang,
    title: String,
    description_html: String,
    org_name: String,
    org_website: Option<String>,
    org_country: String,
    work_mode: WorkMode,
    remote_countries: Vec<CountryCode>,
    location: Option<String>,
    stipend: Option<Stipend>,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    posted: Option<DateTime<Utc>>,
}

impl Posting {
    /// The posting of a published vacancy, in the language its words are in (the page's).
    pub fn of(job: &PublicJob) -> Posting {
        let d = &job.vacancy.draft;
        Posting {
            id: job.vacancy.id,
            language: d.language,
            title: d.title.clone(),
            description_html: to_safe_html(&d.description),
            org_name: job.org.name.clone(),
            org_website: job.org.website.clone(),
            org_country: job.org.country.clone(),
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
        "hiringOrganization": { "@type": "Organization", "name": job.org_name },
        "identifier": { "@type": "PropertyValue", "name": job.org_name, "value": job.id.to_string() },
        "url": format!("{public_url}/jobs/{}?lang={}", job.id, job.language.code()),
        "inLanguage": job.language.code(),
    });
    // The employer's own site, when it gave one (never this board: that is not the employer).
    if let Some(website) = &job.org_website {
        posting["hiringOrganization"]["sameAs"] = json!(website);
    }
    if job.work_mode == WorkMode::Remote {
        posting["jobLocationType"] = json!("TELECOMMUTE");
        posting["applicantLocationRequirements"] = Value::Array(
            job.remote_countries.iter().map(|c| json!({ "@type": "Country", "name": c.as_str() })).collect(),
        );
    }
    if let Some(location) = &job.location {
        posting["jobLocation"] = json!({
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": location,
                "addressCountry": job.org_country,
            },
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
            language: Lang::Nl,
            title: "Backend intern </script><script>alert(1)</script>".into(),
            description_html: "<p>Build APIs</p>".into(),
            org_name: "Acme B.V.".into(),
            org_website: Some("https://acme.example".into()),
            org_country: "NL".into(),
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
        assert_eq!(posting["jobLocation"]["address"]["addressCountry"], "NL");
        assert_eq!(posting["hiringOrganization"]["sameAs"], "https://acme.example");
        assert_eq!(posting["inLanguage"], "nl", "the language of the words, as the page shows them");
        assert!(
            posting["url"].as_str().unwrap().ends_with("?lang=nl"),
            "the address of that language's page"
        );
        assert!(posting["title"].as_str().unwrap().contains("</script>"), "escaping is only for the HTML");
    }

    #[test]
    fn remote_work_is_telecommute_with_countries() {
        let posting: Value = serde_json::from_str(&job_posting(&job(WorkMode::Remote), "")).unwrap();
        assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
        assert_eq!(posting["applicantLocationRequirements"][0], json!({ "@type": "Country", "name": "NL" }));
        assert!(posting.get("jobLocation").is_none());
    }

    #[test]
    fn an_employer_without_a_website_is_not_linked_to_the_board() {
        let posting = Posting { org_website: None, ..job(WorkMode::OnSite) };
        let posting: Value = serde_json::from_str(&job_posting(&posting, "https://jobs.example")).unwrap();
        assert_eq!(posting["hiringOrganization"], json!({ "@type": "Organization", "name": "Acme B.V." }));
        assert_eq!(posting["jobLocation"]["address"]["addressCountry"], "NL");
    }
}
