//! Identifier warnings for free text.
//!
//! The aid never asks for names, birth dates, addresses or a BSN, but a professional may still
//! type one into a free-text field. [`scan`] looks for such identifiers and returns warnings
//! that the UI shows beside the field. It never blocks and never changes the text.
//!
//! The scan runs on every keystroke, so it is hand-written passes over the text (no regex
//! crate, no allocation per character). Every numeric, e-mail and IBAN pattern is ASCII, so
//! their ranges start and end on ASCII bytes; names are found on `char` boundaries. Every
//! returned range is therefore a valid `str` range of the input.
//!
//! One file per kind (domain.md §5.1 item 4 and §5.4): [`bsn`], [`phone`], [`email`],
//! [`address`] (postcodes and streets), [`iban`], [`dates`] (birth-date-like dates; the caller
//! passes the current year), [`names`] (first names), [`surnames`] (a capitalised word after a
//! tussenvoegsel, a first name or a title). Also [`bidi`]: hidden characters that change the
//! reading direction, which identify nobody but can make text look different from what it
//! says. The Dutch messages are one table in [`wording`].

mod address;
mod bidi;
mod bsn;
mod bytes;
mod dates;
mod email;
mod finding;
mod iban;
mod names;
mod phone;
mod surnames;
mod wording;
mod words;

use bytes::{keyword_near, preceded_by_money, starts_token};
use finding::{push, Finding};
pub use finding::{IdentifierKind, Strength};
use std::collections::BTreeMap;
use std::ops::Range;

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

impl IdentifierWarning {
    /// The snippet as it may be shown on screen: hidden direction characters are written as
    /// their code ("U+202E"), so they neither vanish nor turn the warning itself around.
    pub fn shown(&self) -> String {
        let mut out = String::with_capacity(self.snippet.len());
        for c in self.snippet.chars() {
            if bidi::is_bidi_control(c) {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(&format!("U+{:04X}", c as u32));
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// Scan a free text. `reference_year` is the current year: a date 0–25 years before it may be
/// a child's birth date. The UI reads it from the clock; the scan itself never does.
///
/// Overlapping findings are reported once: the strongest, then the most specific kind, then the
/// longest. The result is sorted by position.
pub fn scan(text: &str, reference_year: i32) -> Vec<IdentifierWarning> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    email::scan_emails(b, &mut found);
    scan_positions(b, reference_year, &mut found);
    let words = words::words(text);
    names::scan_names(text, &words, &mut found);
    surnames::scan_surnames(text, &words, &mut found);
    address::scan_streets(text, &words, &mut found);
    bidi::scan_bidi(text, &mut found);
    resolve(text, found)
}

/// The warnings for one text as ready-made Dutch lines for the UI: `„snippet”: message`, the
/// snippet as [`IdentifierWarning::shown`]. Identical lines are shown once.
pub fn messages(text: &str, reference_year: i32) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in scan(text, reference_year) {
        let line = format!("„{}”: {}", w.shown(), w.message);
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
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
            if let Some(end) = iban::iban_at(b, i) {
                push(out, IdentifierKind::Iban, Strength::Sterk, i, end);
            }
            continue;
        }
        let money = preceded_by_money(b, i);
        if c.is_ascii_digit() && !money {
            if let Some((end, padded)) = bsn::bsn_at(b, i) {
                let near = keyword_near(b, i, end, &bsn::BSN_WORDS);
                if near {
                    push(out, IdentifierKind::Bsn, Strength::Sterk, i, end);
                } else if !padded {
                    push(out, IdentifierKind::Bsn, Strength::Mogelijk, i, end);
                }
            }
            if let Some(end) = address::postcode_at(b, i) {
                let (end, strength) = match address::house_number_after(b, end) {
                    Some(e) => (e, Strength::Sterk),
                    None if keyword_near(b, i, end, &address::ADDRESS_WORDS) => {
                        (end, Strength::Sterk)
                    }
                    None => (end, Strength::Mogelijk),
                };
                push(out, IdentifierKind::PostcodeHuisnummer, strength, i, end);
            }
            if let Some((end, year)) = dates::parse_date(b, i) {
                if let Some(strength) = dates::classify_date(b, i, end, year, reference_year) {
                    push(out, IdentifierKind::Geboortedatum, strength, i, end);
                }
            }
        }
        if !money {
            if let Some((end, clearly)) = phone::phone_at(b, i) {
                let strength = if clearly || keyword_near(b, i, end, &phone::PHONE_WORDS) {
                    Strength::Sterk
                } else {
                    Strength::Mogelijk
                };
                push(out, IdentifierKind::Telefoon, strength, i, end);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Findings and overlap resolution

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
            message: wording::message_for(f.kind, f.strength),
        })
        .collect()
}

/// Shorthands for the tests of every kind: scan with one fixed year.
#[cfg(test)]
mod test_support {
    use super::{IdentifierKind, IdentifierWarning, Strength};

    /// The year the unit tests scan with (the tests of `dates` also use others).
    pub const YEAR: i32 = 2026;

    pub fn scan(text: &str) -> Vec<IdentifierWarning> {
        super::scan(text, YEAR)
    }

    pub fn kinds(text: &str) -> Vec<(IdentifierKind, Strength, String)> {
        scan(text)
            .into_iter()
            .map(|w| (w.kind, w.strength, w.snippet))
            .collect()
    }

    pub fn has(text: &str, kind: IdentifierKind) -> bool {
        scan(text).iter().any(|w| w.kind == kind)
    }

    pub fn one(text: &str) -> (IdentifierKind, Strength, String) {
        let k = kinds(text);
        assert_eq!(k.len(), 1, "expected one finding in {text:?}, got {k:?}");
        k.into_iter().next().unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{one, scan, YEAR};
    use super::wording::message_for;
    use super::{messages, IdentifierKind, Strength};

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
        let m = messages(t, YEAR);
        assert_eq!(m.len(), 4);
        assert!(m[0].starts_with("„Zoë”: Dit kan een voornaam zijn"));
        assert!(message_for(IdentifierKind::Bsn, Strength::Mogelijk).contains("elfproef"));
    }
}
