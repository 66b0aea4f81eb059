//! Dates whose year fits a child or young adult (0–25 years before the reference year, which
//! the caller passes: the UI reads it from the clock).

use super::bytes::{digit_run, digits_value, is_wordish, keyword_near, number_ends};
use super::finding::Strength;

/// How many years before the reference year a date may lie to look like a child's birth date.
const BIRTH_YEARS_BACK: i32 = 25;

/// Words that make a date a strong finding.
const BIRTH_WORDS: [&str; 7] = [
    "geboren",
    "geb.",
    "geb:",
    "geb ",
    "geboorte",
    "verjaardag",
    "jarig",
];

const MONTHS: [(&str, u32); 25] = [
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("feb", 2),
    ("maart", 3),
    ("mrt", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("augustus", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("mar", 3),
];

fn days_in_month(month: u32, year: Option<i32>) -> u32 {
    match month {
        2 => match year {
            Some(y) if !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date at `i`: `dd-mm-yyyy`, `d/m/yy`, `dd.mm.yyyy`, `yyyy-mm-dd`, `12 maart 2015` or
/// `12 maart`. Returns the end and the year (none for a day and month only; below 100 for a
/// two-digit year).
pub(super) fn parse_date(b: &[u8], i: usize) -> Option<(usize, Option<i32>)> {
    let r1 = digit_run(b, i);
    let (day, month, year, end) = if r1 == 4 {
        let sep = *b.get(i + 4)?;
        if !matches!(sep, b'-' | b'/') {
            return None;
        }
        let r2 = digit_run(b, i + 5);
        if !(1..=2).contains(&r2) || b.get(i + 5 + r2) != Some(&sep) {
            return None;
        }
        let p3 = i + 6 + r2;
        let r3 = digit_run(b, p3);
        if !(1..=2).contains(&r3) || !number_ends(b, p3 + r3, Some(sep)) {
            return None;
        }
        (
            digits_value(b, p3, r3),
            digits_value(b, i + 5, r2),
            Some(digits_value(b, i, 4) as i32),
            p3 + r3,
        )
    } else if (1..=2).contains(&r1) {
        let day = digits_value(b, i, r1);
        let sep = *b.get(i + r1)?;
        if matches!(sep, b'-' | b'/' | b'.') {
            let p2 = i + r1 + 1;
            let r2 = digit_run(b, p2);
            if !(1..=2).contains(&r2) || b.get(p2 + r2) != Some(&sep) {
                return None;
            }
            let p3 = p2 + r2 + 1;
            let r3 = digit_run(b, p3);
            if !(r3 == 4 || (r3 == 2 && sep != b'.')) || !number_ends(b, p3 + r3, Some(sep)) {
                return None;
            }
            // A two-digit year stays below 100 here; `classify_date` places it in a century.
            let y = digits_value(b, p3, r3) as i32;
            (day, digits_value(b, p2, r2), Some(y), p3 + r3)
        } else if sep == b' ' {
            let p2 = i + r1 + 1;
            let wl = b
                .get(p2..)?
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            if !(3..=9).contains(&wl) {
                return None;
            }
            let word = &b[p2..p2 + wl];
            let month = MONTHS
                .iter()
                .find(|(m, _)| m.as_bytes().eq_ignore_ascii_case(word))?
                .1;
            let mut e = p2 + wl;
            if b.get(e).is_some_and(|&c| is_wordish(c)) {
                return None;
            }
            let mut after_month = e;
            if wl <= 4 && b.get(e) == Some(&b'.') {
                after_month += 1;
            }
            let mut year = None;
            if b.get(after_month) == Some(&b' ') && digit_run(b, after_month + 1) == 4 {
                let py = after_month + 1;
                if number_ends(b, py + 4, None) {
                    year = Some(digits_value(b, py, 4) as i32);
                    e = py + 4;
                }
            }
            (day, month, year, e)
        } else {
            return None;
        }
    } else {
        return None;
    };
    let leap_year = year.map(|y| if y < 100 { 2000 + y } else { y });
    let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(month, leap_year);
    valid.then_some((end, year))
}

/// Does a date look like a child's birth date? Sterk next to "geboren" and the like; Mogelijk
/// when the year is 2–25 years back. Dates in the last two years without such a word are
/// usually appointments or events, so they do not warn.
pub(super) fn classify_date(
    b: &[u8],
    start: usize,
    end: usize,
    year: Option<i32>,
    reference_year: i32,
) -> Option<Strength> {
    let near = keyword_near(b, start, end, &BIRTH_WORDS);
    match year {
        Some(mut y) => {
            // A two-digit year is 20yy, or 19yy when 20yy lies in the future.
            if y < 100 {
                y += if 2000 + y <= reference_year {
                    2000
                } else {
                    1900
                };
            }
            let age = i64::from(reference_year) - i64::from(y);
            if !(0..=i64::from(BIRTH_YEARS_BACK)).contains(&age) {
                None
            } else if near {
                Some(Strength::Sterk)
            } else if age >= 2 {
                Some(Strength::Mogelijk)
            } else {
                None
            }
        }
        None => near.then_some(Strength::Mogelijk),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{scan, IdentifierKind, Strength};

    #[test]
    fn birth_dates() {
        let y = |t: &str| scan(t, 2026);
        let w = y("geboren op 12-03-2015");
        assert_eq!(w.len(), 1);
        assert_eq!(
            (w[0].kind, w[0].strength, w[0].snippet.as_str()),
            (IdentifierKind::Geboortedatum, Strength::Sterk, "12-03-2015")
        );
        for t in [
            "12/03/2015",
            "1-3-15",
            "12.03.2015",
            "2015-03-12",
            "12 maart 2015",
            "3 mrt. 2010",
        ] {
            let w = y(t);
            assert_eq!(w.len(), 1, "{t}: {w:?}");
            assert_eq!(
                (w[0].kind, w[0].strength),
                (IdentifierKind::Geboortedatum, Strength::Mogelijk),
                "{t}"
            );
        }
        assert_eq!(y("geb. 3 mei")[0].strength, Strength::Mogelijk);
        assert_eq!(y("jarig op 12 maart 2025")[0].strength, Strength::Sterk);
        // The reference year moves the window.
        assert!(scan("12-03-2015", 2050).is_empty());
    }

    #[test]
    fn date_negatives() {
        let y = |t: &str| scan(t, 2026);
        assert!(y("2015").is_empty(), "a year alone");
        assert!(y("in 2015 verhuisd").is_empty());
        assert!(y("12-03-1980").is_empty(), "an adult");
        assert!(
            y("afspraak 2026-12-01").is_empty(),
            "a recent date, no keyword"
        );
        assert!(y("op 5 januari 2025 gesprek").is_empty());
        assert!(y("31-02-2015").is_empty(), "no such day");
        assert!(y("29-02-2015").is_empty(), "not a leap year");
        assert_eq!(y("29-02-2016").len(), 1, "a leap year");
        assert!(y("12-13-2015").is_empty(), "no month 13");
        assert!(y("12 maart").is_empty(), "no year, no keyword");
        assert!(y("1.2.15").is_empty(), "an outline number");
        assert!(y("12-03-2015-4").is_empty());
        assert!(y("2 keer per week").is_empty());
    }

    #[test]
    fn the_reference_year_moves_the_window() {
        let kinds = |t: &str, year: i32| -> Vec<(IdentifierKind, Strength)> {
            scan(t, year).iter().map(|w| (w.kind, w.strength)).collect()
        };
        let possible = vec![(IdentifierKind::Geboortedatum, Strength::Mogelijk)];
        let strong = vec![(IdentifierKind::Geboortedatum, Strength::Sterk)];
        // 22 years back in 2026, 27 in 2031: a young adult, then an adult.
        assert_eq!(kinds("12-03-2004", 2026), possible);
        assert!(kinds("12-03-2004", 2031).is_empty());
        // A date in 2030 lies in the future in 2026 and is a toddler's birth date in 2031.
        assert!(kinds("geboren 12-03-2030", 2026).is_empty());
        assert_eq!(kinds("geboren 12-03-2030", 2031), strong);
        // A two-digit year is placed in the century that makes it lie in the past.
        assert!(kinds("1-3-28", 2026).is_empty(), "1928");
        assert_eq!(kinds("1-3-28", 2031), possible, "2028");
    }
}
