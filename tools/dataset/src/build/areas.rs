//! Local pay: `areas.json` and `areas/{code}.json`, the cross-industry figures of every OEWS
//! metropolitan and nonmetropolitan area for each profession BLS publishes there.

use super::pay::wage_stats;
use super::states::States;
use super::{Coverage, SRC_OEWS};
use crate::sources::{Oews, OEWS_FILE};
use anyhow::{anyhow, Result};
use career_schema::*;
use std::collections::{BTreeMap, BTreeSet};

/// The area list and each area's pay file, in code order.
pub fn areas(
    oews: &Oews,
    states: &States,
    professions: &BTreeSet<String>,
    cov: &mut Coverage,
) -> Result<(AreaIndex, Vec<AreaPay>)> {
    // occupation → [(area, cell)] turned into area → {profession code → figures}
    let mut by_area: BTreeMap<&str, TextMap<PayRow>> = BTreeMap::new();
    for (occ, cells) in &oews.metro_cells {
        let code = super::hyphen(occ);
        if !professions.contains(&code) {
            continue;
        }
        for (area, cell) in cells {
            if let Some(ws) = wage_stats(&code, cell)? {
                cov.area_cells += 1;
                by_area
                    .entry(area.as_str())
                    .or_default()
                    .insert(code.clone(), PayRow(ws));
            }
        }
    }
    let mut list = Vec::new();
    let mut files = Vec::new();
    for (code, a) in &oews.metros {
        let area = Area {
            code: code.clone(),
            name: a.name.clone(),
            states: area_states(code, &a.name, &a.state_fips, states)?,
            kind: if a.name.to_lowercase().contains("nonmetropolitan") {
                AreaKind::Nonmetropolitan
            } else {
                AreaKind::Metropolitan
            },
        };
        let pay = by_area.remove(code.as_str()).unwrap_or_default();
        cov.areas += 1;
        files.push(AreaPay {
            schema_version: SCHEMA_VERSION,
            area: area.clone(),
            source: SRC_OEWS.into(),
            columns: PAY_ROW_COLUMNS.iter().map(|c| c.to_string()).collect(),
            pay,
        });
        list.push(area);
    }
    let index = AreaIndex {
        schema_version: SCHEMA_VERSION,
        source: SRC_OEWS.into(),
        areas: list,
    };
    Ok((index, files))
}

/// The USPS codes of an area's states: the one OEWS files it under (`state_fips`) first, then
/// the others its name lists after the comma ("Boston-Cambridge-Newton, MA-NH").
fn area_states(code: &str, name: &str, fips: &str, states: &States) -> Result<Vec<String>> {
    let primary = states.list.iter().find(|s| s.fips == fips).ok_or_else(|| {
        anyhow!("{OEWS_FILE}: area {code} ({name}) has state FIPS {fips}, no state area")
    })?;
    let mut out = vec![primary.code.clone()];
    if let Some((_, suffix)) = name.rsplit_once(", ") {
        for usps in suffix.split('-') {
            let known = states.list.iter().any(|s| s.code == usps);
            if known && !out.iter().any(|c| c == usps) {
                out.push(usps.to_string());
            }
        }
    }
    Ok(out)
}
