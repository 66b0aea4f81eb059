//! User text inside the app's own sentences: reading-direction controls in a label or a note
//! (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) must not turn the app's
//! text around them, on screen, in print or in the text file. Such text is wrapped in a Unicode
//! isolate (FSI … PDI), which ends every embedding and override begun inside it; stray closers
//! inside are dropped and open isolates closed, so the wrapper cannot be closed early. Text
//! without such controls is left exactly as it is. The identifier warnings (`privacy::bidi`)
//! flag these characters to the user.

use super::casus::Casus;
use std::borrow::Cow;

const LRE: char = '\u{202A}';
const RLE: char = '\u{202B}';
const PDF: char = '\u{202C}';
const LRO: char = '\u{202D}';
const RLO: char = '\u{202E}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn is_control(c: char) -> bool {
    matches!(c, LRE..=RLO | LRI..=PDI | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` isolated from the text around it when it holds a reading-direction control;
/// otherwise unchanged.
pub fn isolate(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    out.push(FSI);
    let mut open_isolates = 0usize;
    for c in text.chars() {
        match c {
            LRI | RLI | FSI => {
                open_isolates += 1;
                out.push(c);
            }
            PDI if open_isolates == 0 => {} // would close the wrapper
            PDI => {
                open_isolates -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    for _ in 0..=open_isolates {
        out.push(PDI);
    }
    Cow::Owned(out)
}

/// A copy of the case with every free-text field isolated (see [`isolate`]), for showing,
/// printing and exporting it as text inside the app's own sentences.
pub fn isolated_case(c: &Casus) -> Casus {
    let mut c = c.clone();
    for t in c.free_texts_mut() {
        if let Cow::Owned(s) = isolate(t) {
            *t = s;
        }
    }
    c
}

/// True when no embedding or override can reach past the end of `text` or act outside an
/// isolate: every LRE, RLE, LRO and RLO stands inside an isolate, and every isolate is closed.
/// (For tests of the places that embed user text.)
pub fn overrides_contained(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            LRE | RLE | LRO | RLO | PDF if depth == 0 => return false,
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgreedStep, NetworkEntry, RecordedSignal};

    #[test]
    fn plain_text_is_left_alone() {
        assert!(matches!(isolate("Groep 7, november"), Cow::Borrowed(_)));
        // Arabic or Hebrew script alone is not touched (no control character).
        assert!(matches!(isolate("oma שלום"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_override_is_wrapped_and_contained() {
        let label = "Groep 7 \u{202E}lebal";
        assert!(!overrides_contained(&format!("Casus: {label} is bewaard.")));
        let iso = isolate(label);
        assert_eq!(iso, format!("\u{2068}{label}\u{2069}"));
        assert!(overrides_contained(&format!("Casus: {iso} is bewaard.")));
    }

    #[test]
    fn stray_closers_cannot_end_the_wrapper_early() {
        // A PDI in the text would close the wrapper and leave the override after it acting
        // on the app's text.
        let tricky = "a\u{2069}\u{202E}b";
        let iso = isolate(tricky);
        assert!(overrides_contained(&format!("x {iso} y")), "{iso:?}");
        // Open isolates in the text are closed before the wrapper.
        let open = "a\u{2067}b\u{202E}c";
        let iso = isolate(open);
        assert!(iso.ends_with("\u{2069}\u{2069}"));
        assert!(overrides_contained(&format!("x {iso} y")));
    }

    #[test]
    fn every_free_text_field_of_the_case_is_isolated() {
        let rlo = "\u{202E}tekst";
        let mut c = Casus::new();
        for t in [
            &mut c.label,
            &mut c.concern,
            &mut c.notes,
            &mut c.strengths,
            &mut c.open_questions,
            &mut c.for_parents,
        ] {
            *t = rlo.into();
        }
        let mut s = RecordedSignal::new("erg_moe");
        s.note = rlo.into();
        c.signals.push(s);
        c.analysis.insert("zorg".into(), rlo.into());
        c.network.push(NetworkEntry {
            who: rlo.into(),
            what: rlo.into(),
        });
        c.steps.push(AgreedStep {
            what: rlo.into(),
            who: rlo.into(),
            when: rlo.into(),
            ..AgreedStep::default()
        });
        let listed = c.free_texts_mut().len();
        let mut iso = isolated_case(&c);
        let texts = iso.free_texts_mut();
        assert_eq!(texts.len(), listed, "the same fields");
        for (i, t) in texts.into_iter().enumerate() {
            assert!(overrides_contained(t), "free text {i} is not isolated");
        }
    }
}
