//! Every fixed Dutch word and sentence of the summary, in one place.

use super::variant::Audience;
use crate::content::{catalogue, screens::Report};
use crate::model::{ChildPart, Observer, When};
use crate::rules::conversation::ParentsPart;
use crate::rules::options::Fit;

/// The summary's fixed words (`[report]` in `screens.toml`).
pub fn w() -> &'static Report {
    &catalogue().screens.report
}

/// "Waarom" above the reasons of the safety weighing: the same word as on the safety step.
pub fn why_heading() -> &'static str {
    &catalogue().screens.safety.why
}

/// The name of a part of what the parents said, in a summary and beside the analysis.
pub fn parents_part(p: ParentsPart) -> &'static str {
    let w = w();
    match p {
        ParentsPart::Explanation => &w.parents_explanation,
        ParentsPart::Recognise => &w.parents_recognise,
        ParentsPart::Want => &w.parents_want,
        ParentsPart::Agreed => &w.parents_agreed,
    }
}

/// The name of a part of the child's words (Three Houses), for the audience.
pub fn child_part(p: ChildPart, audience: Audience) -> &'static str {
    let w = w();
    match (audience, p) {
        (Audience::Professional, ChildPart::Worries) => &w.child_worries,
        (Audience::Professional, ChildPart::GoingWell) => &w.child_going_well,
        (Audience::Professional, ChildPart::Wishes) => &w.child_wishes,
        (Audience::Parents, ChildPart::Worries) => &w.your_child_worries,
        (Audience::Parents, ChildPart::GoingWell) => &w.your_child_going_well,
        (Audience::Parents, ChildPart::Wishes) => &w.your_child_wishes,
    }
}

/// After an answer that comes from the talk rather than from the analysis step.
pub fn from_talk() -> String {
    format!(" {}", w().from_talk)
}

/// The closing line: the summary is not a decision.
pub fn disclaimer(audience: Audience) -> &'static str {
    match audience {
        Audience::Parents => &w().disclaimer_parents,
        Audience::Professional => &w().disclaimer_professional,
    }
}

/// Who observed a signal, in Dutch for the audience (the label table in `model/labels.rs`).
pub fn observer_label(o: Observer, audience: Audience) -> &'static str {
    o.text(audience == Audience::Parents)
}

/// When a signal was observed, in Dutch (the label table in `model/labels.rs`).
pub fn when_label(w: When) -> &'static str {
    w.text()
}

/// Short fit label for the compact summary.
pub fn fit_short(f: Fit) -> &'static str {
    let w = w();
    match f {
        Fit::Past => &w.fit_past,
        Fit::PastMisschien => &w.fit_maybe,
        Fit::PastNiet => &w.fit_not,
        Fit::Onbekend => &w.fit_unknown,
    }
}

/// How an option that is shown to parents relates to the case, in plain words. `None` for the
/// fits that are never shown to parents.
pub fn fit_plain(f: Fit) -> Option<&'static str> {
    match f {
        Fit::Past => Some(&w().plain_past),
        Fit::PastMisschien => Some(&w().plain_maybe),
        Fit::PastNiet | Fit::Onbekend => None,
    }
}

/// The compact line about the options not listed one by one.
pub fn others_line(not_fitting: usize, unknown: usize) -> Option<String> {
    let w = w();
    let mut parts = Vec::new();
    match not_fitting {
        0 => {}
        1 => parts.push(w.others_one_not.to_string()),
        n => parts.push(w.others_not.fill(&[&n])),
    }
    match unknown {
        0 => {}
        1 => parts.push(w.others_one_unknown.to_string()),
        n => parts.push(w.others_unknown.fill(&[&n])),
    }
    (!parts.is_empty()).then(|| w.others.fill(&[&parts.join(", ")]))
}

/// The compact line for many open analysis fields.
pub fn open_fields(open: usize, total: usize) -> String {
    w().open_fields.fill(&[&open, &total])
}

/// The compact line for many open questions of "Weer thuis".
pub fn open_questions_count(open: usize) -> String {
    w().open_questions_count.fill(&[&open])
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
