//! The summary of a case: structured data for the UI and plain text for a dossier.
//!
//! [`render`] turns a [`Casus`] into a [`Summary`] for one of three [`Variant`]s; the user
//! chooses which parts go in with [`Sections`]. [`to_plain_text`] lays a summary out as text
//! that reads well when pasted into a dossier. Like every function in `domain`, this is a pure
//! function of the case, the catalogue and [`RenderInfo`]: it never reads the clock.
//!
//! # Decisions
//!
//! * **Empty sections.** A section that is switched on always appears. When the user has not
//!   filled it in, it holds the one sentence [`EMPTY`] ("Nog niet ingevuld."). The derived
//!   guard-rail section says [`NO_GUARDRAILS`] instead, because nothing there is filled in.
//! * **Ouders.** The variant for the conversation with parents never holds the safety weighing
//!   or the guard-rails, even when the flags ask for them ([`Variant::offers`]). It lists only
//!   options that fit or may fit ([`shown_to_parents`]: not `PastNiet`, and not `Onbekend`
//!   either, since an option with unanswered required criteria may be far from this family),
//!   without criteria (their wording is meldcode language), and speaks B1 Dutch.
//! * **No ranking.** Options always come in catalogue order with their fit. Nothing in the
//!   summary ranks or recommends.
//! * **SOEP.** For a huisartsenpraktijk (role group [`RoleGroup::Huisartsenpraktijk`]) the
//!   Collega variant is rendered in the SOEP form automatically ([`form_for`]): four sections
//!   S, O, E and P that hold the same content, sorted the way a GP's journal expects. The flags
//!   still decide what goes in. [`render_as`] lets the UI force a form (for example a GP who
//!   wants the standard layout); the Ouders variant is never rendered as SOEP.
//!   [`to_plain_text`] only lays out what it gets, so the choice is made once, at render time.
//! * **Compact and full.** [`RenderInfo::full`] false (the default) keeps the text to about
//!   one A4: each option on one item with a short reason, the safety reasons condensed to the
//!   answers, guard-rails by title. The user's own text is never shortened.
//! * **Plain text.** [`to_plain_text`] wraps at [`WRAP`] (78) columns, the usual width of
//!   plain text; [`to_plain_text_width`] takes another width, or 0 for a dossier field that
//!   wraps by itself.
//! * **One A4, measured.** The proxy for "fits one A4" is the text wrapped at [`A4_WIDTH`]
//!   (100) columns in at most [`A4_LINES`] (60) lines: a 10 pt sans-serif font on A4 with 2 cm
//!   margins holds about 100 characters a line and 60 lines a page. `tests/summary.rs` holds
//!   typical cases of the Collega and Ouders variants to that budget. The LokaalTeam handover
//!   names every open analysis field as well and runs to about 65 lines; many guard-rails (a
//!   threatened placement) add about ten.
//! * **LokaalTeam analysis.** Full: every field of the shared analysis in catalogue order, the
//!   open ones saying [`EMPTY`]. Compact: the filled fields in catalogue order, then one line
//!   "Nog niet ingevuld: …" naming the open fields in catalogue order.
//! * **Identifier warnings.** [`identifier_warnings`] scans the title, the case lines and every
//!   section with [`privacy::scan`]; not the stamp (its dates would look like birth dates) and
//!   not the fixed disclaimer.
//! * **Markup.** Text typed by the user is copied as text; nothing is escaped or interpreted.
//!   Only whitespace is normalised when the plain text is wrapped.
//! * **Left out on purpose.** `Casus.notes` (the professional's own working notes) never goes
//!   into a summary.

use crate::content::{Catalogue, CriterionRole, GuardrailSection};
use crate::model::{Age, Answer, Casus, Observer, RecordedSignal, RoleGroup, When};
use crate::privacy::{self, IdentifierWarning};
use crate::rules::analysis;
use crate::rules::criteria::{answer_label, safety_answer};
use crate::rules::options::{Fit, OptionFit, Status};
use crate::rules::safety;
use crate::rules::signals;

/// The sentence of a section the user has not filled in yet.
pub const EMPTY: &str = "Nog niet ingevuld.";

/// The sentence of the guard-rail section when none applies.
pub const NO_GUARDRAILS: &str =
    "Op basis van de antwoorden tot nu toe is geen waarborg van toepassing.";

/// Column at which [`to_plain_text`] wraps.
pub const WRAP: usize = 78;

/// Line budget of a compact summary of a typical case: one A4 (see the module documentation).
pub const A4_LINES: usize = 60;

/// The width at which [`A4_LINES`] is measured.
pub const A4_WIDTH: usize = 100;

// ---------------------------------------------------------------------------------------------
// Variants, sections, render info
// ---------------------------------------------------------------------------------------------

/// For whom the summary is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Variant {
    /// "Voor collega of overleg": complete and professional.
    #[default]
    Collega,
    /// "Voor het gesprek met ouders": plain language, no meldcode internals.
    Ouders,
    /// "Overdracht lokaal team": structured as the verklarende analyse.
    LokaalTeam,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::Collega, Variant::Ouders, Variant::LokaalTeam];

    /// Dutch name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Variant::Collega => "Voor collega of overleg",
            Variant::Ouders => "Voor het gesprek met ouders",
            Variant::LokaalTeam => "Overdracht lokaal team",
        }
    }

    /// Stable key, for forms.
    pub fn key(self) -> &'static str {
        match self {
            Variant::Collega => "collega",
            Variant::Ouders => "ouders",
            Variant::LokaalTeam => "lokaal_team",
        }
    }

    pub fn from_key(key: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.key() == key)
    }

    /// Can this variant hold the section at all? The Ouders variant never holds the safety
    /// weighing or the guard-rails. The SOEP parts are not choosable and always offered.
    pub fn offers(self, id: SectionId) -> bool {
        !(self == Variant::Ouders && matches!(id, SectionId::Veiligheid | SectionId::Waarborgen))
    }

    /// The order of the sections in the standard form.
    pub fn order(self) -> &'static [SectionId] {
        use SectionId::*;
        match self {
            Variant::Collega => &[
                Zorg,
                Signalen,
                Veiligheid,
                Analyse,
                Netwerk,
                Mogelijkheden,
                Waarborgen,
                Afspraken,
                OpenVragen,
            ],
            Variant::LokaalTeam => &[
                Zorg,
                Analyse,
                Signalen,
                Veiligheid,
                Netwerk,
                Mogelijkheden,
                Waarborgen,
                Afspraken,
                OpenVragen,
            ],
            Variant::Ouders => &[
                Zorg,
                Signalen,
                Netwerk,
                Analyse,
                Mogelijkheden,
                Afspraken,
                OpenVragen,
            ],
        }
    }
}

/// A section of a summary. The first nine can be switched on and off with [`Sections`]; the
/// last four are the parts of the SOEP form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    Zorg,
    Signalen,
    Veiligheid,
    Analyse,
    Netwerk,
    Mogelijkheden,
    Waarborgen,
    Afspraken,
    OpenVragen,
    /// SOEP: S.
    Subjectief,
    /// SOEP: O.
    Objectief,
    /// SOEP: E.
    Evaluatie,
    /// SOEP: P.
    Plan,
}

impl SectionId {
    /// The sections the user can switch on and off, in the order of the checkboxes.
    pub const CHOOSABLE: [SectionId; 9] = [
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Veiligheid,
        SectionId::Analyse,
        SectionId::Netwerk,
        SectionId::Mogelijkheden,
        SectionId::Waarborgen,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ];

    /// Stable key, for forms.
    pub fn key(self) -> &'static str {
        match self {
            SectionId::Zorg => "zorg",
            SectionId::Signalen => "signalen",
            SectionId::Veiligheid => "veiligheid",
            SectionId::Analyse => "analyse",
            SectionId::Netwerk => "netwerk",
            SectionId::Mogelijkheden => "mogelijkheden",
            SectionId::Waarborgen => "waarborgen",
            SectionId::Afspraken => "afspraken",
            SectionId::OpenVragen => "open_vragen",
            SectionId::Subjectief => "s",
            SectionId::Objectief => "o",
            SectionId::Evaluatie => "e",
            SectionId::Plan => "p",
        }
    }

    /// Dutch name of the checkbox.
    pub fn label(self) -> &'static str {
        match self {
            SectionId::Zorg => "Zorg",
            SectionId::Signalen => "Signalen",
            SectionId::Veiligheid => "Veiligheid (meldcode)",
            SectionId::Analyse => "Verklarende analyse",
            SectionId::Netwerk => "Netwerk en krachten",
            SectionId::Mogelijkheden => "Mogelijkheden",
            SectionId::Waarborgen => "Waarborgen",
            SectionId::Afspraken => "Afspraken",
            SectionId::OpenVragen => "Open vragen",
            SectionId::Subjectief => "S – Subjectief",
            SectionId::Objectief => "O – Objectief",
            SectionId::Evaluatie => "E – Evaluatie",
            SectionId::Plan => "P – Plan",
        }
    }
}

/// Which sections go into the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    pub concern: bool,
    pub signals: bool,
    pub safety: bool,
    pub analysis: bool,
    pub network: bool,
    pub options: bool,
    pub guardrails: bool,
    pub steps: bool,
    pub open_questions: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections::for_variant(Variant::default())
    }
}

impl Sections {
    /// Every section on.
    pub fn all() -> Sections {
        Sections {
            concern: true,
            signals: true,
            safety: true,
            analysis: true,
            network: true,
            options: true,
            guardrails: true,
            steps: true,
            open_questions: true,
        }
    }

    /// Every section off.
    pub fn none() -> Sections {
        Sections {
            concern: false,
            signals: false,
            safety: false,
            analysis: false,
            network: false,
            options: false,
            guardrails: false,
            steps: false,
            open_questions: false,
        }
    }

    /// The default choice per variant: everything for a colleague and the lokaal team; for
    /// parents what we see, what goes well, what could help, the next steps and open questions.
    pub fn for_variant(v: Variant) -> Sections {
        match v {
            Variant::Collega | Variant::LokaalTeam => Sections::all(),
            Variant::Ouders => Sections {
                safety: false,
                analysis: false,
                guardrails: false,
                ..Sections::all()
            },
        }
    }

    /// Is the section switched on? The SOEP parts are always on.
    pub fn is_on(&self, id: SectionId) -> bool {
        match id {
            SectionId::Zorg => self.concern,
            SectionId::Signalen => self.signals,
            SectionId::Veiligheid => self.safety,
            SectionId::Analyse => self.analysis,
            SectionId::Netwerk => self.network,
            SectionId::Mogelijkheden => self.options,
            SectionId::Waarborgen => self.guardrails,
            SectionId::Afspraken => self.steps,
            SectionId::OpenVragen => self.open_questions,
            SectionId::Subjectief
            | SectionId::Objectief
            | SectionId::Evaluatie
            | SectionId::Plan => true,
        }
    }

    /// Switch a section on or off (the SOEP parts cannot be switched).
    pub fn set(&mut self, id: SectionId, on: bool) {
        let flag = match id {
            SectionId::Zorg => &mut self.concern,
            SectionId::Signalen => &mut self.signals,
            SectionId::Veiligheid => &mut self.safety,
            SectionId::Analyse => &mut self.analysis,
            SectionId::Netwerk => &mut self.network,
            SectionId::Mogelijkheden => &mut self.options,
            SectionId::Waarborgen => &mut self.guardrails,
            SectionId::Afspraken => &mut self.steps,
            SectionId::OpenVragen => &mut self.open_questions,
            _ => return,
        };
        *flag = on;
    }
}

/// What the UI passes in: the domain never reads the clock or the build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderInfo {
    /// Today's date as shown, e.g. "24-11-2026".
    pub date: String,
    /// The Thuiswijzer version, e.g. "0.1.0".
    pub app_version: String,
    /// The "volledig" summary: every reason and text. False: compact, about one A4.
    pub full: bool,
}

/// The layout of the sections.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Form {
    /// The sections of [`Variant::order`].
    #[default]
    Standaard,
    /// Subjectief, Objectief, Evaluatie, Plan (for the huisartsenpraktijk).
    Soep,
}

/// The form [`render`] uses: SOEP for the Collega variant of a huisartsenpraktijk.
pub fn form_for(c: &Casus, variant: Variant) -> Form {
    let gp = c.role.map(|r| r.group()) == Some(RoleGroup::Huisartsenpraktijk);
    if variant == Variant::Collega && gp {
        Form::Soep
    } else {
        Form::Standaard
    }
}

// ---------------------------------------------------------------------------------------------
// The summary as data
// ---------------------------------------------------------------------------------------------

/// When and with what the summary was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// From [`RenderInfo::date`].
    pub date: String,
    pub app_version: String,
    /// The newest content date of the catalogue, as dd-mm-yyyy.
    pub content_date: String,
}

impl Stamp {
    /// The stamp as one Dutch line.
    pub fn line(&self, variant: Variant) -> String {
        match variant {
            Variant::Ouders => format!(
                "Gemaakt op {} met Thuiswijzer {}. De informatie is bijgewerkt op {}.",
                self.date, self.app_version, self.content_date
            ),
            _ => format!(
                "Datum: {} · Thuiswijzer versie {} · Inhoud bijgewerkt op {}",
                self.date, self.app_version, self.content_date
            ),
        }
    }
}

/// One item of a list, with optional lines under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub details: Vec<String>,
}

impl Item {
    fn new(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            details: Vec::new(),
        }
    }
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A labelled text, e.g. an analysis field.
    Field {
        label: String,
        text: String,
    },
    /// A list, optionally with a title.
    List {
        title: Option<String>,
        items: Vec<Item>,
    },
}

impl Block {
    /// Every text in the block, for the identifier scan and for tests.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(t) => vec![t],
            Block::Field { label, text } => vec![label, text],
            Block::List { title, items } => {
                let mut v: Vec<&str> = title.iter().map(String::as_str).collect();
                for i in items {
                    v.push(&i.text);
                    v.extend(i.details.iter().map(String::as_str));
                }
                v
            }
        }
    }
}

/// One section with its heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummarySection {
    pub id: SectionId,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// The rendered summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub variant: Variant,
    pub form: Form,
    pub full: bool,
    pub title: String,
    /// Date, version and content date.
    pub stamp: Stamp,
    /// Lines about the case: its label, the role, the child (not in the Ouders variant).
    pub meta: Vec<String>,
    pub sections: Vec<SummarySection>,
    /// It supports the professional's judgement and is not a decision.
    pub disclaimer: String,
}

impl Summary {
    pub fn section(&self, id: SectionId) -> Option<&SummarySection> {
        self.sections.iter().find(|s| s.id == id)
    }
}

// ---------------------------------------------------------------------------------------------
// Dutch labels
// ---------------------------------------------------------------------------------------------

/// Who observed a signal, in Dutch for the variant.
pub fn observer_label(o: Observer, variant: Variant) -> &'static str {
    match (variant, o) {
        (Variant::Ouders, Observer::Zelf) => "zelf gezien of gehoord",
        (Variant::Ouders, Observer::KindVertelde) => "uw kind vertelde dit",
        (Variant::Ouders, Observer::OuderVertelde) => "een ouder vertelde dit",
        (Variant::Ouders, Observer::Anders) => "iemand anders vertelde dit",
        (_, Observer::Zelf) => "zelf waargenomen",
        (_, Observer::KindVertelde) => "kind vertelde",
        (_, Observer::OuderVertelde) => "ouder vertelde",
        (_, Observer::Anders) => "via iemand anders",
    }
}

/// When a signal was observed, in Dutch.
pub fn when_label(w: When) -> &'static str {
    match w {
        When::Vandaag => "vandaag",
        When::DezeWeek => "deze week",
        When::DezeMaand => "deze maand",
        When::LangerGeleden => "langer geleden",
        When::Herhaaldelijk => "herhaaldelijk",
    }
}

fn age_text(a: Age) -> String {
    match a.months.min(11) {
        0 => format!("{} jaar", a.years),
        1 => format!("{} jaar en 1 maand", a.years),
        m => format!("{} jaar en {m} maanden", a.years),
    }
}

/// Short fit label for the compact summary.
fn fit_short(f: Fit) -> &'static str {
    match f {
        Fit::Past => "past",
        Fit::PastMisschien => "past misschien",
        Fit::PastNiet => "past niet",
        Fit::Onbekend => "nog onbekend",
    }
}

/// Is an option with this fit listed in the Ouders variant? Only `Past` and `PastMisschien`:
/// an option whose required criteria are still unanswered (`Onbekend`) may have nothing to do
/// with this family (say MST-PSB for a quiet child), so it is not put before the parents; the
/// sentence [`OTHER_HELP_LATER`] says that more may come.
pub fn shown_to_parents(f: Fit) -> bool {
    matches!(f, Fit::Past | Fit::PastMisschien)
}

/// The Ouders sentence when some options are still `Onbekend`.
pub const OTHER_HELP_LATER: &str =
    "Er is ook andere hulp. Of die past, weten we pas als we meer weten.";

/// How an option relates to the case, in plain words for parents.
fn fit_plain(f: Fit) -> &'static str {
    match f {
        Fit::Past => "Deze hulp is bedoeld voor gezinnen in een situatie zoals de uwe.",
        _ => "Deze hulp kan passen. Een paar dingen weten we nog niet.",
    }
}

/// "2026-11-23" as "23-11-2026"; anything else unchanged.
pub fn dutch_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}-{m}-{y}"),
        _ => iso.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

struct Ctx<'a> {
    c: &'a Casus,
    cat: &'a Catalogue,
    variant: Variant,
    full: bool,
}

fn filled(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

fn or_empty(blocks: Vec<Block>) -> Vec<Block> {
    if blocks.is_empty() {
        vec![Block::Paragraph(EMPTY.into())]
    } else {
        blocks
    }
}

fn list(title: Option<&str>, items: Vec<Item>) -> Option<Block> {
    (!items.is_empty()).then(|| Block::List {
        title: title.map(String::from),
        items,
    })
}

/// Render the summary of a case. The form follows [`form_for`].
pub fn render(
    c: &Casus,
    cat: &Catalogue,
    variant: Variant,
    sections: &Sections,
    info: &RenderInfo,
) -> Summary {
    render_as(c, cat, variant, sections, info, form_for(c, variant))
}

/// Render in a chosen form. The Ouders variant is always rendered in the standard form.
pub fn render_as(
    c: &Casus,
    cat: &Catalogue,
    variant: Variant,
    sections: &Sections,
    info: &RenderInfo,
    form: Form,
) -> Summary {
    let form = if variant == Variant::Ouders {
        Form::Standaard
    } else {
        form
    };
    let x = Ctx {
        c,
        cat,
        variant,
        full: info.full,
    };
    let on = |id: SectionId| sections.is_on(id) && variant.offers(id);
    let stamp = Stamp {
        date: info.date.clone(),
        app_version: info.app_version.clone(),
        content_date: dutch_date(cat.content_date()),
    };
    let title = match (variant, form) {
        (Variant::Collega, Form::Soep) => "Samenvatting voor collega of overleg (SOEP)",
        (Variant::Collega, _) => "Samenvatting voor collega of overleg",
        (Variant::Ouders, _) => "Voor ons gesprek",
        (Variant::LokaalTeam, _) => "Overdracht aan het lokaal team",
    }
    .to_string();

    let mut meta = Vec::new();
    if variant != Variant::Ouders {
        let mut who: Vec<String> = Vec::new();
        if let Some(l) = filled(&c.label) {
            who.push(format!("Casus: {l}"));
        }
        if let Some(r) = c.role {
            who.push(format!("Opgesteld door: {}", r.label()));
        }
        if !who.is_empty() {
            meta.push(who.join(" · "));
        }
        if form == Form::Standaard {
            let child = child_lines(c);
            if !child.is_empty() {
                meta.push(child.join(" · "));
            }
        }
    }

    let sections_out = match form {
        Form::Standaard => variant
            .order()
            .iter()
            .copied()
            .filter(|id| on(*id))
            .map(|id| SummarySection {
                id,
                heading: heading(&x, id),
                blocks: blocks_for(&x, id),
            })
            .collect(),
        Form::Soep => soep_sections(&x, &on),
    };

    let disclaimer = match variant {
        Variant::Ouders => {
            "Dit overzicht helpt bij ons gesprek. Het is geen besluit: u beslist mee.".to_string()
        }
        _ => "Thuiswijzer ondersteunt het oordeel van de professional. Deze samenvatting is geen \
              besluit."
            .to_string(),
    };

    Summary {
        variant,
        form,
        full: info.full,
        title,
        stamp,
        meta,
        sections: sections_out,
        disclaimer,
    }
}

/// Lines about the child and household (standard form) or the O part (SOEP).
fn child_lines(c: &Casus) -> Vec<String> {
    let mut out = Vec::new();
    let mut kind: Vec<String> = Vec::new();
    if let Some(a) = c.age {
        kind.push(format!("leeftijd {}", age_text(a)));
    }
    if let Some(s) = c.school {
        kind.push(s.label().to_lowercase());
    }
    if !kind.is_empty() {
        out.push(format!("Kind: {}", kind.join(", ")));
    }
    let mut thuis: Vec<String> = Vec::new();
    if !c.household.is_empty() {
        let who: Vec<String> = c
            .household
            .iter()
            .map(|m| m.label().to_lowercase())
            .collect();
        thuis.push(format!("woont met {}", who.join(", ")));
    }
    if !c.siblings.is_empty() {
        let ages: Vec<String> = c
            .siblings
            .iter()
            .map(|s| match s.age {
                Some(a) => a.label(),
                None => "leeftijd onbekend".into(),
            })
            .collect();
        thuis.push(format!(
            "{} broer(s) of zus(sen) ({})",
            c.siblings.len(),
            ages.join(", ")
        ));
    }
    if !thuis.is_empty() {
        out.push(format!("Thuis: {}", thuis.join("; ")));
    }
    out
}

fn heading(x: &Ctx, id: SectionId) -> String {
    let ouders = x.variant == Variant::Ouders;
    let h = match id {
        SectionId::Zorg if ouders => "Waar we ons zorgen over maken",
        SectionId::Zorg => "Zorg of vraag",
        SectionId::Signalen if ouders => "Wat we zagen en hoorden",
        SectionId::Signalen => "Signalen",
        SectionId::Veiligheid => "Veiligheid (meldcode)",
        SectionId::Analyse if ouders => "Hoe we de situatie nu begrijpen",
        SectionId::Analyse => {
            let prepares =
                x.c.role
                    .is_some_and(|r| analysis::prepares_for_handover(r.group()));
            if prepares && x.variant == Variant::Collega {
                "Verklarende analyse (voorbereiding)"
            } else {
                "Verklarende analyse"
            }
        }
        SectionId::Netwerk if ouders => "Wat goed gaat en wie kan helpen",
        SectionId::Netwerk => "Netwerk en krachten",
        SectionId::Mogelijkheden if ouders => "Wat kan helpen",
        SectionId::Mogelijkheden => "Mogelijkheden (vaste volgorde, geen rangorde of advies)",
        SectionId::Waarborgen => "Waarborgen",
        SectionId::Afspraken if ouders => "Wat we afspreken",
        SectionId::Afspraken => "Afspraken",
        SectionId::OpenVragen if ouders => "Wat we nog willen weten",
        SectionId::OpenVragen => "Open vragen",
        other => other.label(),
    };
    h.to_string()
}

fn blocks_for(x: &Ctx, id: SectionId) -> Vec<Block> {
    match id {
        SectionId::Zorg => or_empty(concern_blocks(x)),
        SectionId::Signalen => or_empty(signal_blocks(x, |_| true, None)),
        SectionId::Veiligheid => safety_blocks(x),
        SectionId::Analyse => or_empty(analysis_blocks(x)),
        SectionId::Netwerk => or_empty(network_blocks(x)),
        SectionId::Mogelijkheden => or_empty(option_blocks(x)),
        SectionId::Waarborgen => guardrail_blocks(x),
        SectionId::Afspraken => or_empty(step_blocks(x)),
        SectionId::OpenVragen => or_empty(open_question_blocks(x)),
        _ => Vec::new(),
    }
}

fn concern_blocks(x: &Ctx) -> Vec<Block> {
    filled(&x.c.concern)
        .map(|t| Block::Paragraph(t.to_string()))
        .into_iter()
        .collect()
}

fn signal_item(x: &Ctx, r: &RecordedSignal, with_observer: bool) -> Item {
    let fact = signals::signal(&r.id, x.cat)
        .map(|s| s.text.clone())
        .unwrap_or_else(|| format!("Signaal dat niet meer in de lijst staat ({})", r.id));
    let fact = fact.trim_end().trim_end_matches('.');
    let text = if with_observer {
        format!(
            "{fact} ({}, {}).",
            r.observer
                .map_or("wie: niet ingevuld", |o| observer_label(o, x.variant)),
            r.when.map_or("wanneer: niet ingevuld", when_label)
        )
    } else {
        format!(
            "{fact} ({}).",
            r.when.map_or("wanneer: niet ingevuld", when_label)
        )
    };
    let mut item = Item::new(text);
    if let Some(n) = filled(&r.note) {
        item.details.push(format!("Toelichting: {n}"));
    }
    item
}

/// The recorded signals whose observer passes `keep`, in the order they were recorded.
fn signal_blocks(
    x: &Ctx,
    keep: impl Fn(&RecordedSignal) -> bool,
    title: Option<&str>,
) -> Vec<Block> {
    let items: Vec<Item> =
        x.c.signals
            .iter()
            .filter(|r| keep(r))
            .map(|r| signal_item(x, r, true))
            .collect();
    list(title, items).into_iter().collect()
}

fn answer_short(a: Option<Answer>) -> &'static str {
    match a {
        None => "open",
        some => answer_label(some),
    }
}

fn safety_blocks(x: &Ctx) -> Vec<Block> {
    let w = safety::weigh(x.c, x.cat);
    let mut out = vec![Block::Paragraph(w.headline.to_string())];
    // The outcome text says what to do first (112, Veilig Thuis); compact keeps it only when
    // the weighing points to acute unsafety or a report.
    let urgent = matches!(
        w.outcome,
        safety::Outcome::AcuutGevaar | safety::Outcome::Meldnorm
    );
    if x.full || urgent {
        out.push(Block::Paragraph(w.text.to_string()));
    }
    if x.full {
        out.extend(list(
            Some("Waarom"),
            w.reasons
                .iter()
                .map(|r| Item::new(r.text.as_str()))
                .collect(),
        ));
        let steps: Vec<String> = x
            .cat
            .safety
            .meldcode_steps
            .iter()
            .filter_map(|s| {
                x.c.safety.steps.get(&s.number).map(|st| {
                    let st = match st {
                        crate::model::StepStatus::Gedaan => "gedaan",
                        crate::model::StepStatus::NogNiet => "nog niet",
                        crate::model::StepStatus::Overgeslagen => "overgeslagen",
                    };
                    format!("{} {} ({st})", s.number, s.title)
                })
            })
            .collect();
        if !steps.is_empty() {
            out.push(Block::Field {
                label: "Stappen van de meldcode".into(),
                text: steps.join("; "),
            });
        }
    } else {
        // The reasons that are not afwegingsvragen (acute signs, a disclosure) in full; the
        // answers to the afwegingsvragen on one line.
        out.extend(list(
            Some("Waarom"),
            w.reasons
                .iter()
                .filter(|r| !r.kind.is_answer())
                .map(|r| Item::new(r.text.as_str()))
                .collect(),
        ));
        let answers: Vec<String> = x
            .cat
            .safety
            .afwegingsvragen
            .iter()
            .map(|q| format!("{} {}", q.number, answer_short(safety_answer(x.c, q.field))))
            .collect();
        out.push(Block::Field {
            label: "Antwoorden op de afwegingsvragen".into(),
            text: answers.join(" · "),
        });
    }
    if signals::kindcheck_applies(x.c, x.cat) {
        out.push(Block::Paragraph(
            "Kindcheck: er is een oudersignaal vastgelegd.".into(),
        ));
    }
    // Full: every step for the outcome, as a list. Compact: only the steps for this role group
    // or this case (those with a condition), as one paragraph.
    let steps: Vec<&str> = w
        .next_steps
        .iter()
        .filter(|n| x.full || !n.groups.is_empty() || n.when.is_some())
        .map(|n| n.text.as_str())
        .collect();
    if x.full {
        out.extend(list(
            Some("Mogelijke vervolgstappen"),
            steps.into_iter().map(Item::new).collect(),
        ));
    } else if !steps.is_empty() {
        out.push(Block::Field {
            label: "Mogelijke vervolgstappen".into(),
            text: steps.join(" "),
        });
    }
    if x.full {
        out.extend(list(
            Some("Contact"),
            w.contacts
                .iter()
                .map(|k| Item::new(format!("{}: {} ({})", k.name, k.phone, k.when)))
                .collect(),
        ));
    }
    out
}

fn analysis_blocks(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    if x.variant == Variant::LokaalTeam {
        // Every field of the shared analysis, so the team sees what is still open. Full: each
        // field in catalogue order. Compact: the filled fields in catalogue order, then the
        // open ones named on one line.
        let mut open: Vec<&str> = Vec::new();
        for f in analysis::fields_for(RoleGroup::LokaalTeam, x.cat) {
            match x.c.analysis.get(&f.id).and_then(|t| filled(t)) {
                Some(t) => out.push(Block::Field {
                    label: f.label.clone(),
                    text: t.to_string(),
                }),
                None if x.full => out.push(Block::Field {
                    label: f.label.clone(),
                    text: EMPTY.to_string(),
                }),
                None => open.push(&f.label),
            }
        }
        if !open.is_empty() {
            out.push(Block::Field {
                label: EMPTY.trim_end_matches('.').to_string(),
                text: open.join("; "),
            });
        }
    } else {
        for (f, t) in analysis::filled(x.c, x.cat) {
            out.push(Block::Field {
                label: f.label.clone(),
                text: t.trim().to_string(),
            });
        }
    }
    for id in analysis::unknown_ids(x.c, x.cat) {
        if let Some(t) = x.c.analysis.get(id).and_then(|t| filled(t)) {
            out.push(Block::Field {
                label: format!("Overig ({id})"),
                text: t.to_string(),
            });
        }
    }
    if x.variant != Variant::Ouders
        && (x.c.analysis_shared.is_some() || x.variant == Variant::LokaalTeam)
    {
        out.push(Block::Field {
            label: "Herkent en deelt het gezin de analyse?".into(),
            text: answer_label(x.c.analysis_shared).into(),
        });
    }
    out
}

fn network_blocks(x: &Ctx) -> Vec<Block> {
    let ouders = x.variant == Variant::Ouders;
    let mut out = Vec::new();
    if let Some(s) = filled(&x.c.strengths) {
        out.push(Block::Field {
            label: if ouders { "Wat goed gaat" } else { "Krachten" }.into(),
            text: s.to_string(),
        });
    }
    let items: Vec<Item> =
        x.c.network
            .iter()
            .filter_map(|n| match (filled(&n.who), filled(&n.what)) {
                (Some(w), Some(t)) => Some(Item::new(format!("{w}: {t}"))),
                (Some(w), None) => Some(Item::new(w)),
                (None, Some(t)) => Some(Item::new(t)),
                (None, None) => None,
            })
            .collect();
    let title = if ouders { "Wie kan helpen" } else { "Netwerk" };
    if x.full {
        out.extend(list(Some(title), items));
    } else if !items.is_empty() {
        let all: Vec<String> = items.into_iter().map(|i| i.text).collect();
        out.push(Block::Field {
            label: title.into(),
            text: all.join("; "),
        });
    }
    out
}

fn criterion_prefix(role: CriterionRole, status: Status) -> &'static str {
    match (role, status) {
        (_, Status::NietBeantwoord) => "open",
        (CriterionRole::ContraIndication, Status::NietVoldaan) => "contra-indicatie aanwezig",
        (CriterionRole::ContraIndication, Status::Voldaan) => "contra-indicatie niet aanwezig",
        (_, Status::NietVoldaan) => "niet voldaan",
        (_, Status::Voldaan) => "voldaan",
    }
}

/// A one-line reason for the compact summary: the first criterion that decides the fit (not
/// met, or still open). For `Onbekend` only that required questions are open: which ones is in
/// the full summary.
/// One option as a list item: name, fit and the deciding reason (compact), or every reason
/// (full). Never a ranking.
fn option_item(f: &OptionFit, full: bool) -> Item {
    if full {
        let mut item = Item::new(format!("{}: {}", f.option.name, f.fit.label()));
        item.details
            .extend(f.reasons.iter().map(|r| r.text.clone()));
        item
    } else {
        Item::new(format!(
            "{}: {} ({})",
            f.option.name,
            fit_short(f.fit),
            short_reason(f)
        ))
    }
}

fn short_reason(f: &OptionFit) -> String {
    let decisive: Vec<_> = match f.fit {
        Fit::PastNiet => f
            .reasons
            .iter()
            .filter(|r| {
                r.status == Status::NietVoldaan && r.criterion.role != CriterionRole::Supporting
            })
            .collect(),
        Fit::PastMisschien => f
            .reasons
            .iter()
            .filter(|r| r.status == Status::NietBeantwoord)
            .collect(),
        Fit::Past | Fit::Onbekend => Vec::new(),
    };
    match f.fit {
        Fit::Past if f.reasons.is_empty() => return "geen voorwaarden beschreven".into(),
        Fit::Past => return "alle voorwaarden voldaan".into(),
        Fit::Onbekend => return "vragen nog open".into(),
        _ => {}
    }
    match decisive.first() {
        None => "alle punten beantwoord".into(),
        Some(first) => format!(
            "{}: {}",
            criterion_prefix(first.criterion.role, first.status),
            first.criterion.label
        ),
    }
}

fn option_blocks(x: &Ctx) -> Vec<Block> {
    let fits = crate::rules::assess::assess(x.c, x.cat).fits;
    if x.variant == Variant::Ouders {
        let items: Vec<Item> = fits
            .iter()
            .filter(|f| shown_to_parents(f.fit))
            .map(|f| {
                let mut item = Item::new(format!("{}: {}", f.option.name, f.option.summary));
                item.details.push(fit_plain(f.fit).to_string());
                if x.full {
                    for p in &f.option.pros {
                        item.details.push(format!("Voordeel: {p}"));
                    }
                    for c in &f.option.cons {
                        item.details.push(format!("Nadeel: {c}"));
                    }
                }
                item
            })
            .collect();
        let mut out = Vec::new();
        if !items.is_empty() {
            out.push(Block::Paragraph(
                "Dit zijn mogelijkheden om samen over te praten. De volgorde zegt niets over \
                 wat beter is."
                    .into(),
            ));
        }
        out.extend(list(None, items));
        if fits.iter().any(|f| f.fit == Fit::Onbekend) {
            out.push(Block::Paragraph(OTHER_HELP_LATER.into()));
        }
        return out;
    }
    let items: Vec<Item> = fits
        .iter()
        .map(|f| {
            let mut item = option_item(f, x.full);
            if x.full {
                item.details
                    .push(format!("Beoordeling: {}", f.option.rating.text));
            }
            item
        })
        .collect();
    list(None, items).into_iter().collect()
}

fn guardrail_section_label(s: GuardrailSection) -> &'static str {
    match s {
        GuardrailSection::DreigendeUithuisplaatsing => "Bij een dreigende uithuisplaatsing",
        GuardrailSection::AlsVerblijfNodigIs => "Als verblijf nodig is",
        GuardrailSection::Algemeen => "Altijd",
    }
}

fn guardrail_blocks(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    for section in [
        GuardrailSection::Algemeen,
        GuardrailSection::DreigendeUithuisplaatsing,
        GuardrailSection::AlsVerblijfNodigIs,
    ] {
        let rails = crate::rules::assess::assess(x.c, x.cat)
            .guardrails_in(section)
            .collect::<Vec<_>>();
        if rails.is_empty() {
            continue;
        }
        if x.full {
            out.extend(list(
                Some(guardrail_section_label(section)),
                rails
                    .iter()
                    .map(|g| Item {
                        text: g.title.clone(),
                        details: vec![g.text.clone()],
                    })
                    .collect(),
            ));
        } else {
            let titles: Vec<&str> = rails.iter().map(|g| g.title.as_str()).collect();
            out.push(Block::Field {
                label: guardrail_section_label(section).into(),
                text: titles.join("; "),
            });
        }
    }
    if out.is_empty() {
        out.push(Block::Paragraph(NO_GUARDRAILS.into()));
    }
    out
}

fn step_blocks(x: &Ctx) -> Vec<Block> {
    let items: Vec<Item> =
        x.c.steps
            .iter()
            .filter(|s| {
                [&s.what, &s.who, &s.when]
                    .iter()
                    .any(|t| filled(t).is_some())
            })
            .map(|s| {
                let what = filled(&s.what).unwrap_or("(nog niet beschreven)");
                let who = filled(&s.who).unwrap_or("nog afspreken");
                let when = filled(&s.when).unwrap_or("nog afspreken");
                Item::new(format!("{what} (wie: {who}; wanneer: {when})"))
            })
            .collect();
    list(None, items).into_iter().collect()
}

fn open_question_blocks(x: &Ctx) -> Vec<Block> {
    filled(&x.c.open_questions)
        .map(|t| Block::Paragraph(t.to_string()))
        .into_iter()
        .collect()
}

fn soep_sections(x: &Ctx, on: &dyn Fn(SectionId) -> bool) -> Vec<SummarySection> {
    // Only explicit own observations are "O"; everything else (told, or who not chosen) is "S".
    let told = |r: &RecordedSignal| !r.is_own_observation();
    let own = |r: &RecordedSignal| r.is_own_observation();

    // S: the concern, what the child, a parent or others told, what goes well.
    let mut s = Vec::new();
    if on(SectionId::Zorg) {
        if let Some(t) = filled(&x.c.concern) {
            s.push(Block::Field {
                label: "Zorg".into(),
                text: t.to_string(),
            });
        }
    }
    if on(SectionId::Signalen) {
        s.extend(signal_blocks(x, told, Some("Verteld")));
    }
    if on(SectionId::Netwerk) {
        s.extend(network_blocks(x));
    }

    // O: own observations, age and household.
    let mut o: Vec<Block> = child_lines(x.c).into_iter().map(Block::Paragraph).collect();
    if on(SectionId::Signalen) {
        o.extend(signal_blocks(x, own, Some("Eigen waarneming")));
    }

    // E: the weighing, the kindcheck, the prepared analysis.
    let mut e = Vec::new();
    if on(SectionId::Veiligheid) {
        e.extend(safety_blocks(x));
    } else if signals::kindcheck_applies(x.c, x.cat) {
        e.push(Block::Paragraph(
            "Kindcheck: er is een oudersignaal vastgelegd.".into(),
        ));
    }
    if on(SectionId::Analyse) {
        e.extend(analysis_blocks(x));
    }

    // P: agreed steps, options being considered, guard-rails, open questions.
    let mut p = Vec::new();
    if on(SectionId::Afspraken) {
        if let Some(Block::List { items, .. }) = step_blocks(x).into_iter().next() {
            p.push(Block::List {
                title: Some("Afspraken".into()),
                items,
            });
        }
    }
    if on(SectionId::Mogelijkheden) {
        let fits = crate::rules::assess::assess(x.c, x.cat).fits;
        let considered: Vec<Item> = fits
            .iter()
            .filter(|f| f.fit != Fit::PastNiet)
            .map(|f| option_item(f, x.full))
            .collect();
        p.extend(list(
            Some("Mogelijkheden in overweging (vaste volgorde, geen rangorde)"),
            considered,
        ));
        let not: Vec<&str> = fits
            .iter()
            .filter(|f| f.fit == Fit::PastNiet)
            .map(|f| f.option.name.as_str())
            .collect();
        if !not.is_empty() {
            p.push(Block::Field {
                label: "Past niet bij de beschreven doelgroep".into(),
                text: not.join("; "),
            });
        }
    }
    if on(SectionId::Waarborgen)
        && !crate::rules::assess::assess(x.c, x.cat)
            .guardrails
            .is_empty()
    {
        for b in guardrail_blocks(x) {
            match b {
                Block::Field { label, text } => p.push(Block::Field {
                    label: format!("Waarborgen, {}", label.to_lowercase()),
                    text,
                }),
                Block::List { title, items } => p.push(Block::List {
                    title: title.map(|t| format!("Waarborgen, {}", t.to_lowercase())),
                    items,
                }),
                other => p.push(other),
            }
        }
    }
    if on(SectionId::OpenVragen) {
        if let Some(t) = filled(&x.c.open_questions) {
            p.push(Block::Field {
                label: "Open vragen".into(),
                text: t.to_string(),
            });
        }
    }

    [
        (SectionId::Subjectief, s),
        (SectionId::Objectief, o),
        (SectionId::Evaluatie, e),
        (SectionId::Plan, p),
    ]
    .into_iter()
    .map(|(id, blocks)| SummarySection {
        id,
        heading: id.label().to_string(),
        blocks: or_empty(blocks),
    })
    .collect()
}

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

/// Append `text` wrapped at [`WRAP`]: the first line starts with `first`, the others with
/// `rest`. Line breaks in the text are kept (runs of blank lines become one); other whitespace
/// is normalised. A word longer than the line stays whole.
fn wrap_into(out: &mut Vec<String>, text: &str, first: &str, rest: &str, width: usize) {
    let mut first_line = true;
    let mut last_blank = false;
    for raw in text.trim().lines() {
        if raw.trim().is_empty() {
            if !last_blank {
                out.push(String::new());
            }
            last_blank = true;
            continue;
        }
        last_blank = false;
        let prefix = if first_line { first } else { rest };
        first_line = false;
        let mut line = prefix.to_string();
        let mut len = prefix.chars().count();
        let mut empty = true;
        for word in raw.split_whitespace() {
            let wl = word.chars().count();
            if !empty && width > 0 && len + 1 + wl > width {
                out.push(line);
                line = rest.to_string();
                len = rest.chars().count();
                empty = true;
            }
            if !empty {
                line.push(' ');
                len += 1;
            }
            line.push_str(word);
            len += wl;
            empty = false;
        }
        out.push(line);
    }
}

/// The summary as plain text for a dossier: the title underlined with '=', section headings
/// in capitals after a blank line, list items as "- ", wrapped at [`WRAP`] columns. The form
/// (standard or SOEP) was chosen by [`render`].
pub fn to_plain_text(s: &Summary) -> String {
    to_plain_text_width(s, WRAP)
}

/// [`to_plain_text`] wrapped at `width` columns; 0 does not wrap (one line per paragraph or
/// item, for a dossier field that wraps by itself).
pub fn to_plain_text_width(s: &Summary, width: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    let w = width;
    out.push(s.title.clone());
    out.push("=".repeat(s.title.chars().count()));
    wrap_into(&mut out, &s.stamp.line(s.variant), "", "", w);
    for m in &s.meta {
        wrap_into(&mut out, m, "", "  ", w);
    }
    for sec in &s.sections {
        out.push(String::new());
        out.push(sec.heading.to_uppercase());
        for b in &sec.blocks {
            match b {
                Block::Paragraph(t) => wrap_into(&mut out, t, "", "", w),
                Block::Field { label, text } => {
                    wrap_into(&mut out, &format!("{label}: {text}"), "", "  ", w)
                }
                Block::List { title, items } => {
                    if let Some(t) = title {
                        wrap_into(&mut out, &format!("{t}:"), "", "", w);
                    }
                    for i in items {
                        wrap_into(&mut out, &i.text, "- ", "  ", w);
                        for d in &i.details {
                            wrap_into(&mut out, d, "  ", "  ", w);
                        }
                    }
                }
            }
        }
    }
    out.push(String::new());
    wrap_into(&mut out, &s.disclaimer, "", "", w);
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The SOEP text for a huisartsenpraktijk: the Collega variant with its default sections, in
/// the SOEP form, whatever the role of the case.
pub fn to_soep_text(c: &Casus, cat: &Catalogue, info: &RenderInfo) -> String {
    to_plain_text(&render_as(
        c,
        cat,
        Variant::Collega,
        &Sections::for_variant(Variant::Collega),
        info,
        Form::Soep,
    ))
}

/// Identifier warnings in the summary, with the place (the section heading, "Titel" or
/// "Gegevens"). Ranges refer to the scanned piece of text, not to the plain text. The stamp and
/// the fixed disclaimer are not scanned. `reference_year` is the current year (see
/// [`privacy::scan`]).
pub fn identifier_warnings(s: &Summary, reference_year: i32) -> Vec<(String, IdentifierWarning)> {
    let mut pieces: Vec<(&str, &str)> = vec![("Titel", s.title.as_str())];
    pieces.extend(s.meta.iter().map(|m| ("Gegevens", m.as_str())));
    for sec in &s.sections {
        for b in &sec.blocks {
            pieces.extend(b.texts().into_iter().map(|t| (sec.heading.as_str(), t)));
        }
    }
    let mut out = Vec::new();
    for (place, text) in pieces {
        for w in privacy::scan(text, reference_year) {
            out.push((place.to_string(), w));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;

    #[test]
    fn wrap_keeps_words_and_width() {
        let mut out = Vec::new();
        let long = "woord ".repeat(40);
        wrap_into(&mut out, &long, "- ", "  ", WRAP);
        assert!(out.len() > 2);
        assert!(out.iter().all(|l| l.chars().count() <= WRAP));
        assert!(out[0].starts_with("- woord"));
        assert!(out[1].starts_with("  woord"));
        let joined: Vec<&str> = out.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(joined.iter().filter(|w| **w == "woord").count(), 40);
        let mut out = Vec::new();
        wrap_into(&mut out, "een\n\n\n\ntwee", "", "", WRAP);
        assert_eq!(out, vec!["een", "", "twee"]);
        let mut out = Vec::new();
        wrap_into(&mut out, &long, "", "", 0);
        assert_eq!(out.len(), 1, "width 0 does not wrap");
    }

    #[test]
    fn dates_and_content_date() {
        assert_eq!(dutch_date("2026-11-23"), "23-11-2026");
        assert_eq!(dutch_date("2026"), "2026");
        let cat = catalogue();
        let newest = cat.content_date();
        assert!(cat.options.meta.date.as_str() <= newest);
        assert!(cat.about.meta.date.as_str() <= newest);
    }

    #[test]
    fn sections_flags_round_trip() {
        let mut s = Sections::none();
        for id in SectionId::CHOOSABLE {
            assert!(!s.is_on(id));
            s.set(id, true);
            assert!(s.is_on(id));
        }
        assert_eq!(s, Sections::all());
        assert_eq!(Sections::default(), Sections::for_variant(Variant::Collega));
        let o = Sections::for_variant(Variant::Ouders);
        assert!(!o.safety && !o.guardrails && !o.analysis && o.options && o.steps);
        for v in Variant::ALL {
            assert_eq!(Variant::from_key(v.key()), Some(v));
        }
    }

    #[test]
    fn gp_collega_is_soep_and_others_are_not() {
        let mut c = Casus::new();
        assert_eq!(form_for(&c, Variant::Collega), Form::Standaard);
        c.role = Some(crate::model::Role::PohJeugd);
        assert_eq!(form_for(&c, Variant::Collega), Form::Soep);
        assert_eq!(form_for(&c, Variant::Ouders), Form::Standaard);
        assert_eq!(form_for(&c, Variant::LokaalTeam), Form::Standaard);
        let s = render_as(
            &c,
            catalogue(),
            Variant::Ouders,
            &Sections::all(),
            &RenderInfo::default(),
            Form::Soep,
        );
        assert_eq!(s.form, Form::Standaard, "parents never get SOEP");
    }

    #[test]
    fn short_reason_names_the_deciding_criterion() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 8,
            months: 0,
        });
        let mst = crate::rules::assess::assess(&c, cat)
            .fits
            .into_iter()
            .find(|f| f.option.id == "mst")
            .unwrap();
        assert_eq!(mst.fit, Fit::PastNiet);
        assert!(
            short_reason(&mst).starts_with("niet voldaan: "),
            "{}",
            short_reason(&mst)
        );
    }
}
