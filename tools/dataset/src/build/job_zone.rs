//! Job Zone (`job_zone`) from O*NET Job Zones and Job Zone Reference.

use super::identity::rated;
use super::{Coverage, Missing, SRC_ONET};
use crate::sources::{Onet, ONET_DIR};
use anyhow::{anyhow, Result};
use career_schema::*;
use std::collections::BTreeMap;

/// The `.00` code's zone, else the most common zone among the members that have one (ties go
/// to the higher zone).
pub fn zone(code: &str, members: &[String], onet: &Onet) -> Option<u8> {
    let zcodes = rated(code, members, &onet.job_zones);
    if zcodes.is_empty() {
        return None;
    }
    let mut count: BTreeMap<u8, usize> = BTreeMap::new();
    for c in &zcodes {
        *count.entry(onet.job_zones[*c]).or_default() += 1;
    }
    count
        .iter()
        .max_by_key(|(z, n)| (**n, **z))
        .map(|(z, _)| *z)
}

/// `job_zone` for a zone, named as Job Zone Reference names it without "Job Zone N: ".
pub fn job_zone(
    zone: Option<u8>,
    onet: &Onet,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Result<Option<JobZone>> {
    let Some(z) = zone else {
        missing.add(
            FieldKey::JobZone,
            "O*NET 29.2 has not assigned a Job Zone to this occupation.",
        );
        return Ok(None);
    };
    let full = onet
        .zone_names
        .get(&z)
        .ok_or_else(|| anyhow!("{ONET_DIR}/Job Zone Reference.xlsx: no Job Zone {z}"))?;
    let name = full
        .split_once(": ")
        .map(|(_, n)| n)
        .unwrap_or(full)
        .to_string();
    cov.job_zone += 1;
    Ok(Some(JobZone {
        source: SRC_ONET.into(),
        zone: z,
        name,
    }))
}
