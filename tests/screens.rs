//! The screen texts (`src/content/screens.toml`): what the crate compiled in is exactly what the
//! file says, and no text is empty or written twice (here or in the label tables).
#![cfg(not(target_arch = "wasm32"))]

use thuiswijzer::content::catalogue;
use thuiswijzer::content::screens::{EachText, ScreensFile};
use thuiswijzer::model::{Answer, Observer, Role, StepStatus, When};

/// The same word for two different things: (first place, second place).
const SAME_WORD_OTHER_MEANING: [(&str, &str); 3] = [
    // The start page ("Start") and when an option starts ("Start: direct").
    ("start.title", "options.start"),
    // A case kept open, not sealed ("open"), and a question not answered yet ("open").
    ("cases.open_tag", "report.open"),
    // The column of the saved cases ("Casus") and the short name of the step about the case.
    ("cases.column_case", "steps.short_casus"),
];

fn texts(s: &ScreensFile) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    s.each_text("", &mut |path, text| out.push((path, text)));
    out
}

#[test]
fn the_compiled_texts_are_the_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content/screens.toml");
    let file: ScreensFile = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(&file, &catalogue().screens);
    assert!(texts(&file).len() > 100, "{}", texts(&file).len());
}

#[test]
fn no_text_is_empty_or_written_twice() {
    let all = texts(&catalogue().screens);
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut problems = Vec::new();
    // The label tables of the case vocabulary (model/labels.rs, model/vocabulary.rs).
    let labels: Vec<&str> = Answer::ALL
        .map(Answer::choice)
        .into_iter()
        .chain(Observer::ALL.map(Observer::choice))
        .chain(When::ALL.map(When::choice))
        .chain(StepStatus::ALL.map(StepStatus::choice))
        .chain(Role::ALL.iter().map(|r| r.label()))
        .collect();
    for (path, text) in &all {
        if text.trim().is_empty() || text.trim() != *text {
            problems.push(format!(
                "{path}: empty, or space at the start or end: {text:?}"
            ));
        }
        if let Some((other, _)) = seen
            .iter()
            .find(|(p, t)| t == text && !SAME_WORD_OTHER_MEANING.contains(&(p, path.as_str())))
        {
            problems.push(format!("{path} and {other}: the same text {text:?}"));
        }
        if labels.contains(text) {
            problems.push(format!(
                "{path}: {text:?} is already a label in model/labels.rs"
            ));
        }
        seen.push((path, text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
