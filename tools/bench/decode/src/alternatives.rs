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
    pub struct Summary { pub code: String, pub title: String, pub slug: String }
    pub struct Index { pub schema_version: u32, pub name: String, pub sources: Vec<Source>, pub attribution: Vec<String>, pub unavailable: BTreeMap<String, String>, pub states: Vec<State>, pub professions: Vec<Summary> }
    pub struct Titles { pub code: String, pub alternate: Vec<String>, pub reported: Vec<String> }
    pub struct TitleIndex { pub schema_version: u32, pub source: String, pub professions: Vec<Titles> }
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or("")
}

#[wasm_bindgen]
pub fn alt_index(decoder: &str, bytes: &[u8]) -> usize {
    let t = text(bytes);
    match decoder {
        #[cfg(feature = "alt-serde_json")]
        "serde_json" => {
            serde_json::from_str::<serde_types::Index>(t).map_or(0, |i| i.professions.len())
        }
        #[cfg(feature = "alt-nanoserde")]
        "nanoserde" => nanoserde::DeJson::deserialize_json(t)
            .map_or(0, |i: nano_types::Index| i.professions.len()),
        #[cfg(feature = "alt-miniserde")]
        "miniserde" => {
            miniserde::json::from_str::<mini_types::Index>(t).map_or(0, |i| i.professions.len())
        }
        _ => 0,
    }
}

#[wasm_bindgen]
pub fn alt_titles(decoder: &str, bytes: &[u8]) -> usize {
    let t = text(bytes);
    match decoder {
        #[cfg(feature = "alt-serde_json")]
        "serde_json" => {
            serde_json::from_str::<serde_types::TitleIndex>(t).map_or(0, |i| i.professions.len())
        }
        #[cfg(feature = "alt-nanoserde")]
        "nanoserde" => nanoserde::DeJson::deserialize_json(t)
            .map_or(0, |i: nano_types::TitleIndex| i.professions.len()),
        #[cfg(feature = "alt-miniserde")]
        "miniserde" => miniserde::json::from_str::<mini_types::TitleIndex>(t)
            .map_or(0, |i| i.professions.len()),
        _ => 0,
    }
}
