//! Pay by place (`pay_by_place`): OEWS state figures and the top state, metro and industry.

use super::pay::{employment, wage, wage_stats};
use super::states::States;
use super::{Coverage, Missing, SRC_OEWS};
use crate::sources::{Oews, OewsCell};
use anyhow::Result;
use career_schema::*;
use std::collections::BTreeMap;

/// Minimum employment for the "top" contests: at least this many jobs...
pub const TOP_MIN_JOBS: u64 = 100;
/// ...and at least this share (per mille) of the occupation's national employment.
pub const TOP_MIN_PER_MILLE: u64 = 5;

struct Candidate {
    code: String,
    name: String,
    median: Wage,
    employment: u64,
}

fn pick_top(mut c: Vec<Candidate>) -> Option<TopPlace> {
    c.sort_by(|a, b| {
        b.median
            .usd
            .partial_cmp(&a.median.usd)
            .unwrap()
            .then(b.employment.cmp(&a.employment))
            .then_with(|| a.code.cmp(&b.code))
    });
    c.into_iter().next().map(|x| TopPlace {
        code: x.code,
        name: x.name,
        annual_median: x.median,
        employment: Some(x.employment),
    })
}

/// The employment a place needs to take part: max(100, 0.5% of national, rounded up).
fn threshold(national_employment: Option<u64>) -> u64 {
    TOP_MIN_JOBS.max(
        national_employment
            .map(|e| (e * TOP_MIN_PER_MILLE).div_ceil(1000))
            .unwrap_or(0),
    )
}

fn cells<'a>(
    by_occupation: &'a BTreeMap<String, Vec<(String, OewsCell)>>,
    ocode: &str,
) -> &'a [(String, OewsCell)] {
    by_occupation
        .get(ocode)
        .map(|v| v.as_slice())
        .unwrap_or(&[])
}

/// The annual median and employment of a cell when both are published.
fn median_and_employment(code: &str, c: &OewsCell) -> Result<Option<(Wage, u64)>> {
    let (v, f) = c.get(13);
    Ok(match (wage(code, 13, v, f, true)?, employment(code, c)?) {
        (Some(m), Some(e)) => Some((m, e)),
        _ => None,
    })
}

/// Every state with a published figure, and the states that qualify for the top contest.
fn states(
    code: &str,
    oews: &Oews,
    areas: &States,
    min_emp: u64,
) -> Result<(TextMap<WageStats>, Vec<Candidate>)> {
    let mut st_map = TextMap::new();
    let mut st_cand = Vec::new();
    for (area, c) in cells(&oews.state_cells, &code.replace('-', "")) {
        let Some(u) = areas.by_area.get(area.as_str()) else {
            continue;
        };
        if let Some(ws) = wage_stats(code, c)? {
            if let (Some(m), Some(e)) = (ws.annual.median, ws.employment) {
                if e >= min_emp {
                    let name = areas
                        .list
                        .iter()
                        .find(|x| &x.code == u)
                        .map(|x| x.name.clone())
                        .unwrap_or_default();
                    st_cand.push(Candidate {
                        code: u.clone(),
                        name,
                        median: m,
                        employment: e,
                    });
                }
            }
            st_map.insert(u.clone(), ws);
        }
    }
    Ok((st_map, st_cand))
}

/// Metropolitan areas (not the "nonmetropolitan area" regions) that qualify.
fn metros(code: &str, oews: &Oews, min_emp: u64) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for (area, c) in cells(&oews.metro_cells, &code.replace('-', "")) {
        let Some(a) = oews.metros.get(area) else {
            continue;
        };
        if a.name.to_lowercase().contains("nonmetropolitan") {
            continue;
        }
        if let Some((m, e)) = median_and_employment(code, c)? {
            if e >= min_emp {
                out.push(Candidate {
                    code: area.clone(),
                    name: a.name.clone(),
                    median: m,
                    employment: e,
                });
            }
        }
    }
    Ok(out)
}

/// National 4-digit NAICS industries that qualify.
fn industries(code: &str, oews: &Oews, min_emp: u64) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for (ind, c) in cells(&oews.industry_cells, &code.replace('-', "")) {
        // NAICS 4-digit industries only: OEWS codes "NNNN00"; OEWS ownership and
        // government designations (e.g. "622005", "999200") are left out.
        let naics4 = ind.ends_with("00")
            && ind[..4].bytes().all(|b| b.is_ascii_digit())
            && !ind.starts_with("99");
        if !naics4 {
            continue;
        }
        if let Some((m, e)) = median_and_employment(code, c)? {
            if e >= min_emp {
                out.push(Candidate {
                    code: ind[..4].to_string(),
                    name: oews.industries[ind].clone(),
                    median: m,
                    employment: e,
                });
            }
        }
    }
    Ok(out)
}

/// `pay_by_place`, given the occupation's national employment (which sets the threshold).
pub fn pay_by_place(
    code: &str,
    national_employment: Option<u64>,
    oews: &Oews,
    areas: &States,
    missing: &mut Missing,
    cov: &mut Coverage,
) -> Result<PayByPlace> {
    let min_emp = threshold(national_employment);
    let (st_map, st_cand) = states(code, oews, areas, min_emp)?;
    let metro_cand = metros(code, oews, min_emp)?;
    let ind_cand = industries(code, oews, min_emp)?;
    let top_state = pick_top(st_cand);
    let top_metro = pick_top(metro_cand);
    let top_industry = pick_top(ind_cand);
    let need = format!("at least {min_emp} jobs in this occupation");
    for (found, count, key, places) in [
        (
            top_state.is_some(),
            &mut cov.top_state,
            FieldKey::TopState,
            "No state",
        ),
        (
            top_metro.is_some(),
            &mut cov.top_metro,
            FieldKey::TopMetro,
            "No metropolitan area",
        ),
        (
            top_industry.is_some(),
            &mut cov.top_industry,
            FieldKey::TopIndustry,
            "No 4-digit NAICS industry",
        ),
    ] {
        if found {
            *count += 1;
        } else {
            missing.add(
                key,
                &format!("{places} has a published annual median and {need}."),
            );
        }
    }
    if !st_map.is_empty() {
        cov.state_pay += 1;
    }
    Ok(PayByPlace {
        source: SRC_OEWS.into(),
        states: st_map,
        top_state,
        top_metro,
        top_industry,
        rule: Some(format!(
            "Highest annual median among places (states; metropolitan areas, excluding nonmetropolitan areas; 4-digit NAICS industries, national) with at least {TOP_MIN_JOBS} jobs and at least 0.5% of national employment in this occupation (here {min_emp}); top-coded medians count as $239,200; ties go to the larger employment."
        )),
    })
}
