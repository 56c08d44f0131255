//! The languages Cohort speaks: what a person reads pages in, applies in and gets e-mails in.

use serde::{Deserialize, Serialize};

/// A language Cohort speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Every language, in the order the switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The BCP 47 tag (`lang` attributes, `hreflang`, the cookie, the database).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language's own name for itself (the switch shows it so).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// The language a tag names (`nl`, `nl-NL`, `EN-gb`), if Cohort speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best language of an `Accept-Language` header (RFC 9110 §12.5.4): the highest
    /// weight Cohort speaks, the earlier one on a tie.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else { continue };
            let weight = parts.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), |q| {
                q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
            });
            let Some(weight) = weight.filter(|w| *w > 0) else { continue };
            if best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang)
    }

    /// The language Cohort writes to a person in when no request names one (e-mails, calendar
    /// files): about an application, the language it was made in; else the language the person
    /// chose for their account; else their organisation's.
    pub fn written(applied_in: Option<Lang>, chosen: Option<Lang>, organisation: Lang) -> Lang {
        applied_in.or(chosen).unwrap_or(organisation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_written_to_in_the_application_then_their_choice_then_the_organisations() {
        assert_eq!(Lang::written(Some(Lang::Nl), Some(Lang::En), Lang::En), Lang::Nl);
        assert_eq!(Lang::written(None, Some(Lang::Nl), Lang::En), Lang::Nl);
        assert_eq!(Lang::written(None, None, Lang::Nl), Lang::Nl);
    }

    #[test]
    fn accept_language_picks_the_best_weight_cohort_speaks() {
        assert_eq!(Lang::from_accept_language("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7"), Some(Lang::Nl));
        assert_eq!(Lang::from_accept_language("de-DE, en;q=0.5, nl;q=0.4"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("fr, de"), None);
        assert_eq!(Lang::from_accept_language("nl;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("en;q=0.8, nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_accept_language("nl;q=abc"), None);
    }

    #[test]
    fn tags() {
        assert_eq!(Lang::from_tag("NL-be"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("english"), None);
        assert_eq!(serde_json::to_value(Lang::Nl).unwrap(), "nl");
    }
}
