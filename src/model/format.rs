//! How the app writes values of the case for a Dutch reader (dates, lists).

use super::date::Date;

/// A date as dd-mm-jjjj, from Unix milliseconds and the offset of local time from UTC in
/// minutes (east positive: +60 in Dutch winter time, +120 in summer time).
pub fn date_nl(ms: u64, utc_offset_minutes: i32) -> String {
    Date::from_unix_ms(ms, utc_offset_minutes).nl()
}

/// A Dutch list: "a", "a of b", "a, b of c" (`last` is the word before the last item, such
/// as "en" or "of").
pub fn join_nl<S: AsRef<str>>(items: &[S], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., end] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {last} {}", init.join(", "), end.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::date::civil_from_days;
    use super::*;

    const DAY: u64 = 86_400_000;

    #[test]
    fn a_dutch_list() {
        let none: [&str; 0] = [];
        assert_eq!(join_nl(&none, "en"), "");
        assert_eq!(join_nl(&["Casus"], "en"), "Casus");
        assert_eq!(join_nl(&["Casus", "Netwerk"], "en"), "Casus en Netwerk");
        assert_eq!(join_nl(&["a", "b", "c"], "of"), "a, b of c");
    }

    #[test]
    fn the_epoch_and_known_dates() {
        assert_eq!(date_nl(0, 0), "01-01-1970");
        // 2000-02-29 (a leap day in a century leap year): 11_016 days after the epoch.
        assert_eq!(date_nl(11_016 * DAY, 0), "29-02-2000");
        assert_eq!(date_nl(11_017 * DAY, 0), "01-03-2000");
        // 2026-12-01T12:00Z
        assert_eq!(date_nl(1_796_126_400_000, 0), "01-12-2026");
        assert_eq!(date_nl(1_798_675_200_000 - 1, 0), "30-12-2026");
    }

    #[test]
    fn local_time_decides_the_day() {
        // 2026-12-31T23:30Z is already 1 January in Amsterdam (UTC+1), not yet in UTC-2.
        let ms = 1_798_759_800_000;
        assert_eq!(date_nl(ms, 0), "31-12-2026");
        assert_eq!(date_nl(ms, 60), "01-01-2027");
        assert_eq!(date_nl(ms + 60 * 60_000, -120), "31-12-2026");
    }

    #[test]
    fn every_day_of_a_leap_year_follows_the_previous_one() {
        let start = 19_358; // 2023-01-01
        let mut last = (2022, 12, 31);
        for day in start..start + 366 * 2 {
            let (y, m, d) = civil_from_days(day);
            let next_in_month = (y, m, d) == (last.0, last.1, last.2 + 1);
            let next_month =
                d == 1 && ((y, m) == (last.0, last.1 + 1) || (y, m) == (last.0 + 1, 1));
            assert!(next_in_month || next_month, "{last:?} -> {:?}", (y, m, d));
            last = (y, m, d);
        }
        assert_eq!(civil_from_days(19_358 + 365 + 31 + 28), (2024, 2, 29));
    }
}
