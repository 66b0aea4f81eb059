//! The SOEP form for a huisartsenpraktijk: the same content as the standard form, sorted the
//! way a GP's journal expects. The section flags still decide what goes in.
//!
//! * S: the concern, what the child, a parent or others told, what goes well.
//! * O: own observations, age and household.
//! * E: the weighing (with the kindcheck), the guard-rails that apply, the prepared analysis.
//! * P: the plan: the agreed steps with who and when, the options that fit or may fit with a
//!   one-line reason, and the open questions.

use super::blocks;
use super::choices;
use super::ctx::{filled, or_empty, Ctx};
use super::doc::{Block, SummarySection};
use super::sections::{PartId, SectionId, Sections, SoepPart};
use super::weighing;
use super::words::w;
use crate::model::RecordedSignal;

/// Prefix each label of the blocks with "{prefix}, ".
fn prefixed(prefix: &str, blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Field { label, text } => Block::Field {
                label: format!("{prefix}, {}", label.to_lowercase()),
                text,
            },
            Block::List { title, items } => Block::List {
                title: title.map(|t| format!("{prefix}, {}", t.to_lowercase())),
                items,
            },
            p @ Block::Paragraph(_) => p,
        })
        .collect()
}

pub(crate) fn sections(x: &Ctx, on: &Sections) -> Vec<SummarySection> {
    // Only explicit own observations are "O"; told, or who not chosen, is "S".
    let told = |r: &RecordedSignal| !r.is_own_observation();
    let own = |r: &RecordedSignal| r.is_own_observation();

    let mut s = Vec::new();
    if on.is_on(SectionId::Zorg) {
        s.extend(blocks::concern(x).into_iter().map(|b| match b {
            Block::Paragraph(t) => Block::field(w().concern.as_str(), t),
            other => other,
        }));
    }
    if on.is_on(SectionId::Signalen) {
        s.extend(blocks::signal_list(x, told, Some(&w().soep_told)));
    }
    if on.is_on(SectionId::Netwerk) {
        s.extend(blocks::network(x));
    }

    let mut o: Vec<Block> = blocks::child_lines(x.c)
        .into_iter()
        .map(Block::Paragraph)
        .collect();
    if on.is_on(SectionId::Signalen) {
        o.extend(blocks::signal_list(x, own, Some(&w().soep_own)));
    }

    let mut e = Vec::new();
    if on.is_on(SectionId::Veiligheid) {
        e.extend(weighing::blocks(x));
    } else if x.a.kindcheck {
        e.push(Block::Paragraph(w().kindcheck.to_string()));
    }
    if on.is_on(SectionId::Waarborgen) && !x.a.guardrails.is_empty() {
        e.extend(prefixed(&w().soep_guardrails, blocks::guardrails(x)));
    }
    if on.is_on(SectionId::Analyse) {
        e.extend(blocks::analysis_blocks(x));
    }

    let mut p = Vec::new();
    if on.is_on(SectionId::Afspraken) {
        if let Some(Block::List { items, .. }) = blocks::steps(x).into_iter().next() {
            p.push(Block::List {
                title: Some(w().agreed.to_string()),
                items,
            });
        }
    }
    if on.is_on(SectionId::Mogelijkheden) {
        let title = if x.full {
            &w().soep_options_full
        } else {
            &w().soep_options_compact
        };
        p.extend(choices::professional(x, Some(title)));
    }
    if on.is_on(SectionId::OpenVragen) {
        if let Some(t) = filled(&x.c.open_questions) {
            p.push(Block::field(
                crate::content::catalogue()
                    .screens
                    .options
                    .open_questions
                    .as_str(),
                t,
            ));
        }
    }

    [s, o, e, p]
        .into_iter()
        .zip(SoepPart::ALL)
        .map(|(blocks, part)| SummarySection {
            id: PartId::Soep(part),
            heading: part.heading().to_string(),
            blocks: or_empty(blocks),
        })
        .collect()
}
