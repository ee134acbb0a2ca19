//! The career-compare dataset format, defined once for the dataset builder and the widget.
//!
//! A dataset is a folder of JSON files:
//! - `index.json` ([`DatasetIndex`]): sources, attribution, states and every profession's code
//!   and title; all the widget needs before it can show a deep-linked comparison besides the
//!   two detail files;
//! - `professions/{code}.json` ([`Profession`]): every figure for one profession;
//! - `titles.json` ([`TitleIndex`]): every alternate and reported title, for search, loaded
//!   after first paint.
//!
//! [`decode`] turns bytes into these types with errors that name the file, the field path, what
//! was expected and what was found; [`validate`] checks what types alone cannot (duplicate
//! codes, impossible numbers, references to unknown codes).
//!
//! The modules depend on each other in one direction: [`error`] ← [`model`] ← [`validate`] ←
//! [`decode`], with the JSON reader (`json`, `from_json`) between error and model, since each
//! model type declares how it is read. [`decimal`] (numbers written without `core::fmt`) and
//! [`link`] (which URLs may be links) depend on nothing: the widget, the comparison crate and
//! validation messages use them, and this crate is the one every part of the project depends
//! on.

pub mod decimal;
pub mod decode;
pub mod error;
mod from_json;
mod json;
pub mod link;
pub mod model;
mod number;
pub mod validate;

pub use decode::{decode_area_pay, decode_areas, decode_index, decode_profession, decode_titles};
pub use error::{DatasetError, Problem};
pub use link::safe_link_url;
pub use model::*;

/// The format version this code writes (and the newest it reads).
pub const SCHEMA_VERSION: u32 = 3;

/// The oldest format version this code still reads: a version-1 dataset (a portal's own, say)
/// loads, and the figures added since show as not in this dataset.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// True for a format version this code reads.
pub fn reads_schema_version(v: u64) -> bool {
    (u64::from(OLDEST_SCHEMA_VERSION)..=u64::from(SCHEMA_VERSION)).contains(&v)
}

/// What a file's `schema_version` must be, in an error message.
pub fn expected_schema_version() -> String {
    format!("schema version {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}")
}

/// File names inside a dataset folder.
pub const INDEX_FILE: &str = "index.json";
pub const TITLES_FILE: &str = "titles.json";
pub const AREAS_FILE: &str = "areas.json";

/// The pay file of an OEWS area, relative to the dataset folder.
pub fn area_file(code: &str) -> String {
    format!("areas/{code}.json")
}

/// True for a 7-digit OEWS area code, e.g. "0014460".
pub fn is_area_code(code: &str) -> bool {
    code.len() == 7 && code.bytes().all(|c| c.is_ascii_digit())
}

/// The detail file of a profession, relative to the dataset folder.
pub fn profession_file(code: &str) -> String {
    format!("professions/{code}.json")
}

/// True for a 6-digit SOC code written with its hyphen, e.g. "13-2072".
pub fn is_soc_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// True for text with no character but spaces (the empty text included).
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}
