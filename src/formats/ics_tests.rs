use super::*;
use crate::content::catalogue;
use crate::model::AgreedStep;

fn d(y: i32, m: u8, day: u8) -> Date {
    Date::new(y, m, day).unwrap()
}

/// Unfolds an iCalendar text into its logical lines (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

fn case() -> Casus {
    let mut c = Casus::new();
    c.label = "Groep 6, casus B; november".into();
    c.follow_up.evaluation = Some(d(2027, 1, 12));
    c.steps = vec![
        AgreedStep {
            what: "Gesprek met moeder over de nachten".into(),
            who: "intern begeleider".into(),
            date: Some(d(2026, 12, 31)),
            ..Default::default()
        },
        AgreedStep {
            what: "Bellen met lokaal team".into(),
            date: Some(d(2026, 12, 2)),
            done: true,
            ..Default::default()
        },
        AgreedStep {
            what: "Zonder datum".into(),
            ..Default::default()
        },
    ];
    c
}

// 2026-12-01T18:30:05Z
const NOW: u64 = 1_796_149_805_000;

#[test]
fn every_line_ends_in_crlf_and_the_calendar_has_one_event_per_open_date() {
    let s = &catalogue().followup.screen;
    let text = calendar(&case_events(&case(), s), "c-42", NOW);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "a bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "a bare CR");
    let lines = unfold(&text);
    assert_eq!(lines[0], "BEGIN:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 2);
    // All-day events on the agreed days; DTEND is the next day (exclusive).
    for want in [
        "DTSTART;VALUE=DATE:20270112",
        "DTEND;VALUE=DATE:20270113",
        "DTSTART;VALUE=DATE:20261231",
        "DTEND;VALUE=DATE:20270101",
        "DTSTAMP:20261201T183005Z",
        "UID:c-42-evaluatie-20270112@thuiswijzer.invalid",
        "UID:c-42-afspraak-1-20261231@thuiswijzer.invalid",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want} in {lines:#?}");
    }
    // The step marked done is not in the calendar; no time zone anywhere.
    assert!(!text.contains("20261202"));
    assert!(!text.contains("TZID") && !text.contains("DTSTART:"));
}

#[test]
fn the_title_is_only_the_escaped_label_and_no_case_text_is_in_the_file() {
    let s = &catalogue().followup.screen;
    let c = case();
    let text = calendar(&case_events(&c, s), "c-42", NOW);
    let lines = unfold(&text);
    let summaries: Vec<&String> = lines.iter().filter(|l| l.starts_with("SUMMARY:")).collect();
    assert_eq!(summaries.len(), 2);
    for l in summaries {
        assert_eq!(l, "SUMMARY:Groep 6\\, casus B\\; november");
    }
    for private in ["moeder", "nachten", "intern begeleider", "lokaal team"] {
        assert!(!text.contains(private), "{private}");
    }
    // Without a label the title is a fixed word, not empty.
    let mut unlabeled = c.clone();
    unlabeled.label = "  ".into();
    let text = calendar(&case_events(&unlabeled, s), "x", NOW);
    assert!(unfold(&text).contains(&format!("SUMMARY:{}", s.ics_no_label)));
}

#[test]
fn text_values_are_escaped() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("regel 1\r\nregel 2\nregel 3"),
        r"regel 1\nregel 2\nregel 3"
    );
    assert_eq!(escape_text("bel\u{7}"), "bel");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let label = "é".repeat(60) + &"x".repeat(50);
    let line = format!("SUMMARY:{}", escape_text(&label));
    let folded = fold(&line);
    for (i, part) in folded.split("\r\n").enumerate() {
        assert!(part.len() <= 75, "line {i} has {} octets", part.len());
        assert_eq!(part.starts_with(' '), i > 0);
    }
    assert_eq!(folded.replace("\r\n ", ""), line);
    // A short line stays as it is.
    assert_eq!(fold("VERSION:2.0"), "VERSION:2.0");
    assert_eq!(fold(&"a".repeat(75)), "a".repeat(75));
    assert_eq!(fold(&"a".repeat(76)), format!("{}\r\n a", "a".repeat(75)));
}

#[test]
fn no_dates_make_an_empty_calendar() {
    let s = &catalogue().followup.screen;
    let events = case_events(&Casus::new(), s);
    assert!(events.is_empty());
    let text = calendar(&events, "x", NOW);
    assert!(!text.contains("VEVENT"));
}
