//! Tables of fixed texts (`screens.toml`): how a table of [`Text`] and [`Tpl`] fields is
//! declared (the [`texts!`] macro), visited by name for the tests ([`EachText`]) and written
//! as the Rust code that builds it ([`ToRust`]), so no deserializer for them ships.
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use super::meta::Meta;
use super::statics::{List, Str};
use super::template::{Holes, Text, Tpl};
use std::fmt::Write;

/// Writes a value as the Rust expression that builds it.
pub trait ToRust {
    fn to_rust(&self, out: &mut String);
}

impl ToRust for Str {
    fn to_rust(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal.
        let _ = write!(out, "Str::new({:?})", self.as_str());
    }
}

impl ToRust for Text {
    fn to_rust(&self, out: &mut String) {
        let _ = write!(out, "Text({:?})", self.as_str());
    }
}

impl<H: Holes> ToRust for Tpl<H> {
    fn to_rust(&self, out: &mut String) {
        let _ = write!(out, "Tpl::checked_by_build({:?})", self.raw());
    }
}

impl ToRust for List<Str> {
    fn to_rust(&self, out: &mut String) {
        out.push_str("List::new(&[");
        for s in self {
            s.to_rust(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl ToRust for Meta {
    fn to_rust(&self, out: &mut String) {
        out.push_str("Meta { title: ");
        self.title.to_rust(out);
        out.push_str(", sources: ");
        self.sources.to_rust(out);
        out.push_str(", date: ");
        self.date.to_rust(out);
        out.push_str(", review: ");
        self.review.to_rust(out);
        out.push('}');
    }
}

/// Visits every text of a table with its name (`start.title`), for the tests.
pub trait EachText {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(String, &'static str));
}

impl EachText for Text {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(String, &'static str)) {
        f(path.to_string(), self.as_str())
    }
}

impl<H: Holes> EachText for Tpl<H> {
    fn each_text(&self, path: &str, f: &mut dyn FnMut(String, &'static str)) {
        f(path.to_string(), self.raw())
    }
}

impl EachText for Meta {
    fn each_text(&self, _: &str, _: &mut dyn FnMut(String, &'static str)) {}
}

/// Declares tables of screen texts: every field a required [`Text`] or [`Tpl`], unknown
/// fields refused, and the constant Rust expression that builds the table.
macro_rules! texts {
    ($($(#[$m:meta])* $ty:ident { $($(#[$fm:meta])* $field:ident: $fty:ty,)* })*) => {
        $(
            $(#[$m])*
            #[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct $ty {
                $($(#[$fm])* pub $field: $fty,)*
            }

            impl EachText for $ty {
                fn each_text(&self, path: &str, f: &mut dyn FnMut(String, &'static str)) {
                    $(
                        let name = stringify!($field);
                        let inner = if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
                        self.$field.each_text(&inner, f);
                    )*
                }
            }

            impl ToRust for $ty {
                fn to_rust(&self, out: &mut String) {
                    out.push_str(concat!(stringify!($ty), " {"));
                    $(
                        out.push_str(concat!(stringify!($field), ": "));
                        self.$field.to_rust(out);
                        out.push(',');
                    )*
                    out.push('}');
                }
            }
        )*
    };
}

pub(crate) use texts;
