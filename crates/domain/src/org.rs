//! Organisations: the slug that addresses them in URLs, their display name and their website.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Slugs that would collide with routes or confuse people.
const RESERVED: &[&str] = &["admin", "api", "jobs", "login", "logout", "me", "new", "orgs", "static", "www"];

/// An organisation's address in URLs: 2 to 40 characters `a-z`, `0-9` and `-`, starting with a
/// letter, not ending with `-`, no `--`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgSlug(String);

/// Why a text is not a slug.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidSlug {
    /// Wrong length.
    #[error("must be 2 to 40 characters")]
    Length,
    /// Characters or shape outside the rule.
    #[error("must start with a letter and use only a-z, 0-9 and single dashes, like acme-labs")]
    Shape,
    /// One of the reserved words.
    #[error("is reserved")]
    Reserved,
}

impl OrgSlug {
    /// Parses a slug; upper case is not folded, so that what is typed is what is shown.
    pub fn parse(raw: &str) -> Result<Self, InvalidSlug> {
        let slug = raw.trim();
        if !(2..=40).contains(&slug.len()) {
            return Err(InvalidSlug::Length);
        }
        let shape_ok = slug.starts_with(|c: char| c.is_ascii_lowercase())
            && !slug.ends_with('-')
            && !slug.contains("--")
            && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !shape_ok {
            return Err(InvalidSlug::Shape);
        }
        if RESERVED.contains(&slug) {
            return Err(InvalidSlug::Reserved);
        }
        Ok(Self(slug.to_owned()))
    }

    /// The slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OrgSlug {
    type Error = InvalidSlug;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<OrgSlug> for String {
    fn from(slug: OrgSlug) -> Self {
        slug.0
    }
}

impl fmt::Display for OrgSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An organisation's display name: 1 to 120 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgName(String);

/// Why a text is not an organisation name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidOrgName {
    /// Empty or over 120 characters.
    #[error("must be 1 to 120 characters")]
    Length,
    /// Contains control characters.
    #[error("must not contain control characters")]
    ControlCharacters,
}

impl OrgName {
    /// Parses a name, trimming surrounding white space.
    pub fn parse(raw: &str) -> Result<Self, InvalidOrgName> {
        let name = raw.trim();
        if name.is_empty() || name.chars().count() > 120 {
            Err(InvalidOrgName::Length)
        } else if name.chars().any(char::is_control) {
            Err(InvalidOrgName::ControlCharacters)
        } else {
            Ok(Self(name.to_owned()))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OrgName {
    type Error = InvalidOrgName;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<OrgName> for String {
    fn from(name: OrgName) -> Self {
        name.0
    }
}

/// An organisation's own website, as search engines link the employer to it: an absolute
/// `https://` or `http://` address with a host that has a dot, at most 200 characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Website(String);

/// Why a text is not a website.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InvalidWebsite {
    /// Not an absolute web address.
    #[error("must be a web address such as https://acme.example")]
    Shape,
    /// Too long.
    #[error("must be at most 200 characters")]
    Length,
}

impl Website {
    /// Parses a website address.
    pub fn parse(raw: &str) -> Result<Self, InvalidWebsite> {
        let url = raw.trim();
        if url.chars().count() > 200 {
            return Err(InvalidWebsite::Length);
        }
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
        let host_ok = host.is_some_and(|h| {
            let name = h
                .rsplit_once(':')
                .map_or(h, |(name, port)| if port.chars().all(|c| c.is_ascii_digit()) { name } else { h });
            name.contains('.')
                && !name.starts_with('.')
                && !name.ends_with('.')
                && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        });
        if !host_ok
            || url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        {
            return Err(InvalidWebsite::Shape);
        }
        Ok(Self(url.to_owned()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Website {
    type Error = InvalidWebsite;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Website> for String {
    fn from(website: Website) -> Self {
        website.0
    }
}

/// What an organisation says of itself: its name, its website and the country its vacancies
/// are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgProfile {
    /// The display name.
    pub name: OrgName,
    /// Its own website.
    pub website: Option<Website>,
    /// The country its vacancies are in.
    pub country: crate::eligibility::CountryCode,
    /// The language it works in: readers who name none get it, and new vacancies are in it.
    pub language: crate::language::Lang,
}

impl OrgProfile {
    /// Checks a profile as typed (an empty website is none), naming each field at fault.
    pub fn parse(
        name: &str,
        website: Option<&str>,
        country: &str,
        language: &str,
    ) -> Result<Self, Vec<crate::validation::FieldError>> {
        let mut v = crate::validation::Validator::new();
        let name = v.check("name", OrgName::parse(name));
        let website = match website.map(str::trim).filter(|w| !w.is_empty()) {
            Some(raw) => v.check("website", Website::parse(raw)).map(Some),
            None => Some(None),
        };
        let country = v.check("country", crate::eligibility::CountryCode::parse(country));
        let language = v.check(
            "language",
            crate::language::Lang::from_tag(language).ok_or_else(|| {
                let codes: Vec<String> =
                    crate::language::Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
                crate::validation::problem::one_of(&codes)
            }),
        );
        v.finish()?;
        match (name, website, country, language) {
            (Some(name), Some(website), Some(country), Some(language)) => {
                Ok(OrgProfile { name, website, country, language })
            }
            _ => Err(vec![]),
        }
    }
}

crate::said_as_problems!(InvalidSlug {
    Length => "slug-length",
    Shape => "slug-shape",
    Reserved => "slug-reserved",
});

crate::said_as_problems!(InvalidOrgName {
    Length => "org-name-length",
    ControlCharacters => "control-characters",
});

crate::said_as_problems!(InvalidWebsite {
    Shape => "website-shape",
    Length => "website-too-long",
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["acme", "acme-labs", "x1", "tu-delft-2026"] {
            assert!(OrgSlug::parse(good).is_ok(), "{good}");
        }
        assert_eq!(OrgSlug::parse("a"), Err(InvalidSlug::Length));
        for bad in ["Acme", "1acme", "acme-", "ac--me", "ac_me", "acmé"] {
            assert_eq!(OrgSlug::parse(bad), Err(InvalidSlug::Shape), "{bad}");
        }
        assert_eq!(OrgSlug::parse("api"), Err(InvalidSlug::Reserved));
    }

    #[test]
    fn names() {
        assert_eq!(OrgName::parse("  Acme B.V. ").unwrap().as_str(), "Acme B.V.");
        assert_eq!(OrgName::parse(""), Err(InvalidOrgName::Length));
        assert_eq!(OrgName::parse("a\tb"), Err(InvalidOrgName::ControlCharacters));
    }

    #[test]
    fn websites() {
        for good in
            ["https://acme.example", " https://www.acme.nl/careers ", "http://acme.example:8080/x?y#z"]
        {
            assert!(Website::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "acme.example",
            "javascript:alert(1)",
            "https://localhost",
            "https://.x",
            "https://a b.nl",
            "ftp://a.nl",
        ] {
            assert_eq!(Website::parse(bad), Err(InvalidWebsite::Shape), "{bad}");
        }
        assert_eq!(Website::parse(&format!("https://a.nl/{}", "x".repeat(200))), Err(InvalidWebsite::Length));
    }

    #[test]
    fn profiles_name_each_field_at_fault() {
        let profile = OrgProfile::parse(" Acme ", Some(" "), "nl", "nl").unwrap();
        assert_eq!((profile.name.as_str(), profile.website, profile.country.as_str()), ("Acme", None, "NL"));
        assert_eq!(profile.language, crate::language::Lang::Nl);
        let fields: Vec<String> = OrgProfile::parse("", Some("acme"), "XX", "fr")
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["name", "website", "country", "language"]);
    }
}
