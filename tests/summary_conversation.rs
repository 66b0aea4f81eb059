//! The conversation in the summaries (issue 15): the parents' view and the child's words go to
//! colleagues and the local team, the parents' version carries the child's words only when the
//! professional chose so, and the gesprekskaart prepares the talk on one page.

mod summary_cases;

use summary_cases::*;

const CHILD_WISH: &str = "Dat mama weer lacht";
const EXPLANATION: &str = "Sinds het ontslag is er vaak geen geld voor boodschappen.";

fn talked() -> Casus {
    let mut c = teacher_case();
    let t = &mut c.conversation;
    t.both_heard = Some(Nee);
    t.parents.explanation = EXPLANATION.into();
    t.parents.recognises = Some(Ja);
    t.parents.agreed = "Over twee weken weer praten.".into();
    t.child.wishes = CHILD_WISH.into();
    t.child.how_heard = "Drie huizen getekend".into();
    c
}

fn flat(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn colleagues_and_the_local_team_read_the_parents_view_and_the_childs_words() {
    let c = talked();
    for v in [Variant::Collega, Variant::LokaalTeam] {
        let t = flat(&text(&c, v, false));
        assert!(t.contains(EXPLANATION), "{v:?}: {t}");
        assert!(t.contains(CHILD_WISH), "{v:?}");
        assert!(t.contains("Beide ouders met gezag gehoord: nee"), "{v:?}");
        assert!(t.contains("Drie huizen getekend"), "{v:?}");
    }
    // The parents' answer feeds "does the family share the analysis" in the team's handover,
    // and their explanation the family's own view, both marked as coming from the talk.
    let t = flat(&text(&c, Variant::LokaalTeam, false));
    assert!(
        t.contains("Herkent en deelt het gezin de analyse?: ja (uit het gesprek met de ouders)"),
        "{t}"
    );
    assert!(
        t.contains("Wat het gezin zelf denkt (uit het gesprek met de ouders):"),
        "{t}"
    );
}

#[test]
fn the_parents_version_carries_the_childs_words_only_when_chosen() {
    let mut c = talked();
    let t = flat(&text(&c, Variant::Ouders, false));
    assert!(!t.contains(CHILD_WISH), "{t}");
    assert!(t.contains(EXPLANATION), "the parents' own words are theirs");
    assert!(
        !t.contains("Drie huizen") && !t.contains("gezag"),
        "no working notes"
    );
    for full in [false, true] {
        assert!(!text(&c, Variant::Ouders, full).contains(CHILD_WISH));
    }
    c.conversation.child_to_parents = true;
    let t = flat(&text(&c, Variant::Ouders, false));
    assert!(
        t.contains(&format!("Wat uw kind wenst: „{CHILD_WISH}”")),
        "{t}"
    );
}

#[test]
fn the_gesprekskaart_prepares_the_talk_for_the_role_and_situation() {
    let mut c = teacher_case();
    let t = flat(&text(&c, Variant::Gesprekskaart, false));
    assert!(t.contains("Kondig in dit gesprek geen melding aan"), "{t}");
    assert!(t.contains("Beloof een kind geen geheimhouding"));
    assert!(t.contains("intern begeleider, zorgcoördinator of aandachtsfunctionaris"));
    assert!(
        !t.contains("spreken, tenzij"),
        "no GP guidance for a teacher"
    );
    assert!(
        !t.contains("U mag het gesprek overslaan"),
        "compact: the exception only when it applies"
    );
    assert!(text(&c, Variant::Gesprekskaart, true).contains("U mag het gesprek overslaan"));
    c.safety.telling_family_unsafe = Some(Ja);
    let t = flat(&text(&c, Variant::Gesprekskaart, false));
    let (exception, opening) = (
        t.find("U mag het gesprek overslaan")
            .expect("exception shown"),
        t.find("Openen:").unwrap(),
    );
    assert!(
        exception < opening,
        "the exception first when a talk may be unsafe"
    );
}
