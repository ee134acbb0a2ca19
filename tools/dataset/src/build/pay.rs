//! National pay (`pay`) from the OEWS cross-industry cell, and the parsing of OEWS wage and
//! employment values that `pay_by_place` shares.

use super::{round_to, Coverage, Missing, SRC_OEWS};
use crate::sources::{Oews, OewsCell, OEWS_FILE};
use anyhow::{anyhow, Result};
use career_schema::*;

/// BLS top-coding thresholds (OEWS footnote 5).
pub const TOP_ANNUAL: f64 = 239_200.0;
pub const TOP_HOURLY: f64 = 115.00;

pub const MSG_HOURLY_ONLY_ANNUAL: &str = "BLS publishes annual wages only for this occupation.";
pub const MSG_ANNUAL_ONLY_HOURLY: &str =
    "BLS publishes hourly wages only for this occupation; annual figures are not published.";

/// Parses one OEWS wage value. "-" with footnote 5 is top-coded; other "-" is not published.
pub fn wage(code: &str, dt: usize, v: &str, f: Option<&str>, annual: bool) -> Result<Option<Wage>> {
    let v = v.trim();
    if v == "-" || v.is_empty() || v == "#" {
        if f == Some("5") || v == "#" {
            let usd = if annual { TOP_ANNUAL } else { TOP_HOURLY };
            return Ok(Some(Wage {
                usd,
                at_least: true,
            }));
        }
        return Ok(None);
    }
    let x: f64 = v.replace(',', "").parse().map_err(|_| {
        anyhow!("{OEWS_FILE}: {code} datatype {dt:02}: expected a wage, found {v:?}")
    })?;
    Ok(Some(Wage::exact(if annual {
        x.round()
    } else {
        round_to(x, 2)
    })))
}

pub fn employment(code: &str, c: &OewsCell) -> Result<Option<u64>> {
    let (v, _) = c.get(1);
    let v = v.trim();
    if v == "-" || v.is_empty() || v.starts_with('*') {
        return Ok(None);
    }
    v.replace(',', "")
        .parse()
        .map(Some)
        .map_err(|_| anyhow!("{OEWS_FILE}: {code}: expected an employment count, found {v:?}"))
}

/// Wage statistics of one cell; `None` when it holds no figure at all.
pub fn wage_stats(code: &str, c: &OewsCell) -> Result<Option<WageStats>> {
    let a = |dt| {
        let (v, f) = c.get(dt);
        wage(code, dt, v, f, true)
    };
    let h = |dt| {
        let (v, f) = c.get(dt);
        wage(code, dt, v, f, false)
    };
    let annual = AnnualWages {
        median: a(13)?,
        mean: a(4)?,
        p10: a(11)?,
        p25: a(12)?,
        p75: a(14)?,
        p90: a(15)?,
    };
    let hourly = HourlyWages {
        median: h(8)?,
        mean: h(3)?,
    };
    let hourly = if hourly.median.is_none() && hourly.mean.is_none() {
        None
    } else {
        Some(hourly)
    };
    let emp = employment(code, c)?;
    if annual == AnnualWages::default() && hourly.is_none() && emp.is_none() {
        return Ok(None);
    }
    Ok(Some(WageStats {
        annual,
        hourly,
        employment: emp,
    }))
}

/// `pay`: the national cross-industry figures.
pub fn pay(code: &str, oews: &Oews, missing: &mut Missing, cov: &mut Coverage) -> Result<Pay> {
    let cell = oews
        .national
        .get(&code.replace('-', ""))
        .ok_or_else(|| anyhow!("{OEWS_FILE}: no national cross-industry cell for {code}"))?;
    let national = wage_stats(code, cell)?.unwrap_or_default();
    if national.hourly.is_none() {
        missing.add(FieldKey::PayHourly, MSG_HOURLY_ONLY_ANNUAL);
    } else {
        cov.hourly += 1;
    }
    if national.annual == AnnualWages::default() {
        missing.add(FieldKey::Pay, MSG_ANNUAL_ONLY_HOURLY);
    } else {
        cov.pay += 1;
    }
    Ok(Pay {
        source: SRC_OEWS.into(),
        national,
    })
}
