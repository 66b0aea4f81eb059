//! Postcodes (`1234 AB`, `1234AB`) and street addresses (`Kerkstraat 12`), alone or together:
//! a postcode with a house number or a street name is an address.

use super::bytes::{digit_run, is_digit_at, is_wordish, keyword_near, number_ends, starts_token};
use super::finding::{push, Finding, IdentifierKind, Strength};
use super::words::Word;

/// Words that make a postcode or street with number a strong finding.
pub(super) const ADDRESS_WORDS: [&str; 6] = [
    "adres",
    "woont",
    "woonachtig",
    "postcode",
    "huisnummer",
    "verhuisd",
];

/// Postcode letter pairs that are not issued (SA, SD, SS) or that are common words or units
/// after a 4-digit number ("1234 EN", "2000 KM").
const POSTCODE_STOP: [&[u8; 2]; 36] = [
    b"AF", b"AL", b"AM", b"CC", b"CM", b"DE", b"EN", b"ER", b"GB", b"GR", b"HA", b"IK", b"IN",
    b"IS", b"JA", b"JE", b"KB", b"KG", b"KM", b"KW", b"MB", b"MG", b"ML", b"MM", b"NA", b"NU",
    b"OF", b"OM", b"OP", b"PM", b"SA", b"SD", b"SS", b"TE", b"WE", b"ZE",
];

/// A postcode `1234 AB` / `1234AB` / `1234ab` at `i`: the end of the letters.
pub(super) fn postcode_at(b: &[u8], i: usize) -> Option<usize> {
    if !(b'1'..=b'9').contains(&b[i]) || digit_run(b, i) != 4 {
        return None;
    }
    let mut j = i + 4;
    let spaced = b.get(j) == Some(&b' ');
    if spaced {
        j += 1;
    }
    let (l1, l2) = (*b.get(j)?, *b.get(j + 1)?);
    let upper = l1.is_ascii_uppercase() && l2.is_ascii_uppercase();
    let lower = l1.is_ascii_lowercase() && l2.is_ascii_lowercase();
    if !(upper || (lower && !spaced)) {
        return None;
    }
    let end = j + 2;
    if b.get(end).is_some_and(|&c| is_wordish(c)) {
        return None;
    }
    let pair = [l1.to_ascii_uppercase(), l2.to_ascii_uppercase()];
    if POSTCODE_STOP.contains(&&pair) {
        return None;
    }
    Some(end)
}

/// A house number (`12`, `12a`) right after a postcode or street name.
pub(super) fn house_number_after(b: &[u8], end: usize) -> Option<usize> {
    let mut j = end;
    while j < b.len() && matches!(b[j], b' ' | b',') && j - end < 2 {
        j += 1;
    }
    if j == end || !(b'1'..=b'9').contains(b.get(j)?) {
        return None;
    }
    let run = digit_run(b, j);
    if run > 5 {
        return None;
    }
    let mut e = j + run;
    if b.get(e).is_some_and(u8::is_ascii_alphabetic)
        && !b.get(e + 1).is_some_and(|&c| is_wordish(c))
    {
        e += 1;
    }
    if b.get(e).is_some_and(|&c| is_wordish(c)) || !number_ends(b, e, None) {
        return None;
    }
    Some(e)
}

const STREET_SUFFIXES: [&str; 20] = [
    "straat",
    "weg",
    "laan",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "steeg",
    "hof",
    "pad",
    "park",
    "markt",
    "plantsoen",
    "allee",
    "baan",
    "ring",
    "veld",
    "wal",
];

/// Does `word` (capitalised, e.g. "Kerkstraat") end in a street suffix after at least two
/// letters?
pub(super) fn is_street(word: &str) -> bool {
    STREET_SUFFIXES
        .iter()
        .any(|s| word.len() > s.len() + 1 && word.ends_with(s))
}

/// Street addresses among the capitalised words.
pub(super) fn scan_streets(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    for w in words.iter().filter(|w| w.capitalised) {
        street_address(text.as_bytes(), &text[w.start..w.end], w.start, w.end, out);
    }
}

/// `Kerkstraat 12` (Mogelijk; Sterk next to "woont"/"adres") or `Kerkstraat 12, 1234 AB`
/// (Sterk, one span).
fn street_address(b: &[u8], word: &str, ws: usize, we: usize, out: &mut Vec<Finding>) {
    if !is_street(word)
        || b.get(we) != Some(&b' ')
        || !(b'1'..=b'9').contains(b.get(we + 1).unwrap_or(&0))
    {
        return;
    }
    let Some(num_end) = house_number_after(b, we) else {
        return;
    };
    if num_end - we > 6 {
        return;
    }
    let mut k = num_end;
    while k < b.len() && matches!(b[k], b' ' | b',') && k - num_end < 3 {
        k += 1;
    }
    if k > num_end && starts_token(b, k) && is_digit_at(b, k) {
        if let Some(pc_end) = postcode_at(b, k) {
            push(
                out,
                IdentifierKind::PostcodeHuisnummer,
                Strength::Sterk,
                ws,
                pc_end,
            );
            return;
        }
    }
    let strength = if keyword_near(b, ws, num_end, &ADDRESS_WORDS) {
        Strength::Sterk
    } else {
        Strength::Mogelijk
    };
    push(
        out,
        IdentifierKind::PostcodeHuisnummer,
        strength,
        ws,
        num_end,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{one, scan};
    use super::super::{IdentifierKind, Strength};

    #[test]
    fn postcodes_and_addresses() {
        assert_eq!(
            one("postcode 1234AB"),
            (
                IdentifierKind::PostcodeHuisnummer,
                Strength::Sterk,
                "1234AB".into()
            )
        );
        assert_eq!(one("in 3512 JK").1, Strength::Mogelijk);
        assert_eq!(one("in 3512jk").1, Strength::Mogelijk);
        assert_eq!(
            one("1234 AB 12"),
            (
                IdentifierKind::PostcodeHuisnummer,
                Strength::Sterk,
                "1234 AB 12".into()
            )
        );
        assert_eq!(
            one("Kerkstraat 12a, 1234 AB Utrecht"),
            (
                IdentifierKind::PostcodeHuisnummer,
                Strength::Sterk,
                "Kerkstraat 12a, 1234 AB".into()
            )
        );
        assert_eq!(
            one("bij de Dorpsweg 3 is een speeltuin"),
            (
                IdentifierKind::PostcodeHuisnummer,
                Strength::Mogelijk,
                "Dorpsweg 3".into()
            )
        );
        assert_eq!(one("woont op Lindelaan 7").1, Strength::Sterk);
    }

    #[test]
    fn postcode_negatives() {
        assert!(scan("in 1234 EN daarna").is_empty(), "EN is a word");
        assert!(scan("1234 SS").is_empty(), "SS is not issued");
        assert!(scan("1234 SA en 1234 SD").is_empty(), "not issued");
        assert!(scan("2000km gefietst").is_empty());
        assert!(scan("0123 AB").is_empty(), "no leading zero");
        assert!(scan("12345 AB").is_empty());
        assert!(
            scan("1234 ab").is_empty(),
            "lower case with a space is too vague"
        );
        assert!(scan("1234 ABC").is_empty());
        assert!(scan("de weg 2 keer per week").is_empty());
        assert!(scan("groep 8").is_empty());
    }
}
