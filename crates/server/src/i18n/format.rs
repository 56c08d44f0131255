//! Dates, times and money as each language writes them. Times are shown in the Netherlands'
//! zone (CET, or CEST in summer), named after the time, since Cohort's internships are there.

use super::Lang;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A date: "3 December 2026", "3 december 2026".
pub fn date(lang: Lang, day: NaiveDate) -> String {
    let months = match lang {
        Lang::En => MONTHS_EN,
        Lang::Nl => MONTHS_NL,
    };
    format!("{} {} {}", day.day(), months[day.month0() as usize], day.year())
}

const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_NL: [&str; 7] =
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/// A day with its weekday: "Wednesday 10 February 2027", "woensdag 10 februari 2027".
pub fn day(lang: Lang, day: NaiveDate) -> String {
    let weekdays = match lang {
        Lang::En => WEEKDAYS_EN,
        Lang::Nl => WEEKDAYS_NL,
    };
    format!("{} {}", weekdays[day.weekday().num_days_from_monday() as usize], date(lang, day))
}

/// The last Sunday of a month, at 01:00 UTC: when European summer time starts (March) or ends
/// (October).
fn last_sunday_1am_utc(year: i32, month: u32) -> DateTime<Utc> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .unwrap_or_default();
    let mut day = first_of_next - Duration::days(1);
    while day.weekday() != Weekday::Sun {
        day -= Duration::days(1);
    }
    Utc.from_utc_datetime(&day.and_hms_opt(1, 0, 0).unwrap_or_default())
}

/// The Netherlands' time at `at`, and the zone's name.
fn amsterdam(at: DateTime<Utc>) -> (chrono::NaiveDateTime, &'static str) {
    let year = at.year();
    let summer = at >= last_sunday_1am_utc(year, 3) && at < last_sunday_1am_utc(year, 10);
    let (offset, zone) = if summer { (2, "CEST") } else { (1, "CET") };
    ((at + Duration::hours(offset)).naive_utc(), zone)
}

/// A moment, in the Netherlands' time with the zone named: "3 December 2026, 14:00 CET".
pub fn date_time(lang: Lang, at: DateTime<Utc>) -> String {
    let (local, zone) = amsterdam(at);
    format!("{}, {} {zone}", date(lang, local.date()), local.format("%H:%M"))
}

/// A stretch of time: "3 December 2026, 14:00 – 16:00 CET" within a day, else both moments in full.
pub fn span(lang: Lang, start: DateTime<Utc>, end: DateTime<Utc>) -> String {
    let ((from, from_zone), (until, until_zone)) = (amsterdam(start), amsterdam(end));
    if from.date() == until.date() && from_zone == until_zone {
        format!(
            "{}, {} – {} {until_zone}",
            date(lang, from.date()),
            from.format("%H:%M"),
            until.format("%H:%M")
        )
    } else {
        format!("{} – {}", date_time(lang, start), date_time(lang, end))
    }
}

/// A number with one decimal, the reader's way: "1.5", "1,5".
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::En => text,
        Lang::Nl => text.replace('.', ","),
    }
}

/// An amount of money: "€750" or "€750.50" in English, "€ 750" or "€ 750,50" in Dutch; other
/// currencies by their code ("USD 750").
pub fn money(lang: Lang, cents: i64, currency: &str) -> String {
    let whole = cents.abs() / 100;
    let rest = cents.abs() % 100;
    let sign = if cents < 0 { "-" } else { "" };
    let grouped = {
        let digits = whole.to_string();
        let separator = match lang {
            Lang::En => ',',
            Lang::Nl => '.',
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    };
    let amount = match (rest, lang) {
        (0, _) => grouped,
        (r, Lang::En) => format!("{grouped}.{r:02}"),
        (r, Lang::Nl) => format!("{grouped},{r:02}"),
    };
    match (currency, lang) {
        ("EUR", Lang::En) => format!("{sign}€{amount}"),
        ("EUR", Lang::Nl) => format!("{sign}€ {amount}"),
        (code, _) => format!("{sign}{code} {amount}"),
    }
}

/// The time left until a deadline `seconds` away: "2 days 3 hours left", "nog 2 dagen 3 uur".
pub fn time_left(lang: Lang, seconds: i64) -> String {
    if seconds <= 0 {
        return super::t(lang, "time-passed", &[]);
    }
    let (days, hours, minutes) = (seconds / 86_400, seconds % 86_400 / 3600, (seconds % 3600 / 60).max(1));
    super::t(
        lang,
        "time-left",
        &[("days", days.into()), ("hours", hours.into()), ("minutes", minutes.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_name_the_day_once_when_they_fit_in_it() {
        let start = Utc.with_ymd_and_hms(2026, 12, 3, 13, 0, 0).unwrap();
        assert_eq!(span(Lang::Nl, start, start + Duration::hours(2)), "3 december 2026, 14:00 – 16:00 CET");
        assert_eq!(
            span(Lang::En, start, start + Duration::days(1)),
            "3 December 2026, 14:00 CET – 4 December 2026, 14:00 CET"
        );
    }

    #[test]
    fn dates_in_each_language() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        assert_eq!(date(Lang::En, day), "3 December 2026");
        assert_eq!(date(Lang::Nl, day), "3 december 2026");
        assert_eq!(super::day(Lang::Nl, day), "donderdag 3 december 2026");
        assert_eq!(super::day(Lang::En, day), "Thursday 3 December 2026");
        assert_eq!((decimal(Lang::En, 1.25), decimal(Lang::Nl, 1.25)), ("1.2".to_owned(), "1,2".to_owned()));
    }

    #[test]
    fn times_in_the_netherlands_zone_with_its_name() {
        let winter = Utc.with_ymd_and_hms(2026, 12, 3, 13, 0, 0).unwrap();
        assert_eq!(date_time(Lang::Nl, winter), "3 december 2026, 14:00 CET");
        let summer = Utc.with_ymd_and_hms(2027, 6, 1, 7, 30, 0).unwrap();
        assert_eq!(date_time(Lang::En, summer), "1 June 2027, 09:30 CEST");
        // Summer time starts on the last Sunday of March at 01:00 UTC (28 March 2027).
        let before = Utc.with_ymd_and_hms(2027, 3, 28, 0, 59, 0).unwrap();
        let after = Utc.with_ymd_and_hms(2027, 3, 28, 1, 0, 0).unwrap();
        assert_eq!(date_time(Lang::En, before), "28 March 2027, 01:59 CET");
        assert_eq!(date_time(Lang::En, after), "28 March 2027, 03:00 CEST");
        // And ends on the last Sunday of October (25 October 2026).
        let end = Utc.with_ymd_and_hms(2026, 10, 25, 1, 0, 0).unwrap();
        assert_eq!(date_time(Lang::Nl, end), "25 oktober 2026, 02:00 CET");
    }

    #[test]
    fn time_left_counts_down_in_words() {
        assert_eq!(time_left(Lang::En, 2 * 86_400 + 3 * 3600), "2 days 3 hours left");
        assert_eq!(time_left(Lang::Nl, 86_400 + 3600), "nog 1 dag 1 uur");
        assert_eq!(time_left(Lang::En, 3600 + 60), "1 hour 1 minute left");
        assert_eq!(time_left(Lang::Nl, 125), "nog 2 minuten");
        assert_eq!(time_left(Lang::En, 0), "the deadline has passed");
        assert_eq!(time_left(Lang::En, -5), "the deadline has passed");
        assert_eq!(time_left(Lang::En, 30), "1 minute left");
        assert_eq!(time_left(Lang::En, 40 * 60), "40 minutes left");
        assert_eq!(time_left(Lang::En, 2 * 86_400 + 3 * 3600 + 59), "2 days 3 hours left");
        assert_eq!(time_left(Lang::En, 86_400), "1 day 0 hours left");
    }

    #[test]
    fn money_in_each_language() {
        assert_eq!(money(Lang::En, 75_000, "EUR"), "€750");
        assert_eq!(money(Lang::Nl, 75_000, "EUR"), "€ 750");
        assert_eq!(money(Lang::Nl, 75_050, "EUR"), "€ 750,50");
        assert_eq!(money(Lang::En, 123_456_789, "EUR"), "€1,234,567.89");
        assert_eq!(money(Lang::Nl, 123_456_700, "USD"), "USD 1.234.567");
    }
}
