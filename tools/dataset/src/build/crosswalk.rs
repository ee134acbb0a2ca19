//! SOC code → 2018 Census occupation, which both the CPS rows (demographics) and the EP
//! Table 5.3 rows (attainment) are found through.

use crate::sources::CensusOcc;

/// Census 2018 occupations for a SOC code: the exact code, else the most specific pattern
/// ("13-2070", "13-20XX", "15-124X": trailing 0s and Xs removed) the code starts with.
pub fn census_for<'a>(code: &str, census: &'a [CensusOcc]) -> Vec<&'a CensusOcc> {
    let exact: Vec<_> = census.iter().filter(|c| c.soc == code).collect();
    if !exact.is_empty() {
        return exact;
    }
    let mut best: Vec<&CensusOcc> = Vec::new();
    let mut best_len = 0;
    for c in census {
        let p = c.soc.trim_end_matches(['0', 'X']);
        if p.len() >= 4 && code.starts_with(p) && p.len() != code.len() {
            if p.len() > best_len {
                best_len = p.len();
                best = vec![c];
            } else if p.len() == best_len {
                best.push(c);
            }
        }
    }
    best
}
