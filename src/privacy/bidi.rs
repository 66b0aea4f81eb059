//! Hidden characters that change the reading direction (Unicode bidi controls). They identify
//! nobody, but pasted into a label or a note they can make text look different from what it
//! says, also the app's own text around it in print (issue 17). Embeddings, overrides and
//! isolates (U+202A–U+202E, U+2066–U+2069) have no place in a Dutch note; the direction marks
//! (U+200E, U+200F, U+061C) are normal in text with Arabic or Hebrew script, so they only warn
//! in text without it.

use super::finding::{push, Finding, IdentifierKind, Strength};

/// Embeddings, overrides and isolates.
fn is_embedding_or_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Direction marks: left-to-right, right-to-left and Arabic letter mark.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Any bidi control character.
pub(super) fn is_bidi_control(c: char) -> bool {
    is_embedding_or_override(c) || is_mark(c)
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{05FF}'
        | '\u{0600}'..='\u{07FF}'
        | '\u{0800}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
    ) && c.is_alphabetic()
}

/// Runs of bidi control characters: strong for an embedding, override or isolate; possible for
/// a direction mark in text without right-to-left script.
pub(super) fn scan_bidi(text: &str, out: &mut Vec<Finding>) {
    if !text.chars().any(is_bidi_control) {
        return;
    }
    let rtl_text = text.chars().any(is_rtl_letter);
    let mut run: Option<(usize, usize, bool)> = None;
    let flush = |run: &mut Option<(usize, usize, bool)>, out: &mut Vec<Finding>| {
        if let Some((start, end, strong)) = run.take() {
            if strong {
                push(
                    out,
                    IdentifierKind::Leesrichting,
                    Strength::Sterk,
                    start,
                    end,
                );
            } else if !rtl_text {
                push(
                    out,
                    IdentifierKind::Leesrichting,
                    Strength::Mogelijk,
                    start,
                    end,
                );
            }
        }
    };
    for (i, c) in text.char_indices() {
        if is_bidi_control(c) {
            let strong = is_embedding_or_override(c);
            run = Some(match run {
                Some((start, _, s)) => (start, i + c.len_utf8(), s || strong),
                None => (i, i + c.len_utf8(), strong),
            });
        } else {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{kinds, scan, YEAR};
    use super::super::{messages, IdentifierKind, Strength};

    #[test]
    fn overrides_embeddings_and_isolates_warn_strongly() {
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}']
            .into_iter()
            .chain(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])
        {
            let text = format!("Casus {c}groep 6");
            assert_eq!(
                kinds(&text),
                [(IdentifierKind::Leesrichting, Strength::Sterk, c.to_string())],
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn a_run_of_controls_is_one_warning() {
        let w = scan("abc\u{202E}\u{2066}def\u{2069}");
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(w[0].snippet, "\u{202E}\u{2066}");
        assert_eq!(w[1].range, 12..15);
    }

    #[test]
    fn direction_marks_warn_only_without_right_to_left_script() {
        assert_eq!(
            kinds("Vader\u{200F} belde"),
            [(
                IdentifierKind::Leesrichting,
                Strength::Mogelijk,
                "\u{200F}".into()
            )]
        );
        // In Arabic text the marks do their normal work.
        assert!(scan("moeder zegt \u{200F}مرحبا\u{200E} tegen het kind").is_empty());
        // An override is never normal, also in Arabic text.
        assert_eq!(scan("مرحبا \u{202E}abc").len(), 1);
    }

    #[test]
    fn the_message_shows_the_hidden_character_by_its_code() {
        let m = messages("Casus \u{202E}6 peorg", YEAR);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].starts_with("„U+202E”: Dit is een onzichtbaar teken"),
            "{m:?}"
        );
        assert!(
            !m[0].contains('\u{202E}'),
            "the line itself must not turn around"
        );
    }
}
