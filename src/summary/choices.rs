//! The options section: every option in catalogue order with its fit, never ranked.
//!
//! * Professional, full: every option with its fit, the status of each criterion and the
//!   rating; a reason whose answer was derived names the steps it came from ("afgeleid uit
//!   Netwerk").
//! * Professional, compact (and the SOEP plan): the options that fit or may fit, each on one
//!   line with a one-line reason, then one line counting the others (the full version names
//!   them with their reasons).
//! * Parents: only the options that fit or may fit, each with its plain description (no name
//!   without an explanation) and a plain sentence about the fit; no criteria.

use super::ctx::Ctx;
use super::doc::{Block, Item};
use super::variant::Audience;
use super::words::{self, w};
use crate::content::CriterionRole;
use crate::model::join_nl;
use crate::rules::options::{Fit, OptionFit, Status};

/// Is an option with this fit listed one by one in the compact and parents' summaries? Only
/// `Past` and `PastMisschien`: an option whose required criteria are still unanswered
/// (`Onbekend`) may have nothing to do with this family (say MST-PSB for a quiet child).
pub(crate) fn listed(f: Fit) -> bool {
    match f {
        Fit::Past | Fit::PastMisschien => true,
        Fit::PastNiet | Fit::Onbekend => false,
    }
}

fn criterion_prefix(role: CriterionRole, status: Status) -> &'static str {
    match (role, status) {
        (_, Status::NietBeantwoord) => &w().open,
        (CriterionRole::ContraIndication, Status::NietVoldaan) => &w().contra_present,
        (CriterionRole::ContraIndication, Status::Voldaan) => &w().contra_absent,
        (_, Status::NietVoldaan) => &w().not_met,
        (_, Status::Voldaan) => &w().met,
    }
}

/// A one-line reason: for `Past` the first criterion that is met (not an absent
/// contra-indication); for `PastMisschien` the first open point; for `PastNiet` the first
/// criterion that excludes; for `Onbekend` only that required questions are open.
pub(crate) fn short_reason(f: &OptionFit) -> String {
    // The reason as the content words it for this case ("MST is er voor jongeren van 12 tot
    // 18 jaar; …"); the criterion's label only where the content has no wording.
    let first = |keep: &dyn Fn(CriterionRole, Status) -> bool| {
        f.shown_reasons()
            .find(|r| keep(r.criterion.role, r.status))
            .map(|r| {
                if r.text.trim().is_empty() {
                    format!(
                        "{}: {}",
                        criterion_prefix(r.criterion.role, r.status),
                        r.criterion.label
                    )
                } else {
                    r.text.clone()
                }
            })
    };
    match f.fit {
        Fit::Past => {
            first(&|role, s| s == Status::Voldaan && role != CriterionRole::ContraIndication)
                .unwrap_or_else(|| w().nothing_excludes.to_string())
        }
        Fit::PastMisschien => first(&|_, s| s == Status::NietBeantwoord)
            .unwrap_or_else(|| w().all_answered.to_string()),
        Fit::PastNiet => {
            first(&|role, s| s == Status::NietVoldaan && role != CriterionRole::Supporting)
                .unwrap_or_else(|| w().all_answered.to_string())
        }
        Fit::Onbekend => w().questions_open.to_string(),
    }
}

/// One option on one line (compact) or with every reason (full).
fn professional_item(f: &OptionFit, full: bool) -> Item {
    if full {
        let mut item = Item::new(format!("{}: {}", f.option.name, f.fit.label()));
        item.details.extend(f.reasons.iter().map(|r| {
            let steps: Vec<&str> = r.derived_steps().into_iter().map(|s| s.short()).collect();
            if r.text.is_empty() || steps.is_empty() {
                r.text.clone()
            } else {
                w().derived_reason.fill(&[&r.text, &join_nl(&steps, "en")])
            }
        }));
        item.details
            .push(w().rating_line.fill(&[&f.option.rating.text]));
        item
    } else {
        // Compact: the short name (the full version and the options step give the full one).
        Item::new(format!(
            "{}: {} ({})",
            f.option.short,
            words::fit_short(f.fit),
            short_reason(f)
        ))
    }
}

/// The options for a professional, under `title`.
pub(crate) fn professional(x: &Ctx, title: Option<&str>) -> Vec<Block> {
    let fits = &x.a.fits;
    if x.full {
        let items = fits.iter().map(|f| professional_item(f, true)).collect();
        return Block::list(title, items).into_iter().collect();
    }
    let items = fits
        .iter()
        .filter(|f| listed(f.fit))
        .map(|f| professional_item(f, false))
        .collect();
    let mut out: Vec<Block> = Block::list(title, items).into_iter().collect();
    let count = |fit: Fit| fits.iter().filter(|f| f.fit == fit).count();
    out.extend(
        words::others_line(count(Fit::PastNiet), count(Fit::Onbekend)).map(Block::Paragraph),
    );
    out
}

/// The options for the parents.
fn parents(x: &Ctx) -> Vec<Block> {
    let fits = &x.a.fits;
    let items: Vec<Item> = fits
        .iter()
        .filter_map(|f| {
            let plain = words::fit_plain(f.fit)?;
            let mut item = Item::new(format!("{}: {}", f.option.name, f.option.summary));
            item.details.push(plain.to_string());
            if x.full {
                item.details
                    .extend(f.option.pros.iter().map(|p| w().pro_line.fill(&[p])));
                item.details
                    .extend(f.option.cons.iter().map(|c| w().con_line.fill(&[c])));
            }
            Some(item)
        })
        .collect();
    let mut out = Vec::new();
    if !items.is_empty() {
        out.push(Block::Paragraph(w().parents_options_intro.to_string()));
    }
    out.extend(Block::list(None, items));
    if fits.iter().any(|f| f.fit == Fit::Onbekend) {
        out.push(Block::Paragraph(w().other_help_later.to_string()));
    }
    out
}

/// The options section of the standard form.
pub(crate) fn blocks(x: &Ctx) -> Vec<Block> {
    match x.audience() {
        Audience::Professional => professional(x, None),
        Audience::Parents => parents(x),
    }
}
