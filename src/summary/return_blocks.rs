//! The section "Weer thuis": what the answers of the return path say, from the assessment's
//! [`ReturnView`](crate::rules::return_home::ReturnView). For and against, unknown, still to
//! arrange and arranged, then every way forward in the content's fixed order. It lists what the
//! answers show and never concludes.

use super::ctx::Ctx;
use super::doc::{Block, Item};
use super::words::{self, w};
use crate::rules::return_home::Consideration;

/// More open questions than this are counted in the compact form, not listed.
const LIST_OPEN_UP_TO: usize = 4;

pub(crate) fn blocks(x: &Ctx) -> Vec<Block> {
    let Some(v) = x.a.return_home.as_ref() else {
        return vec![Block::Paragraph(w().return_not_applicable.to_string())];
    };
    let s = &x.cat.return_home.screen;
    let mut out = vec![Block::field(w().return_lives.as_str(), v.residence.text())];
    let groups: [(&str, &[Consideration]); 5] = [
        (&s.for_heading, &v.for_return),
        (&s.against_heading, &v.against),
        (&s.unknown_heading, &v.unknown),
        (&s.to_arrange_heading, &v.to_arrange),
        (&s.in_place_heading, &v.in_place),
    ];
    for (label, list) in groups {
        if x.full {
            let items: Vec<Item> = list.iter().map(|c| Item::new(line(x, c))).collect();
            match Block::list(Some(label), items) {
                Some(b) => out.push(b),
                None => out.push(Block::field(label, s.none.trim_end_matches('.'))),
            }
            continue;
        }
        let open = label == s.unknown_heading.as_str();
        let text = if list.is_empty() {
            s.none.trim_end_matches('.').to_string()
        } else if open && list.len() > LIST_OPEN_UP_TO {
            words::open_questions_count(list.len())
        } else {
            list.iter()
                .map(|c| line(x, c))
                .collect::<Vec<_>>()
                .join("; ")
        };
        out.push(Block::field(label, text));
    }
    if x.full {
        let items = v
            .alternatives
            .iter()
            .map(|a| Item {
                text: format!("{}: {}", a.name, a.text),
                details: vec![
                    format!("{}: {}", s.pros_label, a.pros.join(" ")),
                    format!("{}: {}", s.cons_label, a.cons.join(" ")),
                ],
            })
            .collect();
        out.extend(Block::list(Some(&w().return_ways), items));
        for f in &x.cat.return_home.facts {
            out.push(Block::Paragraph(f.text.to_string()));
        }
    } else {
        let names: Vec<&str> = v.alternatives.iter().map(|a| a.name.as_str()).collect();
        out.push(Block::field(w().return_ways.as_str(), names.join("; ")));
    }
    out.push(Block::Paragraph(s.not_a_decision.to_string()));
    out
}

/// The consideration's line with the note read from the case the summary renders (its user text
/// isolated, `model::isolated_case`), not from the assessment, which holds the note as typed.
fn line(x: &Ctx, c: &Consideration) -> String {
    Consideration {
        note: c
            .note
            .as_ref()
            .map(|_| x.c.return_home.note(&c.question.id).trim().to_string()),
        ..c.clone()
    }
    .line()
}
