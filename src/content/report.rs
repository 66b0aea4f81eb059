//! The fixed words and sentences of the summary (`[report]` in `screens.toml`): what
//! `src/summary/` writes around the case's own text. `summary/words.rs` reads them; the headings
//! of the sections are in the variant table (`summary/variant.rs`).
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use super::template::{Line, NOfTotal, NText, Name, Stamp, Text, Tpl, TwoNames, WhatWhoWhen, N};
use super::text_table::{texts, EachText, ToRust};
use serde::Deserialize;

texts! {
    /// `[report]`: the summary's own words.
    Report {
        /// A section or field the user has not filled in yet.
        empty: Text,
        /// The guard-rail section when none applies.
        no_guardrails: Text,
        /// The parents' sentence when some options cannot be judged yet.
        other_help_later: Text,
        /// Above the options in the parents' version.
        parents_options_intro: Text,
        /// The kindcheck line of the professional variants.
        kindcheck: Text,
        /// Above the routes of brothers and sisters who may be harmed.
        other_children: Text,
        /// The case field whose text goes to the parents (`Casus::for_parents`), on the summary step.
        for_parents_label: Text,
        for_parents_note: Text,
        /// The parts of what the parents said.
        parents_explanation: Text,
        parents_recognise: Text,
        parents_want: Text,
        parents_agreed: Text,
        /// The parts of the child's words (Three Houses) for professionals, then for the parents.
        child_worries: Text,
        child_going_well: Text,
        child_wishes: Text,
        your_child_worries: Text,
        your_child_going_well: Text,
        your_child_wishes: Text,
        /// How the child and the parents were heard (professional summaries).
        child_how: Text,
        both_heard: Text,
        skipped: Text,
        /// The gesprekskaart's line on hearing the child.
        child_prompts: Text,
        /// After an answer that comes from the talk rather than from the analysis step.
        from_talk: Text,
        /// The closing line: the summary is not a decision.
        disclaimer_parents: Text,
        disclaimer_professional: Text,
        /// A signal whose observer or moment was not chosen.
        who_open: Text,
        when_open: Text,
        /// A signal that is no longer in the content.
        signal_gone: Tpl<Name>,
        /// The professional's note on a signal.
        note: Tpl<Line>,
        /// Headings inside the safety section (its "why" is `safety.why`).
        meldcode_steps: Text,
        afwegingsvragen: Text,
        next_steps: Text,
        contact: Text,
        /// An afwegingsvraag without an answer.
        open: Text,
        /// The fit of an option in a word (compact summary).
        fit_past: Text,
        fit_maybe: Text,
        fit_not: Text,
        fit_unknown: Text,
        /// The fit of an option shown to the parents, in plain words.
        plain_past: Text,
        plain_maybe: Text,
        /// The compact line about the options not listed one by one.
        others_one_not: Text,
        others_not: Tpl<N>,
        others_one_unknown: Text,
        others_unknown: Tpl<N>,
        others: Tpl<Line>,
        /// The compact lines for many open analysis fields and open questions of "Weer thuis".
        open_fields: Tpl<NOfTotal>,
        open_questions_count: Tpl<N>,
        /// "Weer thuis".
        return_not_applicable: Text,
        return_lives: Text,
        return_ways: Text,
        /// An analysis field the content no longer has.
        other_field: Tpl<Name>,
        /// The question whether the family shares the analysis.
        family_shares: Text,
        /// The network: for professionals (strengths; the network is the step's short name), then
        /// for the parents.
        strengths: Text,
        parents_strengths: Text,
        parents_network: Text,
        /// The groups of guard-rails ("Als verblijf nodig is" is the title of that step).
        rails_threatened: Text,
        rails_always: Text,
        rails_count: Tpl<NText>,
        /// The agreed steps.
        step_undescribed: Text,
        to_agree: Text,
        step_line: Tpl<WhatWhoWhen>,
        /// The lines about the child and the household.
        child_line: Tpl<Line>,
        age_line: Tpl<Line>,
        age_unknown: Text,
        lives_with: Tpl<Line>,
        siblings_line: Tpl<NText>,
        home_line: Tpl<Line>,
        /// The case lines of a professional summary.
        case_line: Tpl<Name>,
        by_line: Tpl<Name>,
        /// The stamp: for the parents, then for professionals.
        stamp_parents: Tpl<Stamp>,
        stamp_professional: Tpl<Stamp>,
        /// How a criterion of an option stands (its label follows).
        contra_present: Text,
        contra_absent: Text,
        not_met: Text,
        met: Text,
        /// Why an option fits as it does, when no criterion says it.
        nothing_excludes: Text,
        all_answered: Text,
        questions_open: Text,
        /// Lines of an option in the full summary.
        rating_line: Tpl<Line>,
        pro_line: Tpl<Line>,
        con_line: Tpl<Line>,
        /// A reason whose answer was derived, in the full summary: the reason (`{first}`) and
        /// the steps the answer came from (`{second}`).
        derived_reason: Tpl<TwoNames>,
        /// The four parts of SOEP and what they hold (the open questions: `options.open_questions`).
        soep_s: Text,
        soep_o: Text,
        soep_e: Text,
        soep_p: Text,
        /// The concern; also a row of the review.
        concern: Text,
        soep_told: Text,
        soep_own: Text,
        soep_guardrails: Text,
        /// The agreed steps; also a row of the review.
        agreed: Text,
        soep_options_full: Text,
        soep_options_compact: Text,
        /// Where an identifier warning in the summary is: the title or the case lines.
        place_title: Text,
        place_meta: Text,
    }
}
