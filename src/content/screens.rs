//! The texts of the screens (`screens.toml`): headings, intros, labels, buttons, hints and
//! messages of the pages, widgets and app notices. One struct per page or widget; every field is
//! required and unknown fields are refused, so a missing or misspelled text is a build error.
//! Components read them as `content::catalogue().screens.<page>.<field>`.
//!
//! The build script reads and checks the TOML, then compiles the texts into the crate as Rust
//! code (`OUT_DIR/screens.rs`, built by [`ToRust`] and included by `content/embedded.rs`), not
//! as JSON: so the wasm holds no deserializer for them (that would cost about 4 KB brotli for
//! every few dozen texts).
//!
//! Plain data, serde and std only: this file compiles in the build script too.

pub use super::flow_texts::*;
use super::meta::Meta;
pub use super::report::*;
use super::template::{
    Date, Duration, MinMaxDefault, NOfTotal, NText, Name, Text, Tpl, TwoNames, VersionDate, N,
};
use super::text_table::texts;
pub use super::text_table::{EachText, ToRust};
use serde::Deserialize;

/// In the baked catalogue the screen texts are the constant `SCREENS` beside it in
/// `content/embedded.rs` that includes [`ToRust`]'s code.
#[cfg(not(content_baked))]
impl databake::Bake for ScreensFile {
    fn bake(&self, _: &databake::CrateEnv) -> databake::TokenStream {
        databake::quote! { SCREENS }
    }
}

texts! {
    /// `screens.toml`: one table per page or widget.
    ScreensFile {
        meta: Meta,
        common: Common,
        start: Start,
        shell: Shell,
        about: About,
        lock_screen: LockScreen,
        notices: Notices,
        cases: Cases,
        lock: Lock,
        form: Form,
        sources: Sources,
        data: Data,
        messages: Messages,
        casus: Casus,
        signals: Signals,
        analysis: Analysis,
        network: Network,
        placement: Placement,
        review: Review,
        options: Options,
        safety: Safety,
        summary: Summary,
        report: Report,
        steps: Steps,
        role_focus: RoleFocus,
        review_rows: ReviewRows,
        fit_labels: FitLabels,
        number_fields: NumberFields,
    }

    /// Words several screens share.
    Common {
        /// The button that starts a new, empty case.
        new_case: Text,
        cancel: Text,
        /// The title of the browser tab: the page, then the app.
        page_title: Tpl<Name>,
        /// The heading of the list of terms under a step and on the about page.
        terms_heading: Text,
        /// The first column of a table of facts (the about page, the comparison of options).
        part: Text,
    }

    /// The start page (`ui/start.rs`).
    Start {
        title: Text,
        heading: Text,
        /// One line: the short route is enough for a first summary; other steps may be skipped.
        route: Text,
        /// Choosing a role starts a new case (`ui/start.rs`).
        role_legend: Text,
        role_hint: Text,
        continue_case: Text,
        saved_heading: Text,
        about_link: Text,
    }

    /// The frame of every step and the page that does not exist (`ui/shell.rs`).
    Shell {
        not_found_title: Text,
        not_found_heading: Text,
        to_start: Text,
        steps_label: Text,
        progress: Tpl<NOfTotal>,
        next: Tpl<Name>,
        previous: Tpl<Name>,
        /// Beside "Volgende" on the steps before the review: straight to the summary.
        to_summary: Text,
        /// Beside "Volgende" while nothing is entered on the step: leaving it empty is allowed.
        nothing_yet: Text,
    }
}

texts! {
    /// "Over Thuiswijzer" (`ui/about.rs`); the rest of the page is `about.toml`.
    About {
        title: Text,
        version: Tpl<VersionDate>,
        makers_heading: Text,
        documents_heading: Text,
        content_heading: Text,
        date: Text,
        review: Text,
    }

    /// The whole page while the app is locked (`ui/lock_screen.rs`).
    LockScreen {
        title: Text,
        heading: Text,
        intro: Text,
        passphrase: Text,
        passphrase_empty: Text,
        unlock: Text,
        busy: Text,
        forgotten_heading: Text,
        forgotten_text: Text,
        wipe_question: Text,
    }

    /// Messages at the top of every page (`ui/widgets/notices.rs`).
    Notices {
        close: Text,
        conflict: Text,
        conflict_text: Text,
        conflict_load: Text,
        conflict_keep: Text,
        update_ready: Text,
        update_now: Text,
        unreadable: Text,
        unreadable_link: Text,
    }

    /// The saved cases, "Bewaar op dit apparaat", "Alles wissen" and unreadable data
    /// (`ui/widgets/cases.rs`).
    Cases {
        none_saved: Text,
        column_case: Text,
        column_saved: Text,
        column_expires: Text,
        column_actions: Text,
        no_label: Text,
        open_tag: Text,
        open: Text,
        confirm_label: Text,
        confirm_question: Text,
        confirm_delete: Text,
        delete: Text,
        keep: Text,
        keep_failed: Text,
        kept: Tpl<N>,
        not_kept: Text,
        wipe: Text,
        wipe_yes: Text,
        unreadable_heading: Text,
        unreadable_text: Text,
        unreadable_download: Text,
        unreadable_file: Text,
        unreadable_aside: Text,
        unreadable_aside_done: Text,
    }

    /// The lock bar and the lock settings (`ui/widgets/lock.rs`).
    Lock {
        bar: Tpl<Duration>,
        lock_now: Text,
        heading: Text,
        intro: Text,
        forget_warning: Text,
        new_label: Text,
        new_hint: Tpl<N>,
        repeat_label: Text,
        minutes_label: Text,
        minutes_hint: Tpl<MinMaxDefault>,
        turn_on: Text,
        turning_on: Text,
        turned_on: Tpl<Duration>,
        is_on: Text,
        is_on_text: Text,
        save_minutes: Text,
        minutes_saved: Tpl<Duration>,
        off: Text,
        off_question: Text,
        off_yes: Text,
        turned_off: Text,
    }

    /// Form controls (`ui/widgets/form.rs`).
    Form {
        id_warning: Text,
    }

    /// Sources, uncertainty notes and term help (`ui/widgets/sources.rs`).
    Sources {
        new_tab: Text,
        sources: Tpl<N>,
        uncertain: Text,
        term_help: Tpl<Name>,
    }
}

texts! {
    /// "Mijn casussen en privacy" (`ui/data_page.rs`).
    Data {
        title: Text,
        intro: Text,
        open_heading: Text,
        to_open_case: Text,
        saved_heading: Text,
        expiry_label: Text,
        expiry_hint: Tpl<MinMaxDefault>,
        expiry_save: Text,
        expiry_saved: Tpl<N>,
        export_heading: Text,
        export_intro: Text,
        export_pass_label: Text,
        export_pass_hint: Tpl<N>,
        export: Text,
        export_file: Tpl<Date>,
        exported_plain: Text,
        encrypting: Text,
        exported_encrypted: Text,
        encrypt_failed: Text,
        import_label: Text,
        import_hint: Text,
        import_pass_label: Text,
        import: Text,
        import_needs_pass: Text,
        import_refused: Text,
        imported: Text,
        wipe_text: Text,
        wipe_question: Text,
    }
}

texts! {
    /// Messages of the app layer (`src/app/`): questions before a case is replaced, notices
    /// after wiping, locking, expiry, changes in another tab and a part of the app that could
    /// not be fetched.
    Messages {
        replace_open_case: Text,
        wiped: Text,
        wiped_in_other_tab: Text,
        lock_encrypt_failed: Text,
        working_copy_unreadable: Text,
        expired: Tpl<N>,
        deleted_in_other_tab: Text,
    }
}

texts! {
    /// Step "Casus" (`ui/steps/casus_step.rs`).
    Casus {
        intro: Text,
        label: Text,
        label_hint: Text,
        role: Text,
        /// Shows the role's radio buttons again (the role is asked on the start page).
        role_change: Text,
        age: Text,
        age_hint: Text,
        years: Text,
        months: Text,
        school: Text,
        household: Text,
        siblings: Text,
        sibling_age: Tpl<N>,
        sibling_months: Tpl<N>,
        sibling_risk: Tpl<NText>,
        concern: Text,
        concern_hint: Text,
        notes: Text,
        errors_heading: Text,
    }
    /// Step "Signalen" (`ui/steps/signals_step.rs`); the signals themselves are `signals.toml`.
    Signals {
        intro: Text,
        no_age: Text,
        count: Tpl<N>,
        count_one: Text,
        kindcheck_heading: Text,
        kindcheck_text: Text,
        kindcheck_gp: Text,
        kindcheck_tag: Text,
        group_child: Text,
        group_parents: Text,
        group_living: Text,
        who: Text,
        when: Text,
        note: Text,
        note_more: Text,
        note_hint: Text,
    }
    /// Step "Netwerk" (`ui/steps/network_step.rs`).
    Network {
        intro: Text,
        people_heading: Text,
        person: Tpl<N>,
        who: Text,
        who_hint: Text,
        what: Text,
        remove: Tpl<N>,
        add: Text,
        strengths_heading: Text,
        strengths: Text,
        strengths_hint: Text,
    }
    /// Step "Als verblijf nodig is" (`ui/steps/placement_step.rs`); the guard-rails are `guardrails.toml`.
    Placement {
        intro: Text,
        /// Where the guard-rails before a decision are: under "Let op" on Opties (once).
        before_pointer: Text,
        needed_heading: Text,
    }
    /// "Controleer uw antwoorden", one click away on the summary step
    /// (`ui/steps/summary_step.rs`); the rows are `rules/review.rs`.
    Review {
        heading: Text,
        intro: Text,
        change: Text,
    }
    /// Step "Verklarende analyse" (`ui/steps/analysis_step.rs`); the fields are `analysis.toml`.
    Analysis {
        intro: Text,
        handover: Text,
        together: Text,
        /// The summary of the closed disclosure that holds `thinking_aid`.
        thinking_aid_label: Text,
        thinking_aid: Text,
        progress: Tpl<NOfTotal>,
        shared: Text,
        shared_hint: Text,
    }
}

texts! {
    /// Step "Mogelijkheden" (`ui/steps/options_step.rs`); the options are `options.toml`.
    Options {
        intro: Text,
        questions: Text,
        questions_note: Text,
        changes: Tpl<Name>,
        warning: Text,
        all: Text,
        compare_none: Text,
        compare_one: Text,
        compare_two: Text,
        why: Text,
        compare: Text,
        agree_heading: Text,
        agree_intro: Text,
        open_questions: Text,
        open_questions_hint: Text,
        rating_not_found: Tpl<Name>,
        rating_not_applicable: Tpl<Name>,
        more: Text,
        more_about: Tpl<Name>,
        for_whom: Text,
        not_suitable: Text,
        duration: Text,
        intensity: Text,
        start: Text,
        setting: Text,
        rating: Text,
        pros: Text,
        cons: Text,
        side_by_side: Tpl<TwoNames>,
        step: Tpl<N>,
        step_what: Text,
        step_who: Text,
        step_remove: Tpl<N>,
        step_add: Text,
    }
    /// Step "Veiligheid" (`ui/steps/safety_step.rs`); the questions and the meldcode are `safety.toml`.
    Safety {
        acute_heading: Text,
        intro: Text,
        danger_heading: Text,
        danger_legend: Text,
        step: Tpl<NText>,
        steps_more: Text,
        acute_more: Text,
        weighing_heading: Text,
        weighing_intro: Text,
        question: Tpl<NText>,
        not_needed: Tpl<Name>,
        outcome_heading: Text,
        why: Text,
        next_steps: Text,
    }
    /// Step "Samenvatting" (`ui/steps/summary_step.rs`); the summary itself is `src/summary/`.
    Summary {
        copied: Text,
        copy_failed: Text,
        file: Tpl<Date>,
        intro: Text,
        audience: Text,
        adjust: Text,
        parts: Text,
        full: Text,
        id_warning: Text,
        print: Text,
        copy: Text,
        download: Text,
    }
}
