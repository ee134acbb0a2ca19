//! The Census 2018 code list and the BLS ACS ↔ NEM 2019 crosswalk, read here, and the SOC →
//! Census code rule README.md documents, applied here, so the CPS and Table 5.3 rows an
//! occupation should get come from the sources, not from the dataset.

use super::{s, sheet};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub(crate) struct CensusRow {
    pub code: String,
    pub title: String,
    /// A SOC code or pattern as the list writes it: "13-2072", "13-2070", "13-20XX".
    pub soc: String,
}

/// Header text with its whitespace runs (the sheets wrap some headers) made single spaces.
fn squash(h: &str) -> String {
    h.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A 4-digit Census/ACS code, which a sheet may hold as a number ("10" → "0010").
fn code4(c: &str) -> Option<String> {
    let n: u32 = c.trim().parse().ok()?;
    Some(format!("{n:04}"))
}

fn header_cols(rows: &[Vec<calamine::Data>], names: &[&str]) -> (usize, Vec<usize>) {
    for (i, r) in rows.iter().enumerate() {
        let head: Vec<String> = r.iter().map(|c| squash(&s(c))).collect();
        let cols: Option<Vec<usize>> = names
            .iter()
            .map(|n| head.iter().position(|h| h == n))
            .collect();
        if let Some(cols) = cols {
            return (i, cols);
        }
    }
    panic!("no header row with {names:?}");
}

/// The 2018 Census occupation list: every row with a 4-digit code (group headings carry
/// ranges like "0010-0440").
pub(crate) fn census() -> &'static [CensusRow] {
    static LIST: OnceLock<Vec<CensusRow>> = OnceLock::new();
    LIST.get_or_init(|| {
        let rows = sheet(
            "crosswalks/2018-occupation-code-list-and-crosswalk.xlsx",
            Some("2018 Census Occ Code List"),
        );
        let (hi, c) = header_cols(
            &rows,
            &["2018 Census Title", "2018 Census Code", "2018 SOC Code"],
        );
        let list: Vec<CensusRow> = rows[hi + 1..]
            .iter()
            .filter_map(|r| {
                let code = s(r.get(c[1])?);
                if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                Some(CensusRow {
                    code,
                    title: s(r.get(c[0])?),
                    soc: s(r.get(c[2])?),
                })
            })
            .collect();
        assert_eq!(list.len(), 570, "the list has 570 codes (PROVENANCE.md)");
        list
    })
}

/// ACS/NEM crosswalk: NEM hybrid SOC code → its ACS (Census) codes, in sheet order.
pub(crate) fn nem() -> &'static BTreeMap<String, Vec<String>> {
    static MAP: OnceLock<BTreeMap<String, Vec<String>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let rows = sheet("crosswalks/nem-occcode-acs-crosswalk_2019NEM.xlsx", None);
        let (hi, c) = header_cols(&rows, &["Hybrid SOC Code", "ACS Code"]);
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for r in &rows[hi + 1..] {
            let soc = r.get(c[0]).map(s).unwrap_or_default();
            let is_soc = soc.len() == 7
                && soc.as_bytes()[2] == b'-'
                && soc.bytes().filter(|b| b.is_ascii_digit()).count() == 6;
            if let (true, Some(acs)) = (is_soc, r.get(c[1]).and_then(|x| code4(&s(x)))) {
                m.entry(soc).or_default().push(acs);
            }
        }
        let rows: usize = m.values().map(Vec::len).sum();
        assert!(
            rows > 800,
            "{rows} crosswalk rows; PROVENANCE.md counts 829 lines"
        );
        m
    })
}

/// The Census code list rows for a SOC code: those with exactly this code, else those with
/// the most specific pattern the code falls under ("13-2070" covers 13-207x, "13-20XX" the
/// rest of 13-20xx).
pub(crate) fn census_rows(code: &str) -> Vec<&'static CensusRow> {
    let exact: Vec<_> = census().iter().filter(|c| c.soc == code).collect();
    if !exact.is_empty() {
        return exact;
    }
    let covers = |c: &CensusRow| {
        let p = c.soc.trim_end_matches(['0', 'X']);
        (p.len() >= 4 && p.len() < code.len() && code.starts_with(p)).then_some(p.len())
    };
    let best = census().iter().filter_map(covers).max();
    census()
        .iter()
        .filter(|c| best.is_some() && covers(c) == best)
        .collect()
}

/// The Census codes of a SOC code: from the code list, else the ACS/NEM crosswalk's.
pub(crate) fn census_codes(code: &str) -> Vec<String> {
    let rows = census_rows(code);
    if !rows.is_empty() {
        return rows.iter().map(|c| c.code.clone()).collect();
    }
    nem().get(code).cloned().unwrap_or_default()
}
