//! iCalendar (RFC 5545) text for interview invitations and personal feeds: CRLF line ends,
//! lines folded at 75 octets, text values escaped, every time in UTC.

use chrono::{DateTime, Utc};

/// What a calendar object asks of its receiver (RFC 5546).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// An invitation, new or changed.
    Request,
    /// The event is called off.
    Cancel,
    /// A read-only feed.
    Publish,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
            Method::Publish => "PUBLISH",
        }
    }
}

/// A person on an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// How they are called.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
}

/// One event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across every change of the event.
    pub uid: String,
    /// Raised on every change (RFC 5545 3.8.7.4).
    pub sequence: u32,
    /// When this version was written.
    pub stamp: DateTime<Utc>,
    /// Start.
    pub start: DateTime<Utc>,
    /// End.
    pub end: DateTime<Utc>,
    /// Title.
    pub summary: String,
    /// Longer text.
    pub description: String,
    /// Where, if in person.
    pub location: Option<String>,
    /// The video link, if online.
    pub url: Option<String>,
    /// Who sends it.
    pub organizer: Person,
    /// Who is invited.
    pub attendees: Vec<Person>,
    /// Whether it is called off.
    pub cancelled: bool,
}

/// A calendar of `events` under `method`.
pub fn calendar(method: Method, name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Cohort//Interviews//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("METHOD:{}", method.as_str()));
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&event.uid)));
        line(&mut out, &format!("SEQUENCE:{}", event.sequence));
        line(&mut out, &format!("DTSTAMP:{}", utc(event.stamp)));
        line(&mut out, &format!("DTSTART:{}", utc(event.start)));
        line(&mut out, &format!("DTEND:{}", utc(event.end)));
        line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", escape(&event.description)));
        }
        if let Some(location) = &event.location {
            line(&mut out, &format!("LOCATION:{}", escape(location)));
        }
        if let Some(url) = &event.url {
            line(&mut out, &format!("URL:{url}"));
        }
        line(&mut out, &format!("STATUS:{}", if event.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        line(
            &mut out,
            &format!("ORGANIZER;CN={}:mailto:{}", param(&event.organizer.name), event.organizer.email),
        );
        for attendee in &event.attendees {
            line(
                &mut out,
                &format!(
                    "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{}",
                    param(&attendee.name),
                    attendee.email
                ),
            );
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value, quoted; a quote cannot appear in one, so it is dropped (RFC 5545 3.2).
fn param(text: &str) -> String {
    let clean: String = text.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{clean}\"")
}

/// Writes one content line, folded so that no line exceeds 75 octets, never inside a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event() -> Event {
        let at = Utc.with_ymd_and_hms(2027, 3, 1, 9, 30, 0).unwrap();
        Event {
            uid: "0190@cohort".into(),
            sequence: 2,
            stamp: at,
            start: at,
            end: at + chrono::Duration::hours(1),
            summary: "Interview; Backend intern, PixelHaven".into(),
            description: "Line one\nLine two".into(),
            location: None,
            url: Some("https://meet.example/abc".into()),
            organizer: Person { name: "Rita \"HR\"".into(), email: "rita@acme.example".into() },
            attendees: vec![Person { name: "Ada".into(), email: "ada@example.org".into() }],
            cancelled: false,
        }
    }

    #[test]
    fn lines_end_in_crlf_are_folded_and_text_is_escaped() {
        let mut long = event();
        long.description = "é".repeat(100);
        let text = calendar(Method::Request, "Cohort", &[long]);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        assert!(!text.replace("\r\n", "").contains('\n'));
        let text = calendar(Method::Request, "Cohort", &[event()]);
        assert!(text.contains("SUMMARY:Interview\\; Backend intern\\, PixelHaven\r\n"));
        assert!(text.contains("DESCRIPTION:Line one\\nLine two\r\n"));
        assert!(text.contains("DTSTART:20270301T093000Z\r\n"));
        assert!(text.contains("ORGANIZER;CN=\"Rita HR\":mailto:rita@acme.example\r\n"));
    }

    #[test]
    fn a_cancellation_says_so() {
        let mut cancelled = event();
        cancelled.cancelled = true;
        let text = calendar(Method::Cancel, "Cohort", &[cancelled]);
        assert!(text.contains("METHOD:CANCEL\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
    }
}
