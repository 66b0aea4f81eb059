//! The summary of a case: structured data for the UI and plain text for a dossier.
//!
//! [`render`] turns a case and its [`Assessment`] into a [`Summary`] for one [`Variant`]; it
//! reads the assessment and never calls the rules that made it. The user chooses which parts
//! go in with [`Sections`]. [`to_plain_text`] lays a summary out as text that reads well when
//! pasted into a dossier. Pure: it never reads the clock ([`RenderInfo`] brings the date).
//!
//! # Where to change what
//!
//! | what                                               | file          |
//! |----------------------------------------------------|---------------|
//! | a variant: title, audience, sections, headings     | `variant.rs`  |
//! | the sections and the SOEP parts                    | `sections.rs` |
//! | what a section holds (standard form)               | `blocks.rs`   |
//! | what every part reads (case, assessment, spec)     | `ctx.rs`      |
//! | the safety section                                 | `weighing.rs` |
//! | the options section and its one-line reasons       | `choices.rs`  |
//! | the section "Weer thuis" (return home)             | `return_blocks.rs` |
//! | the SOEP form                                      | `soep.rs`     |
//! | the talk: parents' and child's words, gesprekskaart | `talk.rs`     |
//! | plain text and the identifier scan                 | `text.rs`     |
//! | every fixed Dutch word and sentence: read from `[report]` in `screens.toml` | `words.rs` |
//!
//! # Decisions
//!
//! * **One table.** Everything that differs between variants is a field of [`VariantSpec`]
//!   ([`Variant::spec`]); the code reads it and never asks which variant it renders. Behaviour
//!   that follows from the reader is an exhaustive match on [`Audience`].
//! * **Empty sections.** A section that is switched on always appears. When the user has not
//!   filled it in, it holds the one sentence `empty` of `[report]` in `screens.toml`. The
//!   guard-rail section says that no guard-rail applies instead, because nothing there is
//!   filled in.
//! * **Parents.** The parents' variant never holds the safety weighing or the guard-rails (its
//!   spec does not offer them), never the professional's own wording of the concern (only
//!   `Casus::for_parents`, the text written for them) and no signal notes. It lists only
//!   options that fit or may fit, each with its plain description, without criteria.
//! * **No ranking.** Options always come in catalogue order with their fit.
//! * **SOEP.** For a huisartsenpraktijk a variant with a `soep_title` is rendered in the SOEP
//!   form ([`soep_for`]); P is the plan: agreed steps, the options that fit with a one-line
//!   reason, open questions.
//! * **Compact and full.** [`RenderInfo::full`] false (the default) keeps a realistic case to
//!   one A4: only the options that fit or may fit one by one (the others counted), the safety
//!   reasons condensed to the answers, guard-rails by title. The user's own text is never
//!   shortened. `tests/summary.rs` holds realistic cases to a line budget and
//!   `e2e/summary.test.mjs` prints them to PDF and counts the pages.
//! * **Markup.** Text typed by the user is copied as text; nothing is escaped or interpreted.
//! * **Left out on purpose.** `Casus.notes` (the professional's working notes) never goes
//!   into a summary.

mod blocks;
mod choices;
mod ctx;
mod doc;
mod return_blocks;
mod sections;
mod soep;
mod talk;
mod text;
mod variant;
mod weighing;
mod words;

pub use doc::{Block, Item, Stamp, Summary, SummarySection};
pub use sections::{PartId, SectionId, Sections, SoepPart};
pub use text::{identifier_warnings, to_plain_text, user_text_warnings, WRAP};
pub use variant::{AnalysisStyle, Audience, Headings, Variant, VariantSpec};
use words::dutch_date;
pub use words::{child_part, parents_part};

use crate::content::Catalogue;
use crate::model::{isolated_case, Casus, ProContact, RoleGroup};
use crate::rules::analysis;
use crate::rules::assess::Assessment;
use ctx::{or_empty, Ctx};

/// What the UI passes in: the summary never reads the clock or the build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderInfo {
    /// Today's date as shown, e.g. "24-11-2026".
    pub date: String,
    /// The Thuiswijzer version, e.g. "0.1.0".
    pub app_version: String,
    /// The "volledig" summary: every reason and text. False: compact, one A4.
    pub full: bool,
    /// The professional's own contacts (the sociale kaart on this device): the next steps
    /// name the saved contacts of their kinds.
    pub contacts: Vec<ProContact>,
}

/// Is the summary of this case in this variant rendered in the SOEP form? For a
/// huisartsenpraktijk, when the variant has one.
pub fn soep_for(c: &Casus, variant: Variant) -> bool {
    let gp = c.role.map(|r| r.group()) == Some(RoleGroup::Huisartsenpraktijk);
    gp && variant.spec().soep_title.is_some()
}

/// Render the summary of a case from its assessment (`rules::assess::assess` of the same case).
pub fn render(
    c: &Casus,
    a: &Assessment,
    cat: &Catalogue,
    variant: Variant,
    sections: &Sections,
    info: &RenderInfo,
) -> Summary {
    // User text inside the summary's own sentences, on screen, in print and in the text file:
    // reading-direction controls in it stay inside it.
    let isolated = isolated_case(c);
    let c = &isolated;
    let spec = variant.spec();
    let soep = soep_for(c, variant);
    let x = Ctx {
        c,
        a,
        cat,
        spec,
        full: info.full,
        contacts: &info.contacts,
    };
    // Only what the variant offers, whatever the flags say.
    let mut offered = Sections::NONE;
    for id in spec.order {
        offered.set(*id, true);
    }
    let on = sections.and(offered);

    let title = match (soep, spec.soep_title) {
        (true, Some(t)) => t,
        _ => spec.title,
    };
    let meta = match spec.audience {
        Audience::Professional => meta_lines(c, soep),
        Audience::Parents => Vec::new(),
    };
    let prepares = c
        .role
        .is_some_and(|r| analysis::prepares_for_handover(r.group()));
    let sections_out = if soep {
        soep::sections(&x, &on)
    } else {
        spec.order
            .iter()
            .copied()
            .filter(|id| on.is_on(*id))
            .map(|id| SummarySection {
                id: PartId::Section(id),
                heading: spec.headings.of(id, prepares).to_string(),
                blocks: standard_section(&x, id),
            })
            .collect()
    };
    Summary {
        variant,
        soep,
        full: info.full,
        title: title.to_string(),
        stamp: Stamp {
            date: info.date.clone(),
            app_version: info.app_version.clone(),
            content_date: dutch_date(cat.content_date()),
        },
        meta,
        sections: sections_out,
        disclaimer: words::disclaimer(spec.audience).to_string(),
    }
}

/// The blocks of one section in the standard form.
fn standard_section(x: &Ctx, id: SectionId) -> Vec<Block> {
    match id {
        SectionId::Zorg => or_empty(blocks::concern(x)),
        SectionId::Signalen => or_empty(blocks::signal_list(x, |_| true, None)),
        SectionId::Veiligheid => weighing::blocks(x),
        SectionId::Analyse => or_empty(blocks::analysis_blocks(x)),
        SectionId::Netwerk => or_empty(blocks::network(x)),
        SectionId::Mogelijkheden => or_empty(choices::blocks(x)),
        SectionId::Waarborgen => blocks::guardrails(x),
        SectionId::Afspraken => or_empty(blocks::steps(x)),
        SectionId::OpenVragen => or_empty(blocks::open_questions(x)),
        SectionId::Gesprek => or_empty(talk::conversation(x)),
        SectionId::Leidraad => or_empty(talk::guidance(x)),
        SectionId::WeerThuis => return_blocks::blocks(x),
    }
}

/// The case lines of a professional summary: its label and role, and (in the standard form;
/// SOEP has them under O) the child and household.
fn meta_lines(c: &Casus, soep: bool) -> Vec<String> {
    let mut meta = Vec::new();
    let mut who: Vec<String> = Vec::new();
    if let Some(l) = ctx::filled(&c.label) {
        who.push(words::w().case_line.fill(&[&l]));
    }
    if let Some(r) = c.role {
        who.push(words::w().by_line.fill(&[&r.label()]));
    }
    if !who.is_empty() {
        meta.push(who.join(" · "));
    }
    if !soep {
        let child = blocks::child_lines(c);
        if !child.is_empty() {
            meta.push(child.join(" · "));
        }
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, Role};
    use crate::rules::assess::assess;
    use crate::rules::options::Fit;

    #[test]
    fn gp_collega_is_soep_and_others_are_not() {
        let mut c = Casus::new();
        assert!(!soep_for(&c, Variant::Collega));
        c.role = Some(Role::PohJeugd);
        assert!(soep_for(&c, Variant::Collega));
        assert!(!soep_for(&c, Variant::Ouders));
        assert!(!soep_for(&c, Variant::LokaalTeam));
    }

    #[test]
    fn the_content_date_is_the_newest() {
        let cat = catalogue();
        let newest = cat.content_date();
        assert!(cat.options.meta.date.as_str() <= newest);
        assert!(cat.about.meta.date.as_str() <= newest);
    }

    #[test]
    fn short_reason_names_the_deciding_criterion() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 8,
            months: 0,
        });
        let a = assess(&c, cat);
        let mst = a.fits.iter().find(|f| f.option.id == "mst").unwrap();
        assert_eq!(mst.fit, Fit::PastNiet);
        let r = choices::short_reason(mst);
        assert_eq!(r, "MST is er vanaf 10 jaar; het kind is 8 jaar.");
    }

    #[test]
    fn parents_see_a_plain_sentence_for_exactly_the_listed_fits() {
        for f in [Fit::Past, Fit::PastMisschien, Fit::PastNiet, Fit::Onbekend] {
            assert_eq!(words::fit_plain(f).is_some(), choices::listed(f), "{f:?}");
        }
    }
}
