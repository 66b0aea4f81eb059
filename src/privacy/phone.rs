//! Dutch phone numbers: 10 digits starting with 0, or +31 / 0031 with 9 digits.

use super::bytes::number_ends;
use super::dates::parse_date;

/// Words that make a phone-shaped number a strong finding.
pub(super) const PHONE_WORDS: [&str; 7] = [
    "tel", "telefoon", "mobiel", "gsm", "bel", "nummer", "whatsapp",
];

/// A Dutch phone number at `i`: `(end, clearly_a_phone)`; clearly when mobile (06) or written
/// with +31 / 0031.
pub(super) fn phone_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let rest = &b[i..];
    let (start, intl) = if rest.starts_with(b"+31") {
        (i + 3, true)
    } else if rest.starts_with(b"0031") {
        (i + 4, true)
    } else if rest[0] == b'0' || rest[0] == b'(' {
        (i, false)
    } else {
        return None;
    };
    if !intl && parse_date(b, i).is_some() {
        return None;
    }
    let need = if intl { 9 } else { 10 };
    let mut digits = [0u8; 10];
    let mut n = 0;
    let mut groups = 0;
    let mut seps = 0;
    let mut last_sep = None;
    let mut in_group = false;
    let mut trunk_skipped = false;
    let mut j = start;
    while n < need {
        let c = *b.get(j)?;
        if c.is_ascii_digit() {
            if intl && n == 0 && c == b'0' && !trunk_skipped {
                // "+31 (0)6 …": the trunk zero is not part of the number.
                trunk_skipped = true;
                seps = 0;
            } else {
                if !in_group {
                    groups += 1;
                    in_group = true;
                }
                digits[n] = c - b'0';
                n += 1;
                seps = 0;
            }
        } else if matches!(c, b' ' | b'-' | b'(' | b')') {
            seps += 1;
            if seps > 3 {
                return None;
            }
            in_group = false;
            if n > 0 {
                last_sep = Some(c);
            }
        } else {
            return None;
        }
        j += 1;
    }
    if groups > 5 || !number_ends(b, j, last_sep) {
        return None;
    }
    let clearly = if intl {
        if digits[0] == 0 {
            return None;
        }
        true
    } else {
        if digits[0] != 0 || digits[1] == 0 {
            return None;
        }
        digits[1] == 6
    };
    Some((j, clearly))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{has, one, scan};
    use super::super::{IdentifierKind, Strength};

    #[test]
    fn phone_numbers() {
        for t in [
            "06-12345678",
            "06 12 34 56 78",
            "0612345678",
            "+31 6 12345678",
            "+31612345678",
            "+31 (0)6 1234 5678",
            "0031 6 12 34 56 78",
            "(06) 123 456 78",
        ] {
            let (k, s, snip) = one(t);
            assert_eq!((k, s), (IdentifierKind::Telefoon, Strength::Sterk), "{t}");
            assert_eq!(snip, t, "{t}");
        }
        for t in ["010-1234567", "0201234567", "(020) 123 45 67"] {
            let (k, s, _) = one(t);
            assert_eq!(
                (k, s),
                (IdentifierKind::Telefoon, Strength::Mogelijk),
                "{t}"
            );
        }
        assert_eq!(one("tel. 010-1234567").1, Strength::Sterk);
        assert_eq!(one("bel vader op 06-12345678.").2, "06-12345678");
    }

    #[test]
    fn phone_negatives() {
        assert!(scan("06-1234567").is_empty(), "9 digits");
        assert!(scan("06-123456789").is_empty(), "11 digits");
        assert!(scan("0012345678").is_empty(), "starts with 00");
        assert!(scan("+32 6 12345678").is_empty(), "not Dutch");
        assert!(scan("0 1 2 3 4 5 6 7 8 9").is_empty(), "a list of digits");
        assert!(scan("0 6 1 2 34 56 78").is_empty(), "too many small groups");
        assert!(scan("10:30").is_empty());
        assert!(scan("om 10:30 uur, 2 keer per week").is_empty());
        assert!(scan("€ 0612345678").is_empty());
        assert!(
            !has("01-03-1980 10", IdentifierKind::Telefoon),
            "a date and an hour"
        );
    }
}
