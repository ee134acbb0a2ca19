//! EP 2024–34 Table 1.2 and EP 2020–30 Table 5.3 (attainment).

use super::{EP_EDU_FILE, EP_FILE};
use crate::xlsx::{cell, number, read_table, text};
use anyhow::{bail, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub struct EpRow {
    pub change_pct: Option<f64>,
    pub openings_thousands: Option<f64>,
    pub education: Option<String>,
    pub experience: Option<String>,
    pub training: Option<String>,
}

/// EP Table 1.2 line items by code ("13-2072").
pub fn load_ep(root: &Path) -> Result<BTreeMap<String, EpRow>> {
    let h_title = "2024 National Employment Matrix title";
    let h_code = "2024 National Employment Matrix code";
    let h_type = "Occupation type";
    let h_change = "Employment change, percent, 2024–34";
    let h_open = "Occupational openings, 2024–34 annual average";
    let h_edu = "Typical education needed for entry";
    let h_exp = "Work experience in a related occupation";
    let h_train = "Typical on-the-job training needed to attain competency in the occupation";
    let t = read_table(
        root,
        EP_FILE,
        Some("Table 1.2"),
        &[
            h_title, h_code, h_type, h_change, h_open, h_edu, h_exp, h_train,
        ],
    )?;
    let (cc, cy, cch, co, ce, cx, ctr) = (
        t.col(h_code)?,
        t.col(h_type)?,
        t.col(h_change)?,
        t.col(h_open)?,
        t.col(h_edu)?,
        t.col(h_exp)?,
        t.col(h_train)?,
    );
    let words = |row: &[calamine::Data], i: usize| {
        let s = text(cell(row, i));
        if s.is_empty() || s == "—" || s == "-" {
            None
        } else {
            Some(s)
        }
    };
    let mut out = BTreeMap::new();
    for row in t.rows() {
        if text(cell(row, cy)) != "Line item" {
            continue;
        }
        let code = text(cell(row, cc));
        if !career_schema::is_soc_code(&code) {
            bail!("{EP_FILE}: Table 1.2 line item with a malformed code {code:?}");
        }
        out.insert(
            code.clone(),
            EpRow {
                change_pct: number(EP_FILE, row, cch, &format!("{code} percent change"))?,
                openings_thousands: number(EP_FILE, row, co, &format!("{code} openings"))?,
                education: words(row, ce),
                experience: words(row, cx),
                training: words(row, ctr),
            },
        );
    }
    if out.is_empty() {
        bail!("{EP_FILE}: Table 1.2 has no line items");
    }
    Ok(out)
}

pub struct EduRow {
    pub title: String,
    pub shares: Vec<Option<f64>>,
}

pub struct EpEducation {
    /// The seven level labels, as the sheet's header writes them.
    pub labels: Vec<String>,
    pub rows: BTreeMap<String, EduRow>,
}

pub const EDU_LEVELS: [&str; 7] = [
    "Less than high school diploma",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
];

/// EP Table 5.3 (2018–19 attainment) by 2020 NEM code.
pub fn load_ep_education(root: &Path) -> Result<EpEducation> {
    let h_title = "2020 National Employment Matrix title";
    let h_code = "2020 National Employment Matrix code";
    let mut req = vec![h_title, h_code];
    req.extend(EDU_LEVELS);
    let t = read_table(root, EP_EDU_FILE, Some("Table 5.3"), &req)?;
    let ct = t.col(h_title)?;
    let cc = t.col(h_code)?;
    let cols: Vec<usize> = EDU_LEVELS.iter().map(|h| t.col(h)).collect::<Result<_>>()?;
    let labels = cols.iter().map(|&i| t.headers[i].clone()).collect();
    let mut rows = BTreeMap::new();
    for row in t.rows() {
        let code = text(cell(row, cc));
        if !career_schema::is_soc_code(&code) {
            continue; // notes and source lines below the table
        }
        let mut shares = Vec::new();
        for &i in &cols {
            shares.push(number(
                EP_EDU_FILE,
                row,
                i,
                &format!("{code} attainment share"),
            )?);
        }
        rows.insert(
            code,
            EduRow {
                title: text(cell(row, ct)),
                shares,
            },
        );
    }
    if rows.is_empty() {
        bail!("{EP_EDU_FILE}: Table 5.3 has no occupation rows");
    }
    Ok(EpEducation { labels, rows })
}
