//! BSN (burgerservicenummer): 9 digits (also `123.456.782`, `123 456 782`, `123-456-782`,
//! `1234.56.782`) that pass the elfproef; 8 digits (a BSN without its leading zero) only next to
//! a BSN keyword.

use super::bytes::{digit_run, number_ends};

/// Words that make a BSN-shaped number a strong finding.
pub(super) const BSN_WORDS: [&str; 4] = ["bsn", "burgerservice", "sofi", "persoonsnummer"];

/// The elfproef: weights 9..2 and −1, the sum divisible by 11 and not zero.
fn elfproef_digits(d: &[u8; 9]) -> bool {
    let mut s: i32 = 0;
    for (k, &x) in d[..8].iter().enumerate() {
        s += (9 - k as i32) * i32::from(x);
    }
    s -= i32::from(d[8]);
    s != 0 && s % 11 == 0
}

/// A BSN-shaped number at `i` that passes the elfproef: `(end, is_8_digits)`.
pub(super) fn bsn_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let run = digit_run(b, i);
    let mut d = [0u8; 9];
    let (end, padded) = match run {
        8 | 9 => {
            let off = 9 - run;
            for k in 0..run {
                d[off + k] = b[i + k] - b'0';
            }
            if !number_ends(b, i + run, None) {
                return None;
            }
            (i + run, run == 8)
        }
        3 | 4 => {
            let sep = *b.get(i + run)?;
            if !matches!(sep, b' ' | b'.' | b'-') {
                return None;
            }
            let groups: [usize; 3] = if run == 3 { [3, 3, 3] } else { [4, 2, 3] };
            let mut pos = i;
            let mut k = 0;
            for (gi, g) in groups.into_iter().enumerate() {
                if gi > 0 {
                    if b.get(pos) != Some(&sep) {
                        return None;
                    }
                    pos += 1;
                }
                if digit_run(b, pos) != g {
                    return None;
                }
                for t in 0..g {
                    d[k] = b[pos + t] - b'0';
                    k += 1;
                }
                pos += g;
            }
            if !number_ends(b, pos, Some(sep)) {
                return None;
            }
            (pos, false)
        }
        _ => return None,
    };
    elfproef_digits(&d).then_some((end, padded))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{one, scan};
    use super::super::{IdentifierKind, Strength};
    use super::bsn_at;

    fn elfproef(number: &str) -> bool {
        bsn_at(number.as_bytes(), 0).is_some_and(|(end, _)| end == number.len())
    }

    #[test]
    fn elfproef_matches_the_reference_examples() {
        assert!(elfproef("111222333")); // domain.md §5.4, sum 66
        assert!(elfproef("123456782"));
        assert!(elfproef("123.456.782"));
        assert!(!elfproef("123456789"));
        assert!(!elfproef("000000000")); // sum 0
        assert!(!elfproef("12345678a"));
        assert!(!elfproef("1234567890"));
        assert!(!elfproef("1234567"));
        // 8 digits get a leading zero: 0 12345672 -> 8*1+7*2+6*3+5*4+4*5+3*6+2*7-2 = 110.
        assert!(elfproef("12345672"));
    }

    #[test]
    fn bsn_is_possible_alone_and_strong_near_a_keyword() {
        assert_eq!(
            one("nummer 123456782 staat in het dossier"),
            (
                IdentifierKind::Bsn,
                Strength::Mogelijk,
                "123456782".to_string()
            )
        );
        for t in [
            "BSN: 123.456.782",
            "bsn 123 456 782",
            "burgerservicenummer 123-456-782",
            "sofinummer 1234.56.782",
            "het Persoonsnummer is 111222333.",
        ] {
            let (k, s, _) = one(t);
            assert_eq!((k, s), (IdentifierKind::Bsn, Strength::Sterk), "{t}");
        }
        // 8 digits only next to a keyword.
        assert_eq!(one("BSN 12345672").1, Strength::Sterk);
        assert!(scan("code 12345672").is_empty());
    }

    #[test]
    fn bsn_negatives() {
        assert!(scan("123456789").is_empty(), "fails the elfproef");
        assert!(scan("BSN 123456789").is_empty(), "fails the elfproef");
        assert!(scan("1234567820").is_empty(), "10 digits");
        assert!(scan("123.456.7820").is_empty());
        assert!(scan("123 456 782 3").is_empty(), "a longer group");
        assert!(scan("€ 123.456.782").is_empty(), "an amount");
        assert!(scan("123.456.782,00").is_empty(), "an amount");
        assert!(scan("123.456 782").is_empty(), "mixed separators");
        assert!(scan("filosofie 12345672").is_empty(), "sofi inside a word");
    }
}
