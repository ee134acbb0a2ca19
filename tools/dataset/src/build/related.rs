//! Related occupations (`related`): O*NET Related Occupations mapped to the dataset's
//! professions, with each one's national median and projected growth.

use super::identity::rated;
use super::{Coverage, SRC_ONET};
use crate::sources::OnetWork;
use career_schema::*;
use std::collections::BTreeMap;

pub const MSG_RELATED: &str =
    "O*NET 29.2 lists no related occupations for this occupation that are in this dataset.";

/// O*NET's most per occupation; a profession made of several O*NET codes is cut to as many.
pub const MAX_RELATED: usize = 20;

/// Which profession an O*NET code belongs to: the one whose `onet_codes` hold it, else the
/// one whose SOC code is its first 7 characters.
pub struct ProfessionOf<'a> {
    by_onet: BTreeMap<&'a str, &'a str>,
    codes: BTreeMap<&'a str, &'a Profession>,
}

impl<'a> ProfessionOf<'a> {
    pub fn new(all: &'a [Profession]) -> Self {
        let mut by_onet = BTreeMap::new();
        for p in all {
            for o in &p.onet_codes {
                by_onet.insert(o.as_str(), p.code.as_str());
            }
        }
        let codes = all.iter().map(|p| (p.code.as_str(), p)).collect();
        ProfessionOf { by_onet, codes }
    }

    fn get(&self, onet_code: &str) -> Option<&'a Profession> {
        let code = match self.by_onet.get(onet_code) {
            Some(c) => *c,
            None => onet_code.get(..7)?,
        };
        self.codes.get(code).copied()
    }
}

/// The related professions of `p`: the related rows of its rated O*NET codes (the `.00` code
/// when it has rows, else every member that has), in tier order, then O*NET's index, then
/// `onet_codes` order; mapped to professions; self-references, duplicates and codes outside the
/// dataset left out; at most [`MAX_RELATED`]. When none is left, the reason to record.
pub fn related(
    p: &Profession,
    work: &OnetWork,
    of: &ProfessionOf,
    cov: &mut Coverage,
) -> Result<Related, &'static str> {
    let mut rows: Vec<(usize, u32, usize, &str)> = Vec::new();
    for (i, m) in rated(&p.code, &p.onet_codes, &work.related)
        .into_iter()
        .enumerate()
    {
        for r in &work.related[m] {
            rows.push((r.tier, r.index, i, r.onet_code.as_str()));
        }
    }
    rows.sort();
    let mut occupations: Vec<RelatedOccupation> = Vec::new();
    for (tier, _, _, onet_code) in rows {
        let Some(other) = of.get(onet_code) else {
            continue;
        };
        if other.code == p.code || occupations.iter().any(|o| o.code == other.code) {
            continue;
        }
        occupations.push(RelatedOccupation {
            code: other.code.clone(),
            tier: RELATEDNESS_TIERS[tier].to_string(),
            annual_median: other.pay.as_ref().and_then(|x| x.national.annual.median),
            change_pct: other.jobs.as_ref().and_then(|j| j.change_pct),
        });
        if occupations.len() == MAX_RELATED {
            break;
        }
    }
    if occupations.is_empty() {
        return Err(MSG_RELATED);
    }
    cov.related += 1;
    Ok(Related {
        source: SRC_ONET.into(),
        occupations,
    })
}
