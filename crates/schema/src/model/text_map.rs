//! [`TextMap`]: the dataset's JSON objects keyed by text.

use crate::from_json::{members, FromJson};
use crate::json::{self, Reader};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[cfg(feature = "json-schema")]
use schemars::JsonSchema;

/// A JSON object keyed by text, its keys in ascending order: what a `BTreeMap<String, T>`
/// was here (the same JSON, the same JSON Schema), as a sorted list, since these maps hold a
/// few dozen entries at most and a B-tree's code is a large part of the wasm.
#[derive(Clone, PartialEq)]
pub struct TextMap<T>(Vec<(String, T)>);

impl<T> Default for TextMap<T> {
    fn default() -> Self {
        TextMap(Vec::new())
    }
}

impl<T> TextMap<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn at(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.at(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.at(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: String, value: T) -> Option<T> {
        match self.at(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// Keeps the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &T) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
}

impl<'a, T> IntoIterator for &'a TextMap<T> {
    type Item = (&'a String, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, T)>,
        fn(&'a (String, T)) -> (&'a String, &'a T),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// A repeated key keeps its last value, as in a `BTreeMap`.
impl<T> FromIterator<(String, T)> for TextMap<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(items: I) -> Self {
        let mut m = TextMap::new();
        for (k, v) in items {
            m.insert(k, v);
        }
        m
    }
}

impl<T, const N: usize> From<[(String, T); N]> for TextMap<T> {
    fn from(items: [(String, T); N]) -> Self {
        items.into_iter().collect()
    }
}

impl<T> From<BTreeMap<String, T>> for TextMap<T> {
    fn from(m: BTreeMap<String, T>) -> Self {
        // already in key order, without duplicates
        TextMap(m.into_iter().collect())
    }
}

impl<T: fmt::Debug> fmt::Debug for TextMap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<T: Serialize> Serialize for TextMap<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for TextMap<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        BTreeMap::<String, T>::deserialize(d).map(TextMap::from)
    }
}

#[cfg(feature = "json-schema")]
impl<T: JsonSchema> JsonSchema for TextMap<T> {
    fn inline_schema() -> bool {
        <BTreeMap<String, T>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, T>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <BTreeMap<String, T>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, T>>::json_schema(generator)
    }
}

/// A JSON object keyed by text (a repeated key keeps its last value, as serde_json does).
impl<T: FromJson> FromJson for TextMap<T> {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        let mut map = TextMap::new();
        members(r, |r, key| {
            let value = T::read(r).map_err(|e| e.in_field(key))?;
            map.insert(key.to_owned(), value);
            Ok(())
        })?;
        Ok(map)
    }
}
