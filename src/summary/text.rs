//! The summary as plain text for a dossier, and the identifier scan of a summary.

use super::doc::{Block, Summary};
use super::words::w;
use crate::model::Casus;
use crate::privacy::{self, IdentifierWarning};

/// Column at which [`to_plain_text`] wraps: the usual width of plain text.
pub const WRAP: usize = 78;

/// Append `text` wrapped at [`WRAP`]: the first line starts with `first`, the others with
/// `rest`. Line breaks in the text are kept (runs of blank lines become one); other whitespace
/// is normalised. A word longer than the line stays whole.
fn wrap_into(out: &mut Vec<String>, text: &str, first: &str, rest: &str) {
    let mut first_line = true;
    let mut last_blank = false;
    for raw in text.trim().lines() {
        if raw.trim().is_empty() {
            if !last_blank {
                out.push(String::new());
            }
            last_blank = true;
            continue;
        }
        last_blank = false;
        let prefix = if first_line { first } else { rest };
        first_line = false;
        let mut line = prefix.to_string();
        let mut len = prefix.chars().count();
        let mut empty = true;
        for word in raw.split_whitespace() {
            let wl = word.chars().count();
            if !empty && len + 1 + wl > WRAP {
                out.push(line);
                line = rest.to_string();
                len = rest.chars().count();
                empty = true;
            }
            if !empty {
                line.push(' ');
                len += 1;
            }
            line.push_str(word);
            len += wl;
            empty = false;
        }
        out.push(line);
    }
}

/// The summary as plain text for a dossier: the title underlined with '=', section headings
/// in capitals after a blank line, list items as "- ", wrapped at [`WRAP`] columns.
pub fn to_plain_text(s: &Summary) -> String {
    let mut out: Vec<String> = Vec::new();
    out.push(s.title.clone());
    out.push("=".repeat(s.title.chars().count()));
    wrap_into(&mut out, &s.stamp_line(), "", "");
    for m in &s.meta {
        wrap_into(&mut out, m, "", "  ");
    }
    for sec in &s.sections {
        out.push(String::new());
        out.push(sec.heading.to_uppercase());
        for b in &sec.blocks {
            match b {
                Block::Paragraph(t) => wrap_into(&mut out, t, "", ""),
                Block::Field { label, text } => {
                    wrap_into(&mut out, &format!("{label}: {text}"), "", "  ")
                }
                Block::List { title, items } => {
                    if let Some(t) = title {
                        wrap_into(&mut out, &format!("{t}:"), "", "");
                    }
                    for i in items {
                        wrap_into(&mut out, &i.text, "- ", "  ");
                        for d in &i.details {
                            wrap_into(&mut out, d, "  ", "  ");
                        }
                    }
                }
            }
        }
    }
    out.push(String::new());
    wrap_into(&mut out, &s.disclaimer, "", "");
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Identifier warnings in the summary, with the place (the section heading, "Titel" or
/// "Gegevens"). Ranges refer to the scanned piece of text, not to the plain text. The stamp and
/// the fixed disclaimer are not scanned (the stamp's dates would look like birth dates).
/// `reference_year` is the current year (see [`privacy::scan`]).
pub fn identifier_warnings(s: &Summary, reference_year: i32) -> Vec<(String, IdentifierWarning)> {
    scan_pieces(s, reference_year, |_| true)
}

/// The same warnings as [`identifier_warnings`], scanning only the pieces that hold something
/// the user typed: a line of one of the free texts of `c` (the summary of `c`). The app's own
/// words hold no identifiers (`tests/summary.rs` checks every vignette), so the result is the
/// same, while the scan of the whole summary on every change took about 30 ms at 4× CPU.
pub fn user_text_warnings(
    s: &Summary,
    c: &Casus,
    reference_year: i32,
) -> Vec<(String, IdentifierWarning)> {
    // The one list of the case's free texts (`Casus::free_texts_mut`), taken from a copy.
    let mut copy = c.clone();
    let free: Vec<String> = copy
        .free_texts_mut()
        .into_iter()
        .map(std::mem::take)
        .collect();
    let lines: Vec<&str> = free
        .iter()
        .flat_map(|f| f.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return Vec::new();
    }
    scan_pieces(s, reference_year, |text| {
        lines.iter().any(|l| text.contains(l))
    })
}

fn scan_pieces(
    s: &Summary,
    reference_year: i32,
    wanted: impl Fn(&str) -> bool,
) -> Vec<(String, IdentifierWarning)> {
    let mut pieces: Vec<(&str, &str)> = vec![(&w().place_title, s.title.as_str())];
    pieces.extend(s.meta.iter().map(|m| (w().place_meta.as_str(), m.as_str())));
    for sec in &s.sections {
        for b in &sec.blocks {
            pieces.extend(b.texts().into_iter().map(|t| (sec.heading.as_str(), t)));
        }
    }
    let mut out = Vec::new();
    for (place, text) in pieces {
        if !wanted(text) {
            continue;
        }
        for w in privacy::scan(text, reference_year) {
            out.push((place.to_string(), w));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_width() {
        let mut out = Vec::new();
        let long = "woord ".repeat(40);
        wrap_into(&mut out, &long, "- ", "  ");
        assert!(out.len() > 2);
        assert!(out.iter().all(|l| l.chars().count() <= WRAP));
        assert!(out[0].starts_with("- woord"));
        assert!(out[1].starts_with("  woord"));
        let joined: Vec<&str> = out.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(joined.iter().filter(|w| **w == "woord").count(), 40);
        let mut out = Vec::new();
        wrap_into(&mut out, "een\n\n\n\ntwee", "", "");
        assert_eq!(out, vec!["een", "", "twee"]);
    }
}
