//! The committed dataset in `data/`, for the tests that check against it (`mod real_data;`).
//!
//! Without it a test skips, saying so, on a developer's machine; in CI (`CI` set, and not
//! `false` or `0`) it fails instead, since there a missing `data/` is a broken checkout and a
//! skip would pass without checking anything.

use std::io::ErrorKind;
use std::path::PathBuf;

/// The repository's `data/` folder.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// True when the environment says this is a CI run.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The bytes of `data/<file>`, or `None` (after printing "skipped: …") when it does not exist
/// outside CI. Panics when it does not exist in CI, and on any other read error.
pub fn read_or_skip(file: &str) -> Option<Vec<u8>> {
    let path = data_dir().join(file);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == ErrorKind::NotFound && !in_ci() => {
            eprintln!("skipped: {} not found (in CI this fails)", path.display());
            None
        }
        Err(e) => panic!(
            "{}: {e}; the tests against the real dataset cannot run without it",
            path.display()
        ),
    }
}
