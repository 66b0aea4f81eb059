//! One A4: the default summary of a realistic, filled-in case fits one printed page, for every
//! variant (not the "volledig" one). The cases are the fixtures in `tests/fixtures/`, the same
//! files the e2e suite prints to PDF (`e2e/summary.test.mjs`), where the page count is checked
//! for real; here the plain text is held to a budget of lines and characters that printed on
//! one page there.

use thuiswijzer::content::catalogue;
use thuiswijzer::model::Casus;
use thuiswijzer::rules::assess::assess;
use thuiswijzer::summary::{render, to_plain_text, Audience, RenderInfo, Variant, WRAP};

/// The realistic cases: a GP with a 14-year-old, a teacher with an 8-year-old, a local team
/// with a toddler and a newborn (issue 13).
const CASES: [(&str, &str); 3] = [
    ("huisarts_14", include_str!("fixtures/huisarts_14.json")),
    ("leraar_8", include_str!("fixtures/leraar_8.json")),
    (
        "lokaal_team_peuter",
        include_str!("fixtures/lokaal_team_peuter.json"),
    ),
];

fn text(c: &Casus, v: Variant, full: bool) -> String {
    let info = RenderInfo {
        date: "24-11-2026".into(),
        app_version: "0.1.0".into(),
        full,
        ..Default::default()
    };
    let a = assess(c, catalogue());
    to_plain_text(&render(c, &a, catalogue(), v, &v.defaults(), &info))
}

/// What printed on one A4 in the e2e suite (Chromium, A4, the print stylesheet), measured on
/// the plain text at [`WRAP`] columns: (lines, characters). The densest fixtures (80 lines,
/// about 3,650 characters) printed on one page with a few lines to spare; a summary that grows
/// past these numbers must be printed again (`e2e/summary.test.mjs`).
/// The parents' version was meant to stay near two thirds of a page; with 13 options (Gezin
/// Centraal) the toddler case reaches 51 lines and 2,510 characters, so it is held to the page.
fn budget(v: Variant) -> (usize, usize) {
    match v.spec().audience {
        Audience::Professional | Audience::Parents => (80, 3_700),
    }
}

#[test]
fn the_default_summary_of_each_realistic_case_fits_one_a4() {
    let mut report = Vec::new();
    for (name, json) in CASES {
        let c: Casus = serde_json::from_str(json).unwrap();
        assert!(
            !c.for_parents.is_empty() && !c.steps.is_empty(),
            "{name}: filled in"
        );
        for v in Variant::ALL {
            let t = text(&c, v, false);
            let (lines, chars) = (t.lines().count(), t.chars().count());
            report.push(format!("{name} {v:?}: {lines} lines, {chars} characters"));
            let (max_lines, max_chars) = budget(v);
            assert!(
                lines <= max_lines,
                "{name} {v:?}: {lines} lines > {max_lines}\n{t}"
            );
            assert!(
                chars <= max_chars,
                "{name} {v:?}: {chars} characters > {max_chars}\n{t}"
            );
            for l in t.lines() {
                assert!(l.chars().count() <= WRAP, "{name} {v:?}: too wide: {l}");
            }
            // The full version says more, and is allowed to.
            let full = text(&c, v, true);
            assert!(full.lines().count() > lines, "{name} {v:?}");
        }
    }
    println!("{}", report.join("\n"));
}
