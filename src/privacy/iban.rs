//! IBAN: a known country, the right length for it and the mod-97 check.

use super::bytes::is_wordish;

/// IBAN lengths per country (SEPA countries plus a few common in the Netherlands).
const IBAN_LENGTHS: [(&[u8; 2], usize); 40] = [
    (b"AD", 24),
    (b"AT", 20),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"CH", 21),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"EE", 20),
    (b"ES", 24),
    (b"FI", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GI", 23),
    (b"GR", 27),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IS", 26),
    (b"IT", 27),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MA", 28),
    (b"MC", 27),
    (b"MT", 31),
    (b"NL", 18),
    (b"NO", 15),
    (b"PL", 28),
    (b"PT", 25),
    (b"RO", 24),
    (b"RS", 22),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"TR", 26),
];

fn iban_length(cc: [u8; 2]) -> Option<usize> {
    IBAN_LENGTHS
        .binary_search_by(|(c, _)| c.as_slice().cmp(cc.as_slice()))
        .ok()
        .map(|k| IBAN_LENGTHS[k].1)
}

/// Structure and mod-97 check of an upper-case IBAN without spaces, of the right length.
fn iban_checks(s: &[u8]) -> bool {
    if !(s[2].is_ascii_digit() && s[3].is_ascii_digit()) {
        return false;
    }
    if &s[..2] == b"NL"
        && !(s[4..8].iter().all(u8::is_ascii_uppercase) && s[8..].iter().all(u8::is_ascii_digit))
    {
        return false;
    }
    let mut r: u32 = 0;
    for &c in s[4..].iter().chain(&s[..4]) {
        r = if c.is_ascii_digit() {
            (r * 10 + u32::from(c - b'0')) % 97
        } else {
            (r * 100 + u32::from(c - b'A') + 10) % 97
        };
    }
    r == 1
}

/// An IBAN at `i` (letters may be lower case, single spaces between characters allowed).
pub(super) fn iban_at(b: &[u8], i: usize) -> Option<usize> {
    let cc = [
        b[i].to_ascii_uppercase(),
        b.get(i + 1)?.to_ascii_uppercase(),
    ];
    let len = iban_length(cc)?;
    let mut buf = [0u8; 34];
    let mut n = 0;
    let mut j = i;
    let mut prev_space = false;
    while n < len {
        let c = *b.get(j)?;
        if c.is_ascii_alphanumeric() {
            buf[n] = c.to_ascii_uppercase();
            n += 1;
            prev_space = false;
        } else if c == b' ' && n >= 4 && !prev_space {
            prev_space = true;
        } else {
            return None;
        }
        j += 1;
    }
    if b.get(j).is_some_and(|&c| is_wordish(c)) {
        return None;
    }
    iban_checks(&buf[..len]).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{one, scan};
    use super::super::{IdentifierKind, Strength};
    use super::{iban_at, IBAN_LENGTHS};

    fn iban_is_valid(s: &str) -> bool {
        iban_at(s.as_bytes(), 0).is_some_and(|end| end == s.len())
    }

    #[test]
    fn the_length_table_is_sorted() {
        for pair in IBAN_LENGTHS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{pair:?}");
        }
    }

    #[test]
    fn ibans() {
        assert!(iban_is_valid("NL91ABNA0417164300"));
        assert!(iban_is_valid("nl91 abna 0417 1643 00"));
        assert!(iban_is_valid("DE89 3704 0044 0532 0130 00"));
        assert!(iban_is_valid("BE68 5390 0754 7034"));
        assert!(!iban_is_valid("NL92ABNA0417164300"));
        assert!(!iban_is_valid("NL91ABNA041716430"));
        assert!(!iban_is_valid("XX91ABNA0417164300"));
        assert_eq!(
            one("rekening NL91 ABNA 0417 1643 00 van moeder"),
            (
                IdentifierKind::Iban,
                Strength::Sterk,
                "NL91 ABNA 0417 1643 00".into()
            )
        );
        assert_eq!(one("DE89370400440532013000").0, IdentifierKind::Iban);
        assert!(scan("NL92ABNA0417164300").is_empty(), "bad check digits");
        assert!(scan("NL91ABNA04171643001").is_empty(), "too long");
        assert!(scan("XNL91ABNA0417164300").is_empty(), "inside a word");
    }
}
