//! Interests (`interests`, RIASEC, scale OI) and work values (`work_values`, scale EX): one
//! profile per O*NET occupation, with its high points; and the elements' definitions for
//! `index.json`.

use super::{Coverage, Missing, SRC_ONET};
use crate::sources::{Onet, OnetWork, ProfileRows};
use career_schema::*;
use std::collections::BTreeMap;

pub const MSG_INTERESTS: &str = "O*NET 29.2 has not rated the interests of this occupation.";
pub const MSG_WORK_VALUES: &str = "O*NET 29.2 has not rated the work values of this occupation.";

/// Every member code with ratings in `table`, in `onet_codes` order.
fn profile(
    members: &[String],
    onet: &Onet,
    table: &BTreeMap<String, ProfileRows>,
) -> Option<Profile> {
    let occupations: Vec<OccupationProfile> = members
        .iter()
        .filter_map(|m| {
            let rows = table.get(m)?;
            Some(OccupationProfile {
                onet_code: m.clone(),
                title: onet.occupations[m].0.clone(),
                scores: rows
                    .scores
                    .iter()
                    .map(|(name, value)| Score {
                        name: name.clone(),
                        value: *value,
                    })
                    .collect(),
                high_points: rows.high_points.clone(),
            })
        })
        .collect();
    (!occupations.is_empty()).then(|| Profile {
        source: SRC_ONET.into(),
        occupations,
    })
}

/// `(interests, work_values)`; an absent one says why in `missing`.
pub fn profiles(
    members: &[String],
    onet: &Onet,
    work: &OnetWork,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> (Option<Profile>, Option<Profile>) {
    let interests = profile(members, onet, &work.interests);
    let values = profile(members, onet, &work.work_values);
    match interests {
        Some(_) => cov.interests += 1,
        None => missing.add(FieldKey::Interests, MSG_INTERESTS),
    }
    match values {
        Some(_) => cov.work_values += 1,
        None => missing.add(FieldKey::WorkValues, MSG_WORK_VALUES),
    }
    (interests, values)
}

/// `index.json` `definitions`: each interest and work value element's Content Model
/// Reference description, cut to its first sentence (the one-line definition; the rest names
/// examples or the needs behind a value).
pub fn definitions(work: &OnetWork) -> TextMap<String> {
    work.definitions
        .iter()
        .map(|(name, d)| {
            let first = match d.find(". ") {
                Some(i) => &d[..=i],
                None => d.as_str(),
            };
            (name.clone(), first.to_string())
        })
        .collect()
}
