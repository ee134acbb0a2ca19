//! Jobs (`jobs`: OEWS employment, EP projections) and entry requirements (`entry`), from
//! EP Table 1.2.

use super::{Coverage, Missing, SRC_EP, SRC_OEWS};
use crate::sources::EpRow;
use career_schema::*;

/// `jobs`: OEWS national employment beside the EP line item's change and openings.
pub fn jobs(
    national_employment: Option<u64>,
    ep: Option<&EpRow>,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Jobs {
    let jobs = Jobs {
        employment: national_employment,
        employment_source: national_employment.map(|_| SRC_OEWS.into()),
        change_pct: ep.and_then(|e| e.change_pct),
        openings_per_year: ep
            .and_then(|e| e.openings_thousands)
            .map(|t| (t * 1000.0).round() as u64),
        projection_period: ep.map(|_| "2024–34".into()),
        projection_source: ep.map(|_| SRC_EP.into()),
    };
    if jobs.change_pct.is_some() {
        cov.growth += 1;
    } else {
        missing.add(
            FieldKey::Growth,
            "EP 2024–34 has no projection for this occupation.",
        );
    }
    if jobs.openings_per_year.is_none() {
        missing.add(
            FieldKey::Openings,
            "EP 2024–34 has no openings figure for this occupation.",
        );
    }
    jobs
}

/// `entry`: the EP line item's typical education, experience and training, verbatim.
pub fn entry(
    ep: Option<&EpRow>,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Option<EntryRequirements> {
    let entry = ep.map(|e| EntryRequirements {
        source: SRC_EP.into(),
        education: e.education.clone(),
        experience: e.experience.clone(),
        training: e.training.clone(),
    });
    if entry.is_some() {
        cov.entry += 1;
    } else {
        missing.add(
            FieldKey::Entry,
            "EP 2024–34 has no entry requirements for this occupation.",
        );
    }
    entry
}
