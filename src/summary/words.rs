//! Every fixed Dutch word and sentence of the summary, in one place.

use super::variant::Audience;
use crate::model::{ChildPart, Observer, When};
use crate::rules::conversation::ParentsPart;
use crate::rules::options::Fit;

/// The sentence of a section the user has not filled in yet.
pub const EMPTY: &str = "Nog niet ingevuld.";

/// The sentence of the guard-rail section when none applies.
pub const NO_GUARDRAILS: &str =
    "Op basis van de antwoorden tot nu toe is geen waarborg van toepassing.";

/// The parents' sentence when some options cannot be judged yet.
pub const OTHER_HELP_LATER: &str =
    "Er is ook andere hulp. Of die past, weten we pas als we meer weten.";

/// Above the options in the parents' version.
pub const PARENTS_OPTIONS_INTRO: &str =
    "Dit zijn mogelijkheden om samen over te praten. De volgorde zegt niets over wat beter is.";

/// The kindcheck line of the professional variants.
pub const KINDCHECK: &str = "Kindcheck: er is een oudersignaal vastgelegd.";

/// Title above the routes of brothers and sisters who may be harmed.
pub const OTHER_CHILDREN: &str = "Andere kinderen in het gezin";

/// Label and note of the case field whose text goes to the parents (`Casus::for_parents`).
pub const FOR_PARENTS_LABEL: &str = "Wat wilt u met de ouders bespreken?";
pub const FOR_PARENTS_NOTE: &str = "Deze tekst komt letterlijk in de versie voor de ouders. \
     Schrijf hem voor hen, in gewone woorden. Uw eigen beschrijving van de zorg gaat niet naar \
     de ouders.";

/// The name of a part of what the parents said, in a summary and beside the analysis.
pub fn parents_part(p: ParentsPart) -> &'static str {
    match p {
        ParentsPart::Explanation => "Uitleg van de ouders",
        ParentsPart::Recognise => "Wat de ouders herkennen",
        ParentsPart::Want => "Wat de ouders willen",
        ParentsPart::Agreed => "Afgesproken in het gesprek",
    }
}

/// The name of a part of the child's words (Three Houses), for the audience.
pub fn child_part(p: ChildPart, audience: Audience) -> &'static str {
    match (audience, p) {
        (Audience::Professional, ChildPart::Worries) => "Kind, zorgen",
        (Audience::Professional, ChildPart::GoingWell) => "Kind, wat goed gaat",
        (Audience::Professional, ChildPart::Wishes) => "Kind, wensen",
        (Audience::Parents, ChildPart::Worries) => "Waar uw kind zich zorgen over maakt",
        (Audience::Parents, ChildPart::GoingWell) => "Wat goed gaat, volgens uw kind",
        (Audience::Parents, ChildPart::Wishes) => "Wat uw kind wenst",
    }
}

/// How the child was heard, and the parents' heard status, in the professional summaries.
pub const CHILD_HOW: &str = "Kind gehoord";
pub const BOTH_HEARD: &str = "Beide ouders met gezag gehoord";
pub const SKIPPED: &str = "Gesprek (nog) niet gevoerd, reden";
/// The gesprekskaart's line on hearing the child.
pub const CHILD_PROMPTS: &str = "Het kind horen";
/// After an answer that comes from the talk rather than from the analysis step.
pub const FROM_TALK: &str = " (uit het gesprek met de ouders)";

/// The closing line: the summary is not a decision.
pub fn disclaimer(audience: Audience) -> &'static str {
    match audience {
        Audience::Parents => {
            "Dit overzicht helpt bij ons gesprek. Het is geen besluit: u beslist mee."
        }
        Audience::Professional => {
            "Thuiswijzer ondersteunt uw oordeel als professional; dit is geen besluit."
        }
    }
}

/// A signal whose observer or moment was not chosen.
pub const WHO_OPEN: &str = "wie: niet ingevuld";
pub const WHEN_OPEN: &str = "wanneer: niet ingevuld";

/// Who observed a signal, in Dutch for the audience.
pub fn observer_label(o: Observer, audience: Audience) -> &'static str {
    match (audience, o) {
        (Audience::Parents, Observer::Zelf) => "zelf gezien of gehoord",
        (Audience::Parents, Observer::KindVertelde) => "uw kind vertelde dit",
        (Audience::Parents, Observer::OuderVertelde) => "een ouder vertelde dit",
        (Audience::Parents, Observer::Anders) => "iemand anders vertelde dit",
        (Audience::Professional, Observer::Zelf) => "zelf waargenomen",
        (Audience::Professional, Observer::KindVertelde) => "kind vertelde",
        (Audience::Professional, Observer::OuderVertelde) => "ouder vertelde",
        (Audience::Professional, Observer::Anders) => "via iemand anders",
    }
}

/// When a signal was observed, in Dutch.
pub fn when_label(w: When) -> &'static str {
    match w {
        When::Vandaag => "vandaag",
        When::DezeWeek => "deze week",
        When::DezeMaand => "deze maand",
        When::LangerGeleden => "langer geleden",
        When::Herhaaldelijk => "herhaaldelijk",
    }
}

/// Short fit label for the compact summary.
pub fn fit_short(f: Fit) -> &'static str {
    match f {
        Fit::Past => "past",
        Fit::PastMisschien => "past misschien",
        Fit::PastNiet => "past niet",
        Fit::Onbekend => "nog onbekend",
    }
}

/// How an option that is shown to parents relates to the case, in plain words. `None` for the
/// fits that are never shown to parents.
pub fn fit_plain(f: Fit) -> Option<&'static str> {
    match f {
        Fit::Past => Some("Deze hulp is bedoeld voor gezinnen in een situatie zoals de uwe."),
        Fit::PastMisschien => Some("Deze hulp kan passen. Een paar dingen weten we nog niet."),
        Fit::PastNiet | Fit::Onbekend => None,
    }
}

/// The compact line about the options not listed one by one.
pub fn others_line(not_fitting: usize, unknown: usize) -> Option<String> {
    let mut parts = Vec::new();
    match not_fitting {
        0 => {}
        1 => parts.push("1 past niet bij de beschreven doelgroep".to_string()),
        n => parts.push(format!("{n} passen niet bij de beschreven doelgroep")),
    }
    match unknown {
        0 => {}
        1 => parts.push("van 1 is dat nog onbekend".to_string()),
        n => parts.push(format!("van {n} is dat nog onbekend")),
    }
    (!parts.is_empty()).then(|| format!("Verder: {} (zie de volledige versie).", parts.join(", ")))
}

/// The compact line for many open analysis fields.
pub fn open_fields(open: usize, total: usize) -> String {
    format!("{open} van de {total} velden (de volledige versie noemt ze).")
}

/// "Weer thuis" when the case does not say the child lives elsewhere.
pub const RETURN_NOT_APPLICABLE: &str =
    "Niet van toepassing: bij de casus staat niet dat het kind ergens anders woont.";

/// "Weer thuis": where the child lives now, and the title of the ways forward.
pub const RETURN_LIVES: &str = "Woont nu";
pub const RETURN_WAYS: &str = "Mogelijke wegen (vaste volgorde, geen advies)";

/// The compact line for many open questions of "Weer thuis".
pub fn open_questions_count(open: usize) -> String {
    format!("{open} vragen (de volledige versie noemt ze).")
}

/// "2026-11-23" as "23-11-2026"; anything else unchanged.
pub fn dutch_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}-{m}-{y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_counts() {
        assert_eq!(dutch_date("2026-11-23"), "23-11-2026");
        assert_eq!(dutch_date("2026"), "2026");
        assert_eq!(others_line(0, 0), None);
        let l = others_line(1, 7).unwrap();
        assert!(l.contains("1 past niet") && l.contains("van 7 is"), "{l}");
    }
}
