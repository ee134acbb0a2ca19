//! Titles (`titles.json`): O*NET alternate and reported titles of a profession's O*NET codes.

use crate::sources::Onet;
use std::collections::{BTreeMap, BTreeSet};

/// (alternate, reported) titles of the members, each sorted case-insensitively and
/// de-duplicated case-insensitively across both lists, leaving out the profession's own title.
pub fn titles(own_title: &str, members: &[String], onet: &Onet) -> (Vec<String>, Vec<String>) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    seen.insert(own_title.to_lowercase());
    let mut collect = |map: &BTreeMap<String, Vec<String>>| {
        let mut all: Vec<&String> = members
            .iter()
            .filter_map(|m| map.get(m))
            .flatten()
            .collect();
        all.sort_by(|a, b| {
            a.to_lowercase()
                .cmp(&b.to_lowercase())
                .then_with(|| a.cmp(b))
        });
        let mut out = Vec::new();
        for t in all {
            if seen.insert(t.to_lowercase()) {
                out.push(t.clone());
            }
        }
        out
    };
    let alternate = collect(&onet.alternate);
    let reported = collect(&onet.reported);
    (alternate, reported)
}
