//! Properties of the identifier scan: it never panics, its ranges are valid and disjoint, and
//! generated identifiers are found.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use thuiswijzer::privacy::{self, IdentifierKind, IdentifierWarning, Strength};

/// The year most properties scan with; `never_panics_on_identifier_like_text` tries any year.
const YEAR: i32 = 2026;

fn scan(text: &str) -> Vec<IdentifierWarning> {
    privacy::scan(text, YEAR)
}

/// The elfproef, written out independently of the scanner: 9 digits, weights 9..2 and -1.
fn elfproef(digits: &str) -> bool {
    let d: Vec<i64> = digits.bytes().map(|c| i64::from(c - b'0')).collect();
    if d.len() != 9 {
        return false;
    }
    let s: i64 = (0..8).map(|k| (9 - k as i64) * d[k]).sum::<i64>() - d[8];
    s != 0 && s % 11 == 0
}

/// Mod-97 of an IBAN without spaces (upper case), written out independently of the scanner.
fn iban_mod97(iban: &str) -> u32 {
    let rearranged = format!("{}{}", &iban[4..], &iban[..4]);
    let mut r: u32 = 0;
    for c in rearranged.bytes() {
        r = if c.is_ascii_digit() {
            (r * 10 + u32::from(c - b'0')) % 97
        } else {
            (r * 100 + u32::from(c - b'A') + 10) % 97
        };
    }
    r
}

/// Every warning has a non-empty range on char boundaries, the snippet is the text there, and
/// the warnings are sorted and do not overlap.
fn check(text: &str, warnings: &[IdentifierWarning]) {
    let mut prev_end = 0;
    for w in warnings {
        assert!(w.range.start < w.range.end, "{w:?}");
        assert!(
            w.range.start >= prev_end,
            "overlap or unsorted: {warnings:?}"
        );
        assert!(text.is_char_boundary(w.range.start), "{w:?}");
        assert!(text.is_char_boundary(w.range.end), "{w:?}");
        assert_eq!(&text[w.range.clone()], w.snippet);
        prev_end = w.range.end;
    }
}

/// Fragments that exercise every detector, including multi-byte characters at the edges.
const FRAGMENTS: [&str; 52] = [
    " ",
    "\n",
    ".",
    ",",
    "-",
    "/",
    ":",
    "(",
    ")",
    "+",
    "@",
    "€",
    "é",
    "ë",
    "Ö",
    "\u{a0}",
    "0",
    "06",
    "9",
    "31",
    "123",
    "456",
    "782",
    "1234",
    "AB",
    "NL91",
    "ABNA",
    "0417164300",
    "BSN",
    "geb.",
    "maart",
    "2015",
    "12-03-",
    "Daan",
    "Zoë",
    "Roos",
    "straat",
    "x.nl",
    "mail",
    "\u{1F600}",
    "de",
    "Van",
    "van der",
    "'t",
    "’",
    "J.",
    "mw.",
    "mevrouw",
    "Vries",
    "Jan",
    "Öztürk",
    "\u{202E}",
];

fn fragment_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(&FRAGMENTS[..]), 0..120)
        .prop_map(|v| v.concat())
}

/// A 9-digit number that passes the elfproef.
fn valid_bsn() -> impl Strategy<Value = String> {
    proptest::collection::vec(0u32..10, 8).prop_filter_map("no check digit fits", |d| {
        let s: u32 = d.iter().enumerate().map(|(k, &x)| (9 - k as u32) * x).sum();
        let check = s % 11; // s - check must be divisible by 11
        (check < 10 && s != 0).then(|| {
            let mut out: String = d.iter().map(|x| char::from(b'0' + *x as u8)).collect();
            out.push(char::from(b'0' + check as u8));
            out
        })
    })
}

/// A valid Dutch IBAN built from random bank letters and account digits.
fn valid_nl_iban() -> impl Strategy<Value = String> {
    ("[A-Z]{4}", "[0-9]{10}").prop_map(|(bank, account)| {
        let r = iban_mod97(&format!("NL00{bank}{account}"));
        format!("NL{:02}{bank}{account}", 98 - r)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_strings(s in any::<String>()) {
        check(&s, &scan(&s));
    }

    #[test]
    fn never_panics_on_identifier_like_text(s in fragment_text(), year in any::<i32>()) {
        check(&s, &scan(&s));
        check(&s, &privacy::scan(&s, year));
    }

    #[test]
    fn never_panics_on_ascii_soup(s in "[0-9 .,:/()+@€a-zA-Z-]{0,300}") {
        check(&s, &scan(&s));
    }

    #[test]
    fn a_valid_bsn_next_to_the_word_bsn_is_strong(bsn in valid_bsn(), sep in prop_oneof![Just(""), Just("."), Just(" "), Just("-")]) {
        prop_assert!(elfproef(&bsn));
        let written = if sep.is_empty() {
            bsn.clone()
        } else {
            format!("{}{sep}{}{sep}{}", &bsn[..3], &bsn[3..6], &bsn[6..])
        };
        let text = format!("Het BSN is {written}.");
        let w = scan(&text);
        prop_assert_eq!(w.len(), 1, "{:?}", w);
        prop_assert_eq!(w[0].kind, IdentifierKind::Bsn);
        prop_assert_eq!(w[0].strength, Strength::Sterk);
        prop_assert_eq!(&w[0].snippet, &written);
    }

    #[test]
    fn a_first_name_tussenvoegsel_and_surname_is_one_strong_name(
        first in prop_oneof![Just("Daan"), Just("Emma"), Just("Fatima"), Just("Jan"), Just("Sem")],
        particle in prop_oneof![Just("de"), Just("van"), Just("van der"), Just("van den"), Just("ter"), Just("ten")],
        surname in "[A-Z][bcdfgklmnprtvwz][aeiou][bcdfgklmnprtvwz]{1,2}",
        at_start in any::<bool>(),
    ) {
        // A generated word can be a place or another ordinary word on the stop-lists ("ter
        // Apel"): the property is about words that can be a surname at all, which a title
        // before it shows.
        let alone = scan(&format!("Gesprek met mevrouw {surname} over school."));
        prop_assume!(alone.iter().any(|w| w.kind == IdentifierKind::Achternaam));
        let name = format!("{first} {particle} {surname}");
        let text = if at_start {
            format!("{name}, vader van het kind, belde.")
        } else {
            format!("Gesprek met {name} over school.")
        };
        let w = scan(&text);
        prop_assert_eq!(w.len(), 1, "{:?}", w);
        prop_assert_eq!(w[0].kind, IdentifierKind::Achternaam);
        prop_assert_eq!(w[0].strength, Strength::Sterk);
        prop_assert_eq!(&w[0].snippet, &name);
    }

    #[test]
    fn a_number_failing_the_elfproef_is_no_bsn(d in "[1-9][0-9]{8}") {
        prop_assume!(!elfproef(&d));
        let text = format!("BSN {d}");
        prop_assert!(scan(&text).is_empty());
    }

    #[test]
    fn mobile_numbers_are_found(rest in "[0-9]{8}", style in 0usize..4) {
        let text = match style {
            0 => format!("06-{rest}"),
            1 => format!("06 {} {} {} {}", &rest[..2], &rest[2..4], &rest[4..6], &rest[6..]),
            2 => format!("+31 6 {rest}"),
            _ => format!("0031 6{rest}"),
        };
        let w = scan(&format!("Bel {text} morgen"));
        prop_assert_eq!(w.len(), 1, "{:?}", w);
        prop_assert_eq!(w[0].kind, IdentifierKind::Telefoon);
        prop_assert_eq!(&w[0].snippet, &text);
    }

    #[test]
    fn valid_ibans_are_found_and_one_changed_digit_is_not(iban in valid_nl_iban(), pos in 8usize..18, bump in 1u8..10) {
        prop_assert_eq!(iban_mod97(&iban), 1);
        let w = scan(&format!("rekening {iban}"));
        prop_assert_eq!(w.len(), 1);
        prop_assert_eq!(w[0].kind, IdentifierKind::Iban);
        // Mod-97 catches every single-digit change.
        let mut bytes = iban.into_bytes();
        bytes[pos] = b'0' + (bytes[pos] - b'0' + bump) % 10;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert_ne!(iban_mod97(&changed), 1);
        prop_assert!(!scan(&changed).iter().any(|w| w.kind == IdentifierKind::Iban));
    }
}

#[test]
fn very_long_input_is_scanned_completely() {
    let unit = "Daan belde 06-12345678 over groep 8, € 1.250,00 om 10:30. ";
    let text = unit.repeat(5_000);
    let w = scan(&text);
    check(&text, &w);
    assert_eq!(w.len(), 10_000);
    let names = w
        .iter()
        .filter(|w| w.kind == IdentifierKind::Voornaam)
        .count();
    assert_eq!(names, 5_000);

    // Pathological runs: one long number, one long word, many '@'.
    for text in [
        "9".repeat(200_000),
        "a".repeat(200_000),
        "a@".repeat(100_000),
        "1-".repeat(100_000),
        "é".repeat(100_000),
    ] {
        let w = scan(&text);
        check(&text, &w);
        assert!(w.is_empty(), "{:?}", &w[..w.len().min(3)]);
    }
}
