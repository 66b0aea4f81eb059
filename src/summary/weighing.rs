//! The safety section: where the meldcode's weighing points, read from the assessment.

use super::ctx::Ctx;
use super::doc::{Block, Item};
use super::words::{w as words, why_heading};
use crate::model::Answer;
use crate::rules::contacts;
use crate::rules::criteria::safety_answer;
use crate::rules::safety::{Outcome, Reason, ReasonKind};

fn answer_short(a: Option<Answer>) -> &'static str {
    match a {
        None => &words().open,
        some => Answer::text(some),
    }
}

/// Does the outcome ask to act now (its explanation stays in the compact summary)?
fn urgent(o: Outcome) -> bool {
    match o {
        Outcome::AcuutGevaar | Outcome::Meldnorm => true,
        Outcome::GeenVermoeden | Outcome::NogNietBekend | Outcome::HulpZonderMelding => false,
    }
}

/// Is the reason one of the answers to the afwegingsvragen (compact: condensed on one line)?
/// Acute signs, disclosures, what the signals suggest and where open answers can still lead
/// stay in full.
fn is_answer(k: &ReasonKind) -> bool {
    match k {
        ReasonKind::Answer { .. } | ReasonKind::ResultsLater => true,
        ReasonKind::AcuteIndicator(_)
        | ReasonKind::Disclosure
        | ReasonKind::SignalDisclosure(_)
        | ReasonKind::InjuryWithFear { .. }
        | ReasonKind::StructuralSuggested { .. }
        | ReasonKind::PointsTo { .. } => false,
    }
}

/// A reason for the compact summary. What the signals suggest is said without the step's
/// instruction to answer 2b (the summary shows the answers on their own line); every other
/// reason as the weighing wrote it.
fn compact_reason(x: &Ctx, r: &Reason) -> String {
    match &r.kind {
        ReasonKind::StructuralSuggested { meaning, signals } => {
            let list: Vec<&str> = signals
                .iter()
                .map(|s| s.text.trim_end_matches('.'))
                .collect();
            x.cat
                .safety
                .signal_meanings
                .iter()
                .find(|m| m.meaning == *meaning)
                .map(|m| m.reason.replace("{signalen}", &list.join("; ")))
                .unwrap_or_else(|| r.text.clone())
        }
        ReasonKind::AcuteIndicator(_)
        | ReasonKind::Disclosure
        | ReasonKind::SignalDisclosure(_)
        | ReasonKind::InjuryWithFear { .. }
        | ReasonKind::Answer { .. }
        | ReasonKind::ResultsLater
        | ReasonKind::PointsTo { .. } => r.text.clone(),
    }
}

/// The headline, why, the kindcheck and the next steps for the role. Full: every reason, the
/// meldcode steps, every next step and the contacts. Compact: acute signs and a disclosure in
/// full, the answers on one line, the explanation only when it asks to act now, and only the
/// next steps for this role or this case.
pub(crate) fn blocks(x: &Ctx) -> Vec<Block> {
    let w = &x.a.weighing;
    let mut out = vec![Block::Paragraph(w.headline.to_string())];
    if x.full || urgent(w.outcome) {
        out.push(Block::Paragraph(w.text.to_string()));
    }
    if x.full {
        let why = w
            .reasons
            .iter()
            .map(|r| Item::new(r.text.as_str()))
            .collect();
        out.extend(Block::list(Some(why_heading()), why));
        let steps: Vec<String> = x
            .cat
            .safety
            .meldcode_steps
            .iter()
            .filter_map(|s| {
                x.c.safety
                    .steps
                    .get(&s.number)
                    .map(|st| format!("{} {} ({})", s.number, s.title, st.text()))
            })
            .collect();
        if !steps.is_empty() {
            out.push(Block::field(
                words().meldcode_steps.as_str(),
                steps.join("; "),
            ));
        }
    } else {
        let why = w
            .reasons
            .iter()
            .filter(|r| !is_answer(&r.kind))
            .map(|r| Item::new(compact_reason(x, r)))
            .collect();
        out.extend(Block::list(Some(why_heading()), why));
        let answers: Vec<String> = x
            .cat
            .safety
            .afwegingsvragen
            .iter()
            // Only the questions the safety step asked (none after "nee" on question 1).
            .filter(|q| !w.not_asked.contains(&q.field))
            .map(|q| format!("{} {}", q.number, answer_short(safety_answer(x.c, q.field))))
            .collect();
        out.push(Block::field(
            words().afwegingsvragen.as_str(),
            answers.join(" · "),
        ));
    }
    if x.a.kindcheck {
        out.push(Block::Paragraph(words().kindcheck.to_string()));
    }
    // A brother or sister who may be harmed has a route of its own.
    let others: Vec<Item> =
        x.a.child_routes
            .iter()
            .map(|r| {
                if x.full {
                    let mut item = Item::new(r.headline.as_str());
                    item.details.push(r.reason.clone());
                    item.details
                        .extend(r.steps.iter().map(|n| n.text.to_string()));
                    item
                } else {
                    Item::new(format!("{} {}", r.headline, r.reason))
                }
            })
            .collect();
    out.extend(Block::list(Some(&words().other_children), others));
    let steps: Vec<&str> = w
        .next_steps
        .iter()
        .filter(|n| x.full || !n.groups.is_empty() || n.when.is_some())
        .map(|n| n.text.as_str())
        .collect();
    if x.full {
        out.extend(Block::list(
            Some(&words().next_steps),
            steps.into_iter().map(Item::new).collect(),
        ));
        let contacts = w
            .contacts
            .iter()
            .map(|k| Item::new(format!("{}: {} ({})", k.name, k.phone, k.when)))
            .collect();
        out.extend(Block::list(Some(&words().contact), contacts));
    } else if !steps.is_empty() {
        out.push(Block::field(words().next_steps.as_str(), steps.join(" ")));
    }
    // The user's own contacts for these next steps ("Bel het lokaal team: 020-…").
    let kaart = &x.cat.followup.kaart;
    let own: Vec<Item> = contacts::for_steps(&w.next_steps, x.contacts)
        .into_iter()
        .map(|k| Item::new(contacts::line(k, kaart)))
        .collect();
    out.extend(Block::list(Some(kaart.heading_in_steps.as_str()), own));
    out
}
