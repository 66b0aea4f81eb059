//! The pure layers (model, content, rules, summary, privacy, formats) must not depend on the browser: no leptos, web_sys,
//! wasm_bindgen or gloo in their Rust source (comments are ignored).

use std::fs;
use std::path::Path;

mod source_tree;
use source_tree::rust_files;

const FORBIDDEN: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "gloo", "js_sys"];

/// Code of a line without its comment (`//` that is not part of a string such as a URL).
fn code_part(line: &str) -> &str {
    let trimmed = line.trim_start();
    if trimmed.starts_with("//") {
        return "";
    }
    let mut in_str = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'/' if !in_str && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

/// Forbidden names found in a source text, with line numbers.
fn findings(src: &str) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let code = code_part(line);
        for f in FORBIDDEN {
            if code.contains(f) {
                out.push((n + 1, f));
            }
        }
    }
    out
}

#[test]
fn the_scanner_finds_a_browser_import_and_ignores_comments() {
    assert_eq!(findings("use leptos::prelude::*;"), vec![(1, "leptos")]);
    assert_eq!(
        findings("let w = web_sys::window(); // fine"),
        vec![(1, "web_sys")]
    );
    assert!(findings("//! no leptos here\n// gloo neither").is_empty());
    assert_eq!(
        findings(r#"let s = "https://x"; wasm_bindgen::x()"#),
        vec![(1, "wasm_bindgen")]
    );
}

#[test]
fn domain_and_content_are_free_of_browser_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["model", "content", "rules", "summary", "privacy", "formats"] {
        rust_files(&root.join("src").join(dir), &mut files);
    }
    assert!(files.len() >= 8, "found only {files:?}");
    let mut bad = Vec::new();
    for f in &files {
        let src = fs::read_to_string(f).unwrap();
        for (line, name) in findings(&src) {
            bad.push(format!("{}:{line}: {name}", f.display()));
        }
    }
    assert!(
        bad.is_empty(),
        "browser dependencies found:\n{}",
        bad.join("\n")
    );
}
