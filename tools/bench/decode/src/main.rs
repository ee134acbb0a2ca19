//! Exports the dataset decoders to the benchmark page (`window.wasmBindings`, set by Trunk).
#[cfg(feature = "schema")]
use wasm_bindgen::prelude::*;

#[cfg(feature = "schema")]
/// Decodes and validates `index.json`; true if it is a usable index.
#[wasm_bindgen]
pub fn decode_index(bytes: &[u8]) -> bool {
    career_schema::decode_index(bytes).is_ok()
}

#[cfg(feature = "schema")]
/// Decodes and validates a profession file fetched for `code`.
#[wasm_bindgen]
pub fn decode_profession(code: &str, bytes: &[u8]) -> bool {
    career_schema::decode_profession(code, bytes).is_ok()
}

#[cfg(feature = "schema")]
thread_local! {
    static INDEX: std::cell::RefCell<Option<career_schema::DatasetIndex>> = const { std::cell::RefCell::new(None) };
}

#[cfg(feature = "schema")]
/// Keeps a decoded `index.json` for `decode_titles` (which checks codes against it).
#[wasm_bindgen]
pub fn keep_index(bytes: &[u8]) -> bool {
    let ix = career_schema::decode_index(bytes).ok();
    let ok = ix.is_some();
    INDEX.with(|i| *i.borrow_mut() = ix);
    ok
}

#[cfg(feature = "schema")]
/// Decodes and validates `titles.json` against the kept `index.json`.
#[wasm_bindgen]
pub fn decode_titles(bytes: &[u8]) -> bool {
    INDEX.with(|i| {
        i.borrow()
            .as_ref()
            .is_some_and(|ix| career_schema::decode_titles(bytes, ix).is_ok())
    })
}

#[cfg(any(
    feature = "alt-serde_json",
    feature = "alt-nanoserde",
    feature = "alt-miniserde"
))]
mod alternatives;

fn main() {}
