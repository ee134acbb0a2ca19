//! Identity of a profession: its slug, its O*NET codes (`onet_codes`, and which of them a
//! rated O*NET table contributes) and its O*NET description.

use super::{Coverage, Missing};
use crate::sources::Onet;
use career_schema::*;
use std::collections::{BTreeMap, BTreeSet};

/// Slug: lowercase, runs of non-alphanumerics become one '-'.
pub fn slugify(title: &str) -> String {
    let mut s = String::new();
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            s.push(ch.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').to_string()
}

/// The index entries of the professions ((code, title) in code order) and the slug of each.
/// Slugs are written into each profession file, not into index.json (the widget never uses
/// them, and they were a third of the index's bytes).
pub fn summaries(codes: &[(String, String)]) -> (Vec<ProfessionSummary>, Vec<String>) {
    let mut used_slugs = BTreeSet::new();
    let mut summaries = Vec::new();
    let mut slugs = Vec::new();
    for (code, title) in codes {
        let mut slug = slugify(title);
        if !used_slugs.insert(slug.clone()) {
            slug = format!("{slug}-{code}");
            used_slugs.insert(slug.clone());
        }
        summaries.push(ProfessionSummary {
            code: code.clone(),
            title: title.clone(),
            slug: None,
            employment: None,
        });
        slugs.push(slug);
    }
    (summaries, slugs)
}

/// The O*NET-SOC codes that stand for a SOC code: its own (.00 and specialties .01–.99), or,
/// for the aggregates OEWS and EP publish, the codes in the same SOC broad group (first six
/// characters) whose SOC code is not itself an OEWS occupation.
pub fn onet_members(code: &str, oews: &BTreeSet<String>, onet: &Onet) -> Vec<String> {
    let own: Vec<String> = onet
        .occupations
        .keys()
        .filter(|k| &k[..7] == code)
        .cloned()
        .collect();
    if !own.is_empty() {
        return own;
    }
    onet.occupations
        .keys()
        .filter(|k| k[..6] == code[..6] && !oews.contains(&k[..7]))
        .cloned()
        .collect()
}

/// The codes whose rows a table contributes: the `.00` code when it has rows, else every
/// member code that has rows.
pub fn rated<'a, T>(
    code: &str,
    members: &'a [String],
    table: &BTreeMap<String, T>,
) -> Vec<&'a str> {
    let own = format!("{code}.00");
    if let Some(m) = members.iter().find(|m| **m == own) {
        if table.contains_key(m) {
            return vec![m.as_str()];
        }
    }
    members
        .iter()
        .filter(|m| table.contains_key(*m))
        .map(|m| m.as_str())
        .collect()
}

/// `description`: the `.00` code's, else the members' `.00` descriptions joined, each
/// prefixed by its O*NET title.
pub fn description(
    code: &str,
    members: &[String],
    onet: &Onet,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Option<String> {
    let own = format!("{code}.00");
    let description = if let Some((_, d)) = onet.occupations.get(&own) {
        Some(d.clone())
    } else {
        let parts: Vec<String> = members
            .iter()
            .filter(|m| m.ends_with(".00"))
            .map(|m| {
                let (t, d) = &onet.occupations[m];
                format!("{t}: {d}")
            })
            .collect();
        if parts.is_empty() {
            None
        } else {
            Some(parts.join(" "))
        }
    };
    if description.is_some() {
        cov.description += 1;
    } else {
        missing.add(
            FieldKey::Description,
            "O*NET 29.2 has no description for this occupation.",
        );
    }
    description
}
