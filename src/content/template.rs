//! Texts with a number or a name inside: a fixed sentence with named placeholders (`{n}`,
//! `{name}`), filled by [`Tpl::fill`].
//!
//! The placeholders a text needs are part of its type (a marker such as [`N`] or [`MinMax`]).
//! Reading a text checks that it holds every placeholder of its marker and no other `{…}`, so a
//! missing, misspelled or extra placeholder in a content file is a build error (`build.rs`
//! deserializes every content file).
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use serde::{Deserialize, Deserializer};
use std::fmt::Display;
use std::marker::PhantomData;

/// Replaces each `{key}` of `template` by its value: the one placeholder helper of the crate
/// (screen texts through [`Tpl::fill`], the option wording through `rules::ages`).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |t, (k, v)| {
        t.replace(&format!("{{{k}}}"), v)
    })
}

/// The placeholders of a kind of text, in the order [`Tpl::fill`] takes their values.
pub trait Holes {
    const NAMES: &'static [&'static str];
}

macro_rules! holes {
    ($($(#[$m:meta])* $ty:ident = [$($n:literal),*];)*) => {
        $(
            $(#[$m])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct $ty;
            impl Holes for $ty {
                const NAMES: &'static [&'static str] = &[$($n),*];
            }
        )*
    };
}

holes! {
    /// A number: `{n}`.
    N = ["n"];
    /// A name or a label: `{name}`.
    Name = ["name"];
    /// A position in a sequence: `{n}` of `{total}`.
    NOfTotal = ["n", "total"];
    /// A range with a default: `{min}` to `{max}`, default `{default}`.
    MinMaxDefault = ["min", "max", "default"];
    /// Two numbers: `{n}` and `{m}` ("{n} beantwoord, {m} afgeleid").
    NM = ["n", "m"];
    /// A number and a text: `{n}`, `{text}` ("Vraag {n}: {text}").
    NText = ["n", "text"];
    /// Two names: `{first}` and `{second}`.
    TwoNames = ["first", "second"];
    /// A duration in words ("5 minuten"): `{duration}`.
    Duration = ["duration"];
    /// A date: `{date}`.
    Date = ["date"];
    /// The app version and the content date: `{version}`, `{date}`.
    VersionDate = ["version", "date"];
    /// A range: `{min}` to `{max}`.
    MinMax = ["min", "max"];
    /// A field and its range: `{name}`, `{min}`, `{max}`.
    NameMinMax = ["name", "min", "max"];
    /// An age: `{years}` and `{months}`.
    YearsMonths = ["years", "months"];
    /// A piece of text inside a sentence: `{text}` ("Toelichting: {text}").
    Line = ["text"];
    /// What, who and when of an agreement: `{what}`, `{who}`, `{when}`.
    WhatWhoWhen = ["what", "who", "when"];
    /// The stamp of a summary: the day, the app version and the content date:
    /// `{date}`, `{version}`, `{content_date}`.
    Stamp = ["date", "version", "content_date"];
}

/// A text of the screens: a string that lives as long as the program. In the crate it is a
/// literal of the code that `build.rs` writes; the build script itself keeps what it read
/// (leaked: it runs once). So the texts cost no allocation, copy or drop in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub &'static str);

impl Text {
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Reads a string and keeps it for the rest of the program (the build script and tests only).
fn leak<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    Ok(Box::leak(String::deserialize(d)?.into_boxed_str()))
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        leak(d).map(Text)
    }
}

/// A text with the placeholders of `H`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tpl<H>(&'static str, PhantomData<H>);

impl<H: Holes> Tpl<H> {
    /// Checks that `text` holds every placeholder of `H` and no other `{` or `}`.
    pub fn parse(text: &'static str) -> Result<Self, String> {
        let mut rest = text;
        let mut seen: Vec<&str> = Vec::new();
        while let Some(i) = rest.find(['{', '}']) {
            let after = &rest[i + 1..];
            let close = after.find('}').filter(|_| rest[i..].starts_with('{'));
            let Some(end) = close else {
                return Err(format!("stray brace in \"{text}\""));
            };
            let name = &after[..end];
            if !H::NAMES.contains(&name) {
                return Err(format!(
                    "unknown placeholder {{{name}}} in \"{text}\" (this text takes {})",
                    Self::expected()
                ));
            }
            seen.push(name);
            rest = &after[end + 1..];
        }
        if let Some(missing) = H::NAMES.iter().find(|n| !seen.contains(n)) {
            return Err(format!(
                "placeholder {{{missing}}} missing in \"{text}\" (this text takes {})",
                Self::expected()
            ));
        }
        Ok(Tpl(text, PhantomData))
    }

    fn expected() -> String {
        H::NAMES
            .iter()
            .map(|n| format!("{{{n}}}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The text with each placeholder replaced by its value, in the order of `H::NAMES`.
    pub fn fill(&self, values: &[&dyn Display]) -> String {
        fill_in_order(self.0, H::NAMES, values)
    }

    /// A text that the build script already checked (the code it writes for `screens.toml`).
    #[doc(hidden)]
    pub const fn checked_by_build(text: &'static str) -> Self {
        Tpl(text, PhantomData)
    }

    /// The text as written, placeholders included.
    pub fn raw(&self) -> &'static str {
        self.0
    }
}

/// [`fill`] with the values in the order of `names` (one copy for every kind of text).
fn fill_in_order(text: &str, names: &[&str], values: &[&dyn Display]) -> String {
    debug_assert_eq!(values.len(), names.len(), "one value per placeholder");
    let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    let pairs: Vec<(&str, &str)> = names
        .iter()
        .zip(&values)
        .map(|(n, v)| (*n, v.as_str()))
        .collect();
    fill(text, &pairs)
}

impl<'de, H: Holes> Deserialize<'de> for Tpl<H> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Tpl::parse(leak(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_filled_in_the_order_of_its_placeholders() {
        let t = Tpl::<NOfTotal>::parse("Stap {n} van {total}").unwrap();
        assert_eq!(t.fill(&[&3, &8]), "Stap 3 van 8");
        let t = Tpl::<NOfTotal>::parse("{total} stappen, dit is {n}; nog {n}").unwrap();
        assert_eq!(t.fill(&[&2, &5]), "5 stappen, dit is 2; nog 2");
        let t = Tpl::<Name>::parse("Openen {name}").unwrap();
        assert_eq!(t.fill(&[&"Casus A"]), "Openen Casus A");
    }

    #[test]
    fn a_missing_misspelled_or_extra_placeholder_is_an_error() {
        let err = |t: &'static str| Tpl::<NOfTotal>::parse(t).unwrap_err();
        assert!(
            err("Stap {n}").contains("{total} missing"),
            "{}",
            err("Stap {n}")
        );
        assert!(err("Stap {n} van {totaal}").contains("unknown placeholder {totaal}"));
        assert!(err("Stap {n} van {total} {name}").contains("unknown placeholder {name}"));
        assert!(err("Stap {n} van {total").contains("stray brace"));
        assert!(err("Stap }n{ van {total}").contains("stray brace"));
        assert!(Tpl::<N>::parse("zonder getal").is_err());
    }

    #[test]
    fn a_text_reads_as_a_plain_string_and_is_checked() {
        let t: Tpl<N> = serde_json::from_str("\"{n} dagen\"").unwrap();
        assert_eq!(t.raw(), "{n} dagen");
        let t: Text = serde_json::from_str("\"Start\"").unwrap();
        assert_eq!(t.as_str(), "Start");
        let bad: Result<Tpl<N>, _> = serde_json::from_str("\"dagen\"");
        assert!(bad.unwrap_err().to_string().contains("{n} missing"));
    }
}
