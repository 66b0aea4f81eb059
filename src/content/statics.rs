//! The three shapes of content data that live as long as the program: [`Str`] (a text or an
//! id), [`List`] (a list) and [`Ref`] (one value behind a reference, for a recursive
//! condition). In the crate they point into the `static` catalogue that `build.rs` writes
//! (`content/embedded.rs`): a constant expression, so building the catalogue costs no code, no
//! allocation and no start-up time in the browser.
//!
//! The build script and the native tests read the TOML into the same types; what they read is
//! kept for the rest of the program (leaked: they run once, the browser never reads TOML). For
//! the same reason the tests that change a catalogue to see the validator fail build new values
//! with `From` and [`List::edit`], which leak too.
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// Keeps a value for the rest of the program (the build script and tests only).
fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

// ---------------------------------------------------------------------------------------------
// Str
// ---------------------------------------------------------------------------------------------

/// A text or an id of the content: a `&'static str` that reads like a `String`.
#[derive(Clone, Copy, Default, Eq, PartialOrd, Ord)]
pub struct Str(&'static str);

// Equal by content, as a `String`; the same text of the catalogue (the usual case when the
// views compare what the rules concluded, on every change) is found equal without reading it.
impl PartialEq for Str {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) || self.0 == other.0
    }
}

impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl Str {
    /// A text written by the build script.
    pub const fn new(text: &'static str) -> Self {
        Str(text)
    }

    pub const fn as_str(&self) -> &'static str {
        self.0
    }
}

impl Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        self == other.0
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.0
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        self == other.0
    }
}

impl From<&'static str> for Str {
    fn from(text: &'static str) -> Self {
        Str(text)
    }
}

/// Leaks the text (the build script and tests only).
impl From<String> for Str {
    fn from(text: String) -> Self {
        Str(Box::leak(text.into_boxed_str()))
    }
}

impl From<Str> for String {
    fn from(text: Str) -> Self {
        text.0.to_string()
    }
}

impl From<&Str> for String {
    fn from(text: &Str) -> Self {
        text.0.to_string()
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Str::from)
    }
}

#[cfg(not(content_baked))]
impl databake::Bake for Str {
    fn bake(&self, _: &databake::CrateEnv) -> databake::TokenStream {
        let text = self.0;
        databake::quote! { crate::content::statics::Str::new(#text) }
    }
}

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

/// A list of the content: a `&'static [T]` that reads like a `Vec`.
pub struct List<T: 'static>(&'static [T]);

impl<T> List<T> {
    /// A list written by the build script.
    pub const fn new(items: &'static [T]) -> Self {
        List(items)
    }

    pub const fn as_slice(&self) -> &'static [T] {
        self.0
    }

    pub const fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub const fn len(&self) -> usize {
        self.0.len()
    }

    /// A copy of the list to change, which replaces the list when it goes out of scope
    /// (leaked: tests only), like `Cow::to_mut`.
    pub fn edit(&mut self) -> Edit<'_, T>
    where
        T: Clone,
    {
        let items = self.0.to_vec();
        Edit { list: self, items }
    }
}

/// A list being changed: see [`List::edit`].
pub struct Edit<'a, T: 'static> {
    list: &'a mut List<T>,
    items: Vec<T>,
}

impl<T> Deref for Edit<'_, T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> std::ops::DerefMut for Edit<'_, T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.items
    }
}

impl<T> Drop for Edit<'_, T> {
    fn drop(&mut self) {
        *self.list = List::from(std::mem::take(&mut self.items));
    }
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<T> AsRef<[T]> for List<T> {
    fn as_ref(&self) -> &[T] {
        self.0
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) || self.0 == other.0
    }
}

impl<T: Eq> Eq for List<T> {}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<T> IntoIterator for List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Leaks the items (the build script and tests only).
impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List(Box::leak(items.into_boxed_slice()))
    }
}

/// Leaks the items (tests only).
impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(List::from)
    }
}

#[cfg(not(content_baked))]
impl<T: databake::Bake> databake::Bake for List<T> {
    fn bake(&self, ctx: &databake::CrateEnv) -> databake::TokenStream {
        let items = self.0.iter().map(|t| t.bake(ctx));
        databake::quote! { crate::content::statics::List::new(&[#(#items),*]) }
    }
}

// ---------------------------------------------------------------------------------------------
// Ref
// ---------------------------------------------------------------------------------------------

/// One value behind a `&'static` reference (where the content nests a value in itself, as
/// `Condition::Not` does), in place of a `Box`.
pub struct Ref<T: 'static>(&'static T);

impl<T> Ref<T> {
    /// A value written by the build script.
    pub const fn new(value: &'static T) -> Self {
        Ref(value)
    }
}

impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Ref<T> {}

impl<T> Deref for Ref<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}

impl<T: PartialEq> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) || self.0 == other.0
    }
}

impl<T: Eq> Eq for Ref<T> {}

impl<T: fmt::Debug> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

/// Leaks the value (the build script and tests only).
impl<T> From<T> for Ref<T> {
    fn from(value: T) -> Self {
        Ref(leak(value))
    }
}

impl<T: Serialize> Serialize for Ref<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ref<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Ref::from)
    }
}

#[cfg(not(content_baked))]
impl<T: databake::Bake> databake::Bake for Ref<T> {
    fn bake(&self, ctx: &databake::CrateEnv) -> databake::TokenStream {
        let value = self.0.bake(ctx);
        databake::quote! { crate::content::statics::Ref::new(&#value) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shapes_read_like_the_owned_types() {
        let s: Str = serde_json::from_str("\"Casus\"").unwrap();
        assert_eq!(s, "Casus");
        assert_eq!(format!("{s} {s:?}"), "Casus \"Casus\"");
        let l: List<Str> = serde_json::from_str("[\"a\", \"b\"]").unwrap();
        assert_eq!(l.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(format!("{l:?}"), "[\"a\", \"b\"]");
        let mut l = l;
        l.edit().push("c".into());
        assert_eq!(l.len(), 3);
        let r: Ref<u8> = serde_json::from_str("7").unwrap();
        assert_eq!(*r, 7);
        assert_eq!(serde_json::to_string(&l).unwrap(), "[\"a\",\"b\",\"c\"]");
    }

    #[test]
    fn equal_by_content_wherever_it_is_stored() {
        use std::collections::HashSet;
        let here = Str::new("ouders");
        let there: Str = serde_json::from_str("\"ouders\"").unwrap();
        assert!(!std::ptr::eq(here.as_str(), there.as_str()));
        assert_eq!(here, there);
        assert_ne!(here, Str::new("ouder"));
        assert_eq!(HashSet::from([here, there]).len(), 1);
        let a: List<Str> = serde_json::from_str("[\"a\"]").unwrap();
        let b: List<Str> = serde_json::from_str("[\"a\"]").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, a);
        assert_ne!(a, serde_json::from_str::<List<Str>>("[\"b\"]").unwrap());
        let (x, y): (Ref<u8>, Ref<u8>) = (
            serde_json::from_str("7").unwrap(),
            serde_json::from_str("7").unwrap(),
        );
        assert_eq!(x, y);
        assert_ne!(x, serde_json::from_str::<Ref<u8>>("8").unwrap());
    }
}
