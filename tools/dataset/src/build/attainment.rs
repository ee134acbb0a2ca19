//! Educational attainment (`attainment`) from EP Table 5.3 (2018–19 data), with the rules
//! that find the row of an occupation the 2020 NEM does not list on its own.

use super::crosswalk::census_for;
use super::{Coverage, Inputs, Missing, SRC_EDU};
use crate::sources::{norm_title, CensusOcc, EpEducation};
use career_schema::*;
use std::collections::{BTreeMap, BTreeSet};

/// Table 5.3 rows for occupations that neither their title nor the crosswalks place: the 2020
/// NEM folded these 2018 SOC codes into the named combined rows.
pub const ATTAINMENT_ALIASES: [(&str, &str); 2] = [
    // "Health information technologists, medical registrars, surgical assistants, and
    // healthcare practitioners and technical workers, all other"
    ("29-9021", "29-9098"),
    // "Physicians, all other; and ophthalmologists, except pediatric"
    ("29-1214", "29-1228"),
];

/// Strips EP footnote marks like "(1)" from a title.
fn clean_ep_title(t: &str) -> String {
    let mut s = t.trim().to_string();
    while let Some(i) = s.rfind('(') {
        let tail = &s[i + 1..];
        if tail.ends_with(')') && tail[..tail.len() - 1].bytes().all(|b| b.is_ascii_digit()) {
            s.truncate(i);
            s = s.trim_end().to_string();
        } else {
            break;
        }
    }
    s
}

fn attainment_row(
    code: &str,
    title: &str,
    edu: &EpEducation,
    oews: &BTreeSet<String>,
    census: &[CensusOcc],
    nem: &BTreeMap<String, Vec<(String, String)>>,
) -> Option<String> {
    if edu.rows.contains_key(code) {
        return Some(code.to_string());
    }
    // A combined row (a 5.3 code OEWS does not publish) in the same SOC major group whose
    // title names this occupation, e.g. "Physicians, all other; and ophthalmologists, except
    // pediatric" for 29-1241.
    let own = format!(" {} ", norm_title(title));
    let named: Vec<&String> = edu
        .rows
        .iter()
        .filter(|(k, r)| {
            k[..2] == code[..2]
                && !oews.contains(*k)
                && format!(" {} ", norm_title(&clean_ep_title(&r.title))).contains(&own)
        })
        .map(|(k, _)| k)
        .collect();
    if named.len() == 1 {
        return Some(named[0].clone());
    }
    // Documented aliases where neither the title nor the crosswalks decide.
    for (from, to) in ATTAINMENT_ALIASES {
        if from == code && edu.rows.contains_key(to) {
            return Some(to.to_string());
        }
    }
    // Through the Census code: NEM hybrid codes that share it and have a Table 5.3 row.
    let cens: BTreeSet<&str> = census_for(code, census)
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let via: BTreeSet<&str> = nem
        .iter()
        .filter(|(h, rows)| {
            edu.rows.contains_key(*h)
                && !oews.contains(*h)
                && rows.iter().any(|(acs, _)| cens.contains(acs.as_str()))
        })
        .map(|(h, _)| h.as_str())
        .collect();
    if via.len() == 1 {
        return via.into_iter().next().map(String::from);
    }
    // The one Table 5.3 code in the same SOC broad group that OEWS does not publish.
    let broad: Vec<&String> = edu
        .rows
        .keys()
        .filter(|k| k[..6] == code[..6] && !oews.contains(*k))
        .collect();
    if broad.len() == 1 {
        return Some(broad[0].clone());
    }
    None
}

/// `attainment` of one occupation (`oews` = every OEWS occupation code).
pub fn attainment(
    code: &str,
    title: &str,
    oews: &BTreeSet<String>,
    inp: &Inputs,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Option<Attainment> {
    let Some(row_code) = attainment_row(code, title, &inp.edu, oews, &inp.census, &inp.nem) else {
        missing.add(FieldKey::Attainment, "EP Table 5.3 (2018–19) has no row for this occupation or for a group that contains it.");
        return None;
    };
    let row = &inp.edu.rows[&row_code];
    let levels: Vec<Share> = inp
        .edu
        .labels
        .iter()
        .zip(&row.shares)
        .filter_map(|(l, v)| {
            v.map(|pct| Share {
                label: l.clone(),
                pct,
            })
        })
        .collect();
    let mut most = levels[0].clone();
    for l in &levels {
        if l.pct > most.pct {
            most = l.clone();
        }
    }
    cov.attainment += 1;
    Some(Attainment {
        source: SRC_EDU.into(),
        vintage: "2018–19".into(),
        group: (row_code != code).then(|| format!("{row_code} {}", clean_ep_title(&row.title))),
        levels,
        most_common: most,
    })
}
