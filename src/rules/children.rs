//! Every child counts: the other children in the family, the kindcheck over all of them, and
//! a route of its own for a child who may be harmed by someone in the household (for example
//! by sexually transgressive behaviour of the young person toward a younger brother or sister).
//!
//! A child's own route does not weigh for the professional either: it says that the meldcode
//! applies to this child too and gives the first steps (safety first, a safety plan with the
//! family and network, advice from Veilig Thuis). The texts and sources are in `safety.toml`
//! (`weighing.child_*`, `child_steps`).

use crate::content::{Catalogue, NextStep};
use crate::model::{Age, Casus, RiskSource};

/// One child in the family as the rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Child {
    /// `None` for the child the case is about; `Some(i)` for `Casus.siblings[i]`.
    pub sibling: Option<usize>,
    pub age: Option<Age>,
}

/// Every child of the family: the child the case is about first, then the brothers and
/// sisters in the order recorded. The kindcheck asks about all of them (KNMG: number and age).
pub fn all(c: &Casus) -> Vec<Child> {
    std::iter::once(Child {
        sibling: None,
        age: c.age,
    })
    .chain(c.siblings.iter().enumerate().map(|(i, s)| Child {
        sibling: Some(i),
        age: s.age,
    }))
    .collect()
}

/// The own route of a brother or sister who may be harmed by someone in the household.
#[derive(Clone, Debug, PartialEq)]
pub struct ChildRoute<'a> {
    /// Index in `Casus.siblings`.
    pub sibling: usize,
    pub age: Option<Age>,
    pub from: RiskSource,
    /// Dutch, e.g. "Ook broer of zus 1 (4 jaar) telt."
    pub headline: String,
    /// Dutch: why this child has a route of its own.
    pub reason: String,
    /// The first steps for this child, with their sources.
    pub steps: Vec<&'a NextStep>,
}

/// A short Dutch name of a sibling: "broer of zus 2 (5 jaar)".
pub fn sibling_name(index: usize, age: Option<Age>, cat: &Catalogue) -> String {
    let name = cat
        .safety
        .weighing
        .child_label
        .replace("{nummer}", &(index + 1).to_string());
    match age {
        Some(a) => format!("{name} ({})", a.label()),
        None => name,
    }
}

/// A route for every brother or sister flagged as possibly harmed, in the order recorded.
pub fn routes<'a>(c: &Casus, cat: &'a Catalogue) -> Vec<ChildRoute<'a>> {
    let w = &cat.safety.weighing;
    c.siblings
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.at_risk_from.map(|from| (i, s, from)))
        .map(|(i, s, from)| {
            let by = match from {
                RiskSource::CaseChild => w.by_case_child.as_str(),
                RiskSource::OtherHouseholdMember => w.by_household_member.as_str(),
            };
            ChildRoute {
                sibling: i,
                age: s.age,
                from,
                headline: w
                    .child_headline
                    .replace("{kind}", &sibling_name(i, s.age, cat)),
                reason: w.child_reason.replace("{door}", by),
                steps: cat.safety.child_steps.iter().collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::Sibling;

    #[test]
    fn every_child_is_listed_case_child_first() {
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 6,
            months: 1,
        });
        c.siblings = vec![Sibling::aged(0, 2), Sibling::default()];
        let all = all(&c);
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].sibling, None);
        assert_eq!(all[1].age.unwrap().label(), "0 jaar en 2 maanden");
        assert_eq!(all[2].sibling, Some(1));
    }

    #[test]
    fn a_sibling_at_risk_gets_a_route_of_its_own() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.siblings = vec![Sibling::aged(12, 0), Sibling::aged(5, 4)];
        assert!(routes(&c, cat).is_empty());
        c.siblings[1].at_risk_from = Some(RiskSource::CaseChild);
        let r = routes(&c, cat);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].sibling, 1);
        assert!(
            r[0].headline
                .contains("broer of zus 2 (5 jaar en 4 maanden)"),
            "{}",
            r[0].headline
        );
        assert!(r[0]
            .reason
            .contains("het kind of de jongere om wie het gaat"));
        assert!(r[0]
            .steps
            .iter()
            .any(|s| s.text.contains("veiligheidsplan")));
    }
}
