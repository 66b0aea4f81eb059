//! No user text in `src/ui` or `src/app`, nor in the code of `src/summary` and `src/rules`:
//! every heading, label, button, hint and message comes from the content
//! (`src/content/screens.toml` and the other content files) or from the one label table
//! (`src/model/labels.rs`). This test reads every string literal in those layers (comments are
//! skipped) and fails on one that looks like Dutch text:
//!
//! * two or more words of letters separated by spaces ("Weet u het zeker?"), unless every word
//!   is a CSS class of `style/*.css` ("card info");
//! * a capitalised word ("Openen", "Bron:");
//! * any text with a letter that stands as a text node in `view!` markup (`>"open"<`).
//!
//! What may stay is in [`ALLOWED`]: attribute values and messages for developers.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

mod source_tree;
use source_tree::rust_files;

/// Literals that look like words but are no user text.
const ALLOWED: &[&str] = &[
    // `rel` of external links.
    "noreferrer noopener",
];

/// Calls whose literal argument is for developers, not users.
const DEVELOPER_CALLS: &[&str] = &["expect(", "panic!(", "unreachable!("];

/// A string literal: its text (escapes left as written), line, and the code just before and
/// after it.
#[derive(Debug)]
struct Literal {
    text: String,
    line: usize,
    before: String,
    after: String,
}

/// Every string literal of a Rust source (plain, raw and byte strings), comments skipped.
fn literals(src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut code = String::new(); // code outside literals and comments, for context
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if at(i, "/*") {
            let mut depth = 0;
            while i < chars.len() {
                if at(i, "/*") {
                    depth += 1;
                    i += 2;
                } else if at(i, "*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
            continue;
        }
        // A char literal ('"', '\'', 'x'); a lifetime ('static) is code.
        if c == '\'' {
            let len = if chars.get(i + 1) == Some(&'\\') {
                (i + 2..chars.len())
                    .find(|&k| chars[k] == '\'')
                    .map(|k| k + 1 - i)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            match len {
                Some(n) => i += n,
                None => {
                    code.push(c);
                    i += 1;
                }
            }
            continue;
        }
        let ident_before = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        let raw_start = (c == 'r' || (c == 'b' && chars.get(i + 1) == Some(&'r'))) && !ident_before;
        if raw_start {
            let mut k = i + if c == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while chars.get(k) == Some(&'#') {
                hashes += 1;
                k += 1;
            }
            if chars.get(k) == Some(&'"') {
                let close: String = std::iter::once('"')
                    .chain((0..hashes).map(|_| '#'))
                    .collect();
                let start = k + 1;
                let end = (start..chars.len())
                    .find(|&e| at(e, &close))
                    .unwrap_or(chars.len());
                let text: String = chars[start..end].iter().collect();
                out.push(Literal {
                    text: text.clone(),
                    line,
                    before: code.clone(),
                    after: String::new(),
                });
                line += text.matches('\n').count();
                i = end + close.chars().count();
                continue;
            }
        }
        if c == '"' {
            let start = i + 1;
            let mut k = start;
            while k < chars.len() && chars[k] != '"' {
                if chars[k] == '\\' {
                    k += 1;
                }
                k += 1;
            }
            let text: String = chars[start..k.min(chars.len())].iter().collect();
            out.push(Literal {
                text: text.clone(),
                line,
                before: code.clone(),
                after: String::new(),
            });
            line += text.matches('\n').count();
            i = k + 1;
            continue;
        }
        if c == '\n' {
            line += 1;
        }
        code.push(c);
        i += 1;
        // The code that follows each literal, up to the next one.
        if let Some(last) = out.last_mut() {
            if last.after.len() < 40 {
                last.after.push(c);
            }
        }
    }
    for l in &mut out {
        let keep = l.before.len().saturating_sub(60);
        let mut k = keep;
        while !l.before.is_char_boundary(k) {
            k += 1;
        }
        l.before = l.before[k..].to_string();
    }
    out
}

/// The class names of the style sheets.
fn css_classes(root: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in fs::read_dir(root.join("style")).unwrap() {
        let css = fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut rest = css.as_str();
        while let Some(p) = rest.find('.') {
            rest = &rest[p + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
                out.insert(name);
            }
        }
    }
    out
}

/// The literal is (part of) the value of a `class` attribute or a `class` variable: the code
/// before it names `class` with no tag end or statement end since.
fn in_class_position(before: &str) -> bool {
    before
        .rfind("class")
        .is_some_and(|i| !before[i..].contains(['>', ';']))
}

fn is_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(char::is_alphabetic)
}

/// Why a literal looks like user text, or `None`.
fn user_text(l: &Literal, classes: &BTreeSet<String>) -> Option<&'static str> {
    let t = l.text.as_str();
    if ALLOWED.contains(&t)
        || DEVELOPER_CALLS
            .iter()
            .any(|c| l.before.trim_end().ends_with(c))
    {
        return None;
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let words = tokens.iter().filter(|w| is_word(w)).count();
    let class_like = tokens.iter().all(|w| {
        w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    let in_class =
        class_like && (tokens.iter().all(|w| classes.contains(*w)) || in_class_position(&l.before));
    if words >= 2 && !in_class {
        return Some("words");
    }
    let capitalised = t.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.chars().count() >= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
    });
    if capitalised {
        return Some("capitalised word");
    }
    let before = l.before.trim_end();
    let text_node = (before.ends_with('>') && !before.ends_with("=>") && !before.ends_with("->"))
        || l.after.trim_start().starts_with("</");
    if text_node && t.chars().any(char::is_alphabetic) {
        return Some("text node");
    }
    None
}

fn findings(src: &str, classes: &BTreeSet<String>) -> Vec<(usize, String, &'static str)> {
    literals(src)
        .into_iter()
        .filter_map(|l| user_text(&l, classes).map(|why| (l.line, l.text.clone(), why)))
        .collect()
}

fn classes() -> BTreeSet<String> {
    css_classes(Path::new(env!("CARGO_MANIFEST_DIR")))
}

#[test]
fn the_scanner_finds_dutch_text_and_passes_classes_keys_and_comments() {
    let c = classes();
    assert!(c.contains("card") && c.contains("info"), "{c:?}");
    let found = |src: &str| {
        findings(src, &c)
            .into_iter()
            .map(|f| f.1)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found(r#"view! { <p>"Weet u het zeker?"</p> }"#),
        ["Weet u het zeker?"]
    );
    assert_eq!(found(r#"<span class="tag">"open"</span>"#), ["open"]);
    assert_eq!(
        found(r#"let l = if one { "Bron: " } else { "x" };"#),
        ["Bron: "]
    );
    assert_eq!(
        found("let m = r#\"Het slot staat aan.\"#;"),
        ["Het slot staat aan."]
    );
    assert_eq!(
        found(r#"format!("{title} – Thuiswijzer")"#),
        ["{title} – Thuiswijzer"]
    );
    assert_eq!(
        found("confirm(\"De open casus\ngaat verloren\")"),
        ["De open casus\ngaat verloren"]
    );
    // Not user text: classes, keys, ids, formats, comments, char literals, developer messages.
    assert!(found(r#"let class = if ok { "card info" } else { "card danger" };"#).is_empty());
    assert!(found(r#"<p class="small muted nieuw-ding" role="status">"#).is_empty());
    assert!(found(r#"<div class=move || if e { "card weighing" } else { "" }>"#).is_empty());
    assert_eq!(
        found(r#"<p class="card">"waar het om gaat"</p>"#),
        ["waar het om gaat"]
    );
    assert!(found(r#"Reflect::get(&data, &"kind".into()); id="slot-kop" "main h1""#).is_empty());
    assert!(
        found("// \"Alles wissen\" in a comment\n/* \"Nu op slot\" */ let c = '\"';").is_empty()
    );
    assert!(found(r#"x.expect("a document"); fn f<'a>(s: &'a str) {} "{n}-{key}""#).is_empty());
    assert!(found(r#"match x { Some(_) => "gewist", _ => "op-slot" }"#).is_empty());
}

/// The user texts in the Rust files under `src/<dir>` for each of `dirs`, as
/// "path:line: text (why)". With `code_only`, test code is left out: files named `*_tests.rs`
/// and everything from a file's `#[cfg(test)]` on (the test module closes every such file).
fn user_texts(dirs: &[&str], skip: &[&str], code_only: bool) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let classes = classes();
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&root.join("src").join(dir), &mut files);
    }
    assert!(files.len() >= 20, "found only {files:?}");
    files.sort();
    let mut bad = Vec::new();
    for f in &files {
        let path = f.strip_prefix(root).unwrap().display().to_string();
        if skip.contains(&path.as_str()) || (code_only && path.ends_with("_tests.rs")) {
            continue;
        }
        let src = fs::read_to_string(f).unwrap();
        let src = match src.find("#[cfg(test)]") {
            Some(i) if code_only => &src[..i],
            _ => &src[..],
        };
        for (line, text, why) in findings(src, &classes) {
            bad.push(format!("{path}:{line}: {text:?} ({why})"));
        }
    }
    bad
}

#[test]
fn ui_and_app_hold_no_user_text() {
    let bad = user_texts(&["ui", "app"], &[], false);
    assert!(
        bad.is_empty(),
        "{} user text(s) in ui/ or app/; move them to src/content/screens.toml (or the content \
         file or label table that already has them):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// The summary and the rules write no sentence of their own either: the summary's words are
/// `[report]` in `screens.toml`, the rules' words `[steps]`, `[review_rows]` and the other
/// tables there or the content files. Only the variant table (`summary/variant.rs`: each
/// variant's title and section headings, complete or it does not compile) is the one place of
/// its own texts.
#[test]
fn summary_and_rules_hold_no_user_text_outside_the_variant_table() {
    let bad = user_texts(&["summary", "rules"], &["src/summary/variant.rs"], true);
    assert!(
        bad.is_empty(),
        "{} user text(s) in summary/ or rules/; move them to src/content/screens.toml \
         ([report] for the summary) or the content file that already has them:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
