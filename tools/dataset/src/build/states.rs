//! The states, DC and territories of `index.json` `states`: every OEWS state area.

use crate::sources::{Oews, OEWS_FILE};
use anyhow::{anyhow, Result};
use career_schema::State;
use std::collections::BTreeMap;

/// FIPS → USPS codes of the states, DC and territories (reference data, not figures).
const USPS: [(&str, &str); 56] = [
    ("01", "AL"),
    ("02", "AK"),
    ("04", "AZ"),
    ("05", "AR"),
    ("06", "CA"),
    ("08", "CO"),
    ("09", "CT"),
    ("10", "DE"),
    ("11", "DC"),
    ("12", "FL"),
    ("13", "GA"),
    ("15", "HI"),
    ("16", "ID"),
    ("17", "IL"),
    ("18", "IN"),
    ("19", "IA"),
    ("20", "KS"),
    ("21", "KY"),
    ("22", "LA"),
    ("23", "ME"),
    ("24", "MD"),
    ("25", "MA"),
    ("26", "MI"),
    ("27", "MN"),
    ("28", "MS"),
    ("29", "MO"),
    ("30", "MT"),
    ("31", "NE"),
    ("32", "NV"),
    ("33", "NH"),
    ("34", "NJ"),
    ("35", "NM"),
    ("36", "NY"),
    ("37", "NC"),
    ("38", "ND"),
    ("39", "OH"),
    ("40", "OK"),
    ("41", "OR"),
    ("42", "PA"),
    ("44", "RI"),
    ("45", "SC"),
    ("46", "SD"),
    ("47", "TN"),
    ("48", "TX"),
    ("49", "UT"),
    ("50", "VT"),
    ("51", "VA"),
    ("53", "WA"),
    ("54", "WV"),
    ("55", "WI"),
    ("56", "WY"),
    ("60", "AS"),
    ("66", "GU"),
    ("69", "MP"),
    ("72", "PR"),
    ("78", "VI"),
];

/// The index's state list, sorted by USPS code, and the USPS code of each OEWS area.
pub struct States {
    pub list: Vec<State>,
    pub by_area: BTreeMap<String, String>,
}

pub fn states(oews: &Oews) -> Result<States> {
    let usps: BTreeMap<&str, &str> = USPS.iter().copied().collect();
    let mut list = Vec::new();
    let mut by_area = BTreeMap::new();
    for a in &oews.states {
        let u = usps.get(a.state_fips.as_str()).ok_or_else(|| {
            anyhow!(
                "{OEWS_FILE}: state area {} ({}) has FIPS {} with no USPS code in the table",
                a.code,
                a.name,
                a.state_fips
            )
        })?;
        list.push(State {
            code: u.to_string(),
            fips: a.state_fips.clone(),
            name: a.name.clone(),
        });
        by_area.insert(a.code.clone(), u.to_string());
    }
    list.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(States { list, by_area })
}
