//! "Controleer uw antwoorden": every part of the case as a question, the answer in words, and
//! the step where it is changed. The review page only shows these rows.

use crate::content::screens::ReviewRows;
use crate::content::{catalogue, Catalogue};
use crate::model::{isolated_case, Casus};
use crate::rules::analysis::completeness;
use crate::rules::assess::{assess, Assessment};
use crate::rules::conversation::{child_words_for, parents_words, Reader};
use crate::rules::flow::Step;
use crate::rules::questions::Source;
use crate::rules::signals::recorded;

/// One row of the review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    pub question: &'static str,
    /// The answer in words; several items on separate lines.
    pub answer: String,
    /// Where to change it.
    pub step: Step,
}

fn not_filled() -> String {
    t().not_filled.to_string()
}

/// The words of the review rows (`[review_rows]` in `screens.toml`).
fn t() -> &'static ReviewRows {
    &catalogue().screens.review_rows
}

fn or_not_filled(s: &str) -> String {
    if s.trim().is_empty() {
        not_filled()
    } else {
        s.to_string()
    }
}

fn lines_or(items: Vec<String>, none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join("\n")
    }
}

/// What the parents and the child said, one line each (the child's words in quotes).
fn talk_lines(c: &Casus) -> Vec<String> {
    let parents = parents_words(c)
        .into_iter()
        .map(|(_, w)| t().parents_said.fill(&[&w]));
    let child = child_words_for(c, Reader::Professional)
        .into_iter()
        .map(|(_, w)| t().child_said.fill(&[&w]));
    parents.chain(child).collect()
}

/// How many questions the options step shows with an answer derived from an earlier step.
fn derived_answers(a: &Assessment) -> usize {
    a.questions
        .iter()
        .filter(|q| matches!(q.source, Source::Derived(_) | Source::Step(_)))
        .count()
}

/// The rows of the review, in the order of the steps. User text is isolated, so reading-
/// direction controls in it cannot turn the app's text around it.
pub fn rows(c: &Casus, cat: &Catalogue) -> Vec<ReviewRow> {
    let c = &isolated_case(c);
    // One assessment for the rows that need it (the weighing's headline, the derived answers).
    let assessment = assess(c, cat);
    let analysis = completeness(c, cat);
    let household: Vec<String> = c
        .household
        .iter()
        .map(|m| m.label().to_lowercase())
        .collect();
    let row = |question, answer, step| ReviewRow {
        question,
        answer,
        step,
    };
    let (w, report) = (t(), &catalogue().screens.report);
    let mut out = vec![
        row(w.label.as_str(), or_not_filled(&c.label), Step::Casus),
        row(
            catalogue().screens.casus.role.as_str(),
            c.role.map_or(not_filled(), |r| r.label().to_string()),
            Step::Casus,
        ),
        row(
            w.age.as_str(),
            c.age
                .map_or(not_filled(), |a| w.age_value.fill(&[&a.years, &a.months])),
            Step::Casus,
        ),
        row(
            w.household.as_str(),
            or_not_filled(&household.join(", ")),
            Step::Casus,
        ),
        row(
            w.siblings.as_str(),
            c.siblings.len().to_string(),
            Step::Casus,
        ),
        row(
            report.concern.as_str(),
            or_not_filled(&c.concern),
            Step::Casus,
        ),
        row(
            Step::Signalen.title(),
            lines_or(
                recorded(c, cat)
                    .iter()
                    .map(|(s, _)| s.text.to_string())
                    .collect(),
                &w.no_signals,
            ),
            Step::Signalen,
        ),
        row(
            Step::Veiligheid.title(),
            assessment.weighing.headline.to_string(),
            Step::Veiligheid,
        ),
        row(
            Step::Gesprek.title(),
            lines_or(talk_lines(c), &w.not_filled),
            Step::Gesprek,
        ),
        row(
            w.analysis.as_str(),
            w.analysis_value.fill(&[&analysis.filled, &analysis.total]),
            Step::Analyse,
        ),
        row(
            Step::Netwerk.short(),
            lines_or(
                c.network
                    .iter()
                    .map(|n| format!("{}: {}", n.who, n.what))
                    .collect(),
                &w.nobody,
            ),
            Step::Netwerk,
        ),
        row(
            report.strengths.as_str(),
            or_not_filled(&c.strengths),
            Step::Netwerk,
        ),
        row(
            w.option_questions.as_str(),
            match derived_answers(&assessment) {
                0 => w.answered.fill(&[&c.answers.len()]),
                m => w.answered_derived.fill(&[&c.answers.len(), &m]),
            },
            Step::Opties,
        ),
        row(
            report.agreed.as_str(),
            lines_or(
                c.steps
                    .iter()
                    .map(|s| format!("{} ({}, {})", s.what, s.who, s.when_text()))
                    .collect(),
                &w.none,
            ),
            Step::Opties,
        ),
        row(
            catalogue().screens.options.open_questions.as_str(),
            or_not_filled(&c.open_questions),
            Step::Opties,
        ),
    ];
    // Where the child lives, after the household; "Weer thuis" last, as in the steps.
    out.insert(
        5,
        row(
            report.return_lives.as_str(),
            c.lives.map_or(not_filled(), |r| r.choice().to_string()),
            Step::Casus,
        ),
    );
    if c.lives_elsewhere() {
        let total = cat.return_home.questions().count();
        let answered = cat
            .return_home
            .questions()
            .filter(|q| c.return_home.answer(&q.id).is_some())
            .count();
        out.push(row(
            Step::WeerThuis.title(),
            w.return_value.fill(&[&answered, &total]),
            Step::WeerThuis,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{
        Age, AgreedStep, Answer, HouseholdMember, NetworkEntry, Observer, RecordedSignal, Role,
        When,
    };
    use crate::rules::safety::weigh;

    fn answer(rows: &[ReviewRow], question: &str) -> String {
        rows.iter()
            .find(|r| r.question == question)
            .unwrap_or_else(|| panic!("no row {question}"))
            .answer
            .clone()
    }

    #[test]
    fn an_empty_case_says_what_is_missing_row_by_row() {
        let cat = catalogue();
        let rows = rows(&Casus::new(), cat);
        assert_eq!(rows.len(), 16);
        assert!(rows.iter().all(|r| r.step != Step::WeerThuis));
        for q in [
            "Label",
            "Uw rol",
            "Leeftijd",
            "Woont nu",
            "Thuis wonen",
            "Zorg",
            "Krachten",
            "Open vragen",
        ] {
            assert_eq!(answer(&rows, q), "Niet ingevuld", "{q}");
        }
        assert_eq!(answer(&rows, "Signalen"), "Geen aangekruist");
        assert_eq!(answer(&rows, "Netwerk"), "Niemand genoemd");
        assert_eq!(answer(&rows, "Afspraken"), "Geen");
        assert_eq!(answer(&rows, "Broers en zussen"), "0");
        assert_eq!(answer(&rows, "Vragen bij de mogelijkheden"), "0 beantwoord");
        assert_eq!(
            answer(&rows, "Veiligheid"),
            weigh(&Casus::new(), cat).headline
        );
    }

    #[test]
    fn a_filled_case_shows_its_answers_and_where_to_change_them() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.label = "Groep 6".into();
        c.role = Some(Role::ALL[0]);
        c.age = Some(Age {
            years: 9,
            months: 4,
        });
        c.household.insert(HouseholdMember::ALL[0]);
        c.concern = "  ".into();
        let signal = &cat.signals.signals[0];
        c.signals.push(RecordedSignal {
            id: signal.id.to_string(),
            observer: Some(Observer::Zelf),
            when: Some(When::DezeWeek),
            note: String::new(),
        });
        c.network.push(NetworkEntry {
            who: "Oma".into(),
            what: "Haalt op".into(),
        });
        c.network.push(NetworkEntry {
            who: "Buurvrouw".into(),
            what: "Past op".into(),
        });
        c.steps.push(AgreedStep {
            what: "Gesprek".into(),
            who: "IB".into(),
            when: "maandag".into(),
            ..Default::default()
        });
        c.conversation.parents.explanation = "Te weinig geld".into();
        c.conversation.child.wishes = "Rust".into();
        let rows = rows(&c, cat);
        assert_eq!(
            answer(&rows, "Gesprek met ouders en kind"),
            "Ouders: Te weinig geld\nKind: „Rust”"
        );
        assert_eq!(answer(&rows, "Label"), "Groep 6");
        assert_eq!(answer(&rows, "Uw rol"), Role::ALL[0].label());
        assert_eq!(answer(&rows, "Leeftijd"), "9 jaar en 4 maanden");
        assert_eq!(
            answer(&rows, "Thuis wonen"),
            HouseholdMember::ALL[0].label().to_lowercase()
        );
        assert_eq!(
            answer(&rows, "Zorg"),
            "Niet ingevuld",
            "blank text counts as empty"
        );
        assert_eq!(answer(&rows, "Signalen"), signal.text);
        assert_eq!(
            answer(&rows, "Netwerk"),
            "Oma: Haalt op\nBuurvrouw: Past op"
        );
        assert_eq!(answer(&rows, "Afspraken"), "Gesprek (IB, maandag)");
        // The network answers "someone can help" on the options step (derived, not counted
        // as answered); an explicit answer counts as answered instead.
        assert_eq!(
            answer(&rows, "Vragen bij de mogelijkheden"),
            "0 beantwoord, 1 afgeleid uit eerdere stappen"
        );
        c.answers.insert("netwerk_kan_helpen".into(), Answer::Ja);
        assert_eq!(
            answer(&super::rows(&c, cat), "Vragen bij de mogelijkheden"),
            "1 beantwoord"
        );
        let step_of = |q: &str| rows.iter().find(|r| r.question == q).unwrap().step;
        assert_eq!(step_of("Signalen"), Step::Signalen);
        assert_eq!(step_of("Netwerk"), Step::Netwerk);
        assert_eq!(step_of("Afspraken"), Step::Opties);
    }

    #[test]
    fn a_child_who_lives_elsewhere_gets_a_row_for_weer_thuis() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.lives = Some(crate::model::Residence::Gezinshuis);
        c.return_home
            .answers
            .insert("balans_hersteld".into(), crate::model::Answer::WeetNiet);
        let rows = rows(&c, cat);
        assert_eq!(answer(&rows, "Woont nu"), "In een gezinshuis");
        let last = rows.last().unwrap();
        assert_eq!(last.step, Step::WeerThuis);
        let total = cat.return_home.questions().count();
        assert_eq!(last.answer, format!("1 van {total} vragen beantwoord"));
    }

    #[test]
    fn reading_direction_controls_stay_inside_the_user_text() {
        let mut c = Casus::new();
        c.label = "Groep 6 \u{202E}lebal".into();
        c.network.push(NetworkEntry {
            who: "oma \u{202E}".into(),
            what: "opvang".into(),
        });
        for r in rows(&c, catalogue()) {
            assert!(
                crate::model::overrides_contained(&r.answer),
                "{}: {:?}",
                r.question,
                r.answer
            );
        }
    }
}
