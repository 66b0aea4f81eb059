//! The conversation in a summary: what the parents and the child said (section "Gesprek"), and
//! the guidance for the talk on the gesprekskaart (section "Leidraad"). The parents' version
//! carries the child's words only when the professional chose so
//! (`rules::conversation::child_words_for`).

use super::ctx::{filled, Ctx};
use super::doc::{Block, Item};
use super::variant::Audience;
use super::words::{self, w};
use crate::content::TalkPart;
use crate::model::Answer;
use crate::rules::conversation::{self, child_words_for, parents_words, Reader};

/// What the parents and the child said, for the variant's audience.
pub(crate) fn conversation(x: &Ctx) -> Vec<Block> {
    let talk = &x.c.conversation;
    let mut out = Vec::new();
    let reader = match x.audience() {
        Audience::Professional => Reader::Professional,
        Audience::Parents => Reader::Parents,
    };
    if reader == Reader::Professional {
        if let Some(t) = filled(&talk.skipped_because) {
            out.push(Block::field(w().skipped.as_str(), t));
        }
        if talk.both_heard.is_some() {
            out.push(Block::field(
                w().both_heard.as_str(),
                Answer::text(talk.both_heard),
            ));
        }
    }
    for (part, text) in parents_words(x.c) {
        out.push(Block::field(words::parents_part(part), text));
    }
    for (part, text) in child_words_for(x.c, reader) {
        out.push(Block::field(
            words::child_part(part, x.audience()),
            format!("„{text}”"),
        ));
    }
    if reader == Reader::Professional && talk.child.has_words() {
        if let Some(t) = filled(&talk.child.how_heard) {
            out.push(Block::field(w().child_how.as_str(), t));
        }
    }
    out
}

/// The guidance for the talk: one line per part (compact) or every tip (full), then how to
/// hear the child of this age. Compact leaves the exception out unless a talk may be unsafe.
pub(crate) fn guidance(x: &Ctx) -> Vec<Block> {
    let g = conversation::guidance(x.c, x.a, x.cat);
    let titles = &x.cat.conversation.parts;
    let mut out = Vec::new();
    for (part, items) in &g.parts {
        // Compact: the exception only when it applies (the full version always has it).
        if *part == TalkPart::Uitzondering && !g.exception_first && !x.full {
            continue;
        }
        if x.full {
            let list = items.iter().map(|t| Item::new(t.text)).collect();
            out.extend(Block::list(Some(titles.of(*part)), list));
        } else {
            let text: Vec<&str> = items.iter().map(|t| t.text.as_str()).collect();
            out.push(Block::field(titles.of(*part), text.join(" ")));
        }
    }
    if let Some(p) = g.child {
        out.push(Block::field(
            w().child_prompts.as_str(),
            format!("{} {} {} {}", p.intro, p.worries, p.going_well, p.wishes),
        ));
    }
    out
}
