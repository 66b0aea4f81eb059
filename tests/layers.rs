//! Imports point down, and no two files import each other.
//!
//! Reads every `src/**/*.rs`, finds the paths it names (`crate::…`, `super::…`, and its own
//! child modules such as `casus::` in a `mod.rs`), resolves each to the file that defines the
//! module, and checks three rules on that graph:
//!
//! 1. layers: a module uses only the layers below it (see `ALLOWED`);
//! 2. no cycle between files (two files importing each other, or a longer ring);
//! 3. in `ui`, a page never uses another page: pages use widgets, the shell uses pages.
//!
//! The scan is textual (comments and strings are skipped), which is enough for how the crate
//! names things: `use crate::x::y`, `crate::x::y::z(…)` in code, `super::` and child modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

mod source_tree;
use source_tree::rust_files;

/// What each top-level module may use. Pure: model < content < rules < summary; privacy
/// (model only); formats (model, content). Browser: formats < store < app < ui.
/// `summary` also uses `privacy` (it scans the texts it writes), which is below it.
const ALLOWED: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("content", &["model"]),
    ("rules", &["model", "content"]),
    ("summary", &["model", "content", "rules", "privacy"]),
    ("privacy", &["model"]),
    ("formats", &["model", "content"]),
    ("store", &["model", "formats"]),
    (
        "app",
        &[
            "model", "content", "rules", "summary", "privacy", "formats", "store",
        ],
    ),
    (
        "ui",
        &[
            "model", "content", "rules", "summary", "privacy", "formats", "store", "app",
        ],
    ),
];

/// Cycles allowed for now: none. Each entry would be the exact set of files of one cycle; any
/// other cycle fails, and so does a known one that grows (the test prints a note when one is gone).
/// A `mod.rs` that uses its children while they use its items (`super::…`) is such a cycle: move
/// the shared items into a child of their own.
const KNOWN_CYCLES: &[&[&str]] = &[];

// ------------------------------------------------------------------------------ reading

/// Source text with comments, strings and char literals blanked out (newlines kept).
fn code_only(src: &str) -> String {
    // Every blanked char keeps its byte length, so positions in the result are positions in
    // `src`.
    fn blank(out: &mut String, c: char) {
        if c == '\n' {
            out.push('\n');
        } else {
            (0..c.len_utf8()).for_each(|_| out.push(' '));
        }
    }
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !is_ident(b[i - 1]))
        {
            // Raw string r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < b.len() {
                if b[j] == '"' && (0..hashes).all(|h| b.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            let j = j.min(b.len());
            b[i..j].iter().for_each(|&ch| blank(&mut out, ch));
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            let j = (j + 1).min(b.len());
            b[i..j].iter().for_each(|&ch| blank(&mut out, ch));
            i = j;
        } else if c == '\'' && (next == Some('\\') || b.get(i + 2) == Some(&'\'')) {
            // A char literal: 'x', '\n', '\'', '\u{…}' (not a lifetime such as 'a).
            let mut j = i + 2;
            while j < b.len() && b[j] != '\'' {
                j += 1;
            }
            let j = (j + 1).min(b.len());
            b[i..j].iter().for_each(|&ch| blank(&mut out, ch));
            i = j;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The attribute that only the build script sees: `build.rs` sets `content_baked` for the crate,
/// so `#[cfg_attr(not(content_baked), …)]` (the `databake` derive of a content type, naming
/// the type's own module for the generated code) is not part of the crate.
const BUILD_ONLY: &str = "#[cfg_attr(not(content_baked)";

/// Code without the build-script-only attributes ([`BUILD_ONLY`]), up to their closing `]`.
fn without_build_only(code: &str) -> String {
    let mut out: Vec<u8> = code.as_bytes().to_vec();
    let mut from = 0;
    while let Some(found) = code[from..].find(BUILD_ONLY) {
        let start = from + found;
        let mut depth = 0usize;
        let mut end = start;
        for (i, c) in code[start..].char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = start + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        for b in &mut out[start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        from = end.max(start + 1);
    }
    String::from_utf8(out).expect("only ASCII blanked")
}

/// Code without the items marked `#[cfg(test)]` (test modules use their parent freely; the
/// shape of the shipped code is what counts). Returns the code and the names of child modules
/// declared as test-only (`#[cfg(test)] mod tests;`), with their `#[path]` if any.
fn without_tests(code: &str, src: &str) -> (String, Vec<(String, Option<String>)>) {
    let mut out: Vec<u8> = code.as_bytes().to_vec();
    let mut test_files = Vec::new();
    let mut from = 0;
    while let Some(found) = code[from..].find("#[cfg(test)]") {
        let start = from + found;
        let b = code.as_bytes();
        let mut i = start + "#[cfg(test)]".len();
        let mut path_attr = None;
        // Further attributes, such as #[path = "…"] (its string is blank in `code`).
        loop {
            while i < b.len() && (b[i] as char).is_whitespace() {
                i += 1;
            }
            if code[i..].starts_with("#[") {
                let end = i + code[i..].find(']').unwrap_or(0);
                if code[i..end].contains("path") {
                    path_attr = src
                        .get(i..=end)
                        .and_then(|a| a.split('"').nth(1))
                        .map(str::to_string);
                }
                i = end + 1;
            } else {
                break;
            }
        }
        // The item: up to its `;` or its closing brace, whichever ends it.
        let mut depth = 0;
        let mut j = i;
        while j < b.len() {
            match b[j] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                b';' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        let item = &code[i..j.min(b.len())];
        let words: Vec<&str> = item.split_whitespace().collect();
        if let ["mod", name] | ["pub", "mod", name] = words.as_slice() {
            test_files.push((name.to_string(), path_attr));
        }
        for k in start..(j + 1).min(out.len()) {
            if out[k] != b'\n' {
                out[k] = b' ';
            }
        }
        from = (j + 1).min(code.len());
    }
    (String::from_utf8(out).unwrap_or_default(), test_files)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The module path of a source file: `src/app/state.rs` is `app::state`, `src/model/mod.rs`
/// is `model`, `src/lib.rs` the crate root.
fn module_of(rel: &str) -> Vec<String> {
    let rel = rel.strip_prefix("src/").unwrap_or(rel);
    let rel = rel.strip_suffix(".rs").unwrap_or(rel);
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// A path at position `at` in `code` after `prefix::`: its segments, with `{a::b, c}` groups
/// expanded (one level of nesting per group, recursively).
fn paths_after(code: &str, at: usize) -> Vec<Vec<String>> {
    let b = code.as_bytes();
    let mut i = at;
    let mut segs = Vec::new();
    loop {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i < b.len() && b[i] == b'{' {
            // A group: split its top level by commas.
            let mut depth = 0;
            let start = i + 1;
            let mut items = Vec::new();
            let mut item_start = start;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            items.push((item_start, j));
                            break;
                        }
                    }
                    b',' if depth == 1 => {
                        items.push((item_start, j));
                        item_start = j + 1;
                    }
                    _ => {}
                }
                j += 1;
            }
            let mut out = Vec::new();
            for (s, e) in items {
                let sub = &code[..e];
                for tail in paths_after(sub, s) {
                    let mut p = segs.clone();
                    p.extend(tail);
                    out.push(p);
                }
            }
            return out;
        }
        let s = i;
        while i < b.len() && is_ident(b[i] as char) {
            i += 1;
        }
        if s == i {
            break;
        }
        segs.push(code[s..i].to_string());
        if code[i..].starts_with("::") {
            i += 2;
        } else {
            break;
        }
    }
    vec![segs]
}

/// For every byte position, how many inline `mod name { … }` blocks enclose it.
fn inline_depths(code: &str) -> Vec<u32> {
    let b = code.as_bytes();
    let mut depths = vec![0; b.len() + 1];
    let mut braces = 0i32;
    let mut open_mods: Vec<i32> = Vec::new();
    let mut pending_mod = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if is_ident(c) && (i == 0 || !is_ident(b[i - 1] as char)) {
            let s = i;
            while i < b.len() && is_ident(b[i] as char) {
                i += 1;
            }
            if &code[s..i] == "mod" {
                pending_mod = true;
            }
            for d in &mut depths[s..i] {
                *d = open_mods.len() as u32;
            }
            continue;
        }
        match c {
            '{' => {
                braces += 1;
                if pending_mod {
                    open_mods.push(braces);
                }
                pending_mod = false;
            }
            '}' => {
                if open_mods.last() == Some(&braces) {
                    open_mods.pop();
                }
                braces -= 1;
            }
            ';' => pending_mod = false,
            _ => {}
        }
        depths[i] = open_mods.len() as u32;
        i += 1;
    }
    depths
}

/// The module paths (absolute, from the crate root) that a file of module `me` names.
fn references(me: &[String], code: &str) -> BTreeSet<Vec<String>> {
    let depths = inline_depths(code);
    let b = code.as_bytes();
    // Child modules declared in this file as `mod x;` (not inline ones).
    let mut children = BTreeSet::new();
    for stmt in code.split(';') {
        let words: Vec<&str> = stmt.split_whitespace().collect();
        if let [.., "mod", name] = words.as_slice() {
            children.insert(name.to_string());
        }
    }
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        let starts_word = is_ident(c)
            && (i == 0 || !(is_ident(b[i - 1] as char) || (i >= 2 && &code[i - 2..i] == "::")));
        if !starts_word {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && is_ident(b[i] as char) {
            i += 1;
        }
        let word = &code[s..i];
        if !code[i..].starts_with("::") {
            continue;
        }
        let base: Option<Vec<String>> = match word {
            "crate" => Some(Vec::new()),
            "super" => {
                // `super` inside n inline modules first climbs out of them, within this file.
                let inline = depths[s] as usize;
                let supers = 1 + code[i + 2..]
                    .split("::")
                    .take_while(|seg| seg.trim() == "super")
                    .count();
                (supers > inline).then(|| me[..me.len().saturating_sub(supers - inline)].to_vec())
            }
            w if depths[s] == 0 && children.contains(w) => {
                let mut p = me.to_vec();
                p.push(w.to_string());
                for tail in paths_after(code, i + 2) {
                    let mut full = p.clone();
                    full.extend(tail);
                    out.insert(full);
                }
                None
            }
            _ => None,
        };
        if let Some(base) = base {
            for tail in paths_after(code, i + 2) {
                let mut full = base.clone();
                // `super::super::x`: the climb is already in `base`.
                full.extend(tail.into_iter().skip_while(|t| t == "super"));
                out.insert(full);
            }
        }
    }
    out
}

// ------------------------------------------------------------------------------ the graph

struct Graph {
    /// file -> files it uses
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl Graph {
    /// Builds the graph of `(relative path, source)` pairs.
    fn build(files: &[(String, String)]) -> Graph {
        // Comments, strings and `#[cfg(test)]` items out; test-only files out.
        let mut codes = BTreeMap::new();
        let mut test_only = BTreeSet::new();
        for (rel, src) in files {
            let (code, tests) = without_tests(&without_build_only(&code_only(src)), src);
            let dir = match rel.rsplit_once('/') {
                Some((dir, "mod.rs" | "lib.rs")) => dir.to_string(),
                _ => rel.trim_end_matches(".rs").to_string(),
            };
            for (name, path) in tests {
                // `#[path]` is relative to the folder of the declaring file, a plain
                // `mod tests;` to the folder of its module.
                let file_dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
                test_only.insert(match path {
                    Some(path) => format!("{file_dir}/{path}"),
                    None => format!("{dir}/{name}.rs"),
                });
            }
            codes.insert(rel.clone(), code);
        }
        let files: Vec<&(String, String)> = files
            .iter()
            .filter(|(rel, _)| !test_only.contains(rel))
            .collect();
        let by_module: BTreeMap<Vec<String>, String> = files
            .iter()
            .map(|(rel, _)| (module_of(rel), rel.clone()))
            .collect();
        let mut edges = BTreeMap::new();
        for (rel, _) in files {
            let me = module_of(rel);
            let code = &codes[rel];
            let mut to = BTreeSet::new();
            for path in references(&me, code) {
                // The longest prefix that is a file defines the item.
                let target = (1..=path.len())
                    .rev()
                    .find_map(|n| by_module.get(&path[..n]));
                if let Some(t) = target.filter(|t| *t != rel) {
                    to.insert(t.clone());
                }
            }
            edges.insert(rel.clone(), to);
        }
        Graph { edges }
    }

    /// Layer violations: `file -> file (top -> top)`.
    fn layer_violations(&self) -> Vec<String> {
        let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
        let mut bad = Vec::new();
        for (from, tos) in &self.edges {
            let Some(a) = top(from) else { continue };
            for to in tos {
                let Some(b) = top(to) else { continue };
                if a == b {
                    continue;
                }
                match allowed.get(a.as_str()) {
                    Some(ok) if ok.contains(&b.as_str()) => {}
                    Some(_) => bad.push(format!("{from} -> {to} ({a} may not use {b})")),
                    None => bad.push(format!("{from}: module `{a}` has no place in ALLOWED")),
                }
            }
        }
        bad
    }

    /// Pages never use pages; widgets use only widgets (within `ui`).
    fn page_violations(&self) -> Vec<String> {
        let mut bad = Vec::new();
        for (from, tos) in &self.edges {
            let Some(kind) = ui_kind(from).filter(|k| *k != UiKind::Shell) else {
                continue;
            };
            for to in tos {
                match ui_kind(to) {
                    None | Some(UiKind::Widget) => {}
                    Some(other) => {
                        bad.push(format!("{from} -> {to} (a {kind:?} uses a {other:?})"))
                    }
                }
            }
        }
        bad
    }

    /// Every cycle, as the sorted set of its files (strongly connected components > 1 file).
    fn cycles(&self) -> Vec<Vec<String>> {
        // Tarjan's algorithm, iterative enough for a few hundred files.
        struct T<'a> {
            g: &'a Graph,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            on: BTreeSet<&'a str>,
            next: usize,
            out: Vec<Vec<String>>,
        }
        fn visit<'a>(t: &mut T<'a>, v: &'a str) {
            t.index.insert(v, t.next);
            t.low.insert(v, t.next);
            t.next += 1;
            t.stack.push(v);
            t.on.insert(v);
            let g = t.g;
            for w in g.edges.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !g.edges.contains_key(w) {
                    continue;
                }
                if !t.index.contains_key(w) {
                    visit(t, w);
                    let lw = t.low[w];
                    let lv = t.low[v];
                    t.low.insert(v, lv.min(lw));
                } else if t.on.contains(w) {
                    let iw = t.index[w];
                    let lv = t.low[v];
                    t.low.insert(v, lv.min(iw));
                }
            }
            if t.low[v] == t.index[v] {
                let mut comp = Vec::new();
                while let Some(w) = t.stack.pop() {
                    t.on.remove(w);
                    comp.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 {
                    comp.sort();
                    t.out.push(comp);
                }
            }
        }
        let mut t = T {
            g: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on: BTreeSet::new(),
            next: 0,
            out: Vec::new(),
        };
        for v in self.edges.keys() {
            if !t.index.contains_key(v.as_str()) {
                visit(&mut t, v);
            }
        }
        t.out
    }
}

/// The top-level module of a file (`None` for lib.rs and main.rs).
fn top(rel: &str) -> Option<String> {
    module_of(rel).first().filter(|m| *m != "main").cloned()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum UiKind {
    /// `ui/mod.rs`, `ui/shell.rs` (routes), `ui/steps.rs` (the step modules), `ui/split.rs`
    /// (the page bodies as split points: which body a route shows), `ui/bodies.rs` (the step
    /// frame's body, and the next one built ahead) and `ui/warm.rs` (builds the bodies of the
    /// steps ahead once, off the page: it knows every body, as split.rs).
    Shell,
    Widget,
    Page,
}

fn ui_kind(rel: &str) -> Option<UiKind> {
    let rest = rel.strip_prefix("src/ui/")?;
    Some(match rest {
        "mod.rs" | "shell.rs" | "steps.rs" | "split.rs" | "bodies.rs" | "warm.rs" => UiKind::Shell,
        r if r.starts_with("widgets/") => UiKind::Widget,
        _ => UiKind::Page,
    })
}

fn the_crate() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(p).unwrap())
        })
        .collect();
    assert!(files.len() > 30, "found only {} files", files.len());
    Graph::build(&files)
}

// ------------------------------------------------------------------------------ the crate

#[test]
fn every_import_points_down() {
    let g = the_crate();
    let bad = g.layer_violations();
    assert!(bad.is_empty(), "imports pointing up:\n{}", bad.join("\n"));
    // The scan sees the layers at all (a broken scanner would find nothing and pass).
    let uses = |a: &str, b: &str| {
        g.edges.iter().any(|(f, tos)| {
            top(f).as_deref() == Some(a) && tos.iter().any(|t| top(t).as_deref() == Some(b))
        })
    };
    for (a, b) in [
        ("content", "model"),
        ("rules", "content"),
        ("summary", "rules"),
        ("store", "formats"),
        ("app", "store"),
        ("ui", "app"),
    ] {
        assert!(uses(a, b), "expected `{a}` to use `{b}`");
    }
}

#[test]
fn no_two_files_import_each_other() {
    let g = the_crate();
    let known: Vec<BTreeSet<&str>> = KNOWN_CYCLES
        .iter()
        .map(|c| c.iter().copied().collect())
        .collect();
    let cycles = g.cycles();
    let new: Vec<String> = cycles
        .iter()
        .filter(|c| !known.contains(&c.iter().map(String::as_str).collect()))
        .map(|c| c.join(" <-> "))
        .collect();
    for k in KNOWN_CYCLES {
        if !cycles.iter().any(|c| c == k) {
            eprintln!("note: the known cycle {k:?} is gone; remove it from KNOWN_CYCLES");
        }
    }
    assert!(new.is_empty(), "import cycles:\n{}", new.join("\n"));
}

#[test]
fn a_page_never_imports_another_page() {
    let g = the_crate();
    let bad = g.page_violations();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(
        g.edges["src/ui/shell.rs"].contains("src/ui/start.rs"),
        "the shell routes to the start page"
    );
}

// ------------------------------------------------------------------------------ the checker

fn graph_of(files: &[(&str, &str)]) -> Graph {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    Graph::build(&files)
}

#[test]
fn the_checker_finds_an_upward_import_and_ignores_comments_strings_and_tests() {
    let g = graph_of(&[
        ("src/model/mod.rs", "mod casus;\npub use casus::*;"),
        (
            "src/model/casus.rs",
            "// crate::rules::x\nconst S: &str = \"crate::ui::y\";\nlet r = r#\"crate::app::z\"#;\n\
             #[cfg(test)]\nmod tests { use super::*; }",
        ),
        ("src/rules/mod.rs", "pub mod flow;"),
        ("src/rules/flow.rs", "use crate::model::Casus;"),
    ]);
    assert!(
        g.layer_violations().is_empty(),
        "{:?}",
        g.layer_violations()
    );
    assert!(g.cycles().is_empty(), "{:?}", g.cycles());
    assert!(g.edges["src/rules/flow.rs"].contains("src/model/mod.rs"));
    assert!(g.edges["src/model/mod.rs"].contains("src/model/casus.rs"));

    let g = graph_of(&[
        ("src/model/mod.rs", "pub fn f() { crate::rules::flow::g() }"),
        ("src/rules/mod.rs", "pub mod flow;"),
        ("src/rules/flow.rs", "use crate::{model::{self, Casus}};"),
    ]);
    assert_eq!(
        g.layer_violations(),
        vec!["src/model/mod.rs -> src/rules/flow.rs (model may not use rules)"]
    );
    assert_eq!(
        g.cycles(),
        vec![vec![
            "src/model/mod.rs".to_string(),
            "src/rules/flow.rs".to_string()
        ]]
    );
}

#[test]
fn the_checker_finds_a_ring_through_super_and_a_page_using_a_page() {
    let g = graph_of(&[
        ("src/ui/mod.rs", "mod a;\nmod b;\nmod widgets;"),
        ("src/ui/a.rs", "use super::b::B;"),
        ("src/ui/b.rs", "fn x() { crate::ui::widgets::w::W; }"),
        ("src/ui/widgets/mod.rs", "pub mod w;"),
        ("src/ui/widgets/w.rs", "use crate::ui::a::A;"),
    ]);
    assert_eq!(
        g.cycles(),
        vec![vec![
            "src/ui/a.rs".to_string(),
            "src/ui/b.rs".to_string(),
            "src/ui/widgets/w.rs".to_string()
        ]]
    );
    assert_eq!(
        g.page_violations(),
        vec![
            "src/ui/a.rs -> src/ui/b.rs (a Page uses a Page)".to_string(),
            "src/ui/widgets/w.rs -> src/ui/a.rs (a Widget uses a Page)".to_string()
        ]
    );
}

#[test]
fn a_parent_that_uses_its_child_that_uses_it_is_a_cycle() {
    let g = graph_of(&[
        (
            "src/store/mod.rs",
            "pub mod crypto;\nfn f() { crypto::seal(); }\nfn random() {}",
        ),
        ("src/store/crypto.rs", "fn seal() { super::random(); }"),
    ]);
    assert_eq!(
        g.cycles(),
        vec![vec![
            "src/store/crypto.rs".to_string(),
            "src/store/mod.rs".to_string()
        ]]
    );
}

#[test]
fn the_build_scripts_bake_attribute_does_not_count() {
    let g = graph_of(&[
        (
            "src/model/mod.rs",
            "mod vocabulary;\npub use vocabulary::*;",
        ),
        (
            "src/model/vocabulary.rs",
            "#[derive(Clone)]\n#[cfg_attr(not(content_baked), derive(databake::Bake), \
             databake(path = crate::model))]\npub enum Answer { Ja }",
        ),
    ]);
    assert!(g.cycles().is_empty(), "{:?}", g.edges);
    assert!(g.edges["src/model/mod.rs"].contains("src/model/vocabulary.rs"));
}

#[test]
fn test_code_does_not_count() {
    let g = graph_of(&[
        ("src/formats/mod.rs", "pub mod export;"),
        (
            "src/formats/export.rs",
            "pub fn f() {}\n#[cfg(test)]\n#[path = \"export_tests.rs\"]\nmod tests;\n\
             #[cfg(test)]\nuse crate::ui::X;\n#[cfg(test)]\nmod more { fn g() { crate::app::y(); } }",
        ),
        ("src/formats/export_tests.rs", "use crate::ui::Y;"),
        ("src/ui/mod.rs", ""),
        ("src/app/mod.rs", ""),
    ]);
    assert!(!g.edges.contains_key("src/formats/export_tests.rs"));
    assert!(g.edges["src/formats/export.rs"].is_empty(), "{:?}", g.edges);
    assert!(g.layer_violations().is_empty());
}
