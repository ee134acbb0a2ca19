//! The source files a build reads, loaded once.

use crate::sources::*;
use anyhow::{bail, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub struct Inputs {
    pub oews: Oews,
    pub ep: BTreeMap<String, EpRow>,
    pub edu: EpEducation,
    pub cps11: BTreeMap<String, Option<CpsRow>>,
    pub cps11b: BTreeMap<String, Option<f64>>,
    pub census: Vec<CensusOcc>,
    pub nem: BTreeMap<String, Vec<(String, String)>>,
    pub onet: Onet,
    pub onet_work: OnetWork,
    /// How long each group of sources took to read.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

pub fn load(root: &Path) -> Result<Inputs> {
    if !root.is_dir() {
        bail!("sources folder {} not found", root.display());
    }
    // Every file first, so a missing one is named before any slow parsing.
    let mut all = vec![
        OEWS_FILE.to_string(),
        EP_FILE.into(),
        EP_EDU_FILE.into(),
        CPS11_FILE.into(),
        CPS11B_FILE.into(),
        CENSUS_FILE.into(),
        NEM_ACS_FILE.into(),
    ];
    all.extend(ONET_FILES.iter().map(|f| format!("{ONET_DIR}/{f}.xlsx")));
    for rel in &all {
        if !root.join(rel).is_file() {
            bail!(
                "{rel}: file not found (looked for {})",
                root.join(rel).display()
            );
        }
    }
    // Small files first, the large O*NET workbooks last.
    let mut timings = Vec::new();
    let t = std::time::Instant::now();
    let cps11 = load_cps11(root)?;
    let nem = load_nem_acs(root)?;
    let census = load_census(root)?;
    let ep = load_ep(root)?;
    let edu = load_ep_education(root)?;
    let cps11b = load_cps11b(root)?;
    timings.push(("EP, CPS, crosswalks", t.elapsed()));
    let t = std::time::Instant::now();
    let oews = load_oews(root)?;
    timings.push(("OEWS", t.elapsed()));
    let t = std::time::Instant::now();
    let onet = load_onet(root)?;
    timings.push(("O*NET", t.elapsed()));
    let t = std::time::Instant::now();
    let onet_work = load_onet_work(root)?;
    timings.push(("O*NET tasks, related, profiles", t.elapsed()));
    Ok(Inputs {
        oews,
        ep,
        edu,
        cps11,
        cps11b,
        census,
        nem,
        onet,
        onet_work,
        timings,
    })
}
