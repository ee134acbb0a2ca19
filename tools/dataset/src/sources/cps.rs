//! CPS 2025 tables 11 (CSV parsed from the BLS HTML) and 11b.

use super::{CPS11B_FILE, CPS11_FILE};
use crate::xlsx::{cell, number, read_table, text};
use anyhow::{anyhow, bail, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub struct CpsRow {
    pub title: String,
    pub women: Option<f64>,
    pub white: Option<f64>,
    pub black: Option<f64>,
    pub asian: Option<f64>,
    pub hispanic: Option<f64>,
}

/// Normalised title for joining CPS and Census titles: lowercase, runs of anything but
/// letters and digits become one space.
pub fn norm_title(s: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for ch in s.chars() {
        if ch.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(ch.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// CPS table 11 rows by normalised title; a title that occurs twice maps to `None`.
pub fn load_cps11(root: &Path) -> Result<BTreeMap<String, Option<CpsRow>>> {
    let rel = CPS11_FILE;
    let path = root.join(rel);
    let f = std::fs::File::open(&path)
        .map_err(|e| anyhow!("{rel}: cannot open ({e}) (looked for {})", path.display()))?;
    let mut rd = csv::ReaderBuilder::new().flexible(false).from_reader(f);
    let headers = rd
        .headers()
        .map_err(|e| anyhow!("{rel}: cannot read the CSV header: {e}"))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| anyhow!("{rel}: missing column '{name}'"))
    };
    let (co, cw, cwh, cb, ca, ch) = (
        col("occupation")?,
        col("pct_women")?,
        col("pct_white")?,
        col("pct_black_or_african_american")?,
        col("pct_asian")?,
        col("pct_hispanic_or_latino")?,
    );
    let mut out: BTreeMap<String, Option<CpsRow>> = BTreeMap::new();
    for (i, rec) in rd.records().enumerate() {
        let rec = rec.map_err(|e| anyhow!("{rel}: row {}: {e}", i + 2))?;
        let num = |c: usize| -> Result<Option<f64>> {
            let s = rec.get(c).unwrap_or("").trim();
            if s.is_empty() || s == "-" || s == "–" {
                return Ok(None);
            }
            s.parse::<f64>()
                .map(Some)
                .map_err(|_| anyhow!("{rel}: row {}: expected a percentage, found {s:?}", i + 2))
        };
        let title = rec.get(co).unwrap_or("").trim().to_string();
        let row = CpsRow {
            women: num(cw)?,
            white: num(cwh)?,
            black: num(cb)?,
            asian: num(ca)?,
            hispanic: num(ch)?,
            title: title.clone(),
        };
        let k = norm_title(&title);
        // A title that occurs twice cannot identify a row.
        out.entry(k).and_modify(|v| *v = None).or_insert(Some(row));
    }
    if out.is_empty() {
        bail!("{rel}: no rows");
    }
    Ok(out)
}

/// CPS table 11b median ages by normalised title (`None` when suppressed).
pub fn load_cps11b(root: &Path) -> Result<BTreeMap<String, Option<f64>>> {
    let t = read_table(root, CPS11B_FILE, None, &["Median age"])?;
    let ca = t.col("Median age")?;
    let mut out = BTreeMap::new();
    for row in t.rows() {
        let title = text(cell(row, 0));
        if title.is_empty() {
            continue;
        }
        let age = number(CPS11B_FILE, row, ca, &format!("median age of {title:?}"))?;
        out.insert(norm_title(&title), age);
    }
    if out.is_empty() {
        bail!("{CPS11B_FILE}: no occupation rows");
    }
    Ok(out)
}
