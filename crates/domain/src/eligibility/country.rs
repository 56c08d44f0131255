use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 3166-1 alpha-2 country code, upper case: `NL`, `DE`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

/// A text that is not a two-letter country code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be an ISO 3166 country code such as NL (GB for the United Kingdom)")]
pub struct InvalidCountry;

/// Every officially assigned ISO 3166-1 alpha-2 code (249), in order.
const ASSIGNED: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ \
LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Names for the countries whose students Cohort's users recruit most; others show their code.
const NAMES: &[(&str, &str)] = &[
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("CH", "Switzerland"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("ES", "Spain"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "the United Kingdom"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("LU", "Luxembourg"),
    ("NL", "the Netherlands"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("SE", "Sweden"),
    ("US", "the United States"),
];

impl CountryCode {
    /// Parses a code, folding case.
    pub fn parse(raw: &str) -> Result<Self, InvalidCountry> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && ASSIGNED.split(' ').any(|assigned| assigned == code) {
            Ok(Self(code))
        } else {
            Err(InvalidCountry)
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A name for sentences: "the Netherlands", or the code when Cohort knows no name.
    pub fn name(&self) -> &str {
        NAMES.iter().find(|(code, _)| *code == self.0).map_or(self.0.as_str(), |(_, name)| name)
    }
}

impl TryFrom<String> for CountryCode {
    type Error = InvalidCountry;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> Self {
        code.0
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl crate::phrase::Said for InvalidCountry {
    fn said(&self) -> crate::phrase::Phrase {
        crate::phrase::Phrase::new("problem-country")
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(CountryCode::parse(" nl ").unwrap().as_str(), "NL");
        assert_eq!(CountryCode::parse("NL").unwrap().name(), "the Netherlands");
        assert_eq!(CountryCode::parse("KE").unwrap().name(), "KE");
        for bad in ["", "N", "NLD", "N1", "ñl", "XX", "UK", "ZZ", "EU", "AA"] {
            assert_eq!(CountryCode::parse(bad), Err(InvalidCountry), "{bad}");
        }
    }

    #[test]
    fn the_list_is_the_assigned_codes() {
        let codes: Vec<&str> = ASSIGNED.split(' ').collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "in order, once each");
        assert!(codes.iter().all(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase())));
        for (code, _) in NAMES {
            assert!(codes.contains(code), "{code}");
        }
    }
}
