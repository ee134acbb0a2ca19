//! The decoder experiment: `index.json` and `titles.json` decoded (no validation) by
//! serde_json, nanoserde and miniserde into the same mirror types, so their speed in the
//! browser can be compared on the real files. Built only with `--features alternatives`.
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

macro_rules! mirror {
    ($($item:item)*) => {
        #[cfg(feature = "alt-serde_json")]
        pub mod serde_types { use super::*; use serde::Deserialize; $( #[derive(Deserialize)] #[allow(dead_code)] $item )* }
        #[cfg(feature = "alt-nanoserde")]
        pub mod nano_types { use super::*; use nanoserde::DeJson; $( #[derive(DeJson)] #[allow(dead_code)] $item )* }
        #[cfg(feature = "alt-miniserde")]
        pub mod mini_types { use super::*; use miniserde::Deserialize; $( #[derive(Deserialize)] #[allow(dead_code)] $item )* }
    };
}

mirror! {
    pub struct Source { pub id: String, pub agency: String, pub title: String, pub vintage: String, pub url: String, pub license: String, pub note: Option<String> }
    pub struct State { pub code: String, pub fips: String, pub name: String }
    pub struct Summary { pub code: String, pub title: String, pub slug: Option<String> }
    pub struct Index { pub schema_version: u32, pub name: String, pub sources: Vec<Source>, pub attribution: Vec<String>, pub unavailable: BTreeMap<String, String>, pub states: Vec<State>, pub professions: Vec<Summary> }
    pub struct Titles { pub code: String, pub alternate: Vec<String>, pub reported: Vec<String> }
    pub struct TitleIndex { pub schema_version: u32, pub source: String, pub professions: Vec<Titles> }
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or("")
}

/// `$name(decoder, bytes)`: decodes the bytes as `$ty` with the named decoder and returns its
/// number of professions (0 if it could not decode them or the decoder is not built in).
macro_rules! decode_with_each {
    ($name:ident, $ty:ident) => {
        #[wasm_bindgen]
        pub fn $name(decoder: &str, bytes: &[u8]) -> usize {
            let t = text(bytes);
            match decoder {
                #[cfg(feature = "alt-serde_json")]
                "serde_json" => {
                    serde_json::from_str::<serde_types::$ty>(t).map_or(0, |i| i.professions.len())
                }
                #[cfg(feature = "alt-nanoserde")]
                "nanoserde" => nanoserde::DeJson::deserialize_json(t)
                    .map_or(0, |i: nano_types::$ty| i.professions.len()),
                #[cfg(feature = "alt-miniserde")]
                "miniserde" => miniserde::json::from_str::<mini_types::$ty>(t)
                    .map_or(0, |i| i.professions.len()),
                _ => {
                    let _ = t;
                    0
                }
            }
        }
    };
}

decode_with_each!(alt_index, Index);
decode_with_each!(alt_titles, TitleIndex);
