//! The professional's own contacts in the next steps: each next step of the content names the
//! kinds of contact it is about; the saved contacts of those kinds go with it ("Bel het lokaal
//! team: 020-…"). Pure: the contacts come in as an argument (they live on the device, not in
//! the case).

use crate::content::{ContactsScreen, NextStep};
use crate::model::ProContact;
use crate::rules::ages::fill;

/// The saved contacts for one next step, in the order of the kinds the step names (and the
/// user's order within a kind). Contacts with nothing filled in are left out.
pub fn for_step<'a>(step: &NextStep, saved: &'a [ProContact]) -> Vec<&'a ProContact> {
    step.contacts
        .iter()
        .flat_map(|k| saved.iter().filter(move |c| c.kind == *k && !c.is_blank()))
        .collect()
}

/// The saved contacts for several next steps, each contact once, in the order of the steps.
pub fn for_steps<'a>(steps: &[&NextStep], saved: &'a [ProContact]) -> Vec<&'a ProContact> {
    let mut out: Vec<&ProContact> = Vec::new();
    for s in steps {
        for c in for_step(s, saved) {
            if !out.iter().any(|o| std::ptr::eq(*o, c)) {
                out.push(c);
            }
        }
    }
    out
}

/// One contact in running text: "Bel het lokaal team: 020-1234567 (Wijkteam Noord; ma-vr
/// 9-17 uur)", or without a phone number "Neem contact op met het lokaal team (…)".
pub fn line(c: &ProContact, s: &ContactsScreen) -> String {
    let who = c.kind.text();
    let phone = c.phone.trim();
    let head = if phone.is_empty() {
        fill(&s.ask, &[("wie", who)])
    } else {
        fill(&s.call, &[("wie", who), ("telefoon", phone)])
    };
    let details: Vec<&str> = [c.organisation.trim(), c.hours.trim()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    if details.is_empty() {
        head
    } else {
        format!("{head} ({})", details.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Answer, Casus, ContactKind, Role};
    use crate::rules::assess::assess;

    fn contact(kind: ContactKind, org: &str, phone: &str, hours: &str) -> ProContact {
        ProContact {
            kind,
            organisation: org.into(),
            phone: phone.into(),
            hours: hours.into(),
        }
    }

    fn saved() -> Vec<ProContact> {
        vec![
            contact(
                ContactKind::LokaalTeam,
                "Wijkteam Noord",
                "020-1234567",
                "ma-vr 9-17 uur",
            ),
            contact(ContactKind::InternBegeleider, "", "", ""),
            contact(ContactKind::InternBegeleider, "Obs De Linde", "", ""),
            contact(ContactKind::Leerplicht, "Gemeente", "020-7654321", ""),
            contact(
                ContactKind::VeiligThuisRegio,
                "VT Amsterdam-Amstelland",
                "020-0000000",
                "",
            ),
        ]
    }

    /// A teacher's case with help offered and accepted: the route "hulp zonder melding".
    fn teacher_help_case() -> Casus {
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        c.safety.suspicion = Some(Answer::Ja);
        c.safety.acute_unsafety = Some(Answer::Nee);
        c.safety.structural_unsafety = Some(Answer::Nee);
        c.safety.effective_help = Some(Answer::Ja);
        c.safety.help_accepted = Some(Answer::Ja);
        c
    }

    #[test]
    fn a_saved_contact_appears_with_the_next_step_that_names_its_kind() {
        let cat = catalogue();
        let a = assess(&teacher_help_case(), cat);
        let list = saved();
        let got = for_steps(&a.weighing.next_steps, &list);
        let kinds: Vec<ContactKind> = got.iter().map(|c| c.kind).collect();
        // "Bied of organiseer hulp" names the lokaal team; the school step names the intern
        // begeleider (the blank entry is left out), the jeugdarts (none saved) and the lokaal
        // team again (listed once). Leerplicht and Veilig Thuis are named by no step here.
        assert_eq!(
            kinds,
            vec![ContactKind::LokaalTeam, ContactKind::InternBegeleider]
        );
        let s = &cat.followup.kaart;
        assert_eq!(
            line(got[0], s),
            "Bel het lokaal team: 020-1234567 (Wijkteam Noord; ma-vr 9-17 uur)"
        );
        assert_eq!(
            line(got[1], s),
            "Neem contact op met de intern begeleider (Obs De Linde)"
        );
    }

    #[test]
    fn after_a_report_route_the_regional_veilig_thuis_goes_with_the_national_number() {
        let cat = catalogue();
        let mut c = teacher_help_case();
        c.safety.structural_unsafety = Some(Answer::Ja);
        let a = assess(&c, cat);
        let list = saved();
        let got = for_steps(&a.weighing.next_steps, &list);
        assert!(got.iter().any(|k| k.kind == ContactKind::VeiligThuisRegio));
        // The national number stays in the content's contacts.
        assert!(a
            .weighing
            .contacts
            .iter()
            .any(|k| k.phone.contains("0800-2000")));
        // Nothing saved: nothing added.
        assert!(for_steps(&a.weighing.next_steps, &[]).is_empty());
    }

    #[test]
    fn every_kind_is_named_by_some_next_step_or_is_leerplicht() {
        let cat = catalogue();
        for k in ContactKind::ALL {
            let named = cat
                .safety
                .next_steps
                .iter()
                .any(|n| n.contacts.contains(&k));
            assert!(named || k == ContactKind::Leerplicht, "{k:?}");
        }
    }

    #[test]
    fn contact_kinds_store_under_their_form_keys() {
        for k in ContactKind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.key()));
        }
    }
}
