//! The Census 2018 occupation code list and the BLS ACS ↔ NEM 2019 crosswalk.

use super::{CENSUS_FILE, NEM_ACS_FILE};
use crate::xlsx::{cell, read_table, text};
use anyhow::{anyhow, bail, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub struct CensusOcc {
    pub code: String,
    pub title: String,
    /// 2018 SOC code or pattern as written ("13-2072", "13-2070", "13-20XX", "15-124X").
    pub soc: String,
}

pub fn load_census(root: &Path) -> Result<Vec<CensusOcc>> {
    let h_t = "2018 Census Title";
    let h_c = "2018 Census Code";
    let h_s = "2018 SOC Code";
    let t = read_table(
        root,
        CENSUS_FILE,
        Some("2018 Census Occ Code List"),
        &[h_t, h_c, h_s],
    )?;
    let (ct, cc, cs) = (t.col(h_t)?, t.col(h_c)?, t.col(h_s)?);
    let mut out = Vec::new();
    for row in t.rows() {
        let code = text(cell(row, cc));
        if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue; // group headings carry ranges like "0010-0440"
        }
        out.push(CensusOcc {
            code,
            title: text(cell(row, ct)),
            soc: text(cell(row, cs)),
        });
    }
    if out.len() < 100 {
        bail!(
            "{CENSUS_FILE}: expected the 2018 Census occupation list, found {} codes",
            out.len()
        );
    }
    Ok(out)
}

/// NEM hybrid SOC code → [(4-digit ACS/Census code, ACS title)].
pub fn load_nem_acs(root: &Path) -> Result<BTreeMap<String, Vec<(String, String)>>> {
    let h_s = "Hybrid SOC Code";
    let h_c = "ACS Code";
    let h_t = "ACS Occupational Title";
    let t = read_table(root, NEM_ACS_FILE, None, &[h_s, h_c, h_t])?;
    let (cs, cc, ct) = (t.col(h_s)?, t.col(h_c)?, t.col(h_t)?);
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for row in t.rows() {
        let soc = text(cell(row, cs));
        if !career_schema::is_soc_code(&soc) {
            continue;
        }
        let acs = text(cell(row, cc));
        let n: u32 = acs
            .parse()
            .map_err(|_| anyhow!("{NEM_ACS_FILE}: {soc}: ACS code {acs:?} is not a number"))?;
        out.entry(soc)
            .or_default()
            .push((format!("{n:04}"), text(cell(row, ct))));
    }
    if out.is_empty() {
        bail!("{NEM_ACS_FILE}: no crosswalk rows");
    }
    Ok(out)
}
