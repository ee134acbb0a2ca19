//! Skills (`skills`): O*NET Skills, Knowledge and Work Styles importance ratings, hot
//! technologies and tools.

use super::identity::rated;
use super::{round_to, Coverage, Missing, SRC_ONET};
use crate::sources::{Onet, OnetWork};
use career_schema::*;
use std::collections::BTreeMap;

pub const MSG_SKILLS: &str = "O*NET 29.2 has not rated the skills of this occupation.";
pub const MSG_KNOWLEDGE: &str = "O*NET 29.2 has not rated the knowledge areas of this occupation.";
pub const MSG_TECH: &str = "O*NET 29.2 lists no hot technologies for this occupation.";
pub const MSG_WORK_STYLES: &str = "O*NET 29.2 has not rated the work styles of this occupation.";
pub const MSG_TOOLS: &str = "O*NET 29.2 lists no tools for this occupation.";

/// How many work styles and tools a profession keeps.
const TOP_WORK_STYLES: usize = 5;
const TOP_TOOLS: usize = 8;

/// The top 8 elements by importance (ties by name), each the mean over the codes, rounded to
/// 2 decimals.
fn top_ratings(codes: &[&str], table: &BTreeMap<String, Vec<(String, f64)>>) -> Vec<Rated> {
    let mut sums: BTreeMap<&str, (f64, u32)> = BTreeMap::new();
    for c in codes {
        for (name, v) in &table[*c] {
            let e = sums.entry(name.as_str()).or_default();
            e.0 += v;
            e.1 += 1;
        }
    }
    let mut all: Vec<Rated> = sums
        .into_iter()
        .map(|(n, (s, k))| Rated {
            name: n.to_string(),
            importance: round_to(s / k as f64, 2),
        })
        .collect();
    all.sort_by(|a, b| {
        b.importance
            .partial_cmp(&a.importance)
            .unwrap()
            .then_with(|| a.name.cmp(&b.name))
    });
    all.truncate(8);
    all
}

/// Hot technologies of the codes, de-duplicated, In Demand first, then by name; top 10.
fn technologies(codes: &[&str], onet: &Onet) -> Vec<String> {
    let mut tech: BTreeMap<&str, bool> = BTreeMap::new();
    for c in codes {
        for (ex, d) in &onet.hot_tech[*c] {
            let e = tech.entry(ex.as_str()).or_default();
            *e |= *d;
        }
    }
    let mut tech: Vec<(&str, bool)> = tech.into_iter().collect();
    tech.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    tech.into_iter()
        .take(10)
        .map(|(n, _)| n.to_string())
        .collect()
}

/// The top work styles by importance, each the mean over the codes rounded to 2 decimals;
/// ties keep O*NET's element order.
fn work_styles(codes: &[&str], table: &BTreeMap<String, Vec<(String, f64)>>) -> Vec<Rated> {
    let mut sums: Vec<(&str, f64, u32)> = Vec::new();
    for c in codes {
        for (name, v) in &table[*c] {
            match sums.iter_mut().find(|s| s.0 == name) {
                Some(s) => {
                    s.1 += v;
                    s.2 += 1;
                }
                None => sums.push((name, *v, 1)),
            }
        }
    }
    let mut all: Vec<Rated> = sums
        .into_iter()
        .map(|(n, s, k)| Rated {
            name: n.to_string(),
            importance: round_to(s / k as f64, 2),
        })
        .collect();
    // a stable sort: equal importances stay in element order
    all.sort_by(|a, b| b.importance.partial_cmp(&a.importance).unwrap());
    all.truncate(TOP_WORK_STYLES);
    all
}

/// The first tool examples of the codes, in O*NET's order, de-duplicated.
fn tools(codes: &[&str], table: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for ex in codes.iter().flat_map(|c| &table[*c]) {
        if out.len() == TOP_TOOLS {
            break;
        }
        if !out.contains(ex) {
            out.push(ex.clone());
        }
    }
    out
}

/// `skills` of one occupation; an empty list says why in `missing`.
pub fn skills(
    code: &str,
    members: &[String],
    onet: &Onet,
    work: &OnetWork,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Skills {
    let skills_l = top_ratings(&rated(code, members, &onet.skills), &onet.skills);
    let know_l = top_ratings(&rated(code, members, &onet.knowledge), &onet.knowledge);
    let technologies = technologies(&rated(code, members, &onet.hot_tech), onet);
    let styles = work_styles(&rated(code, members, &work.work_styles), &work.work_styles);
    let tools = tools(&rated(code, members, &work.tools), &work.tools);
    if skills_l.is_empty() {
        missing.add(FieldKey::Skills, MSG_SKILLS)
    } else {
        cov.skills_rated += 1
    }
    if know_l.is_empty() {
        missing.add(FieldKey::Knowledge, MSG_KNOWLEDGE)
    } else {
        cov.knowledge_rated += 1
    }
    if technologies.is_empty() {
        missing.add(FieldKey::Technologies, MSG_TECH)
    } else {
        cov.technologies += 1
    }
    if styles.is_empty() {
        missing.add(FieldKey::WorkStyles, MSG_WORK_STYLES)
    } else {
        cov.work_styles += 1
    }
    if tools.is_empty() {
        missing.add(FieldKey::Tools, MSG_TOOLS)
    } else {
        cov.tools += 1
    }
    Skills {
        source: SRC_ONET.into(),
        skills: skills_l,
        knowledge: know_l,
        technologies,
        work_styles: styles,
        tools,
    }
}
