//! The conversation with the parents and the child (meldcode step 3), pure.
//!
//! - [`situations`]: what in the case asks for extra guidance (a disclosure, acute danger,
//!   neglect signals, separated parents, a talk that would be unsafe);
//! - [`guidance`]: the talk guidance for the role and those situations, in the order of the
//!   talk (the exception first when a talk may be unsafe), the prompts for hearing the child
//!   for its age band and the "Mag ik dit delen?" rules for the role;
//! - what flows into the analysis: the parents' own words beside the analysis, their answer
//!   to "do they recognise the concern" as the derived answer to "does the family share the
//!   analysis" ([`analysis_shared`]; an explicit answer wins), and their explanation as the
//!   derived "Wat het gezin zelf denkt" ([`analysis_text`]; an explicit entry wins);
//! - [`child_words_for`]: the child's words for a reader; the parents get them only when the
//!   professional chose so explicitly.

use crate::content::{
    Catalogue, ChildPrompts, ShareRule, SignalSafety, Situation, TalkItem, TalkPart,
};
use crate::model::{Answer, Casus, ChildPart, Role, RoleGroup, StepStatus};
use crate::rules::assess::Assessment;
use crate::rules::signals;

/// The analysis field that the parents' own explanation fills when it is empty.
pub const FAMILY_VIEW_FIELD: &str = "visie_gezin";

/// The situations of this case that bring extra guidance.
/// A plain list (no set type: each generic collection costs code in the wasm).
pub fn situations(c: &Casus, a: &Assessment, cat: &Catalogue) -> Vec<Situation> {
    let mut out = Vec::new();
    let recorded = signals::recorded(c, cat);
    let has = |m: SignalSafety| recorded.iter().any(|(s, _)| s.safety == Some(m));
    if c.safety.disclosure == Some(Answer::Ja) || has(SignalSafety::Onthulling) {
        out.push(Situation::Onthulling);
    }
    if a.is_acute() {
        out.push(Situation::Acuut);
    }
    if has(SignalSafety::Verwaarlozing) {
        out.push(Situation::Verwaarlozing);
    }
    if c.conversation.separated == Some(Answer::Ja) {
        out.push(Situation::Gescheiden);
    }
    let skipped = c.safety.steps.get(&3) == Some(&StepStatus::Overgeslagen);
    if c.safety.telling_family_unsafe == Some(Answer::Ja)
        || skipped
        || !c.conversation.skipped_because.trim().is_empty()
    {
        out.push(Situation::Onveilig);
    }
    out
}

/// What the step "Gesprek" and the gesprekskaart show for this case.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance<'a> {
    /// The situations that hold, each once, in the order of [`Situation`].
    pub situations: Vec<Situation>,
    /// True when a talk may be unsafe (or the weighing points to acute danger): the exception
    /// comes first and the reason is asked for.
    pub exception_first: bool,
    /// The parts of the talk with their guidance, in order; parts without guidance left out.
    pub parts: Vec<(TalkPart, Vec<&'a TalkItem>)>,
    /// The prompts for hearing the child of this age; none while the age is unknown.
    pub child: Option<&'a ChildPrompts>,
    /// The "Mag ik dit delen?" rules for the role (those for everyone first).
    pub share: Vec<&'a ShareRule>,
}

fn for_role(groups: &[RoleGroup], role: Option<RoleGroup>) -> bool {
    groups.is_empty() || role.is_some_and(|g| groups.contains(&g))
}

/// The guidance for this case: its role group and situations.
pub fn guidance<'a>(c: &Casus, a: &Assessment, cat: &'a Catalogue) -> Guidance<'a> {
    let sit = situations(c, a, cat);
    let role = c.role.map(|r| r.group());
    let exception_first = sit.contains(&Situation::Onveilig) || sit.contains(&Situation::Acuut);
    let order: Vec<TalkPart> = if exception_first {
        let mut v = vec![TalkPart::Uitzondering];
        v.extend(
            TalkPart::ALL
                .into_iter()
                .filter(|p| *p != TalkPart::Uitzondering),
        );
        v
    } else {
        TalkPart::ALL.to_vec()
    };
    let parts = order
        .into_iter()
        .map(|part| {
            let items: Vec<&TalkItem> = cat
                .conversation
                .talk
                .iter()
                .filter(|t| t.part == part && for_role(&t.groups, role))
                .filter(|t| t.when.is_empty() || t.when.iter().any(|w| sit.contains(w)))
                .collect();
            (part, items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    let child = c
        .age
        .and_then(|age| cat.conversation.child.iter().find(|p| p.band == age.band()));
    let share = share_rules(c.role, cat);
    Guidance {
        situations: sit,
        exception_first,
        parts,
        child,
        share,
    }
}

/// The "Mag ik dit delen?" rules for a case's role: those for everyone first, then the
/// role's own (shown on the step "Gesprek" and where a summary is shared). Only the role
/// counts, so a page can follow the role alone.
pub fn share_rules(role: Option<Role>, cat: &Catalogue) -> Vec<&ShareRule> {
    let role = role.map(|r| r.group());
    let rules = &cat.conversation.share;
    rules
        .iter()
        .filter(|s| s.groups.is_empty())
        .chain(
            rules
                .iter()
                .filter(|s| !s.groups.is_empty() && for_role(&s.groups, role)),
        )
        .collect()
}

/// The answer to "does the family recognise and share the analysis", and whether it comes
/// from the talk (the parents' answer to "do they recognise the concern"). An explicit answer
/// in the analysis wins.
pub fn analysis_shared(c: &Casus) -> (Option<Answer>, bool) {
    match (c.analysis_shared, c.conversation.parents.recognises) {
        (Some(a), _) => (Some(a), false),
        (None, Some(a)) => (Some(a), true),
        (None, None) => (None, false),
    }
}

/// The text of an analysis field: the explicit entry, or for "Wat het gezin zelf denkt" the
/// parents' own explanation from the talk (derived: true).
pub fn analysis_text<'c>(c: &'c Casus, field: &str) -> Option<(&'c str, bool)> {
    let explicit = c
        .analysis
        .get(field)
        .map(|t| t.trim())
        .filter(|t| !t.is_empty());
    if let Some(t) = explicit {
        return Some((t, false));
    }
    let explanation = c.conversation.parents.explanation.trim();
    (field == FAMILY_VIEW_FIELD && !explanation.is_empty()).then_some((explanation, true))
}

/// The parents' words that were written down: (which, text), in the order of the talk.
pub fn parents_words(c: &Casus) -> Vec<(ParentsPart, &str)> {
    let p = &c.conversation.parents;
    [
        (ParentsPart::Explanation, p.explanation.as_str()),
        (ParentsPart::Recognise, p.recognise.as_str()),
        (ParentsPart::Want, p.want.as_str()),
        (ParentsPart::Agreed, p.agreed.as_str()),
    ]
    .into_iter()
    .map(|(k, t)| (k, t.trim()))
    .filter(|(_, t)| !t.is_empty())
    .collect()
}

/// A part of what the parents said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParentsPart {
    Explanation,
    Recognise,
    Want,
    Agreed,
}

/// Who reads the child's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Professional,
    Parents,
}

/// The child's words for a reader: the filled parts. The parents get them only when the
/// professional explicitly chose so (`Conversation::child_to_parents`).
pub fn child_words_for(c: &Casus, reader: Reader) -> Vec<(ChildPart, &str)> {
    if reader == Reader::Parents && !c.conversation.child_to_parents {
        return Vec::new();
    }
    c.conversation
        .child
        .words()
        .into_iter()
        .map(|(k, t)| (k, t.trim()))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Is anything of the talk written down (the parents' words, the child's, or a reason not to
/// talk)?
pub fn has_record(c: &Casus) -> bool {
    !parents_words(c).is_empty()
        || c.conversation.child.has_words()
        || !c.conversation.skipped_because.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, RecordedSignal, Role};
    use crate::rules::assess::assess;

    fn guide(c: &Casus) -> Guidance<'static> {
        let cat = catalogue();
        let a = assess(c, cat);
        guidance(c, &a, cat)
    }

    fn ids(g: &Guidance, part: TalkPart) -> Vec<String> {
        g.parts
            .iter()
            .filter(|(p, _)| *p == part)
            .flat_map(|(_, items)| items.iter().map(|t| t.id.to_string()))
            .collect()
    }

    #[test]
    fn the_role_picks_its_own_opening_and_share_rules() {
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        let school = guide(&c);
        assert!(ids(&school, TalkPart::Openen).contains(&"open_school".to_string()));
        assert!(!ids(&school, TalkPart::Openen).contains(&"open_huisarts".to_string()));
        let share: Vec<&str> = school.share.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            share[0], "anoniem_advies",
            "the rule for everyone comes first"
        );
        assert!(share.contains(&"school_avg") && !share.contains(&"huisarts_meldrecht"));
        c.role = Some(Role::Huisarts);
        let gp = guide(&c);
        let share: Vec<&str> = gp.share.iter().map(|s| s.id.as_str()).collect();
        assert!(share.contains(&"huisarts_beroepsgeheim") && share.contains(&"huisarts_meldrecht"));
        assert!(!share.contains(&"school_avg"));
        // Never a report announced in a first talk, never secrecy promised: for every role.
        for r in Role::ALL {
            c.role = Some(r);
            let g = guide(&c);
            let not_yet = ids(&g, TalkPart::NietNu);
            assert!(
                not_yet.contains(&"niet_melding".into()) && not_yet.contains(&"niet_geheim".into())
            );
            assert!(!g.exception_first);
        }
    }

    #[test]
    fn situations_bring_their_guidance() {
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        assert!(guide(&c).situations.is_empty());
        assert!(!ids(&guide(&c), TalkPart::Zorg).contains(&"zorg_verwaarlozing".into()));
        c.signals.push(RecordedSignal::new("honger"));
        let g = guide(&c);
        assert!(g.situations.contains(&Situation::Verwaarlozing));
        assert!(ids(&g, TalkPart::Zorg).contains(&"zorg_verwaarlozing".into()));
        c.conversation.separated = Some(Answer::Ja);
        assert!(ids(&guide(&c), TalkPart::Ouders).contains(&"ouders_gescheiden".into()));
        c.signals.push(RecordedSignal::new("kind_vertelt_geweld"));
        let g = guide(&c);
        assert!(g.situations.contains(&Situation::Onthulling));
        assert!(ids(&g, TalkPart::NietNu).contains(&"niet_onthulling".into()));
        // A disclosure counts as acute: the exception comes first, with its acute text.
        assert!(g.exception_first);
        assert_eq!(g.parts[0].0, TalkPart::Uitzondering);
        assert!(ids(&g, TalkPart::Uitzondering).contains(&"uitzondering_acuut".into()));
    }

    #[test]
    fn an_unsafe_talk_puts_the_exception_first() {
        let mut c = Casus::new();
        c.role = Some(Role::Huisarts);
        assert_eq!(guide(&c).parts[0].0, TalkPart::Openen);
        c.safety.telling_family_unsafe = Some(Answer::Ja);
        let g = guide(&c);
        assert!(g.exception_first && g.situations.contains(&Situation::Onveilig));
        assert_eq!(g.parts[0].0, TalkPart::Uitzondering);
        let mut skipped = Casus::new();
        skipped.safety.steps.insert(3, StepStatus::Overgeslagen);
        assert!(guide(&skipped).exception_first);
    }

    #[test]
    fn child_prompts_follow_the_age_band() {
        let mut c = Casus::new();
        assert!(guide(&c).child.is_none());
        for (years, band) in [(2, "jong"), (8, "basisschool"), (15, "tiener")] {
            c.age = Some(Age { years, months: 0 });
            let p = guide(&c).child.expect("prompts for every age");
            assert_eq!(serde_json::to_value(p.band).unwrap(), band);
        }
        c.age = Some(Age {
            years: 2,
            months: 0,
        });
        assert!(guide(&c).child.unwrap().intro.contains("vertrouwt"));
    }

    #[test]
    fn the_parents_answer_flows_into_the_analysis_until_answered_there() {
        let mut c = Casus::new();
        assert_eq!(analysis_shared(&c), (None, false));
        assert_eq!(analysis_text(&c, FAMILY_VIEW_FIELD), None);
        c.conversation.parents.recognises = Some(Answer::Ja);
        c.conversation.parents.explanation = "Hij slaapt slecht sinds de verhuizing.".into();
        assert_eq!(analysis_shared(&c), (Some(Answer::Ja), true));
        assert_eq!(
            analysis_text(&c, FAMILY_VIEW_FIELD),
            Some(("Hij slaapt slecht sinds de verhuizing.", true))
        );
        assert_eq!(
            analysis_text(&c, "zorg"),
            None,
            "only the family's own view is derived"
        );
        c.analysis_shared = Some(Answer::Nee);
        c.analysis
            .insert(FAMILY_VIEW_FIELD.into(), "Eigen tekst".into());
        assert_eq!(analysis_shared(&c), (Some(Answer::Nee), false));
        assert_eq!(
            analysis_text(&c, FAMILY_VIEW_FIELD),
            Some(("Eigen tekst", false))
        );
        assert_eq!(parents_words(&c).len(), 1);
        assert!(has_record(&c));
    }

    #[test]
    fn the_parents_get_the_childs_words_only_when_chosen() {
        let mut c = Casus::new();
        c.conversation.child.wishes = "Dat het thuis rustig is".into();
        c.conversation.child.worries = "  ".into();
        assert_eq!(child_words_for(&c, Reader::Professional).len(), 1);
        assert!(child_words_for(&c, Reader::Parents).is_empty());
        c.conversation.child_to_parents = true;
        assert_eq!(
            child_words_for(&c, Reader::Parents),
            vec![(ChildPart::Wishes, "Dat het thuis rustig is")]
        );
    }
}
