//! Identifier warnings for free text.
//!
//! The aid never asks for names, birth dates, addresses or a BSN, but a professional may still
//! type one into a free-text field. [`scan`] looks for such identifiers and returns warnings
//! that the UI shows beside the field. It never blocks and never changes the text.
//!
//! The scan runs on every keystroke, so it is a single hand-written pass over the bytes (no
//! regex crate, no allocation per character). Every numeric, e-mail and IBAN pattern is ASCII,
//! so their ranges start and end on ASCII bytes; names are found on `char` boundaries. Every
//! returned range is therefore a valid `str` range of the input.
//!
//! Detected kinds (domain.md §5.1 item 4 and §5.4):
//! * BSN: 9 digits (also `123.456.782`, `123 456 782`, `123-456-782`, `1234.56.782`) that pass
//!   the elfproef; 8 digits (a BSN without its leading zero) only next to a BSN keyword.
//! * Dutch phone numbers: 10 digits starting with 0, or +31 / 0031 with 9 digits.
//! * E-mail addresses.
//! * Postcodes (`1234 AB`, `1234AB`), with a house number or a street name: an address.
//! * IBAN (mod-97, with a length table per country).
//! * Dates whose year fits a child or young adult (0–25 years before the reference year).
//! * Common first names (`voornamen.txt`).

use crate::model::Casus;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The reference year that [`scan`] uses for birth-date-like dates. The domain never reads the
/// clock: the UI may pass the current year to [`scan_with`].
pub const DEFAULT_REFERENCE_YEAR: i32 = 2026;

/// How many years before the reference year a date may lie to look like a child's birth date.
pub const BIRTH_YEARS_BACK: i32 = 25;

/// How many bytes around a finding are searched for a keyword such as "BSN" or "geboren".
const KEYWORD_WINDOW: usize = 30;

/// What kind of identifier a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdentifierKind {
    Bsn,
    Telefoon,
    Email,
    /// A postcode, alone or with a house number or street: (part of) an address.
    PostcodeHuisnummer,
    Iban,
    /// A date that looks like a child's or young adult's birth date.
    Geboortedatum,
    Voornaam,
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 7] = [
        IdentifierKind::Bsn,
        IdentifierKind::Telefoon,
        IdentifierKind::Email,
        IdentifierKind::PostcodeHuisnummer,
        IdentifierKind::Iban,
        IdentifierKind::Geboortedatum,
        IdentifierKind::Voornaam,
    ];

    /// Dutch name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            IdentifierKind::Bsn => "BSN",
            IdentifierKind::Telefoon => "telefoonnummer",
            IdentifierKind::Email => "e-mailadres",
            IdentifierKind::PostcodeHuisnummer => "postcode of adres",
            IdentifierKind::Iban => "rekeningnummer (IBAN)",
            IdentifierKind::Geboortedatum => "geboortedatum",
            IdentifierKind::Voornaam => "voornaam",
        }
    }

    /// Higher is more specific; used when two findings overlap.
    fn specificity(self) -> u8 {
        match self {
            IdentifierKind::Email => 6,
            IdentifierKind::Iban => 5,
            IdentifierKind::PostcodeHuisnummer => 4,
            IdentifierKind::Telefoon => 3,
            IdentifierKind::Bsn => 2,
            IdentifierKind::Geboortedatum => 1,
            IdentifierKind::Voornaam => 0,
        }
    }
}

/// How sure the scan is. `Mogelijk` findings are common in harmless text too (any 9-digit
/// number passes the elfproef with a chance of about 1 in 11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Mogelijk,
    Sterk,
}

/// One warning: what was found, where, and why it matters (Dutch, B1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentifierWarning {
    pub kind: IdentifierKind,
    pub strength: Strength,
    /// Byte range in the scanned text; always on `char` boundaries.
    pub range: Range<usize>,
    /// The matched text (`&text[range]`).
    pub snippet: String,
    /// Why this is a problem and what to do, in plain Dutch.
    pub message: &'static str,
}

/// The Dutch message for a kind and strength.
pub fn message_for(kind: IdentifierKind, strength: Strength) -> &'static str {
    use IdentifierKind as K;
    use Strength::{Mogelijk, Sterk};
    match (kind, strength) {
        (K::Bsn, Sterk) => {
            "Dit lijkt op een BSN (9 cijfers die de elfproef halen, met het woord BSN in de buurt). \
             Een BSN hoort hier niet: u mag het alleen gebruiken als een wet dat toestaat. \
             Haal het nummer weg."
        }
        (K::Bsn, Mogelijk) => {
            "Dit lijkt op een BSN (9 cijfers die de elfproef halen). Een BSN hoort hier niet: \
             u mag het alleen gebruiken als een wet dat toestaat. Is het een ander nummer? \
             Dan kunt u deze melding negeren."
        }
        (K::Telefoon, Sterk) => {
            "Dit lijkt op een telefoonnummer. Met een telefoonnummer is iemand te vinden. \
             Schrijf liever wie het is, zoals 'moeder' of 'de huisarts'."
        }
        (K::Telefoon, Mogelijk) => {
            "Dit kan een telefoonnummer zijn (10 cijfers die met 0 beginnen). Met een \
             telefoonnummer is iemand te vinden. Haal het weg als het een telefoonnummer is."
        }
        (K::Email, _) => {
            "Dit is een e-mailadres. Een e-mailadres hoort bij één persoon of gezin. \
             Haal het weg."
        }
        (K::PostcodeHuisnummer, Sterk) => {
            "Dit lijkt op een adres (postcode met huisnummer, of straat met huisnummer). \
             Met een adres is een gezin te vinden. Noem liever alleen de gemeente, of niets."
        }
        (K::PostcodeHuisnummer, Mogelijk) => {
            "Dit kan een postcode of adres zijn. Een postcode maakt een gezin al snel \
             herkenbaar. Haal het weg als het een adres is."
        }
        (K::Iban, _) => {
            "Dit is een bankrekeningnummer (IBAN, de controle klopt). Een rekeningnummer hoort \
             bij één persoon of gezin. Haal het weg."
        }
        (K::Geboortedatum, Sterk) => {
            "Dit lijkt op een geboortedatum. Een geboortedatum maakt een kind snel herkenbaar. \
             Schrijf liever de leeftijd, zoals '9 jaar'."
        }
        (K::Geboortedatum, Mogelijk) => {
            "Deze datum kan een geboortedatum zijn (het jaar past bij een kind of jongere). \
             Is het een geboortedatum? Schrijf dan liever de leeftijd, zoals '9 jaar'."
        }
        (K::Voornaam, _) => {
            "Dit kan een voornaam zijn. Met een naam is iemand te herkennen. Schrijf liever \
             wie het is, zoals 'het kind', 'moeder' of 'de oudste broer'."
        }
    }
}

/// Scan a free text with [`DEFAULT_REFERENCE_YEAR`].
pub fn scan(text: &str) -> Vec<IdentifierWarning> {
    scan_with(text, DEFAULT_REFERENCE_YEAR)
}

/// Scan a free text. `reference_year` is the current year (for birth-date-like dates).
///
/// Overlapping findings are reported once: the strongest, then the most specific kind, then the
/// longest. The result is sorted by position.
pub fn scan_with(text: &str, reference_year: i32) -> Vec<IdentifierWarning> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    scan_emails(b, &mut found);
    scan_positions(b, reference_year, &mut found);
    scan_words(text, &mut found);
    resolve(text, found)
}

/// Every warning in every free text of a case, with the Dutch name of the field.
pub fn scan_case(c: &Casus) -> Vec<(String, IdentifierWarning)> {
    scan_case_with(c, DEFAULT_REFERENCE_YEAR)
}

/// [`scan_case`] with an explicit reference year.
pub fn scan_case_with(c: &Casus, reference_year: i32) -> Vec<(String, IdentifierWarning)> {
    let mut out = Vec::new();
    for (place, text) in c.free_texts() {
        for w in scan_with(text, reference_year) {
            out.push((place.clone(), w));
        }
    }
    out
}

/// The warnings for one text as ready-made Dutch lines for the UI: `„snippet”: message`.
/// Identical lines are shown once.
pub fn messages(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in scan(text) {
        let line = format!("„{}”: {}", w.snippet, w.message);
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

/// The elfproef for a BSN: 9 digits (or 8, padded with a leading zero), weights 9..2 and −1,
/// the sum divisible by 11 and not zero. Separators `.`, `-` and spaces are ignored.
pub fn elfproef(number: &str) -> bool {
    let mut d = [0u8; 9];
    let mut n = 0;
    for c in number.bytes() {
        match c {
            b'0'..=b'9' => {
                if n == 9 {
                    return false;
                }
                d[n] = c - b'0';
                n += 1;
            }
            b'.' | b'-' | b' ' => {}
            _ => return false,
        }
    }
    match n {
        9 => elfproef_digits(&d),
        8 => {
            let mut p = [0u8; 9];
            p[1..].copy_from_slice(&d[..8]);
            elfproef_digits(&p)
        }
        _ => false,
    }
}

fn elfproef_digits(d: &[u8; 9]) -> bool {
    let mut s: i32 = 0;
    for (k, &x) in d[..8].iter().enumerate() {
        s += (9 - k as i32) * i32::from(x);
    }
    s -= i32::from(d[8]);
    s != 0 && s % 11 == 0
}

/// Is this a valid IBAN (known country, right length, mod-97)? Spaces are ignored, case is not
/// significant.
pub fn iban_is_valid(iban: &str) -> bool {
    let mut buf = [0u8; 34];
    let mut n = 0;
    for c in iban.bytes() {
        if c == b' ' {
            continue;
        }
        if !c.is_ascii_alphanumeric() || n == buf.len() {
            return false;
        }
        buf[n] = c.to_ascii_uppercase();
        n += 1;
    }
    n >= 4 && iban_length([buf[0], buf[1]]) == Some(n) && iban_checks(&buf[..n])
}

/// Is `word` (exactly as written, e.g. "Daan") in the list of common first names?
pub fn is_common_first_name(word: &str) -> bool {
    first_names().binary_search(&word).is_ok()
}

// ---------------------------------------------------------------------------------------------
// Findings and overlap resolution

#[derive(Clone, Copy, Debug)]
struct Finding {
    kind: IdentifierKind,
    strength: Strength,
    start: usize,
    end: usize,
}

fn push(
    out: &mut Vec<Finding>,
    kind: IdentifierKind,
    strength: Strength,
    start: usize,
    end: usize,
) {
    out.push(Finding {
        kind,
        strength,
        start,
        end,
    });
}

fn resolve(text: &str, mut found: Vec<Finding>) -> Vec<IdentifierWarning> {
    found.sort_by(|a, b| {
        b.strength
            .cmp(&a.strength)
            .then(b.kind.specificity().cmp(&a.kind.specificity()))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    // Accepted spans are disjoint, so the one with the largest start before `f.end` is the
    // only one that needs checking.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut keep = Vec::new();
    for f in found {
        let overlaps = taken
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, &e)| e > f.start);
        if !overlaps {
            taken.insert(f.start, f.end);
            keep.push(f);
        }
    }
    keep.sort_by_key(|f| f.start);
    keep.into_iter()
        .map(|f| IdentifierWarning {
            kind: f.kind,
            strength: f.strength,
            range: f.start..f.end,
            snippet: text[f.start..f.end].to_string(),
            message: message_for(f.kind, f.strength),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Byte helpers

fn is_digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Letters, digits or any non-ASCII byte (which may be part of a letter such as `é`).
fn is_wordish(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

fn digit_run(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

fn digits_value(b: &[u8], i: usize, n: usize) -> u32 {
    b[i..i + n].iter().fold(0u32, |acc, &c| {
        acc.saturating_mul(10).saturating_add(u32::from(c - b'0'))
    })
}

/// May a number, IBAN or postcode start at `i`? Not inside a word or a longer number.
fn starts_token(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = b[i - 1];
    if p.is_ascii_alphanumeric() || matches!(p, b'+' | b'@' | b'_' | b'&' | b'=' | b'#') {
        return false;
    }
    let joins_number = matches!(p, b'.' | b',' | b'-' | b'/' | b':');
    !(joins_number && i >= 2 && b[i - 2].is_ascii_digit())
}

/// Does a number end at `end`? Not followed by letters, more digits, a decimal part, a time
/// or (when `sep` is given) another group with the same separator.
fn number_ends(b: &[u8], end: usize, sep: Option<u8>) -> bool {
    let Some(&c) = b.get(end) else {
        return true;
    };
    if c.is_ascii_alphanumeric() || matches!(c, b'@' | b'_') {
        return false;
    }
    let next_digit = is_digit_at(b, end + 1);
    if matches!(c, b'.' | b',' | b'-' | b'/' | b':') && next_digit {
        return false;
    }
    if c == b',' && b.get(end + 1) == Some(&b'-') {
        return false;
    }
    !(Some(c) == sep && next_digit)
}

/// Is the number at `i` an amount of money (`€ 123`, `EUR 123`)?
fn preceded_by_money(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' && i - j < 2 {
        j -= 1;
    }
    let before = &b[..j];
    before.ends_with("€".as_bytes()) || before.ends_with(b"EUR") || before.ends_with(b"eur")
}

/// Is one of `words` (ASCII, lower case) near `start..end`, at the start of a word?
fn keyword_near(b: &[u8], start: usize, end: usize, words: &[&str]) -> bool {
    let lo = start.saturating_sub(KEYWORD_WINDOW);
    let hi = end.saturating_add(KEYWORD_WINDOW).min(b.len());
    words.iter().any(|w| {
        let w = w.as_bytes();
        if hi < lo + w.len() {
            return false;
        }
        (lo..=hi - w.len()).any(|k| {
            (k == 0 || !b[k - 1].is_ascii_alphabetic()) && b[k..k + w.len()].eq_ignore_ascii_case(w)
        })
    })
}

const BSN_WORDS: [&str; 4] = ["bsn", "burgerservice", "sofi", "persoonsnummer"];
const PHONE_WORDS: [&str; 7] = [
    "tel", "telefoon", "mobiel", "gsm", "bel", "nummer", "whatsapp",
];
const ADDRESS_WORDS: [&str; 6] = [
    "adres",
    "woont",
    "woonachtig",
    "postcode",
    "huisnummer",
    "verhuisd",
];
const BIRTH_WORDS: [&str; 7] = [
    "geboren",
    "geb.",
    "geb:",
    "geb ",
    "geboorte",
    "verjaardag",
    "jarig",
];

// ---------------------------------------------------------------------------------------------
// E-mail

fn is_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

fn scan_emails(b: &[u8], out: &mut Vec<Finding>) {
    for (at, _) in b.iter().enumerate().filter(|(_, &c)| c == b'@') {
        let mut s = at;
        while s > 0 && is_local_byte(b[s - 1]) {
            s -= 1;
        }
        while s < at && b[s] == b'.' {
            s += 1;
        }
        if s == at {
            continue;
        }
        let mut e = at + 1;
        while e < b.len() && is_domain_byte(b[e]) {
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &b[at + 1..e];
        let mut labels = domain.split(|&c| c == b'.');
        let all_nonempty = domain.split(|&c| c == b'.').all(|l| !l.is_empty());
        let tld_ok = labels
            .next_back()
            .is_some_and(|t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic));
        if domain.contains(&b'.') && all_nonempty && tld_ok {
            push(out, IdentifierKind::Email, Strength::Sterk, s, e);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers, postcodes, IBAN and dates: one pass over the byte positions

fn scan_positions(b: &[u8], reference_year: i32, out: &mut Vec<Finding>) {
    for i in 0..b.len() {
        let c = b[i];
        if !(c.is_ascii_alphanumeric() || c == b'+' || c == b'(') || !starts_token(b, i) {
            continue;
        }
        if c.is_ascii_alphabetic() {
            if let Some(end) = iban_at(b, i) {
                push(out, IdentifierKind::Iban, Strength::Sterk, i, end);
            }
            continue;
        }
        let money = preceded_by_money(b, i);
        if c.is_ascii_digit() && !money {
            if let Some((end, padded)) = bsn_at(b, i) {
                let near = keyword_near(b, i, end, &BSN_WORDS);
                if near {
                    push(out, IdentifierKind::Bsn, Strength::Sterk, i, end);
                } else if !padded {
                    push(out, IdentifierKind::Bsn, Strength::Mogelijk, i, end);
                }
            }
            if let Some(end) = postcode_at(b, i) {
                let (end, strength) = match house_number_after(b, end) {
                    Some(e) => (e, Strength::Sterk),
                    None if keyword_near(b, i, end, &ADDRESS_WORDS) => (end, Strength::Sterk),
                    None => (end, Strength::Mogelijk),
                };
                push(out, IdentifierKind::PostcodeHuisnummer, strength, i, end);
            }
            if let Some((end, year)) = parse_date(b, i) {
                if let Some(strength) = classify_date(b, i, end, year, reference_year) {
                    push(out, IdentifierKind::Geboortedatum, strength, i, end);
                }
            }
        }
        if !money {
            if let Some((end, clearly)) = phone_at(b, i) {
                let strength = if clearly || keyword_near(b, i, end, &PHONE_WORDS) {
                    Strength::Sterk
                } else {
                    Strength::Mogelijk
                };
                push(out, IdentifierKind::Telefoon, strength, i, end);
            }
        }
    }
}

/// A BSN-shaped number at `i` that passes the elfproef: `(end, is_8_digits)`.
fn bsn_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
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

/// A Dutch phone number at `i`: `(end, clearly_a_phone)`; clearly when mobile (06) or written
/// with +31 / 0031.
fn phone_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
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

/// Postcode letter pairs that are not issued (SA, SD, SS) or that are common words or units
/// after a 4-digit number ("1234 EN", "2000 KM").
const POSTCODE_STOP: [&[u8; 2]; 36] = [
    b"AF", b"AL", b"AM", b"CC", b"CM", b"DE", b"EN", b"ER", b"GB", b"GR", b"HA", b"IK", b"IN",
    b"IS", b"JA", b"JE", b"KB", b"KG", b"KM", b"KW", b"MB", b"MG", b"ML", b"MM", b"NA", b"NU",
    b"OF", b"OM", b"OP", b"PM", b"SA", b"SD", b"SS", b"TE", b"WE", b"ZE",
];

/// A postcode `1234 AB` / `1234AB` / `1234ab` at `i`: the end of the letters.
fn postcode_at(b: &[u8], i: usize) -> Option<usize> {
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
fn house_number_after(b: &[u8], end: usize) -> Option<usize> {
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
fn iban_at(b: &[u8], i: usize) -> Option<usize> {
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

// ---------------------------------------------------------------------------------------------
// Dates

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
fn parse_date(b: &[u8], i: usize) -> Option<(usize, Option<i32>)> {
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
fn classify_date(
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

// ---------------------------------------------------------------------------------------------
// Words: first names and street addresses

static VOORNAMEN_TXT: &str = include_str!("voornamen.txt");

/// The embedded first names, sorted bytewise (checked by a test).
fn first_names() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        VOORNAMEN_TXT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// First names that are also ordinary Dutch words (or abbreviations). They only warn when they
/// do not start a sentence, where any word is capitalised. Sorted bytewise.
const NAMES_ALSO_WORDS: [&str; 26] = [
    "Ad", "Amber", "Bas", "Ben", "Bob", "Can", "Els", "Fleur", "Frank", "Iris", "Jack", "Jade",
    "Jan", "Jet", "Job", "Lieve", "Linde", "Lot", "Max", "Mees", "Merel", "Mik", "Olivier", "Roos",
    "Ton", "Wil",
];

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

fn sentence_initial(text: &str, word_start: usize) -> bool {
    for c in text[..word_start].chars().rev() {
        if matches!(c, ' ' | '\t' | '\u{a0}') {
            continue;
        }
        return matches!(
            c,
            '\n' | '\r'
                | '.'
                | '!'
                | '?'
                | ':'
                | ';'
                | '"'
                | '\''
                | '('
                | '-'
                | '*'
                | '•'
                | '–'
                | '—'
                | '“'
                | '‘'
                | '„'
        );
    }
    true
}

fn scan_words(text: &str, out: &mut Vec<Finding>) {
    let mut iter = text.char_indices().peekable();
    while let Some((ws, c)) = iter.next() {
        if !c.is_alphabetic() {
            continue;
        }
        let mut we = ws + c.len_utf8();
        let mut capitalised = c.is_uppercase();
        while let Some(&(k, d)) = iter.peek() {
            if !d.is_alphabetic() {
                break;
            }
            if d.is_uppercase() {
                capitalised = false;
            }
            we = k + d.len_utf8();
            iter.next();
        }
        if !capitalised || we - ws > 40 {
            continue;
        }
        let word = &text[ws..we];
        if is_common_first_name(word)
            && !(NAMES_ALSO_WORDS.binary_search(&word).is_ok() && sentence_initial(text, ws))
        {
            push(out, IdentifierKind::Voornaam, Strength::Mogelijk, ws, we);
        }
        street_address(text.as_bytes(), word, ws, we, out);
    }
}

/// `Kerkstraat 12` (Mogelijk; Sterk next to "woont"/"adres") or `Kerkstraat 12, 1234 AB`
/// (Sterk, one span).
fn street_address(b: &[u8], word: &str, ws: usize, we: usize, out: &mut Vec<Finding>) {
    let is_street = STREET_SUFFIXES
        .iter()
        .any(|s| word.len() > s.len() + 1 && word.ends_with(s));
    if !is_street
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
    use super::*;

    fn kinds(text: &str) -> Vec<(IdentifierKind, Strength, String)> {
        scan(text)
            .into_iter()
            .map(|w| (w.kind, w.strength, w.snippet))
            .collect()
    }

    fn has(text: &str, kind: IdentifierKind) -> bool {
        scan(text).iter().any(|w| w.kind == kind)
    }

    fn one(text: &str) -> (IdentifierKind, Strength, String) {
        let k = kinds(text);
        assert_eq!(k.len(), 1, "expected one finding in {text:?}, got {k:?}");
        k.into_iter().next().unwrap()
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

    #[test]
    fn emails() {
        assert_eq!(
            one("mail naar j.jansen+school@voorbeeld.nl."),
            (
                IdentifierKind::Email,
                Strength::Sterk,
                "j.jansen+school@voorbeeld.nl".into()
            )
        );
        // The name inside the address is not reported separately.
        assert_eq!(one("Emma.de.Vries@mail.com").0, IdentifierKind::Email);
        assert!(scan("@school").is_empty());
        assert!(scan("a@b").is_empty());
        assert!(scan("x@y.1").is_empty());
        assert!(scan("iemand@.nl").is_empty());
    }

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

    #[test]
    fn birth_dates() {
        let y = |t: &str| scan_with(t, 2026);
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
        assert!(scan_with("12-03-2015", 2050).is_empty());
    }

    #[test]
    fn date_negatives() {
        let y = |t: &str| scan_with(t, 2026);
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
    fn first_names_warn() {
        assert_eq!(
            one("Gesprek met Daan en zijn moeder"),
            (IdentifierKind::Voornaam, Strength::Mogelijk, "Daan".into())
        );
        let k = kinds("Emma, Mohammed, Fatima, Yusuf en Zoë");
        assert_eq!(k.len(), 5, "{k:?}");
        assert!(k.iter().all(|(k, _, _)| *k == IdentifierKind::Voornaam));
        assert_eq!(
            one("Noor huilt vaak.").2,
            "Noor",
            "a name that starts a sentence"
        );
        assert_eq!(one("Ik sprak Roos.").2, "Roos", "not at the start");
        assert_eq!(one("Ömer is 9.").2, "Ömer");
    }

    #[test]
    fn first_names_negatives() {
        assert!(scan("Roos is een bloem.").is_empty(), "a word at the start");
        assert!(scan("Ben je er morgen?").is_empty());
        assert!(scan("Wil je bellen?\nLieve ouders").is_empty());
        assert!(scan("daan emma").is_empty(), "lower case");
        assert!(scan("EMMA").is_empty(), "all caps");
        assert!(scan("Daantje Emmaus").is_empty(), "longer words");
        assert!(scan("Mijn zorg is groot.").is_empty());
    }

    #[test]
    fn harmless_text_gives_no_warnings() {
        for t in [
            "groep 8",
            "2 keer per week",
            "2015",
            "10:30",
            "€ 1.250,00",
            "€1.250,-",
            "EUR 123456782",
            "Het kind (9 jaar) zit in groep 6 en komt 3 dagen per week.",
            "Score 12-3, daarna 1-0.",
            "Voor de herfstvakantie, rond week 43.",
            "",
        ] {
            assert!(scan(t).is_empty(), "{t:?}: {:?}", scan(t));
        }
    }

    #[test]
    fn overlapping_findings_are_reported_once() {
        // 0612345678 in an IBAN-like string is not also a phone.
        assert_eq!(one("NL91ABNA0417164300").0, IdentifierKind::Iban);
        let w = scan("Daan, 06-12345678, daan@voorbeeld.nl, BSN 111222333");
        let k: Vec<_> = w.iter().map(|w| w.kind).collect();
        assert_eq!(
            k,
            [
                IdentifierKind::Voornaam,
                IdentifierKind::Telefoon,
                IdentifierKind::Email,
                IdentifierKind::Bsn
            ]
        );
        for pair in w.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
    }

    #[test]
    fn ranges_and_snippets_agree_and_messages_are_dutch() {
        let t = "Zoë (geb. 01-02-2016) woont op Kerkstraat 1, 1234 AB; tel +31 6 12345678.";
        let w = scan(t);
        assert_eq!(w.len(), 4, "{w:?}");
        for x in &w {
            assert_eq!(&t[x.range.clone()], x.snippet);
            assert_eq!(x.message, message_for(x.kind, x.strength));
        }
        let m = messages(t);
        assert_eq!(m.len(), 4);
        assert!(m[0].starts_with("„Zoë”: Dit kan een voornaam zijn"));
        for k in IdentifierKind::ALL {
            for s in [Strength::Mogelijk, Strength::Sterk] {
                assert!(message_for(k, s).starts_with("D"), "{k:?}");
            }
            assert!(!k.label().is_empty());
        }
        assert!(message_for(IdentifierKind::Bsn, Strength::Mogelijk).contains("elfproef"));
    }

    #[test]
    fn name_lists_are_sorted_unique_and_consistent() {
        let names = first_names();
        assert!((300..=600).contains(&names.len()), "{}", names.len());
        for pair in names.windows(2) {
            assert!(pair[0] < pair[1], "not sorted or duplicate: {pair:?}");
        }
        for n in names {
            let mut cs = n.chars();
            assert!(cs.next().is_some_and(char::is_uppercase), "{n}");
            assert!(cs.all(|c| c.is_alphabetic() && !c.is_uppercase()), "{n}");
        }
        for pair in NAMES_ALSO_WORDS.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        for n in NAMES_ALSO_WORDS {
            assert!(is_common_first_name(n), "{n} is not in voornamen.txt");
        }
        for pair in IBAN_LENGTHS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{pair:?}");
        }
        for w in [
            "Daan", "Sem", "Noah", "Lucas", "Emma", "Julia", "Mila", "Sophie",
        ] {
            assert!(is_common_first_name(w), "{w}");
        }
        for w in [
            "Mohammed", "Yusuf", "Fatima", "Ayoub", "Noor", "Sara", "Anna", "Jan",
        ] {
            assert!(is_common_first_name(w), "{w}");
        }
        for w in ["Peter", "Marieke"] {
            assert!(is_common_first_name(w), "{w}");
        }
        assert!(!is_common_first_name("daan"));
        assert!(!is_common_first_name("Mijn"));
    }

    #[test]
    fn scan_case_names_the_field() {
        let mut c = Casus::new();
        c.label = "Casus groep 6 november".into();
        c.notes = "Moeder belde van 06-12345678".into();
        c.network.push(crate::model::NetworkEntry {
            who: "oma Fatima".into(),
            what: "kan opvangen".into(),
        });
        let w = scan_case(&c);
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(w[0].0, "Notities");
        assert_eq!(w[0].1.kind, IdentifierKind::Telefoon);
        assert_eq!(w[1].0, "Netwerk 1: wie");
        assert_eq!(w[1].1.kind, IdentifierKind::Voornaam);
    }
}
