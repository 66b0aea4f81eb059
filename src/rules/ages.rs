//! Age ranges of the options: the one source of the age text ("Voor wie"), the age check and
//! the age reason. The words come from `[wording]` in `options.toml`; the numbers from the
//! option's `age_range` criterion, so text and check cannot disagree.
//!
//! "Tot 18 jaar" (`below = 18`) means: until the 18th birthday, up to and including 17 years
//! and 11 months. That is the scope of youth care in the Jeugdwet and the richtlijn
//! Uithuisplaatsing (0–18, extendable to 23 when help started before 18).

/// The one placeholder helper (`content::template::fill`), where the rules have always found it.
pub use crate::content::template::fill;
use crate::content::{AgeRange, CareOption, Catalogue, Condition, Wording};
use crate::model::{Age, Answer};
use crate::rules::criteria::{age_place, lvb_answer, sibling_ages, AgePlace, Facts, Truth};

/// "17 jaar", "17 jaar en 1 maand", "17 jaar en 7 maanden".
pub fn age_words(a: Age, w: &Wording) -> String {
    let jaar = a.years.to_string();
    let maanden = a.months.min(11).to_string();
    let t = match a.months {
        0 => &w.years,
        1 => &w.years_month,
        _ => &w.years_months,
    };
    fill(t, &[("jaar", &jaar), ("maanden", &maanden)])
}

/// The upper limit in words, with "bij de start" when it applies at the start.
fn upper_words(r: &AgeRange, w: &Wording) -> String {
    let base = match (r.to, r.below) {
        (Some(t), _) => fill(&w.to, &[("tot", &age_words(t, w))]),
        (None, Some(b)) => fill(&w.below, &[("tot", &age_words(b, w))]),
        (None, None) => String::new(),
    };
    if r.at_start {
        format!("{base}{}", w.at_start)
    } else {
        base
    }
}

fn lvb_words(r: &AgeRange, w: &Wording) -> String {
    r.lvb
        .as_ref()
        .map(|l| fill(&w.below, &[("tot", &age_words(l.below, w))]))
        .unwrap_or_default()
}

/// The range in words, e.g. "10 jaar tot en met 17 jaar en 7 maanden bij de start" or
/// "tot 18 jaar; met een LVB van de jongere tot 23 jaar".
pub fn range_words(r: &AgeRange, w: &Wording) -> String {
    let tot = upper_words(r, w);
    let mut s = match r.from.filter(|f| f.total_months() > 0) {
        Some(f) => fill(&w.range, &[("van", &age_words(f, w)), ("tot", &tot)]),
        None => fill(&w.range_open, &[("tot", &tot)]),
    };
    if r.lvb.is_some() {
        s.push_str(&fill(&w.lvb, &[("lvb", &lvb_words(r, w))]));
    }
    s
}

/// The option's age range, if it has one.
pub fn range_of(o: &CareOption) -> Option<&AgeRange> {
    o.criteria.iter().find_map(|c| match &c.condition {
        Condition::AgeRange(r) => Some(r),
        _ => None,
    })
}

/// The age text of an option ("Voor wie"): made from its range, or its `ages` text, plus the
/// note.
pub fn age_text(o: &CareOption, cat: &Catalogue) -> String {
    let w = &cat.options.wording;
    let base = match range_of(o) {
        Some(r) if r.any_child => fill(&w.any_child, &[("bereik", &range_words(r, w))]),
        Some(r) => first_upper(&range_words(r, w)),
        None => o.ages.map(String::from).unwrap_or_default(),
    };
    match &o.ages_note {
        Some(n) => format!("{base} ({n})"),
        None => base,
    }
}

/// The uncertain note of the option's age range, shown with the age text.
pub fn age_uncertain(o: &CareOption) -> Option<&str> {
    o.criteria.iter().find_map(|c| match c.condition {
        Condition::AgeRange(_) => c.uncertain.as_deref(),
        _ => None,
    })
}

fn first_upper(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The reason for an age range, as a colleague would say it.
pub fn reason(r: &AgeRange, f: &Facts, option: &str, cat: &Catalogue) -> String {
    let w = &cat.options.wording;
    let bereik = range_words(r, w);
    let tot = upper_words(r, w);
    let lvb = lvb_words(r, w);
    let van = r.from.map(|a| age_words(a, w)).unwrap_or_default();
    let say = |t: &str, leeftijd: &str| {
        first_upper(&fill(
            t,
            &[
                ("optie", option),
                ("bereik", &bereik),
                ("tot", &tot),
                ("lvb", &lvb),
                ("van", &van),
                ("leeftijd", leeftijd),
            ],
        ))
    };
    if r.any_child {
        let mut ages: Vec<Option<Age>> = vec![f.case.age];
        ages.extend(sibling_ages(f.case));
        let lvb_a = lvb_answer(r, f);
        let fitting = ages.iter().enumerate().find(|(i, a)| {
            crate::rules::criteria::age_truth(
                age_place(r, **a, *i == 0),
                if *i == 0 { lvb_a } else { None },
            ) == Truth::True
        });
        return match (fitting, crate::rules::criteria::eval_age_range(r, f)) {
            (Some((_, Some(a))), _) => say(&w.any_child_fits, &age_words(*a, w)),
            (_, Truth::False) => say(&w.any_child_none, ""),
            _ => say(&w.any_child_unknown, ""),
        };
    }
    let leeftijd = f.case.age.map(|a| age_words(a, w)).unwrap_or_default();
    let t = match age_place(r, f.case.age, true) {
        AgePlace::Unknown => &w.unknown,
        AgePlace::Within => &w.fits,
        AgePlace::TooYoung => &w.too_young,
        AgePlace::TooOld => &w.too_old,
        AgePlace::LvbBand => match lvb_answer(r, f) {
            Some(Answer::Ja) => &w.lvb_fits,
            Some(Answer::Nee) => &w.lvb_no,
            _ => &w.lvb_open,
        },
    };
    say(t, &leeftijd)
}
