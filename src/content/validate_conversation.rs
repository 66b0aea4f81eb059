//! Validation of `conversation.toml`: every role group gets guidance for each part of the talk,
//! the exception and both parents are always explained, every age band has prompts for hearing
//! the child, and every role group has "Mag ik dit delen?" rules, one of them for everyone (the
//! anonymous consultation). Part of [`Catalogue::validate`].

use super::conversation::TalkPart;
use super::types::*;
use crate::model::{AgeBand, RoleGroup};
use std::collections::BTreeSet;

const GROUPS: [RoleGroup; 3] = [
    RoleGroup::Huisartsenpraktijk,
    RoleGroup::School,
    RoleGroup::LokaalTeam,
];

const BANDS: [AgeBand; 3] = [AgeBand::Jong, AgeBand::Basisschool, AgeBand::Tiener];

fn for_group(groups: &[RoleGroup], g: RoleGroup) -> bool {
    groups.is_empty() || groups.contains(&g)
}

impl Catalogue {
    pub(super) fn check_conversation(&self, errs: &mut Vec<String>) {
        let f = &self.conversation;
        let file = "conversation.toml";
        let mut seen = BTreeSet::new();
        for id in f
            .talk
            .iter()
            .map(|t| &t.id)
            .chain(f.share.iter().map(|s| &s.id))
        {
            if !seen.insert(id.as_str()) {
                errs.push(format!("{file}: duplicate id '{id}'"));
            }
            let ok = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok {
                errs.push(format!(
                    "{file}: id '{id}' must be lower-case a-z, 0-9 and '_' only"
                ));
            }
        }
        // Every part of the talk has guidance for every role group that shows without a
        // situation: the talk is prepared even when nothing special holds.
        for part in TalkPart::ALL {
            for g in GROUPS {
                let n = f
                    .talk
                    .iter()
                    .filter(|t| t.part == part && t.when.is_empty() && for_group(&t.groups, g))
                    .count();
                if n == 0 {
                    errs.push(format!(
                        "{file}: part {part:?} has no guidance for {g:?} that always shows"
                    ));
                }
            }
        }
        for t in &f.talk {
            if t.text.trim().is_empty() {
                errs.push(format!("{file} talk '{}': empty text", t.id));
            }
        }
        for band in BANDS {
            let n = f.child.iter().filter(|c| c.band == band).count();
            if n != 1 {
                errs.push(format!(
                    "{file}: age band {band:?} needs exactly one set of child prompts, found {n}"
                ));
            }
        }
        for c in &f.child {
            for (what, t) in [
                ("intro", &c.intro),
                ("worries", &c.worries),
                ("going_well", &c.going_well),
                ("wishes", &c.wishes),
            ] {
                if t.trim().is_empty() {
                    errs.push(format!("{file} child {:?}: empty {what}", c.band));
                }
            }
        }
        if !f.share.iter().any(|s| s.groups.is_empty()) {
            errs.push(format!(
                "{file}: no share rule for every role (the anonymous consultation)"
            ));
        }
        for g in GROUPS {
            if !f
                .share
                .iter()
                .any(|s| !s.groups.is_empty() && s.groups.contains(&g))
            {
                errs.push(format!("{file}: no share rule of its own for {g:?}"));
            }
        }
        for s in &f.share {
            if [&s.title, &s.rule, &s.record]
                .iter()
                .any(|t| t.trim().is_empty())
            {
                errs.push(format!(
                    "{file} share '{}': title, rule and record must be filled",
                    s.id
                ));
            }
        }
        // Every screen text and part heading is filled (serialised, so a new field is checked
        // too).
        let texts = [
            serde_json::to_value(&f.screen),
            serde_json::to_value(&f.parts),
        ];
        for m in texts.into_iter().filter_map(|v| match v {
            Ok(serde_json::Value::Object(m)) => Some(m),
            _ => None,
        }) {
            for (k, v) in m {
                if v.as_str().is_none_or(|t| t.trim().is_empty()) {
                    errs.push(format!("{file} [screen] or [parts]: '{k}' is empty"));
                }
            }
        }
    }

    pub(super) fn conversation_uncertain(&self) -> Vec<(String, &str)> {
        let f = &self.conversation;
        let talk = f.talk.iter().filter_map(|t| {
            Some((
                format!("conversation talk '{}'", t.id),
                t.uncertain.as_deref()?,
            ))
        });
        let child = f.child.iter().filter_map(|c| {
            Some((
                format!("conversation child {:?}", c.band),
                c.uncertain.as_deref()?,
            ))
        });
        let share = f.share.iter().filter_map(|s| {
            Some((
                format!("conversation share '{}'", s.id),
                s.uncertain.as_deref()?,
            ))
        });
        talk.chain(child).chain(share).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{catalogue, TalkPart};
    use crate::model::RoleGroup;

    #[test]
    fn the_validator_rejects_a_part_missing_for_a_role_and_a_missing_age_band() {
        let mut cat = catalogue().clone();
        assert_eq!(cat.validate(), Ok(()));
        cat.conversation
            .talk
            .edit()
            .retain(|t| !(t.part == TalkPart::NietNu && t.groups.is_empty()));
        cat.conversation.child.edit().pop();
        cat.conversation
            .share
            .edit()
            .retain(|s| *s.groups != [RoleGroup::Huisartsenpraktijk]);
        cat.conversation.screen.card_link = " ".into();
        let errs = cat.validate().unwrap_err();
        let has = |s: &str| errs.iter().any(|e| e.contains(s));
        assert!(has("part NietNu has no guidance for School"), "{errs:?}");
        assert!(has("age band Tiener"), "{errs:?}");
        assert!(
            has("no share rule of its own for Huisartsenpraktijk"),
            "{errs:?}"
        );
        assert!(has("'card_link' is empty"), "{errs:?}");
    }
}
