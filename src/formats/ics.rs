//! The calendar file of "Zet in mijn agenda": an iCalendar text (RFC 5545) with one all-day
//! event per date of a case (the evaluation moment and each open agreed step with a date).
//!
//! - All-day events (`DTSTART;VALUE=DATE`), so no time zone can move a date to another day.
//! - The title (`SUMMARY`) is only the case label, which the identifier warnings already check;
//!   the description is a fixed sentence from the content, never case text.
//! - CRLF line ends, TEXT values escaped (`\\`, `;`, `,`, newlines), lines folded at 75
//!   octets without splitting a UTF-8 character, a `UID` per event and `DTSTAMP` in UTC.

use crate::content::FollowupScreen;
use crate::model::{Casus, Date};

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// Distinguishes the events of one file in their UID ("evaluatie", "afspraak-2").
    pub key: String,
}

/// The events of a case: the evaluation moment, then each agreed step with a date that is not
/// marked done, in the case's order.
pub fn case_events(c: &Casus, s: &FollowupScreen) -> Vec<IcsEvent> {
    let label = c.label.trim();
    let summary = if label.is_empty() {
        s.ics_no_label.to_string()
    } else {
        label.to_string()
    };
    let mut out = Vec::new();
    if let Some(date) = c.follow_up.evaluation {
        out.push(IcsEvent {
            date,
            summary: summary.clone(),
            description: s.ics_evaluation.to_string(),
            key: "evaluatie".into(),
        });
    }
    for (i, step) in c.steps.iter().enumerate().filter(|(_, s)| !s.done) {
        if let Some(date) = step.date {
            let n = (i + 1).to_string();
            out.push(IcsEvent {
                date,
                summary: summary.clone(),
                description: s.ics_step.replace("{n}", &n),
                key: format!("afspraak-{n}"),
            });
        }
    }
    out
}

/// The iCalendar text for `events`. `uid_base` makes the UIDs unique (a random id of the
/// caller); `stamp_ms` is now, in Unix milliseconds (written as UTC).
pub fn calendar(events: &[IcsEvent], uid_base: &str, stamp_ms: u64) -> String {
    let stamp = utc_stamp(stamp_ms);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Thuiswijzer//Opvolgen//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for e in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-{}-{}@thuiswijzer.invalid",
                uid_base,
                e.key,
                compact(e.date)
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(e.date)),
            format!("DTEND;VALUE=DATE:{}", compact(e.date.add_days(1))),
            format!("SUMMARY:{}", escape_text(&e.summary)),
            format!("DESCRIPTION:{}", escape_text(&e.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// YYYYMMDD (the DATE value type).
fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// YYYYMMDDTHHMMSSZ in UTC.
fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let date = Date::from_days_since_epoch((secs / 86_400) as i64);
    let rest = secs % 86_400;
    format!(
        "{}T{:02}{:02}{:02}Z",
        compact(date),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11). Control characters other than newlines go.
pub fn escape_text(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line (RFC 5545 §3.1): at most 75 octets per line, continuation lines start
/// with one space; never inside a UTF-8 character. Without the final CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += n;
    }
    out
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
