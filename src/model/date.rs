//! A calendar date without a time of day or time zone (an agreed step, an evaluation moment).
//! Stored as "YYYY-MM-DD" (ISO 8601, what `<input type="date">` gives), shown as dd-mm-jjjj.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the proleptic Gregorian calendar. Ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const DAY_MS: i64 = 86_400_000;

impl Date {
    /// The date, when it exists (years 1..=9999, so it always prints as four digits).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Reads "YYYY-MM-DD" (what a date field gives); `None` for anything else.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse::<i32>().ok())
                .flatten()
        };
        Date::new(digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8)
    }

    /// "YYYY-MM-DD".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// dd-mm-jjjj, as the app writes dates for a Dutch reader.
    pub fn nl(self) -> String {
        format!("{:02}-{:02}-{:04}", self.day, self.month, self.year)
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        )
    }

    /// The date `days` days after 1970-01-01 (clamped to the years 1..=9999).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let min = days_from_civil(1, 1, 1);
        let max = days_from_civil(9999, 12, 31);
        let (y, m, d) = civil_from_days(days.clamp(min, max));
        Date {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The local date of a moment (Unix milliseconds) at `utc_offset_minutes` from UTC (east
    /// positive: +60 in Dutch winter time).
    pub fn from_unix_ms(ms: u64, utc_offset_minutes: i32) -> Date {
        let local = ms as i64 + i64::from(utc_offset_minutes) * 60_000;
        Date::from_days_since_epoch(local.div_euclid(DAY_MS))
    }

    /// This date plus `days` (may be negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (the algorithm of
/// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
pub(super) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The inverse of [`civil_from_days`] (same source).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom("a date as YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_exist_or_not() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
        assert!(Date::new(0, 1, 1).is_none());
    }

    #[test]
    fn iso_text_round_trips_and_rejects_other_shapes() {
        let d = Date::parse_iso("2026-12-01").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2026, 12, 1));
        assert_eq!(d.iso(), "2026-12-01");
        assert_eq!(d.nl(), "01-12-2026");
        for bad in [
            "",
            "2026-1-01",
            "01-12-2026",
            "2026-02-30",
            "2026-12-01T00",
            "+026-12-01",
            "2026-1a-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2026-12-01\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"morgen\"").is_err());
    }

    #[test]
    fn day_counts_go_both_ways_across_months_years_and_leap_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 2, 29).unwrap().days_since_epoch(), 11_016);
        for days in -700_000..-699_000i64 {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        for days in 19_000..21_000i64 {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        // Before year 1 and after 9999 the day clamps, so every date prints as four digits.
        assert_eq!(
            Date::from_days_since_epoch(-800_000),
            Date::new(1, 1, 1).unwrap()
        );
        assert_eq!(Date::from_days_since_epoch(9_000_000).iso(), "9999-12-31");
        let d = Date::new(2026, 12, 28).unwrap();
        assert_eq!(d.add_days(4), Date::new(2027, 1, 1).unwrap());
        assert_eq!(Date::new(2028, 2, 28).unwrap().add_days(1).day(), 29);
        assert_eq!(d.days_until(d.add_days(-10)), -10);
        assert!(d < d.add_days(1));
    }

    #[test]
    fn the_local_day_of_a_moment_follows_the_offset() {
        // 2026-12-31T23:30Z: 1 January in Amsterdam (UTC+1), 31 December in UTC.
        let ms = 1_798_759_800_000;
        assert_eq!(Date::from_unix_ms(ms, 0), Date::new(2026, 12, 31).unwrap());
        assert_eq!(Date::from_unix_ms(ms, 60), Date::new(2027, 1, 1).unwrap());
    }
}
