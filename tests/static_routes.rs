//! The first screen of every route as static HTML (`public/routes.html`), so that a deep link
//! paints its heading and intro before the wasm arrives. `scripts/postbuild.mjs` puts the file
//! into the built `index.html` (one `<template>` per route); a script there shows the template
//! of the page's route inside `#app`, which the app replaces when it mounts.
//!
//! The markup is what the app renders first on that route for an empty case (`ui/shell.rs`:
//! the step list, "Stap n van N" and the heading; then the intro of the step body, in the
//! frame's place for its body, `ui/bodies.rs`), with the
//! same elements and classes, so the app takes over without moving what is painted
//! (`e2e/foundation.test.mjs` compares the positions before and after). Every text comes from
//! the content files through the compiled catalogue.
//!
//! This test fails when the file differs from the content; it writes the file when asked:
//! `THUISWIJZER_WRITE_ROUTES=1 cargo test --test static_routes`.
#![cfg(not(target_arch = "wasm32"))]

use thuiswijzer::content::catalogue;
use thuiswijzer::model::Role;
use thuiswijzer::rules::flow::{self, Path, Step};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/routes.html");
const WRITE: &str = "THUISWIJZER_WRITE_ROUTES";
/// How many sections of "Over Thuiswijzer" the static first screen holds.
const ABOUT_SECTIONS: usize = 2;

/// Text as HTML (element content and attribute values).
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The first paragraph of a step body for an empty case (the `ui/steps/*` files).
fn intro(step: Step) -> &'static str {
    let cat = catalogue();
    let s = &cat.screens;
    match step {
        Step::Casus => &s.casus.intro,
        Step::Signalen => &s.signals.intro,
        Step::Veiligheid => &s.safety.intro,
        Step::Gesprek => &cat.conversation.screen.intro,
        Step::Analyse => &s.analysis.intro,
        Step::Netwerk => &s.network.intro,
        Step::Opties => &s.options.intro,
        Step::Verblijf => &s.placement.intro,
        // The child does not live elsewhere in an empty case.
        Step::WeerThuis => &cat.return_home.screen.not_elsewhere,
        Step::Samenvatting => &s.summary.intro,
    }
}

/// The step frame of `ui/shell.rs` (`StepFrame`, in its place and holder: `.frame-place`,
/// `.step-frame`) down to the heading, then the intro in the frame's place for its body
/// (`ui/bodies.rs`: `.step-bodies`, one `.step-body`). Links are
/// relative, so they resolve against `<base href>` (also under a sub-path).
fn step_screen(step: Step) -> String {
    let t = &catalogue().screens.shell;
    let path = Path::default();
    let mut html = format!(
        r#"<div class="frame-place"><div class="step-frame"><nav class="step-nav" aria-label="{}"><ol>"#,
        esc(&t.steps_label)
    );
    for s in flow::steps(path) {
        let current = if s == step {
            r#" aria-current="page""#
        } else {
            ""
        };
        html += &format!(
            r#"<li><a href="{}"{current}>{}</a></li>"#,
            s.slug(),
            esc(s.short())
        );
    }
    let progress = flow::position(step, path)
        .map(|(n, total)| t.progress.fill(&[&n, &total]))
        .unwrap_or_default();
    html += &format!(
        r#"</ol></nav><p class="step-progress">{}</p><h1 tabindex="-1">{}</h1><div class="step-bodies"><div class="step-body"><p>{}</p></div></div></div></div>"#,
        esc(&progress),
        esc(step.title()),
        esc(intro(step))
    );
    html
}

/// The start page below its static start screen (`#start-hero` in `index.html`), as
/// `ui/start.rs` renders it for a fresh profile, in its holder: the role buttons that start a
/// case (the main module's `ui/boot.rs` makes them work before the app is there), "no saved
/// cases" and the link to "Over".
fn start_screen() -> String {
    let s = &catalogue().screens;
    let mut html = format!(
        r#"<div class="start-page"><section aria-labelledby="begin-kop"><h2 id="begin-kop">{}</h2><p>{}</p><fieldset class="field role-start" aria-describedby="start-rol-hint"><legend>{}</legend><span class="hint" id="start-rol-hint">{}</span><div class="actions">"#,
        esc(&s.start.heading),
        esc(&s.start.route),
        esc(&s.start.role_legend),
        esc(&s.start.role_hint)
    );
    for role in Role::ALL {
        html += &format!(
            r#"<button type="button" id="start-rol-{}">{}</button>"#,
            role.key(),
            esc(role.label())
        );
    }
    html += &format!(
        r#"</div></fieldset></section><section aria-labelledby="bewaard-start-kop"><h2 id="bewaard-start-kop">{}</h2><p>{}</p><p><a href="over">{}</a></p></section></div>"#,
        esc(&s.start.saved_heading),
        esc(&s.cases.none_saved),
        esc(&s.start.about_link)
    );
    html
}

/// Every route (the start page's path is empty): (the route's path under the router base, its
/// first screen).
fn routes() -> Vec<(&'static str, String)> {
    let cat = catalogue();
    let s = &cat.screens;
    let mut over = format!(
        r#"<h1 tabindex="-1">{}</h1><p class="muted">{}</p>"#,
        esc(&s.about.title),
        esc(&s
            .about
            .version
            .fill(&[&env!("CARGO_PKG_VERSION"), &cat.content_date()]))
    );
    // The sections that fill a phone's first screen (`ui/about.rs`): their paragraphs are
    // larger than the version line, so without them the largest paint would be the app's.
    for section in cat.about.sections.iter().take(ABOUT_SECTIONS) {
        over += &format!("<section><h2>{}</h2>", esc(&section.title));
        for p in &section.paragraphs {
            over += &format!("<p>{}</p>", esc(p));
        }
        over += "</section>";
    }
    let mut out = vec![
        ("", start_screen()),
        ("over", over),
        (
            "gegevens",
            format!(
                r#"<h1 tabindex="-1">{}</h1><p>{}</p>"#,
                esc(&s.data.title),
                esc(&s.data.intro)
            ),
        ),
    ];
    out.extend(Step::ALL.map(|step| (step.slug(), step_screen(step))));
    out
}

fn file() -> String {
    let mut html = String::from(
        "<!-- Generated by tests/static_routes.rs from the content files: do not edit. After a change\n     \
         of a heading or intro: THUISWIJZER_WRITE_ROUTES=1 cargo test --test static_routes -->\n",
    );
    for (route, screen) in routes() {
        html += &format!("<template id=\"route-{route}\">{screen}</template>\n");
    }
    html
}

#[test]
fn the_static_first_screens_are_the_content() {
    let want = file();
    if std::env::var_os(WRITE).is_some() {
        std::fs::write(FILE, &want).unwrap();
    }
    let have = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        have == want,
        "public/routes.html is not what the content says; write it again with \
         `{WRITE}=1 cargo test --test static_routes` and commit it"
    );
}

#[test]
fn every_route_of_the_app_has_one_first_screen() {
    let routes = routes();
    let mut names: Vec<&str> = routes.iter().map(|(r, _)| *r).collect();
    for step in Step::ALL {
        assert!(names.contains(&step.slug()), "{}", step.slug());
    }
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), routes.len(), "a route is listed twice");
    for (route, screen) in &routes {
        // A route is one path segment of [a-z-] (the script in index.html looks it up as an id).
        assert!(
            route.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{route}"
        );
        // (The start page's heading is in its static start screen.)
        let headings = usize::from(!route.is_empty());
        assert_eq!(
            screen.matches("<h1 ").count(),
            headings,
            "{route}: one heading"
        );
        assert!(
            !screen.contains("{"),
            "{route}: a placeholder was not filled in"
        );
    }
}

/// The start page's static screen is shown only on a fresh profile (its "no saved cases"
/// would be wrong otherwise): the script in `index.html` leaves it out when either storage
/// holds a key with Thuiswijzer's prefix, so every key Thuiswijzer writes must have it.
#[test]
fn the_static_start_page_is_left_out_when_anything_is_stored() {
    use thuiswijzer::formats::footprint::is_own_storage_key;
    const PREFIX: &str = "thuiswijzer.";
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    assert!(
        index.contains(&format!(r#"startsWith("{PREFIX}")"#)),
        "the route script of index.html checks the prefix {PREFIX}"
    );
    for key in [
        thuiswijzer::formats::store::STORE_KEY,
        thuiswijzer::formats::contacts::CONTACTS_KEY,
        thuiswijzer::formats::footprint::SESSION_KEY,
        thuiswijzer::formats::footprint::NOTICE_KEY,
        &format!("{}abc.1", thuiswijzer::formats::split::CASE_KEY_PREFIX),
        &thuiswijzer::formats::footprint::set_aside_key(1),
    ] {
        assert!(is_own_storage_key(key), "{key}");
        assert!(key.starts_with(PREFIX), "{key} starts with {PREFIX}");
    }
}

#[test]
fn text_is_escaped() {
    assert_eq!(esc(r#"a & <b> "c""#), "a &amp; &lt;b&gt; &quot;c&quot;");
}
