//! O*NET 29.2 (Excel release): occupations, titles, ratings, Job Zones, technologies.

use super::ONET_DIR;
use crate::xlsx::{cell, number, read_table, text};
use anyhow::{anyhow, bail, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub struct Onet {
    /// O*NET-SOC code → (title, description).
    pub occupations: BTreeMap<String, (String, String)>,
    /// O*NET-SOC code → alternate titles.
    pub alternate: BTreeMap<String, Vec<String>>,
    pub reported: BTreeMap<String, Vec<String>>,
    /// O*NET-SOC code → [(element name, importance)].
    pub skills: BTreeMap<String, Vec<(String, f64)>>,
    pub knowledge: BTreeMap<String, Vec<(String, f64)>>,
    pub job_zones: BTreeMap<String, u8>,
    /// Zone → name.
    pub zone_names: BTreeMap<u8, String>,
    /// O*NET-SOC code → [(example, in demand)] for hot technologies.
    pub hot_tech: BTreeMap<String, Vec<(String, bool)>>,
}

pub(super) fn onet_file(name: &str) -> String {
    format!("{ONET_DIR}/{name}.xlsx")
}

pub(super) fn onet_code(file: &str, s: &str) -> Result<String> {
    let b = s.as_bytes();
    if b.len() == 10 && career_schema::is_soc_code(&s[..7]) && b[7] == b'.' {
        Ok(s.to_string())
    } else {
        bail!("{file}: malformed O*NET-SOC code {s:?}")
    }
}

pub(super) const CODE: &str = "O*NET-SOC Code";

/// Occupation Data: code → (title, description).
fn occupations(root: &Path) -> Result<BTreeMap<String, (String, String)>> {
    let f = onet_file("Occupation Data");
    let t = read_table(root, &f, None, &[CODE, "Title", "Description"])?;
    let (cc, ct, cd) = (t.col(CODE)?, t.col("Title")?, t.col("Description")?);
    let mut occupations = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        occupations.insert(code, (text(cell(row, ct)), text(cell(row, cd))));
    }
    Ok(occupations)
}

/// A titles workbook: code → the non-empty titles of column `col`.
pub(super) fn titles(root: &Path, name: &str, col: &str) -> Result<BTreeMap<String, Vec<String>>> {
    let f = onet_file(name);
    let t = read_table(root, &f, None, &[CODE, col])?;
    let (cc, ca) = (t.col(CODE)?, t.col(col)?);
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let s = text(cell(row, ca));
        if !s.is_empty() {
            m.entry(code).or_default().push(s);
        }
    }
    Ok(m)
}

/// A ratings workbook (Skills, Knowledge, Work Styles): code → [(element, importance)], from the IM rows
/// not marked "Recommend Suppress".
pub(super) fn ratings(root: &Path, name: &str) -> Result<BTreeMap<String, Vec<(String, f64)>>> {
    let f = onet_file(name);
    let req = [
        CODE,
        "Element Name",
        "Scale ID",
        "Data Value",
        "Recommend Suppress",
    ];
    let t = read_table(root, &f, None, &req)?;
    let (cc, cn, cs, cv, cr) = (
        t.col(CODE)?,
        t.col("Element Name")?,
        t.col("Scale ID")?,
        t.col("Data Value")?,
        t.col("Recommend Suppress")?,
    );
    let mut m: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
    for row in t.rows() {
        if text(cell(row, cs)) != "IM" || text(cell(row, cr)) == "Y" {
            continue;
        }
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let name = text(cell(row, cn));
        let v = number(&f, row, cv, &format!("{code} {name} Data Value"))?
            .ok_or_else(|| anyhow!("{f}: {code} {name}: empty Data Value"))?;
        m.entry(code).or_default().push((name, v));
    }
    if m.is_empty() {
        bail!("{f}: no importance (IM) ratings");
    }
    Ok(m)
}

/// Job Zones: code → zone (1–5).
fn job_zones(root: &Path) -> Result<BTreeMap<String, u8>> {
    let f = onet_file("Job Zones");
    let t = read_table(root, &f, None, &[CODE, "Job Zone"])?;
    let (cc, cz) = (t.col(CODE)?, t.col("Job Zone")?);
    let mut job_zones = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let z = number(&f, row, cz, &format!("{code} Job Zone"))?
            .filter(|z| (1.0..=5.0).contains(z) && z.fract() == 0.0)
            .ok_or_else(|| anyhow!("{f}: {code}: Job Zone is not a whole number from 1 to 5"))?;
        job_zones.insert(code, z as u8);
    }
    Ok(job_zones)
}

/// Job Zone Reference: zone → name.
fn zone_names(root: &Path) -> Result<BTreeMap<u8, String>> {
    let f = onet_file("Job Zone Reference");
    let t = read_table(root, &f, None, &["Job Zone", "Name"])?;
    let (cz, cn) = (t.col("Job Zone")?, t.col("Name")?);
    let mut zone_names = BTreeMap::new();
    for row in t.rows() {
        if let Some(z) = number(&f, row, cz, "Job Zone")? {
            zone_names.insert(z as u8, text(cell(row, cn)));
        }
    }
    if zone_names.len() != 5 {
        bail!("{f}: expected 5 Job Zones, found {}", zone_names.len());
    }
    Ok(zone_names)
}

/// Technology Skills: code → [(example, in demand)] of the hot technologies.
fn hot_tech(root: &Path) -> Result<BTreeMap<String, Vec<(String, bool)>>> {
    let f = onet_file("Technology Skills");
    let t = read_table(
        root,
        &f,
        None,
        &[CODE, "Example", "Hot Technology", "In Demand"],
    )?;
    let (cc, ce, chot, cdem) = (
        t.col(CODE)?,
        t.col("Example")?,
        t.col("Hot Technology")?,
        t.col("In Demand")?,
    );
    let mut hot_tech: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
    for row in t.rows() {
        if text(cell(row, chot)) != "Y" {
            continue;
        }
        let code = onet_code(&f, &text(cell(row, cc)))?;
        hot_tech
            .entry(code)
            .or_default()
            .push((text(cell(row, ce)), text(cell(row, cdem)) == "Y"));
    }
    Ok(hot_tech)
}

pub fn load_onet(root: &Path) -> Result<Onet> {
    Ok(Onet {
        occupations: occupations(root)?,
        alternate: titles(root, "Alternate Titles", "Alternate Title")?,
        reported: titles(root, "Sample of Reported Titles", "Reported Job Title")?,
        skills: ratings(root, "Skills")?,
        knowledge: ratings(root, "Knowledge")?,
        job_zones: job_zones(root)?,
        zone_names: zone_names(root)?,
        hot_tech: hot_tech(root)?,
    })
}
