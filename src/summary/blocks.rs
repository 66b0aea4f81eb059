//! The blocks of each section in the standard form: what the case says, laid out for the
//! variant's audience. The safety weighing is in `weighing.rs`, the options in `choices.rs`.

use super::ctx::{filled, Ctx};
use super::doc::{Block, Item};
use super::talk;
use super::variant::{AnalysisStyle, Audience};
use super::words::{self, w};
use crate::content::GuardrailSection;
use crate::model::{Answer, Casus, RecordedSignal, RoleGroup};
use crate::rules::flow::Step;
use crate::rules::signals;
use crate::rules::{analysis, conversation};

/// The concern: the professional's own words for professionals; for the parents only what the
/// professional wrote for them (`Casus::for_parents`), never the concern itself.
pub(crate) fn concern(x: &Ctx) -> Vec<Block> {
    let text = match x.audience() {
        Audience::Professional => &x.c.concern,
        Audience::Parents => &x.c.for_parents,
    };
    filled(text)
        .map(|t| Block::Paragraph(t.to_string()))
        .into_iter()
        .collect()
}

fn signal_item(x: &Ctx, r: &RecordedSignal) -> Item {
    let fact = signals::signal(&r.id, x.cat)
        .map(|s| s.text.to_string())
        .unwrap_or_else(|| w().signal_gone.fill(&[&r.id]));
    let fact = fact.trim_end().trim_end_matches('.');
    let who = r.observer.map_or(w().who_open.as_str(), |o| {
        words::observer_label(o, x.audience())
    });
    let when = r.when.map_or(w().when_open.as_str(), words::when_label);
    let mut item = Item::new(format!("{fact} ({who}, {when})."));
    // The note is the professional's own wording: it does not go to the parents. Compact:
    // on the line of the signal; full: on a line of its own.
    let note = match x.audience() {
        Audience::Professional => filled(&r.note),
        Audience::Parents => None,
    };
    if let Some(n) = note {
        if x.full {
            item.details.push(w().note.fill(&[&n]));
        } else {
            // "(ouder vertelde, deze week). Moeder: …" becomes "(…, deze week) – Moeder: …".
            item.text.pop();
            item.text.push_str(&format!(" – {n}"));
        }
    }
    item
}

/// The recorded signals that pass `keep`, in the order they were recorded.
pub(crate) fn signal_list(
    x: &Ctx,
    keep: impl Fn(&RecordedSignal) -> bool,
    title: Option<&str>,
) -> Vec<Block> {
    let items: Vec<Item> =
        x.c.signals
            .iter()
            .filter(|r| keep(r))
            .map(|r| signal_item(x, r))
            .collect();
    Block::list(title, items).into_iter().collect()
}

pub(crate) fn analysis_blocks(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    let shared_question = match x.spec.analysis {
        AnalysisStyle::Shared => {
            // Every field of the shared analysis, so the team sees what is still open. Full:
            // each field in catalogue order. Compact: the filled fields, then the open ones
            // named on one line, or counted when more than three are open.
            let mut open: Vec<&str> = Vec::new();
            let fields = analysis::fields_for(RoleGroup::LokaalTeam, x.cat);
            for f in &fields {
                match conversation::analysis_text(x.c, &f.id) {
                    Some((t, false)) => out.push(Block::field(f.label, t)),
                    Some((t, true)) => out.push(Block::field(
                        format!("{}{}", f.label, words::from_talk()),
                        t,
                    )),
                    None if x.full => out.push(Block::field(f.label, w().empty.as_str())),
                    None => open.push(&f.label),
                }
            }
            match open.len() {
                0 => {}
                1..=3 => out.push(Block::field(
                    w().empty.trim_end_matches('.'),
                    open.join("; "),
                )),
                n => out.push(Block::field(
                    w().empty.trim_end_matches('.'),
                    words::open_fields(n, fields.len()),
                )),
            }
            true
        }
        AnalysisStyle::Filled => {
            for (f, t) in analysis::filled(x.c, x.cat) {
                out.push(Block::field(f.label, t.trim()));
            }
            conversation::analysis_shared(x.c).0.is_some()
        }
        AnalysisStyle::Plain => {
            for (f, t) in analysis::filled(x.c, x.cat) {
                out.push(Block::field(f.label, t.trim()));
            }
            false
        }
    };
    for id in analysis::unknown_ids(x.c, x.cat) {
        if let Some(t) = x.c.analysis.get(id).and_then(|t| filled(t)) {
            out.push(Block::field(w().other_field.fill(&[&id]), t));
        }
    }
    // What the parents and the child said in the talk, for professionals (the parents'
    // version has a section of its own).
    if x.audience() == Audience::Professional {
        out.extend(talk::conversation(x));
    }
    if shared_question {
        let (answer, derived) = conversation::analysis_shared(x.c);
        let from = if derived {
            words::from_talk()
        } else {
            String::new()
        };
        out.push(Block::field(
            w().family_shares.as_str(),
            format!("{}{from}", Answer::text(answer)),
        ));
    }
    out
}

pub(crate) fn network(x: &Ctx) -> Vec<Block> {
    let (strengths, title) = match x.audience() {
        Audience::Professional => (w().strengths.as_str(), Step::Netwerk.short()),
        Audience::Parents => (w().parents_strengths.as_str(), w().parents_network.as_str()),
    };
    let mut out = Vec::new();
    if let Some(s) = filled(&x.c.strengths) {
        out.push(Block::field(strengths, s));
    }
    let items: Vec<Item> =
        x.c.network
            .iter()
            .filter_map(|n| match (filled(&n.who), filled(&n.what)) {
                (Some(w), Some(t)) => Some(Item::new(format!("{w}: {t}"))),
                (Some(w), None) => Some(Item::new(w)),
                (None, Some(t)) => Some(Item::new(t)),
                (None, None) => None,
            })
            .collect();
    if x.full {
        out.extend(Block::list(Some(title), items));
    } else if !items.is_empty() {
        let all: Vec<String> = items.into_iter().map(|i| i.text).collect();
        out.push(Block::field(title, all.join("; ")));
    }
    out
}

fn guardrail_section_label(s: GuardrailSection) -> &'static str {
    match s {
        GuardrailSection::DreigendeUithuisplaatsing => &w().rails_threatened,
        GuardrailSection::AlsVerblijfNodigIs => Step::Verblijf.title(),
        GuardrailSection::Algemeen => &w().rails_always,
    }
}

/// The guard-rails that apply. Full: each with its text. Compact: the titles per group; the
/// principles for a stay away from home (ten when a placement is on the table) only counted.
pub(crate) fn guardrails(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    for section in [
        GuardrailSection::Algemeen,
        GuardrailSection::DreigendeUithuisplaatsing,
        GuardrailSection::AlsVerblijfNodigIs,
    ] {
        let rails: Vec<_> = x.a.guardrails_in(section).collect();
        if rails.is_empty() {
            continue;
        }
        let label = guardrail_section_label(section);
        if x.full {
            let items = rails
                .iter()
                .map(|g| Item {
                    text: g.title.to_string(),
                    details: vec![g.text.to_string()],
                })
                .collect();
            out.extend(Block::list(Some(label), items));
            continue;
        }
        let text = match section {
            GuardrailSection::AlsVerblijfNodigIs => w()
                .rails_count
                .fill(&[&rails.len(), &rails[0].title.to_lowercase()]),
            GuardrailSection::Algemeen | GuardrailSection::DreigendeUithuisplaatsing => rails
                .iter()
                .map(|g| g.title.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        };
        out.push(Block::field(label, text));
    }
    if out.is_empty() {
        out.push(Block::Paragraph(w().no_guardrails.to_string()));
    }
    out
}

/// The agreed steps with who and when, and the evaluation moment.
pub(crate) fn steps(x: &Ctx) -> Vec<Block> {
    let items: Vec<Item> =
        x.c.steps
            .iter()
            .filter(|s| {
                s.date.is_some()
                    || [&s.what, &s.who, &s.when]
                        .iter()
                        .any(|t| filled(t).is_some())
            })
            .map(|s| {
                let what = filled(&s.what).unwrap_or(&w().step_undescribed);
                let who = filled(&s.who).unwrap_or(&w().to_agree);
                let when = s.when_text();
                let when = filled(&when).unwrap_or(&w().to_agree);
                Item::new(w().step_line.fill(&[&what, &who, &when]))
            })
            .collect();
    let mut out: Vec<Block> = Block::list(None, items).into_iter().collect();
    // The evaluation moment: when the help is looked at again (afwegingsvraag 5).
    if let Some(d) = x.c.follow_up.evaluation {
        out.push(Block::field(
            x.cat.followup.screen.evaluation_label.as_str(),
            d.nl(),
        ));
    }
    out
}

pub(crate) fn open_questions(x: &Ctx) -> Vec<Block> {
    filled(&x.c.open_questions)
        .map(|t| Block::Paragraph(t.to_string()))
        .into_iter()
        .collect()
}

/// Lines about the child and household: the case lines of the standard form, part of O in
/// SOEP.
pub(crate) fn child_lines(c: &Casus) -> Vec<String> {
    let mut out = Vec::new();
    let mut kind: Vec<String> = Vec::new();
    if let Some(a) = c.age {
        kind.push(w().age_line.fill(&[&a.label()]));
    }
    if let Some(s) = c.school {
        kind.push(s.label().to_lowercase());
    }
    if !kind.is_empty() {
        out.push(w().child_line.fill(&[&kind.join(", ")]));
    }
    let mut thuis: Vec<String> = Vec::new();
    if !c.household.is_empty() {
        let who: Vec<String> = c
            .household
            .iter()
            .map(|m| m.label().to_lowercase())
            .collect();
        thuis.push(w().lives_with.fill(&[&who.join(", ")]));
    }
    if !c.siblings.is_empty() {
        let ages: Vec<String> = c
            .siblings
            .iter()
            .map(|s| match s.age {
                Some(a) => a.label(),
                None => w().age_unknown.to_string(),
            })
            .collect();
        thuis.push(
            w().siblings_line
                .fill(&[&c.siblings.len(), &ages.join(", ")]),
        );
    }
    if !thuis.is_empty() {
        out.push(w().home_line.fill(&[&thuis.join("; ")]));
    }
    out
}
