//! The talent pool's import format: one candidate per CSV row, every problem of a row named so
//! that the row is rejected whole (never half imported); and CSV cells made safe for
//! spreadsheets on export.

use crate::candidate::CandidateProfile;
use crate::eligibility::{CountryCode, Period};
use crate::identity::EmailAddress;
use crate::validation::problem;
use crate::validation::{FieldError, Validator};
use chrono::NaiveDate;

/// The CSV header the importer reads (in any column order; `email` and `name` are required,
/// lists are separated by `;`, dates are `YYYY-MM-DD`).
pub const CSV_COLUMNS: [&str; 13] = [
    "email",
    "name",
    "phone",
    "institution",
    "country",
    "field_of_study",
    "enrollment_start",
    "enrollment_end",
    "graduation",
    "skills",
    "languages",
    "github",
    "portfolio_url",
];

/// A candidate of the pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolCandidate {
    /// Their e-mail address (unique within an organisation's pool).
    pub email: EmailAddress,
    /// What we know of them.
    pub profile: CandidateProfile,
}

/// Why a header is refused: an unknown column, a column twice, or a required one missing.
pub fn check_header(header: &[String]) -> Result<(), String> {
    for (i, column) in header.iter().enumerate() {
        if !CSV_COLUMNS.contains(&column.as_str()) {
            return Err(format!("unknown column {column:?}; the columns are: {}", CSV_COLUMNS.join(", ")));
        }
        if header[..i].contains(column) {
            return Err(format!("column {column:?} appears twice"));
        }
    }
    for required in ["email", "name"] {
        if !header.iter().any(|c| c == required) {
            return Err(format!("the column {required:?} is required"));
        }
    }
    Ok(())
}

/// One row, by header, into a candidate; or every problem with it.
pub fn parse_row(header: &[String], cells: &[String]) -> Result<PoolCandidate, Vec<FieldError>> {
    let mut v = Validator::new();
    if cells.len() != header.len() {
        v.fail(
            "row",
            problem::of("row-cells")
                .number("cells", cells.len() as i64)
                .number("header", header.len() as i64),
        );
        return Err(v.finish().err().unwrap_or_default());
    }
    let cell = |name: &str| {
        header
            .iter()
            .position(|c| c == name)
            .map(|i| cells[i].trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let list = |name: &str| -> Vec<String> {
        cell(name)
            .map(|value| value.split(';').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    };
    let mut date = |name: &str| -> Option<NaiveDate> {
        let raw = cell(name)?;
        v.check(
            name,
            NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
                .map_err(|_| problem::of("date").text("given", raw.clone())),
        )
    };
    let start = date("enrollment_start");
    let end = date("enrollment_end");
    let graduation = date("graduation");
    let email = v.check("email", EmailAddress::parse(&cell("email").unwrap_or_default()));
    let country = cell("country").and_then(|raw| v.check("country", CountryCode::parse(&raw)));
    let enrollment = match (start, end) {
        (Some(start), Some(end)) => Period::new(start, end).or_else(|| {
            v.fail("enrollment_end", problem::of("not-before-start"));
            None
        }),
        (None, None) => None,
        _ => {
            v.fail("enrollment_end", problem::of("enrollment-both"));
            None
        }
    };
    let profile = CandidateProfile {
        name: cell("name").unwrap_or_default(),
        phone: cell("phone"),
        institution: cell("institution"),
        institution_country: country,
        field_of_study: cell("field_of_study"),
        enrollment,
        graduation,
        skills: list("skills"),
        languages: list("languages"),
        work_authorisation: Vec::new(),
        github: cell("github"),
        portfolio_url: cell("portfolio_url"),
    };
    for problem in profile.problems() {
        v.fail(&problem.field, problem.problem);
    }
    v.finish()?;
    let email = email.ok_or_else(Vec::new)?;
    Ok(PoolCandidate { email, profile })
}

/// A cell as a spreadsheet may safely open it: text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return, also after leading spaces, which
/// spreadsheets skip) gets a leading `'`.
pub fn spreadsheet_safe(cell: &str) -> String {
    let formula = |first: Option<char>| matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    if formula(cell.chars().next()) || formula(cell.trim_start().chars().next()) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Vec<String> {
        ["email", "name", "country", "enrollment_start", "enrollment_end", "skills"]
            .map(String::from)
            .to_vec()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn a_good_row_becomes_a_candidate() {
        let ok = parse_row(
            &header(),
            &row(&["ada@uni.nl", "Ada", "nl", "2024-09-01", "2027-08-31", "Python; Rust"]),
        );
        let ok = ok.unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(ok.profile.skills, ["Python", "Rust"]);
        assert_eq!(ok.profile.institution_country.map(|c| c.as_str().to_owned()), Some("NL".into()));
    }

    #[test]
    fn a_bad_row_names_every_problem() {
        let bad = parse_row(&header(), &row(&["not-an-email", "", "Narnia", "2027-01-01", "2026-01-01", ""]));
        let fields: Vec<String> = bad.err().unwrap_or_default().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "country", "enrollment_end", "name"]);
        assert!(parse_row(&header(), &row(&["a@b.nl"])).is_err());
    }

    #[test]
    fn headers_are_checked() {
        assert!(check_header(&header()).is_ok());
        assert!(check_header(&["email".into(), "name".into(), "salary".into()]).is_err());
        assert!(check_header(&["name".into()]).is_err());
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("-1"), "'-1");
        assert_eq!(spreadsheet_safe("Ada"), "Ada");
    }

    #[test]
    fn formulas_are_neutralised_even_behind_spaces() {
        for formula in
            ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =HYPERLINK(\"x\")", " \u{a0}+1", "\n@x"]
        {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"), "{formula:?}");
        }
        for text in ["Ada", " Ada", "1+1", "a=b", ""] {
            assert_eq!(spreadsheet_safe(text), text, "{text:?}");
        }
    }
}
