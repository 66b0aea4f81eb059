//! Surnames. There is no list of Dutch surnames to look them up in, so the scan looks for the
//! shapes in which a surname is written:
//!
//! * **After a first name, initials or a title** (`Jan de Vries`, `J.P. van den Berg`,
//!   `mevrouw ter Horst`, `meneer Bakker`, `Daan Jansen`, `Fatima el Amrani`): strong. The
//!   span holds the first name or initials, the tussenvoegsel and the surname.
//! * **After a tussenvoegsel alone** (`gesprek met de Wit`, `De Boer belde`): possible. Only
//!   the particles that start a surname on their own count here (`de`, `van`, `van der`,
//!   `ten`, …), not the prepositions that start a few surnames (`in de`, `op de`, `te`,
//!   `het`), because "in de Bijlmer" and "geboren te Utrecht" are not names.
//!
//! In every shape the surname is a capitalised word (so "De school", "Van de week" and "In de
//! klas" never match) that is not a street, a nationality or language ("de Nederlandse les",
//! "het Engels"), or one of the institutions, places, feasts and apps that professionals write
//! with a capital after "de" or "van" ([`NOT_SURNAMES`]).

use super::address::is_street;
use super::finding::{push, Finding, IdentifierKind, Strength};
use super::names::{is_common_first_name, NAMES_ALSO_WORDS};
use super::words::Word;

/// Tussenvoegsels that start a surname without a first name or title before them.
const ALONE: [&[&str]; 10] = [
    &["van", "der"],
    &["van", "den"],
    &["van", "de"],
    &["van", "het"],
    &["van", "'t"],
    &["van"],
    &["de"],
    &["den"],
    &["ten"],
    &["ter"],
];

/// Tussenvoegsels that only count after a first name, initials or a title; most are also
/// ordinary prepositions and articles.
const WITH_CONTEXT: [&[&str]; 23] = [
    &["in", "'t"],
    &["in", "de"],
    &["in", "het"],
    &["op", "de"],
    &["op", "den"],
    &["op", "het"],
    &["op", "'t"],
    &["uit", "de"],
    &["uit", "den"],
    &["aan", "de"],
    &["aan", "het"],
    &["bij", "de"],
    &["onder", "de"],
    &["voor", "de"],
    &["de", "la"],
    &["der"],
    &["te"],
    &["het"],
    &["'t"],
    &["el"],
    &["al"],
    &["le"],
    &["von"],
];

/// Words before a surname that say a person is meant (lower case; also written capitalised).
const TITLES: [&str; 23] = [
    "buurman",
    "buurvrouw",
    "dhr",
    "dokter",
    "dr",
    "drs",
    "fam",
    "familie",
    "heer",
    "ir",
    "juf",
    "juffrouw",
    "meester",
    "meneer",
    "mevr",
    "mevrouw",
    "mijnheer",
    "mr",
    "mw",
    "oma",
    "oom",
    "opa",
    "tante",
];

/// The titles that are abbreviations and may be written with a full stop ("Mw. de Vries").
const ABBREVIATED: [&str; 8] = ["dhr", "dr", "drs", "fam", "ir", "mevr", "mr", "mw"];

/// Capitalised words that follow "de", "van" or a first name in ordinary professional notes:
/// institutions, places, feasts, languages and apps. Sorted bytewise.
const NOT_SURNAMES: [&str; 90] = [
    "Action",
    "Afrika",
    "Aldi",
    "Allah",
    "Almere",
    "Amerika",
    "Amersfoort",
    "Amsterdam",
    "Antillen",
    "Apel",
    "Apeldoorn",
    "Arabisch",
    "Arnhem",
    "Bascule",
    "Bijbel",
    "Bijlmer",
    "Bosch",
    "Breda",
    "Brede",
    "Centrum",
    "Collega",
    "Databank",
    "Delft",
    "Deventer",
    "Discord",
    "Duits",
    "Efteling",
    "Eindhoven",
    "Engels",
    "Enschede",
    "Eritrea",
    "Europa",
    "Facebook",
    "Fortnite",
    "Frans",
    "God",
    "Google",
    "Groningen",
    "Haag",
    "Haarlem",
    "Helder",
    "Hema",
    "Huisarts",
    "Instagram",
    "Islam",
    "Jumbo",
    "Kerk",
    "Koran",
    "Kruidvat",
    "Leiden",
    "Lidl",
    "Maastricht",
    "Marokko",
    "Meldcode",
    "Minecraft",
    "Moskee",
    "Nederland",
    "Nijmegen",
    "Noorden",
    "Oosten",
    "Ouders",
    "Pasen",
    "Playstation",
    "Polen",
    "Politie",
    "Pools",
    "Raad",
    "Ramadan",
    "Richtlijn",
    "Roblox",
    "Rotterdam",
    "Samen",
    "Sinterklaas",
    "Snapchat",
    "Stichting",
    "Suriname",
    "Syrië",
    "Teams",
    "Thuis",
    "Thuiswijzer",
    "Tiktok",
    "Tilburg",
    "Turkije",
    "Turks",
    "Utrecht",
    "Veluwe",
    "Westen",
    "Whatsapp",
    "Youtube",
    "Zuiden",
];

/// Beginnings of capitalised compounds that name services, not people ("de Jeugdbescherming",
/// "van het Wijkteam", "na de Kerstvakantie").
const NOT_SURNAME_STARTS: [&str; 12] = [
    "Basis",
    "Buurt",
    "Gemeente",
    "Gezins",
    "Jeugd",
    "Kerst",
    "Kinder",
    "Leerplicht",
    "School",
    "Veilig",
    "Wijk",
    "Zorg",
];

/// Endings of nationalities and languages ("de Marokkaanse moeder", "het Nederlands").
const NOT_SURNAME_ENDS: [&str; 7] = ["se", "sche", "isch", "ees", "aans", "aams", "ands"];

/// Surnames among the words; see the module documentation for the shapes.
pub(super) fn scan_surnames(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    for i in 0..words.len() {
        particle_surname(text, words, i, out);
        direct_surname(text, words, i, out);
    }
}

/// A tussenvoegsel starting at word `i`, followed by a surname.
fn particle_surname(text: &str, words: &[Word], i: usize, out: &mut Vec<Finding>) {
    let Some((len, alone)) = particle_at(text, words, i) else {
        return;
    };
    let Some(last) = words.get(i + len) else {
        return;
    };
    if !spaced(text, words, i + len - 1, i + len) || !could_be_surname(text, last) {
        return;
    }
    let particle_start = token_start(text, words[i]);
    match context_before(text, words, i) {
        Some(Context::Name(start)) => {
            push(
                out,
                IdentifierKind::Achternaam,
                Strength::Sterk,
                start,
                last.end,
            );
        }
        Some(Context::Title) => push(
            out,
            IdentifierKind::Achternaam,
            Strength::Sterk,
            particle_start,
            last.end,
        ),
        None if alone && !unambiguous_first_name(text, last) => push(
            out,
            IdentifierKind::Achternaam,
            Strength::Mogelijk,
            particle_start,
            last.end,
        ),
        None => {}
    }
}

/// A surname right after a title, a first name or initials, without a tussenvoegsel:
/// `mevrouw Jansen`, `Daan Jansen`, `J.P. Jansen`.
fn direct_surname(text: &str, words: &[Word], i: usize, out: &mut Vec<Finding>) {
    let (Some(prev), Some(next)) = (words.get(i), words.get(i + 1)) else {
        return;
    };
    if !could_be_surname(text, next) || is_common_first_name(&text[next.start..next.end]) {
        return;
    }
    let gap = &text[prev.end..next.start];
    if is_title(text, prev) && title_gap(text, prev, gap) {
        push(
            out,
            IdentifierKind::Achternaam,
            Strength::Sterk,
            next.start,
            next.end,
        );
    } else if prev.capitalised && spaced(text, words, i, i + 1) && first_name(text, prev) {
        push(
            out,
            IdentifierKind::Achternaam,
            Strength::Sterk,
            prev.start,
            next.end,
        );
    } else if is_initial(text, prev) && initial_gap(gap) {
        let first = initials_start(text, words, i);
        let titled = first.checked_sub(1).is_some_and(|t| {
            is_title(text, &words[t])
                && title_gap(text, &words[t], &text[words[t].end..words[first].start])
        });
        if i > first || titled {
            push(
                out,
                IdentifierKind::Achternaam,
                Strength::Sterk,
                words[first].start,
                next.end,
            );
        }
    }
}

enum Context {
    /// A first name or initials start the name here.
    Name(usize),
    /// A title such as "mevrouw": the name starts at the tussenvoegsel.
    Title,
}

/// What stands before the tussenvoegsel at word `i`: a first name, initials, a title, or none.
fn context_before(text: &str, words: &[Word], i: usize) -> Option<Context> {
    let p = i.checked_sub(1)?;
    let prev = &words[p];
    let gap = &text[prev.end..token_start(text, words[i])];
    if prev.capitalised && only_spaces(gap) && first_name(text, prev) {
        Some(Context::Name(prev.start))
    } else if is_initial(text, prev) && initial_gap(gap) {
        Some(Context::Name(words[initials_start(text, words, p)].start))
    } else if is_title(text, prev) && title_gap(text, prev, gap) {
        Some(Context::Title)
    } else {
        None
    }
}

/// The longest tussenvoegsel starting at word `i`: its number of words and whether it starts
/// a surname on its own.
fn particle_at(text: &str, words: &[Word], i: usize) -> Option<(usize, bool)> {
    let candidates = ALONE
        .iter()
        .map(|p| (*p, true))
        .chain(WITH_CONTEXT.iter().map(|p| (*p, false)));
    candidates
        .filter(|(p, _)| {
            p.iter().enumerate().all(|(k, part)| {
                words.get(i + k).is_some_and(|w| token_is(text, *w, part))
                    && (k == 0 || spaced(text, words, i + k - 1, i + k))
            })
        })
        .max_by_key(|(p, alone)| (p.len(), *alone))
        .map(|(p, alone)| (p.len(), alone))
}

/// Is word `w` the particle `part` (any case; `'t` written with `'` or `’`)?
fn token_is(text: &str, w: Word, part: &str) -> bool {
    let word = &text[w.start..w.end];
    match part.strip_prefix('\'') {
        Some(rest) => word.eq_ignore_ascii_case(rest) && token_start(text, w) < w.start,
        None => word.eq_ignore_ascii_case(part),
    }
}

/// Where the token of word `w` starts: before an apostrophe for `'t`.
fn token_start(text: &str, w: Word) -> usize {
    let before = &text[..w.start];
    let is_t = text[w.start..w.end].eq_ignore_ascii_case("t");
    match before.chars().next_back() {
        Some(c @ ('\'' | '’')) if is_t => w.start - c.len_utf8(),
        _ => w.start,
    }
}

/// Are words `a` and `b` separated by spaces only (one line, no punctuation)?
fn spaced(text: &str, words: &[Word], a: usize, b: usize) -> bool {
    only_spaces(&text[words[a].end..token_start(text, words[b])])
}

fn only_spaces(gap: &str) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| matches!(c, ' ' | '\u{a0}'))
}

/// The gap after a title: spaces, after an abbreviation optionally with a full stop first
/// ("Mw. "). After "familie." a new sentence starts.
fn title_gap(text: &str, title: &Word, gap: &str) -> bool {
    let word = &text[title.start..title.end];
    match gap.strip_prefix('.') {
        Some(rest) => ABBREVIATED.iter().any(|a| word.eq_ignore_ascii_case(a)) && only_spaces(rest),
        None => only_spaces(gap),
    }
}

/// The gap after an initial: its full stop and spaces ("J. ").
fn initial_gap(gap: &str) -> bool {
    gap.strip_prefix('.').is_some_and(only_spaces)
}

fn is_title(text: &str, w: &Word) -> bool {
    let word = &text[w.start..w.end];
    TITLES.iter().any(|t| word.eq_ignore_ascii_case(t))
}

fn first_name(text: &str, w: &Word) -> bool {
    is_common_first_name(&text[w.start..w.end])
}

fn unambiguous_first_name(text: &str, w: &Word) -> bool {
    let word = &text[w.start..w.end];
    is_common_first_name(word) && NAMES_ALSO_WORDS.binary_search(&word).is_err()
}

/// A single capital letter followed by a full stop: an initial.
fn is_initial(text: &str, w: &Word) -> bool {
    let word = &text[w.start..w.end];
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_none()
        && text[w.end..].starts_with('.')
}

/// The first of the initials that end at word `i` ("J.P." is two words).
fn initials_start(text: &str, words: &[Word], i: usize) -> usize {
    let mut k = i;
    while k > 0
        && is_initial(text, &words[k - 1])
        && matches!(&text[words[k - 1].end..words[k].start], "." | ". ")
    {
        k -= 1;
    }
    k
}

/// May this word be a surname? Capitalised, two letters or more, and not a tussenvoegsel, a
/// street, a nationality or language, or a word from [`NOT_SURNAMES`].
fn could_be_surname(text: &str, w: &Word) -> bool {
    let word = &text[w.start..w.end];
    let particle = ALONE
        .iter()
        .chain(WITH_CONTEXT.iter())
        .any(|p| word.eq_ignore_ascii_case(p[0]));
    w.capitalised
        && word.chars().nth(1).is_some()
        && !particle
        && !is_street(word)
        && NOT_SURNAMES.binary_search(&word).is_err()
        && !NOT_SURNAME_STARTS.iter().any(|s| word.starts_with(s))
        && !NOT_SURNAME_ENDS.iter().any(|s| word.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{kinds, scan};
    use super::super::{IdentifierKind, Strength};
    use super::*;

    fn names(text: &str) -> Vec<(Strength, String)> {
        kinds(text)
            .into_iter()
            .filter(|(k, _, _)| *k == IdentifierKind::Achternaam)
            .map(|(_, s, t)| (s, t))
            .collect()
    }

    #[test]
    fn lists_are_sorted() {
        for pair in NOT_SURNAMES.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        for pair in TITLES.windows(2).chain(ABBREVIATED.windows(2)) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
    }

    #[test]
    fn a_surname_after_a_first_name_initials_or_title_is_strong() {
        use Strength::Sterk;
        for (text, name) in [
            ("Jan de Vries, vader van het kind, belde.", "Jan de Vries"),
            ("Gesprek met mevrouw de Jong.", "de Jong"),
            ("Meneer Van Dam komt morgen.", "Van Dam"),
            ("Moeder (Fatima el Amrani) is bezorgd.", "Fatima el Amrani"),
            ("Contact met dhr. van der Berg gehad.", "van der Berg"),
            ("J. van den Heuvel is de mentor.", "J. van den Heuvel"),
            ("Lisa in ’t Veld zit in groep 5.", "Lisa in ’t Veld"),
            ("Sophie op de Beek", "Sophie op de Beek"),
            ("Noor van 't Hof", "Noor van 't Hof"),
            ("Max de Groot zit in groep 7.", "Max de Groot"),
            ("De familie Yilmaz kwam op tijd.", "Yilmaz"),
            ("Vader, de heer Pietersen, was erbij.", "Pietersen"),
            ("Mw. A.B. Smit belde.", "A.B. Smit"),
            ("mw. J. Smit belde.", "J. Smit"),
            ("Gesprek met Daan Jansen en moeder.", "Daan Jansen"),
        ] {
            assert_eq!(names(text), [(Sterk, name.to_string())], "{text}");
        }
    }

    #[test]
    fn a_tussenvoegsel_alone_gives_a_possible_surname() {
        use Strength::Mogelijk;
        for (text, name) in [
            ("De Boer belde terug.", "De Boer"),
            ("Buurvrouw zegt dat de Wit vaak schreeuwt.", "de Wit"),
            ("Overleg met ter Horst.", "ter Horst"),
            ("Zij logeert bij Van der Meer.", "Van der Meer"),
        ] {
            assert_eq!(names(text), [(Mogelijk, name.to_string())], "{text}");
        }
    }

    #[test]
    fn ordinary_sentences_are_no_names() {
        for text in [
            "De school belt morgen.",
            "Van de week was het rustig.",
            "In de klas is hij stil.",
            "Ten slotte: ter info de afspraken.",
            "Geboren te Utrecht, woont in de Bijlmer.",
            "Advies van Veilig Thuis en de Raad voor de Kinderbescherming.",
            "De Nederlandse les gaat goed; thuis spreekt het gezin Arabisch.",
            "Vader werkt bij de Jumbo, moeder bij de Gemeente.",
            "Na de Kerstvakantie gaat hij naar de Brede School.",
            "Het kind speelt veel op de Playstation.",
            "Bij de Dorpsweg 3 is een speeltuin.",
            "Ben je er morgen? Wil je bellen?",
            "De GGD en het CJG zijn ingelicht.",
            "Plan B. Daarna bellen we.",
            "Het gesprek met de Jeugdbescherming was goed.",
            "Zorgen binnen het gezin. Vroege hulp helpt; de familie. Daarna bellen.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", scan(text));
        }
    }

    #[test]
    fn a_first_name_after_a_tussenvoegsel_stays_a_first_name() {
        let k = kinds("de fiets van Daan");
        assert_eq!(
            k,
            [(IdentifierKind::Voornaam, Strength::Mogelijk, "Daan".into())]
        );
        let k = kinds("juf Sanne");
        assert_eq!(
            k,
            [(IdentifierKind::Voornaam, Strength::Mogelijk, "Sanne".into())]
        );
    }
}
