//! The verklarende analyse: which fields a role group fills, and how complete it is.
//!
//! The huisartsenpraktijk and school prepare what they know and hand it over; the lokaal team
//! makes the shared analysis with the family (domain.md §1.4). `Casus.analysis` maps field ids
//! from `analysis.toml` to text.

use crate::content::{AnalysisField, Catalogue};
use crate::model::{Casus, RoleGroup};

/// The fields a role group fills, in catalogue order.
pub fn fields_for(group: RoleGroup, cat: &Catalogue) -> Vec<&AnalysisField> {
    cat.analysis
        .fields
        .iter()
        .filter(|f| f.groups.contains(&group))
        .collect()
}

/// The fields shown for this case: those of its role group, or every field when no role is
/// chosen yet.
pub fn fields_for_case<'a>(c: &Casus, cat: &'a Catalogue) -> Vec<&'a AnalysisField> {
    match c.role {
        Some(r) => fields_for(r.group(), cat),
        None => cat.analysis.fields.iter().collect(),
    }
}

/// Does this group prepare and hand over (true), or make the shared analysis (false)?
pub fn prepares_for_handover(group: RoleGroup) -> bool {
    !matches!(group, RoleGroup::LokaalTeam)
}

/// How far the analysis for this case is filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Completeness<'a> {
    pub filled: usize,
    pub total: usize,
    /// Fields of the case's role group that are still empty, in catalogue order.
    pub missing: Vec<&'a AnalysisField>,
}

impl Completeness<'_> {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

fn has_text(c: &Casus, id: &str) -> bool {
    c.analysis.get(id).is_some_and(|t| !t.trim().is_empty())
}

/// Completeness over the fields shown for this case (blank text counts as empty).
pub fn completeness<'a>(c: &Casus, cat: &'a Catalogue) -> Completeness<'a> {
    let fields = fields_for_case(c, cat);
    let missing: Vec<&AnalysisField> = fields
        .iter()
        .copied()
        .filter(|f| !has_text(c, &f.id))
        .collect();
    Completeness {
        filled: fields.len() - missing.len(),
        total: fields.len(),
        missing,
    }
}

/// The filled-in fields with their text, in catalogue order (for the summary). Text under ids
/// the catalogue does not know is left out; see [`unknown_ids`].
pub fn filled<'a, 'c>(c: &'c Casus, cat: &'a Catalogue) -> Vec<(&'a AnalysisField, &'c str)> {
    cat.analysis
        .fields
        .iter()
        .filter_map(|f| {
            c.analysis
                .get(f.id.as_str())
                .filter(|t| !t.trim().is_empty())
                .map(|t| (f, t.as_str()))
        })
        .collect()
}

/// Ids in `Casus.analysis` that the catalogue does not know (e.g. after a content update).
pub fn unknown_ids<'c>(c: &'c Casus, cat: &Catalogue) -> Vec<&'c str> {
    c.analysis
        .keys()
        .filter(|k| !cat.analysis.fields.iter().any(|f| &f.id == *k))
        .map(|k| k.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::Role;

    #[test]
    fn school_prepares_fewer_fields_than_the_lokaal_team_completes() {
        let cat = catalogue();
        let school = fields_for(RoleGroup::School, cat);
        let team = fields_for(RoleGroup::LokaalTeam, cat);
        assert!(school.len() < team.len());
        assert!(school.iter().any(|f| f.id == "school"));
        assert!(!school.iter().any(|f| f.id == "visie_gezin"));
        assert!(team.iter().any(|f| f.id == "visie_gezin"));
        assert!(prepares_for_handover(RoleGroup::Huisartsenpraktijk));
        assert!(!prepares_for_handover(RoleGroup::LokaalTeam));
    }

    #[test]
    fn completeness_counts_non_blank_fields_of_the_role() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        let before = completeness(&c, cat);
        assert_eq!(before.filled, 0);
        assert_eq!(before.total, fields_for(RoleGroup::School, cat).len());
        c.analysis
            .insert("kind".into(), "Valt stil in de klas.".into());
        c.analysis.insert("feiten".into(), "   ".into());
        c.analysis.insert("oud_veld".into(), "x".into());
        let after = completeness(&c, cat);
        assert_eq!(after.filled, 1);
        assert!(!after.is_complete());
        assert_eq!(filled(&c, cat).len(), 1);
        assert_eq!(unknown_ids(&c, cat), vec!["oud_veld"]);
    }
}
