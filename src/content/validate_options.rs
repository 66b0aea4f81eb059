//! Validation of the options: equal detail, honest ratings, criteria that resolve, a reason for
//! every value a criterion can take, and every contra-indication either checked or marked for
//! discussion with the provider. Part of [`Catalogue::validate`].

use super::condition::{AgeRange, Condition, Criterion, CriterionRole};
use super::sources::is_partial_date;
use super::types::*;
use super::validate::PROS_CONS_MAX_RATIO;

impl Catalogue {
    /// Every `{name}` in the texts of `[wording]` is one that its text is filled with, and
    /// every brace belongs to one.
    pub(super) fn check_wording_placeholders(&self, errs: &mut Vec<String>) {
        check_placeholders(errs, &self.options.wording);
    }

    pub(super) fn check_option(&self, errs: &mut Vec<String>, o: &CareOption) {
        let place = format!("options.toml optie '{}'", o.id);
        if o.pros.is_empty() || o.pros.len() != o.cons.len() {
            errs.push(format!(
                "{place}: needs the same number of pros and cons (at least one), found {} and {}",
                o.pros.len(),
                o.cons.len()
            ));
        }
        let lp: usize = o.pros.iter().map(|p| p.chars().count()).sum();
        let lc: usize = o.cons.iter().map(|p| p.chars().count()).sum();
        if lp > 0 && lc > 0 {
            let ratio = lp.max(lc) as f64 / lp.min(lc) as f64;
            if ratio > PROS_CONS_MAX_RATIO {
                errs.push(format!(
                    "{place}: pros ({lp} chars) and cons ({lc} chars) differ too much in length (ratio {ratio:.2} > {PROS_CONS_MAX_RATIO})"
                ));
            }
        }
        for (label, text) in [
            ("name", &o.name),
            ("short", &o.short),
            ("summary", &o.summary),
            ("problems", &o.problems),
            ("duration", &o.duration),
            ("intensity", &o.intensity),
            ("start", &o.start),
            ("setting", &o.setting),
        ] {
            if text.trim().is_empty() {
                errs.push(format!("{place}: {label} is empty"));
            }
        }

        // Age: one source. Either an age_range criterion (the text is made from it) or a text.
        let ranges = o
            .criteria
            .iter()
            .filter(|c| matches!(c.condition, Condition::AgeRange(_)))
            .count();
        match (ranges, &o.ages) {
            (0, None) => errs.push(format!(
                "{place}: give an age_range criterion or an 'ages' text (e.g. 'Alle leeftijden')"
            )),
            (1, Some(_)) => errs.push(format!(
                "{place}: 'ages' is made from the age_range criterion; remove the text"
            )),
            (n, _) if n > 1 => errs.push(format!("{place}: more than one age_range criterion")),
            _ => {}
        }

        // Contra-indications: checked (a criterion) or for discussion, or explicitly none.
        let checked = o
            .criteria
            .iter()
            .any(|c| c.role == CriterionRole::ContraIndication);
        if !checked && o.discuss.is_empty() && o.contra_none.is_none() {
            errs.push(format!(
                "{place}: contra-indications must be criteria the model checks, or listed under 'discuss' (bespreek met de aanbieder), or 'contra_none' must say none were found"
            ));
        }
        if (checked || !o.discuss.is_empty()) && o.contra_none.is_some() {
            errs.push(format!(
                "{place}: 'contra_none' contradicts the contra-indications listed"
            ));
        }

        match o.rating.status {
            RatingStatus::Gevonden => {
                if o.rating.date.is_none() && o.rating.uncertain.is_none() {
                    errs.push(format!(
                        "{place}: a found rating needs a date, or an 'uncertain' note that says the date is unknown"
                    ));
                }
            }
            RatingStatus::NietGevonden => {
                if o.rating.uncertain.is_none() {
                    errs.push(format!(
                        "{place}: a rating that was not found must say so in 'uncertain'"
                    ));
                }
            }
            RatingStatus::NietVanToepassing => {}
        }
        if let Some(d) = &o.rating.date {
            if !is_partial_date(d) {
                errs.push(format!("{place}: rating date '{d}' is not YYYY[-MM[-DD]]"));
            }
        }
        for (i, c) in o.criteria.iter().enumerate() {
            let at = format!("{place} criterium {}", i + 1);
            self.check_condition(errs, &at, &c.condition);
            check_wording(errs, &at, c);
        }
    }

    pub(super) fn check_age_range(&self, errs: &mut Vec<String>, place: &str, r: &AgeRange) {
        let upper = match (r.to, r.below) {
            (Some(_), Some(_)) => {
                errs.push(format!("{place}: age_range with both 'to' and 'below'"));
                None
            }
            (Some(t), None) => Some(t.total_months() + 1),
            (None, Some(b)) => Some(b.total_months()),
            (None, None) => None,
        };
        if r.from.is_none() && upper.is_none() {
            errs.push(format!("{place}: age_range without limits"));
        }
        if let (Some(f), Some(u)) = (r.from, upper) {
            if f.total_months() >= u {
                errs.push(format!("{place}: age_range is empty"));
            }
        }
        for a in [r.from, r.to, r.below].into_iter().flatten() {
            if a.months > 11 {
                errs.push(format!("{place}: months must be 0 to 11"));
            }
        }
        if let Some(l) = &r.lvb {
            if upper.is_none_or(|u| l.below.total_months() <= u) {
                errs.push(format!(
                    "{place}: the LVB limit must lie above the upper limit"
                ));
            }
            if !self.questions.questions.iter().any(|q| q.id == l.question) {
                errs.push(format!("{place}: unknown question '{}'", l.question));
            }
        }
    }
}

/// The placeholders each text of `[wording]` may hold: what `rules/ages.rs` and
/// `rules/questions.rs` fill in. Any other `{…}` would reach the screen as written.
fn wording_placeholders(w: &Wording) -> Vec<(&'static str, &str, &'static [&'static str])> {
    const JAAR: &[&str] = &["jaar"];
    const TOT: &[&str] = &["tot"];
    const REASON: &[&str] = &["optie", "bereik", "tot", "lvb", "van", "leeftijd"];
    vec![
        ("years", &w.years, JAAR),
        ("years_month", &w.years_month, JAAR),
        ("years_months", &w.years_months, &["jaar", "maanden"]),
        ("to", &w.to, TOT),
        ("below", &w.below, TOT),
        ("range", &w.range, &["van", "tot"]),
        ("range_open", &w.range_open, TOT),
        ("at_start", &w.at_start, &[]),
        ("lvb", &w.lvb, &["lvb"]),
        ("any_child", &w.any_child, &["bereik"]),
        ("fits", &w.fits, REASON),
        ("too_young", &w.too_young, REASON),
        ("too_old", &w.too_old, REASON),
        ("lvb_fits", &w.lvb_fits, REASON),
        ("lvb_open", &w.lvb_open, REASON),
        ("lvb_no", &w.lvb_no, REASON),
        ("unknown", &w.unknown, REASON),
        ("any_child_fits", &w.any_child_fits, REASON),
        ("any_child_none", &w.any_child_none, REASON),
        ("any_child_unknown", &w.any_child_unknown, REASON),
        ("discuss", &w.discuss, &[]),
        ("derived", &w.derived, &["signalen"]),
        ("derived_step.thuis", &w.derived_step.thuis, &[]),
        ("derived_step.netwerk", &w.derived_step.netwerk, &[]),
        (
            "derived_step.hulp_aanvaard",
            &w.derived_step.hulp_aanvaard,
            &[],
        ),
    ]
}

fn check_placeholders(errs: &mut Vec<String>, w: &Wording) {
    for (field, text, allowed) in wording_placeholders(w) {
        let at = format!("options.toml [wording] {field}");
        let mut rest = text;
        while let Some(i) = rest.find(['{', '}']) {
            let after = &rest[i + 1..];
            let end = after.find('}').filter(|_| rest[i..].starts_with('{'));
            let Some(end) = end else {
                errs.push(format!(
                    "{at}: a brace that opens or closes no placeholder in \"{text}\""
                ));
                break;
            };
            let name = &after[..end];
            if !allowed.contains(&name) {
                let takes = if allowed.is_empty() {
                    "no placeholder".to_string()
                } else {
                    allowed
                        .iter()
                        .map(|a| format!("{{{a}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                errs.push(format!(
                    "{at}: unknown placeholder {{{name}}} in \"{text}\" (this text takes {takes})"
                ));
            }
            rest = &after[end + 1..];
        }
    }
}

/// A reason for every value of the condition that is shown (see [`Criterion`]).
fn check_wording(errs: &mut Vec<String>, at: &str, c: &Criterion) {
    let is_age = matches!(c.condition, Condition::AgeRange(_));
    let given = [
        ("if_true", &c.if_true),
        ("if_false", &c.if_false),
        ("if_unknown", &c.if_unknown),
    ];
    if is_age {
        if !c.label.is_empty() || given.iter().any(|(_, t)| t.is_some()) {
            errs.push(format!(
                "{at}: an age_range criterion takes its label and reasons from [wording]"
            ));
        }
        if c.role != CriterionRole::Required {
            errs.push(format!("{at}: an age_range criterion is required"));
        }
        return;
    }
    if c.label.trim().is_empty() {
        errs.push(format!("{at}: empty label"));
    }
    let needed: &[&str] = match c.role {
        CriterionRole::Required => &["if_true", "if_false", "if_unknown"],
        CriterionRole::ContraIndication | CriterionRole::Supporting => &["if_true", "if_unknown"],
    };
    for (name, text) in given {
        let present = text.as_ref().is_some_and(|t| !t.trim().is_empty());
        if needed.contains(&name) && !present {
            errs.push(format!("{at}: needs the reason '{name}'"));
        }
        if !needed.contains(&name) && text.is_some() {
            errs.push(format!(
                "{at}: '{name}' is never shown for this role; remove it"
            ));
        }
    }
}
