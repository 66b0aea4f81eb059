//! First names: the common first names in `voornamen.txt`. Surnames: see `surnames`.

use super::finding::{push, Finding, IdentifierKind, Strength};
use super::words::{sentence_initial, Word};
use std::sync::OnceLock;

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

/// First names that are also ordinary Dutch words (or abbreviations). At the start of a
/// sentence, where any word is capitalised, they only warn as a name when a comma or a bracket
/// follows ("Jan, 9 jaar, ...") or a surname does (see `surnames`). Sorted bytewise.
pub(super) const NAMES_ALSO_WORDS: [&str; 26] = [
    "Ad", "Amber", "Bas", "Ben", "Bob", "Can", "Els", "Fleur", "Frank", "Iris", "Jack", "Jade",
    "Jan", "Jet", "Job", "Lieve", "Linde", "Lot", "Max", "Mees", "Merel", "Mik", "Olivier", "Roos",
    "Ton", "Wil",
];

/// Is `word` (exactly as written, e.g. "Daan") in the list of common first names?
pub(super) fn is_common_first_name(word: &str) -> bool {
    first_names().binary_search(&word).is_ok()
}

/// First names among the capitalised words.
pub(super) fn scan_names(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    for w in words.iter().filter(|w| w.capitalised) {
        let word = &text[w.start..w.end];
        let ambiguous = NAMES_ALSO_WORDS.binary_search(&word).is_ok()
            && sentence_initial(text, w.start)
            && !text[w.end..]
                .trim_start_matches(' ')
                .starts_with([',', '(']);
        if is_common_first_name(word) && !ambiguous {
            push(
                out,
                IdentifierKind::Voornaam,
                Strength::Mogelijk,
                w.start,
                w.end,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{kinds, one, scan};
    use super::super::{IdentifierKind, Strength};
    use super::{first_names, is_common_first_name, NAMES_ALSO_WORDS};

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
        // A name that is also a word, at the very start, followed by a comma or a bracket.
        assert_eq!(one("Jan, 9 jaar, woont bij moeder.").2, "Jan");
        assert_eq!(one("Roos (groep 5) is vaak moe.").2, "Roos");
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
}
