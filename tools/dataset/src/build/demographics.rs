//! Demographics (`demographics`) from CPS tables 11 and 11b, found through the Census code
//! list and the ACS/NEM crosswalk.

use super::crosswalk::census_for;
use super::{Coverage, Inputs, Missing, SRC_CPS};
use crate::sources::{norm_title, CensusOcc};
use career_schema::*;
use std::collections::BTreeMap;

pub const MSG_CPS_SUPPRESSED: &str =
    "BLS does not publish this figure: fewer than 50,000 people in the CPS group.";

enum CpsMatch {
    One {
        census_code: String,
        title: String,
        pattern: String,
    },
    Several(Vec<String>),
    None,
}

fn cps_match(
    code: &str,
    census: &[CensusOcc],
    nem: &BTreeMap<String, Vec<(String, String)>>,
) -> CpsMatch {
    let c = census_for(code, census);
    if c.len() == 1 {
        return CpsMatch::One {
            census_code: c[0].code.clone(),
            title: c[0].title.clone(),
            pattern: c[0].soc.clone(),
        };
    }
    if c.len() > 1 {
        return CpsMatch::Several(c.iter().map(|x| x.title.clone()).collect());
    }
    match nem.get(code) {
        Some(rows) if rows.len() == 1 => {
            let acs = &rows[0].0;
            match census.iter().find(|c| &c.code == acs) {
                Some(cc) => CpsMatch::One {
                    census_code: cc.code.clone(),
                    title: cc.title.clone(),
                    pattern: cc.soc.clone(),
                },
                None => CpsMatch::None,
            }
        }
        Some(rows) => {
            let mut titles: Vec<String> = rows
                .iter()
                .map(|(acs, t)| {
                    census
                        .iter()
                        .find(|c| &c.code == acs)
                        .map(|c| c.title.clone())
                        .unwrap_or_else(|| t.clone())
                })
                .collect();
            titles.sort();
            titles.dedup();
            CpsMatch::Several(titles)
        }
        None => CpsMatch::None,
    }
}

/// The CPS row of every occupation, matched up front to know which Census codes cover
/// several occupations (those get `broader_group = true`).
pub struct CpsMatches {
    matches: BTreeMap<String, CpsMatch>,
    per_census: BTreeMap<String, usize>,
}

impl CpsMatches {
    pub fn new<'a>(codes: impl IntoIterator<Item = &'a str>, inp: &Inputs) -> CpsMatches {
        let matches: BTreeMap<String, CpsMatch> = codes
            .into_iter()
            .map(|c| (c.to_string(), cps_match(c, &inp.census, &inp.nem)))
            .collect();
        let mut per_census: BTreeMap<String, usize> = BTreeMap::new();
        for m in matches.values() {
            if let CpsMatch::One { census_code, .. } = m {
                *per_census.entry(census_code.clone()).or_default() += 1;
            }
        }
        CpsMatches {
            matches,
            per_census,
        }
    }
}

/// `demographics` of one occupation, or the reason there is none.
pub fn demographics(
    code: &str,
    cps: &CpsMatches,
    inp: &Inputs,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Option<Demographics> {
    match &cps.matches[code] {
        CpsMatch::One {
            census_code,
            title,
            pattern,
        } => {
            let k = norm_title(title);
            match inp.cps11.get(&k) {
                Some(Some(r)) => {
                    let age = inp.cps11b.get(&k).copied().flatten();
                    if age.is_none() {
                        missing.add(FieldKey::MedianAge, MSG_CPS_SUPPRESSED);
                    }
                    if r.women.is_none() {
                        missing.add(FieldKey::Women, MSG_CPS_SUPPRESSED);
                    }
                    if r.white.is_none()
                        || r.black.is_none()
                        || r.asian.is_none()
                        || r.hispanic.is_none()
                    {
                        missing.add(FieldKey::Race, MSG_CPS_SUPPRESSED);
                    }
                    cov.demographics += 1;
                    Some(Demographics {
                        source: SRC_CPS.into(),
                        cps_group: r.title.clone(),
                        broader_group: pattern != code || cps.per_census[census_code.as_str()] > 1,
                        median_age: age,
                        women_pct: r.women,
                        white_pct: r.white,
                        black_pct: r.black,
                        asian_pct: r.asian,
                        hispanic_pct: r.hispanic,
                    })
                }
                _ => {
                    missing.add(FieldKey::Demographics, &format!("CPS table 11 has no single row titled \"{title}\" (Census code {census_code})."));
                    None
                }
            }
        }
        CpsMatch::Several(t) => {
            missing.add(FieldKey::Demographics, &format!("CPS reports this occupation in several rows ({}), none of which covers it alone.", t.join("; ")));
            None
        }
        CpsMatch::None => {
            missing.add(
                FieldKey::Demographics,
                "No Census occupation code covers this occupation, so no CPS row describes it.",
            );
            None
        }
    }
}
