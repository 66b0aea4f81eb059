//! The words the rules give out (`[steps]`, `[role_focus]`, `[review_rows]`, `[fit_labels]` and
//! `[number_fields]` in `screens.toml`): step titles and short names (`rules/flow.rs`), what a
//! role stresses on a step, the rows of "Controleer uw antwoorden" (`rules/review.rs`), the fit
//! of an option (`rules/options.rs`) and how the messages of the number fields name them
//! (`rules/input.rs`).
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use super::template::{Line, MinMax, NOfTotal, NameMinMax, Text, Tpl, YearsMonths, N, NM};
use super::text_table::{texts, EachText, ToRust};
use serde::Deserialize;

texts! {
    /// `[steps]`: the heading of every step (also the page title), and a short name for the
    /// step list where it differs from the heading.
    Steps {
        casus: Text,
        signals: Text,
        safety: Text,
        conversation: Text,
        analysis: Text,
        network: Text,
        options: Text,
        placement: Text,
        return_home: Text,
        summary: Text,
        short_casus: Text,
        short_conversation: Text,
        short_analysis: Text,
        short_network: Text,
        short_options: Text,
        short_placement: Text,
    }

    /// `[role_focus]`: what a role stresses on a step, one line under the heading.
    RoleFocus {
        school_safety: Text,
        school_conversation: Text,
        gp_signals: Text,
        gp_options: Text,
    }

    /// `[review_rows]`: the questions and answer words of "Controleer uw antwoorden" (a row
    /// that is a step uses the step's heading; the role, the label on the Casus step).
    ReviewRows {
        label: Text,
        age: Text,
        age_value: Tpl<YearsMonths>,
        household: Text,
        siblings: Text,
        analysis: Text,
        analysis_value: Tpl<NOfTotal>,
        option_questions: Text,
        answered: Tpl<N>,
        /// With answers derived from earlier steps: `{n}` answered, `{m}` derived.
        answered_derived: Tpl<NM>,
        return_value: Tpl<NOfTotal>,
        not_filled: Text,
        no_signals: Text,
        nobody: Text,
        none: Text,
        parents_said: Tpl<Line>,
        child_said: Tpl<Line>,
    }

    /// `[fit_labels]`: how an option fits the case, as the options step and the summary say it
    /// (`rules::options::Fit::label`).
    FitLabels {
        past: Text,
        maybe: Text,
        not: Text,
        unknown: Text,
    }

    /// `[number_fields]`: how the message of a number field names it, and the messages.
    NumberFields {
        age_years: Text,
        age_months: Text,
        sibling_count: Text,
        sibling_months: Text,
        sibling_age: Text,
        whole_number: Tpl<NameMinMax>,
        days: Tpl<MinMax>,
    }
}
