//! Validation of `return_home.toml`: the three afwegingen and the ten factors of the guideline,
//! conditions for before and after a return, every text filled, unique ids, and the ways forward
//! in equal detail (as many pros as cons, the same number for each, comparable length), so no
//! way forward reads as the advised one. Part of [`Catalogue::validate`].

use super::return_types::{ReturnAlternative, ReturnHomeFile, ReturnPhase, ReturnQuestion};
use super::statics::Str;
use super::types::Catalogue;
use super::validate::PROS_CONS_MAX_RATIO;
use crate::model::Answer;
use std::collections::BTreeSet;

/// The guideline's numbers: three afwegingen, ten factors in the afwegingskader.
pub const AFWEGINGEN: usize = 3;
pub const FACTORS: usize = 10;

impl Catalogue {
    pub(super) fn check_return_home(&self, errs: &mut Vec<String>) {
        check(&self.return_home, errs);
    }
}

fn check(f: &ReturnHomeFile, errs: &mut Vec<String>) {
    let file = "return_home.toml";
    if f.afwegingen.len() != AFWEGINGEN {
        errs.push(format!(
            "{file}: needs {AFWEGINGEN} afwegingen, found {}",
            f.afwegingen.len()
        ));
    }
    if f.factors.len() != FACTORS {
        errs.push(format!(
            "{file}: needs {FACTORS} factors, found {}",
            f.factors.len()
        ));
    }
    let mut ids = BTreeSet::new();
    for (kind, list, phased) in [
        ("afweging", &f.afwegingen, false),
        ("factor", &f.factors, false),
        ("condition", &f.conditions, true),
    ] {
        for q in list {
            check_question(file, kind, q, phased, errs);
            if !ids.insert(q.id.as_str()) {
                errs.push(format!("{file}: question id '{}' twice", q.id));
            }
        }
    }
    for phase in [ReturnPhase::Voor, ReturnPhase::Na] {
        if !f.conditions.iter().any(|q| q.phase == Some(phase)) {
            errs.push(format!("{file}: no condition for phase {phase:?}"));
        }
    }
    let mut alt_ids = BTreeSet::new();
    for a in &f.alternatives {
        if !alt_ids.insert(a.id.as_str()) {
            errs.push(format!("{file}: alternative id '{}' twice", a.id));
        }
    }
    check_alternatives(file, &f.alternatives, errs);
    for fact in &f.facts {
        if fact.text.trim().is_empty() {
            errs.push(format!("{file}: fact '{}' has no text", fact.id));
        }
    }
    // Every screen text is filled in.
    if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(&f.screen) {
        for (k, v) in m {
            if v.as_str().is_none_or(|s| s.trim().is_empty()) {
                errs.push(format!("{file}: [screen] {k} is empty"));
            }
        }
    }
}

fn check_question(
    file: &str,
    kind: &str,
    q: &ReturnQuestion,
    phased: bool,
    errs: &mut Vec<String>,
) {
    let place = format!("{file} {kind} '{}'", q.id);
    for (label, text) in [
        ("question", &q.question),
        ("short", &q.short),
        ("why", &q.why),
    ] {
        if text.trim().is_empty() {
            errs.push(format!("{place}: {label} is empty"));
        }
    }
    if q.for_return == Answer::WeetNiet {
        errs.push(format!(
            "{place}: for_return must be ja or nee; weet niet never speaks for or against"
        ));
    }
    if phased != q.phase.is_some() {
        errs.push(format!(
            "{place}: a phase (voor / na) belongs to the conditions, and only there"
        ));
    }
}

/// Equal detail: each way forward has as many pros as cons, all have the same number, and no
/// way forward is described at much greater length than another.
fn check_alternatives(file: &str, alts: &[ReturnAlternative], errs: &mut Vec<String>) {
    if alts.len() < 3 {
        errs.push(format!(
            "{file}: needs at least three ways forward (return, return with conditions, \
             living elsewhere), found {}",
            alts.len()
        ));
        return;
    }
    let n = alts[0].pros.len();
    let mut lengths = Vec::new();
    for a in alts {
        let place = format!("{file} alternative '{}'", a.id);
        if a.name.trim().is_empty() || a.text.trim().is_empty() {
            errs.push(format!("{place}: name or text is empty"));
        }
        if a.pros.is_empty() || a.pros.len() != a.cons.len() || a.pros.len() != n {
            errs.push(format!(
                "{place}: needs {n} pros and {n} cons like the first, found {} and {}",
                a.pros.len(),
                a.cons.len()
            ));
        }
        let len = |v: &[Str]| v.iter().map(|s| s.chars().count()).sum::<usize>();
        let (lp, lc) = (len(&a.pros), len(&a.cons));
        if lp.max(lc) as f64 > lp.min(lc) as f64 * PROS_CONS_MAX_RATIO {
            errs.push(format!(
                "{place}: pros ({lp} chars) and cons ({lc} chars) differ too much in length"
            ));
        }
        lengths.push(a.text.chars().count() + lp + lc);
    }
    let (min, max) = (
        lengths.iter().copied().min().unwrap_or(0),
        lengths.iter().copied().max().unwrap_or(0),
    );
    if max as f64 > min as f64 * PROS_CONS_MAX_RATIO {
        errs.push(format!(
            "{file}: the ways forward differ too much in length ({min} to {max} chars)"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;

    fn errors(f: &ReturnHomeFile) -> Vec<String> {
        let mut errs = Vec::new();
        check(f, &mut errs);
        errs
    }

    #[test]
    fn the_shipped_file_is_valid() {
        assert_eq!(errors(&catalogue().return_home), Vec::<String>::new());
    }

    #[test]
    fn a_missing_factor_a_weet_niet_direction_and_unequal_detail_are_errors() {
        let good = catalogue().return_home.clone();
        let mut f = good.clone();
        f.factors.edit().pop();
        assert!(errors(&f).iter().any(|e| e.contains("10 factors")));

        let mut f = good.clone();
        f.factors.edit()[0].for_return = Answer::WeetNiet;
        assert!(errors(&f).iter().any(|e| e.contains("for_return")));

        let mut f = good.clone();
        f.alternatives.edit()[1].cons.edit().pop();
        assert!(errors(&f).iter().any(|e| e.contains("pros and")));

        let mut f = good.clone();
        f.alternatives.edit()[2].text = f.alternatives[2].text.repeat(4).into();
        assert!(errors(&f).iter().any(|e| e.contains("differ too much")));

        let mut f = good.clone();
        f.conditions
            .edit()
            .retain(|q| q.phase != Some(ReturnPhase::Na));
        assert!(errors(&f).iter().any(|e| e.contains("Na")));

        let mut f = good;
        f.screen.not_a_decision = " ".into();
        assert!(errors(&f).iter().any(|e| e.contains("not_a_decision")));
    }
}
