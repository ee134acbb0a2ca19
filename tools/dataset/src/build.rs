//! Joins the sources into the dataset. Every rule here is documented in README.md.

use crate::sources::*;
use anyhow::{anyhow, bail, Result};
use career_schema::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub const SRC_OEWS: &str = "oews-2025";
pub const SRC_EP: &str = "ep-2024-34";
pub const SRC_EDU: &str = "ep-education-2018-19";
pub const SRC_CPS: &str = "cps-2025";
pub const SRC_CENSUS: &str = "census-crosswalk-2018";
pub const SRC_NEM: &str = "ep-nem-acs-crosswalk-2019";
pub const SRC_ONET: &str = "onet-29.2";

/// BLS top-coding thresholds (OEWS footnote 5).
pub const TOP_ANNUAL: f64 = 239_200.0;
pub const TOP_HOURLY: f64 = 115.00;

/// Minimum employment for the "top" contests: at least this many jobs...
pub const TOP_MIN_JOBS: u64 = 100;
/// ...and at least this share (per mille) of the occupation's national employment.
pub const TOP_MIN_PER_MILLE: u64 = 5;

pub const MSG_HOURLY_ONLY_ANNUAL: &str = "BLS publishes annual wages only for this occupation.";
pub const MSG_ANNUAL_ONLY_HOURLY: &str =
    "BLS publishes hourly wages only for this occupation; annual figures are not published.";
pub const MSG_CPS_SUPPRESSED: &str =
    "BLS does not publish this figure: fewer than 50,000 people in the CPS group.";
pub const MSG_SKILLS: &str = "O*NET 29.2 has not rated the skills of this occupation.";
pub const MSG_KNOWLEDGE: &str = "O*NET 29.2 has not rated the knowledge areas of this occupation.";
pub const MSG_TECH: &str = "O*NET 29.2 lists no hot technologies for this occupation.";

/// The 12 codes OEWS and EP publish in place of their detailed members.
pub const AGGREGATES: [&str; 12] = [
    "13-1020", "13-2020", "21-1018", "25-2052", "25-9045", "29-2010", "31-1120", "39-7010",
    "47-4090", "51-2028", "51-2090", "53-1047",
];

/// Table 5.3 rows for occupations that neither their title nor the crosswalks place: the 2020
/// NEM folded these 2018 SOC codes into the named combined rows.
pub const ATTAINMENT_ALIASES: [(&str, &str); 2] = [
    // "Health information technologists, medical registrars, surgical assistants, and
    // healthcare practitioners and technical workers, all other"
    ("29-9021", "29-9098"),
    // "Physicians, all other; and ophthalmologists, except pediatric"
    ("29-1214", "29-1228"),
];

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

/// Counts printed after a run.
#[derive(Default, Debug)]
pub struct Coverage {
    pub occupations: usize,
    pub description: usize,
    pub aliases: usize,
    pub pay: usize,
    pub hourly: usize,
    pub growth: usize,
    pub entry: usize,
    pub attainment: usize,
    pub job_zone: usize,
    pub time_to_become: usize,
    pub demographics: usize,
    pub skills_rated: usize,
    pub knowledge_rated: usize,
    pub technologies: usize,
    pub state_pay: usize,
    pub top_state: usize,
    pub top_metro: usize,
    pub top_industry: usize,
}

pub struct Dataset {
    /// Relative path → bytes, e.g. "professions/13-2072.json".
    pub files: BTreeMap<String, Vec<u8>>,
    pub coverage: Coverage,
}

fn hyphen(oews: &str) -> String {
    format!("{}-{}", &oews[..2], &oews[2..])
}

fn round_to(v: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (v * m).round() / m
}

/// Parses one OEWS wage value. "-" with footnote 5 is top-coded; other "-" is not published.
fn wage(code: &str, dt: usize, v: &str, f: Option<&str>, annual: bool) -> Result<Option<Wage>> {
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

fn employment(code: &str, c: &OewsCell) -> Result<Option<u64>> {
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
fn wage_stats(code: &str, c: &OewsCell) -> Result<Option<WageStats>> {
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

/// Slug: lowercase, runs of non-alphanumerics become one '-'.
pub fn slugify(title: &str) -> String {
    let mut s = String::new();
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            s.push(ch.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').to_string()
}

/// Strips EP footnote marks like "(1)" from a title.
fn clean_ep_title(t: &str) -> String {
    let mut s = t.trim().to_string();
    while let Some(i) = s.rfind('(') {
        let tail = &s[i + 1..];
        if tail.ends_with(')') && tail[..tail.len() - 1].bytes().all(|b| b.is_ascii_digit()) {
            s.truncate(i);
            s = s.trim_end().to_string();
        } else {
            break;
        }
    }
    s
}

/// The O*NET-SOC codes that stand for a SOC code: its own (.00 and specialties .01–.99), or,
/// for the aggregates OEWS and EP publish, the codes in the same SOC broad group (first six
/// characters) whose SOC code is not itself an OEWS occupation.
fn onet_members(code: &str, oews: &BTreeSet<String>, onet: &Onet) -> Vec<String> {
    let own: Vec<String> = onet
        .occupations
        .keys()
        .filter(|k| &k[..7] == code)
        .cloned()
        .collect();
    if !own.is_empty() {
        return own;
    }
    onet.occupations
        .keys()
        .filter(|k| k[..6] == code[..6] && !oews.contains(&k[..7]))
        .cloned()
        .collect()
}

/// The codes whose rows a table contributes: the `.00` code when it has rows, else every
/// member code that has rows.
fn rated<'a, T>(code: &str, members: &'a [String], table: &BTreeMap<String, T>) -> Vec<&'a str> {
    let own = format!("{code}.00");
    if let Some(m) = members.iter().find(|m| **m == own) {
        if table.contains_key(m) {
            return vec![m.as_str()];
        }
    }
    members
        .iter()
        .filter(|m| table.contains_key(*m))
        .map(|m| m.as_str())
        .collect()
}

fn top_ratings(codes: &[&str], table: &BTreeMap<String, Vec<(String, f64)>>) -> Vec<Rated> {
    let mut sums: BTreeMap<&str, (f64, u32)> = BTreeMap::new();
    for c in codes {
        for (name, v) in &table[*c] {
            let e = sums.entry(name.as_str()).or_default();
            e.0 += v;
            e.1 += 1;
        }
    }
    let mut all: Vec<Rated> = sums
        .into_iter()
        .map(|(n, (s, k))| Rated {
            name: n.to_string(),
            importance: round_to(s / k as f64, 2),
        })
        .collect();
    all.sort_by(|a, b| {
        b.importance
            .partial_cmp(&a.importance)
            .unwrap()
            .then_with(|| a.name.cmp(&b.name))
    });
    all.truncate(8);
    all
}

// ---------------------------------------------------------------- time to become

fn edu_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "No formal educational credential" => (0, 0),
        "High school diploma or equivalent" => (0, 0),
        "Some college, no degree" => (12, 24),
        "Postsecondary nondegree award" => (3, 24),
        "Associate's degree" => (24, 24),
        "Bachelor's degree" => (48, 48),
        "Master's degree" => (72, 84),
        "Doctoral or professional degree" => (84, 132),
        _ => return None,
    })
}

fn exp_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "None" => (0, 0),
        "Less than 5 years" => (12, 60),
        "5 years or more" => (60, 120),
        _ => return None,
    })
}

fn training_months(s: &str) -> Option<(u32, u32)> {
    Some(match s {
        "None" => (0, 0),
        "Short-term on-the-job training" => (0, 1),
        "Moderate-term on-the-job training" => (1, 12),
        "Long-term on-the-job training" => (12, 48),
        "Apprenticeship" => (36, 60),
        "Internship/residency" => (12, 84),
        _ => return None,
    })
}

fn zone_months(z: u8) -> (u32, u32) {
    match z {
        1 => (0, 3),
        2 => (3, 12),
        3 => (12, 24),
        4 => (24, 48),
        _ => (48, 96),
    }
}

/// Buckets by the midpoint of the summed range.
fn bucket(min: u32, max: u32) -> (&'static str, u32, u32) {
    let mid2 = min + max; // twice the midpoint
    if mid2 < 12 {
        ("Less than 6 months", 0, 6)
    } else if mid2 < 24 {
        ("6–12 months", 6, 12)
    } else if mid2 < 48 {
        ("1–2 years", 12, 24)
    } else if mid2 < 96 {
        ("2–4 years", 24, 48)
    } else if mid2 < 144 {
        ("4–6 years", 48, 72)
    } else {
        ("6+ years", 72, max.max(72))
    }
}

fn time_to_become(
    code: &str,
    entry: Option<&EntryRequirements>,
    zone: Option<u8>,
) -> Result<Option<TimeToBecome>> {
    if let Some(e) = entry {
        if let (Some(ed), Some(ex), Some(tr)) = (&e.education, &e.experience, &e.training) {
            let a = edu_months(ed).ok_or_else(|| {
                anyhow!(
                    "{EP_FILE}: {code}: education wording {ed:?} is not in the time-to-become rule"
                )
            })?;
            let b = exp_months(ex).ok_or_else(|| {
                anyhow!("{EP_FILE}: {code}: experience wording {ex:?} is not in the time-to-become rule")
            })?;
            let c = training_months(tr).ok_or_else(|| {
                anyhow!(
                    "{EP_FILE}: {code}: training wording {tr:?} is not in the time-to-become rule"
                )
            })?;
            let (min, max) = (a.0 + b.0 + c.0, a.1 + b.1 + c.1);
            let (label, lo, hi) = bucket(min, max);
            return Ok(Some(TimeToBecome {
                label: label.to_string(),
                min_months: lo,
                max_months: hi,
                derived: true,
                basis: format!(
                    "EP 2024–34 entry education ({ed}: {} mo) + related work experience ({ex}: {} mo) + on-the-job training ({tr}: {} mo) = {} months; labelled by the midpoint.",
                    month_range(a),
                    month_range(b),
                    month_range(c),
                    month_range((min, max)),
                ),
            }));
        }
    }
    if let Some(z) = zone {
        let (min, max) = zone_months(z);
        let (label, lo, hi) = bucket(min, max);
        return Ok(Some(TimeToBecome {
            label: label.to_string(),
            min_months: lo,
            max_months: hi,
            derived: true,
            basis: format!(
                "No EP entry requirements; O*NET Job Zone {z} ({} months of preparation); labelled by the midpoint.",
                month_range((min, max)),
            ),
        }));
    }
    Ok(None)
}

/// "48" for a single value, "12–60" for a range (months).
fn month_range((lo, hi): (u32, u32)) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    }
}

// ---------------------------------------------------------------- CPS mapping

/// Census 2018 occupations for a SOC code: the exact code, else the most specific pattern
/// ("13-2070", "13-20XX", "15-124X": trailing 0s and Xs removed) the code starts with.
fn census_for<'a>(code: &str, census: &'a [CensusOcc]) -> Vec<&'a CensusOcc> {
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

enum CpsMatch {
    One {
        census_code: String,
        title: String,
        pattern: String,
    },
    Several(Vec<String>),
    None,
}

fn cps_match(
    code: &str,
    census: &[CensusOcc],
    nem: &BTreeMap<String, Vec<(String, String)>>,
) -> CpsMatch {
    let c = census_for(code, census);
    if c.len() == 1 {
        return CpsMatch::One {
            census_code: c[0].code.clone(),
            title: c[0].title.clone(),
            pattern: c[0].soc.clone(),
        };
    }
    if c.len() > 1 {
        return CpsMatch::Several(c.iter().map(|x| x.title.clone()).collect());
    }
    match nem.get(code) {
        Some(rows) if rows.len() == 1 => {
            let acs = &rows[0].0;
            match census.iter().find(|c| &c.code == acs) {
                Some(cc) => CpsMatch::One {
                    census_code: cc.code.clone(),
                    title: cc.title.clone(),
                    pattern: cc.soc.clone(),
                },
                None => CpsMatch::None,
            }
        }
        Some(rows) => {
            let mut titles: Vec<String> = rows
                .iter()
                .map(|(acs, t)| {
                    census
                        .iter()
                        .find(|c| &c.code == acs)
                        .map(|c| c.title.clone())
                        .unwrap_or_else(|| t.clone())
                })
                .collect();
            titles.sort();
            titles.dedup();
            CpsMatch::Several(titles)
        }
        None => CpsMatch::None,
    }
}

// ---------------------------------------------------------------- attainment mapping

fn attainment_row(
    code: &str,
    title: &str,
    edu: &EpEducation,
    oews: &BTreeSet<String>,
    census: &[CensusOcc],
    nem: &BTreeMap<String, Vec<(String, String)>>,
) -> Option<String> {
    if edu.rows.contains_key(code) {
        return Some(code.to_string());
    }
    // A combined row (a 5.3 code OEWS does not publish) in the same SOC major group whose
    // title names this occupation, e.g. "Physicians, all other; and ophthalmologists, except
    // pediatric" for 29-1241.
    let own = format!(" {} ", norm_title(title));
    let named: Vec<&String> = edu
        .rows
        .iter()
        .filter(|(k, r)| {
            k[..2] == code[..2]
                && !oews.contains(*k)
                && format!(" {} ", norm_title(&clean_ep_title(&r.title))).contains(&own)
        })
        .map(|(k, _)| k)
        .collect();
    if named.len() == 1 {
        return Some(named[0].clone());
    }
    // Documented aliases where neither the title nor the crosswalks decide.
    for (from, to) in ATTAINMENT_ALIASES {
        if from == code && edu.rows.contains_key(to) {
            return Some(to.to_string());
        }
    }
    // Through the Census code: NEM hybrid codes that share it and have a Table 5.3 row.
    let cens: BTreeSet<&str> = census_for(code, census)
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let via: BTreeSet<&str> = nem
        .iter()
        .filter(|(h, rows)| {
            edu.rows.contains_key(*h)
                && !oews.contains(*h)
                && rows.iter().any(|(acs, _)| cens.contains(acs.as_str()))
        })
        .map(|(h, _)| h.as_str())
        .collect();
    if via.len() == 1 {
        return via.into_iter().next().map(String::from);
    }
    // The one Table 5.3 code in the same SOC broad group that OEWS does not publish.
    let broad: Vec<&String> = edu
        .rows
        .keys()
        .filter(|k| k[..6] == code[..6] && !oews.contains(*k))
        .collect();
    if broad.len() == 1 {
        return Some(broad[0].clone());
    }
    None
}

// ---------------------------------------------------------------- top places

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

// ---------------------------------------------------------------- the build

pub struct Inputs {
    pub oews: Oews,
    pub ep: BTreeMap<String, EpRow>,
    pub edu: EpEducation,
    pub cps11: BTreeMap<String, Option<CpsRow>>,
    pub cps11b: BTreeMap<String, Option<f64>>,
    pub census: Vec<CensusOcc>,
    pub nem: BTreeMap<String, Vec<(String, String)>>,
    pub onet: Onet,
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
    Ok(Inputs {
        oews,
        ep,
        edu,
        cps11,
        cps11b,
        census,
        nem,
        onet,
        timings,
    })
}

/// Compact JSON with whole numbers written without a fraction ("76690", not "76690.0"), so
/// dollar figures appear as BLS publishes them. Readers get the same f64 back.
pub fn to_json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>> {
    Ok(drop_zero_fractions(&serde_json::to_vec(v)?))
}

/// Rewrites number tokens like `76690.0` to `76690` outside JSON strings.
fn drop_zero_fractions(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let mut i = 0;
    let mut in_str = false;
    while i < json.len() {
        let b = json[i];
        if in_str {
            out.push(b);
            if b == b'\\' {
                if let Some(&n) = json.get(i + 1) {
                    out.push(n);
                    i += 1;
                }
            } else if b == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_str = true;
            out.push(b);
            i += 1;
            continue;
        }
        if b == b'-' || b.is_ascii_digit() {
            let start = i;
            while i < json.len()
                && matches!(json[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
            {
                i += 1;
            }
            let tok = &json[start..i];
            match tok.strip_suffix(b".0") {
                Some(int) if int.iter().all(|c| c.is_ascii_digit() || *c == b'-') => {
                    out.extend_from_slice(int)
                }
                _ => out.extend_from_slice(tok),
            }
            continue;
        }
        out.push(b);
        i += 1;
    }
    out
}

fn fail_problems(what: &str, p: &[career_schema::Problem]) -> Result<()> {
    if p.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = p
        .iter()
        .map(|x| format!("  {}: expected {}, found {}", x.path, x.expected, x.found))
        .collect();
    bail!("{what} fails validation:\n{}", lines.join("\n"))
}

pub fn build(inp: &Inputs) -> Result<Dataset> {
    let o = &inp.oews;
    let onet = &inp.onet;
    let mut cov = Coverage::default();
    let codes: Vec<(String, String)> = o
        .occupations
        .iter()
        .map(|(c, t)| (hyphen(c), t.clone()))
        .collect();
    let code_set: BTreeSet<String> = codes.iter().map(|(c, _)| c.clone()).collect();
    for a in AGGREGATES {
        if !code_set.contains(a) {
            bail!("{OEWS_FILE}: expected the aggregate occupation {a}");
        }
    }

    // States.
    let usps: BTreeMap<&str, &str> = USPS.iter().copied().collect();
    let mut states = Vec::new();
    let mut state_by_area: BTreeMap<&str, String> = BTreeMap::new();
    for a in &o.states {
        let u = usps.get(a.state_fips.as_str()).ok_or_else(|| {
            anyhow!(
                "{OEWS_FILE}: state area {} ({}) has FIPS {} with no USPS code in the table",
                a.code,
                a.name,
                a.state_fips
            )
        })?;
        states.push(State {
            code: u.to_string(),
            fips: a.state_fips.clone(),
            name: a.name.clone(),
        });
        state_by_area.insert(a.code.as_str(), u.to_string());
    }
    states.sort_by(|a, b| a.code.cmp(&b.code));

    // CPS mapping for every code first, to know which Census codes cover several occupations.
    let matches: BTreeMap<&str, CpsMatch> = codes
        .iter()
        .map(|(c, _)| (c.as_str(), cps_match(c, &inp.census, &inp.nem)))
        .collect();
    let mut per_census: BTreeMap<&str, usize> = BTreeMap::new();
    for m in matches.values() {
        if let CpsMatch::One { census_code, .. } = m {
            *per_census.entry(census_code.as_str()).or_default() += 1;
        }
    }

    // Slugs: written into each profession file, not into index.json (the widget never uses
    // them, and they were a third of the index's bytes).
    let mut used_slugs = BTreeSet::new();
    let mut summaries = Vec::new();
    let mut slugs = Vec::new();
    for (code, title) in &codes {
        let mut slug = slugify(title);
        if !used_slugs.insert(slug.clone()) {
            slug = format!("{slug}-{code}");
            used_slugs.insert(slug.clone());
        }
        summaries.push(ProfessionSummary {
            code: code.clone(),
            title: title.clone(),
            slug: None,
        });
        slugs.push(slug);
    }

    let mut files = BTreeMap::new();
    let mut titles = TitleIndex::new(SCHEMA_VERSION, SRC_ONET);
    for (s, slug) in summaries.iter().zip(&slugs) {
        let code = s.code.as_str();
        let ocode = code.replace('-', "");
        let mut missing: TextMap<String> = TextMap::new();
        let mut miss = |k: FieldKey, v: &str| {
            missing.insert(k.as_str().to_string(), v.to_string());
        };
        cov.occupations += 1;

        // Identity and O*NET members.
        let members = onet_members(code, &code_set, onet);
        let own = format!("{code}.00");
        let description = if let Some((_, d)) = onet.occupations.get(&own) {
            Some(d.clone())
        } else {
            let parts: Vec<String> = members
                .iter()
                .filter(|m| m.ends_with(".00"))
                .map(|m| {
                    let (t, d) = &onet.occupations[m];
                    format!("{t}: {d}")
                })
                .collect();
            if parts.is_empty() {
                None
            } else {
                Some(parts.join(" "))
            }
        };
        if description.is_some() {
            cov.description += 1;
        } else {
            miss(
                FieldKey::Description,
                "O*NET 29.2 has no description for this occupation.",
            );
        }

        // Pay.
        let cell = o
            .national
            .get(&ocode)
            .ok_or_else(|| anyhow!("{OEWS_FILE}: no national cross-industry cell for {code}"))?;
        let national = wage_stats(code, cell)?.unwrap_or_default();
        let nat_emp = national.employment;
        if national.hourly.is_none() {
            miss(FieldKey::PayHourly, MSG_HOURLY_ONLY_ANNUAL);
        } else {
            cov.hourly += 1;
        }
        if national.annual == AnnualWages::default() {
            miss(FieldKey::Pay, MSG_ANNUAL_ONLY_HOURLY);
        } else {
            cov.pay += 1;
        }
        let pay = Pay {
            source: SRC_OEWS.into(),
            national,
        };

        // Pay by place.
        let min_emp = TOP_MIN_JOBS.max(
            nat_emp
                .map(|e| (e * TOP_MIN_PER_MILLE).div_ceil(1000))
                .unwrap_or(0),
        );
        let mut st_map = TextMap::new();
        let mut st_cand = Vec::new();
        for (area, c) in o
            .state_cells
            .get(&ocode)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
        {
            let Some(u) = state_by_area.get(area.as_str()) else {
                continue;
            };
            if let Some(ws) = wage_stats(code, c)? {
                if let (Some(m), Some(e)) = (ws.annual.median, ws.employment) {
                    if e >= min_emp {
                        let name = states
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
        let mut metro_cand = Vec::new();
        for (area, c) in o
            .metro_cells
            .get(&ocode)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
        {
            let Some(a) = o.metros.get(area) else {
                continue;
            };
            if a.name.to_lowercase().contains("nonmetropolitan") {
                continue;
            }
            let (v, f) = c.get(13);
            if let (Some(m), Some(e)) = (wage(code, 13, v, f, true)?, employment(code, c)?) {
                if e >= min_emp {
                    metro_cand.push(Candidate {
                        code: area.clone(),
                        name: a.name.clone(),
                        median: m,
                        employment: e,
                    });
                }
            }
        }
        let mut ind_cand = Vec::new();
        for (ind, c) in o
            .industry_cells
            .get(&ocode)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
        {
            // NAICS 4-digit industries only: OEWS codes "NNNN00"; OEWS ownership and
            // government designations (e.g. "622005", "999200") are left out.
            let naics4 = ind.ends_with("00")
                && ind[..4].bytes().all(|b| b.is_ascii_digit())
                && !ind.starts_with("99");
            if !naics4 {
                continue;
            }
            let (v, f) = c.get(13);
            if let (Some(m), Some(e)) = (wage(code, 13, v, f, true)?, employment(code, c)?) {
                if e >= min_emp {
                    let naics = ind[..4].to_string();
                    ind_cand.push(Candidate {
                        code: naics,
                        name: o.industries[ind].clone(),
                        median: m,
                        employment: e,
                    });
                }
            }
        }
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
                miss(
                    key,
                    &format!("{places} has a published annual median and {need}."),
                );
            }
        }
        if !st_map.is_empty() {
            cov.state_pay += 1;
        }
        let pay_by_place = PayByPlace {
            source: SRC_OEWS.into(),
            states: st_map,
            top_state,
            top_metro,
            top_industry,
            rule: Some(format!(
                "Highest annual median among places (states; metropolitan areas, excluding nonmetropolitan areas; 4-digit NAICS industries, national) with at least {TOP_MIN_JOBS} jobs and at least 0.5% of national employment in this occupation (here {min_emp}); top-coded medians count as $239,200; ties go to the larger employment."
            )),
        };

        // Jobs and entry (EP Table 1.2).
        let ep = inp.ep.get(code);
        let jobs = Jobs {
            employment: nat_emp,
            employment_source: nat_emp.map(|_| SRC_OEWS.into()),
            change_pct: ep.and_then(|e| e.change_pct),
            openings_per_year: ep
                .and_then(|e| e.openings_thousands)
                .map(|t| (t * 1000.0).round() as u64),
            projection_period: ep.map(|_| "2024–34".into()),
            projection_source: ep.map(|_| SRC_EP.into()),
        };
        if jobs.change_pct.is_some() {
            cov.growth += 1;
        } else {
            miss(
                FieldKey::Growth,
                "EP 2024–34 has no projection for this occupation.",
            );
        }
        if jobs.openings_per_year.is_none() {
            miss(
                FieldKey::Openings,
                "EP 2024–34 has no openings figure for this occupation.",
            );
        }
        let entry = ep.map(|e| EntryRequirements {
            source: SRC_EP.into(),
            education: e.education.clone(),
            experience: e.experience.clone(),
            training: e.training.clone(),
        });
        if entry.is_some() {
            cov.entry += 1;
        } else {
            miss(
                FieldKey::Entry,
                "EP 2024–34 has no entry requirements for this occupation.",
            );
        }

        // Attainment (EP Table 5.3).
        let attainment = match attainment_row(
            code,
            &s.title,
            &inp.edu,
            &code_set,
            &inp.census,
            &inp.nem,
        ) {
            Some(row_code) => {
                let row = &inp.edu.rows[&row_code];
                let levels: Vec<Share> = inp
                    .edu
                    .labels
                    .iter()
                    .zip(&row.shares)
                    .filter_map(|(l, v)| {
                        v.map(|pct| Share {
                            label: l.clone(),
                            pct,
                        })
                    })
                    .collect();
                let mut most = levels[0].clone();
                for l in &levels {
                    if l.pct > most.pct {
                        most = l.clone();
                    }
                }
                cov.attainment += 1;
                Some(Attainment {
                    source: SRC_EDU.into(),
                    vintage: "2018–19".into(),
                    group: (row_code != code)
                        .then(|| format!("{row_code} {}", clean_ep_title(&row.title))),
                    levels,
                    most_common: most,
                })
            }
            None => {
                miss(FieldKey::Attainment, "EP Table 5.3 (2018–19) has no row for this occupation or for a group that contains it.");
                None
            }
        };

        // Job zone.
        let zcodes = rated(code, &members, &onet.job_zones);
        let zone = if zcodes.is_empty() {
            None
        } else {
            let mut count: BTreeMap<u8, usize> = BTreeMap::new();
            for c in &zcodes {
                *count.entry(onet.job_zones[*c]).or_default() += 1;
            }
            // Most common zone; ties go to the higher zone.
            count
                .iter()
                .max_by_key(|(z, n)| (**n, **z))
                .map(|(z, _)| *z)
        };
        let job_zone = match zone {
            Some(z) => {
                let full = onet.zone_names.get(&z).ok_or_else(|| {
                    anyhow!("{ONET_DIR}/Job Zone Reference.xlsx: no Job Zone {z}")
                })?;
                let name = full
                    .split_once(": ")
                    .map(|(_, n)| n)
                    .unwrap_or(full)
                    .to_string();
                cov.job_zone += 1;
                Some(JobZone {
                    source: SRC_ONET.into(),
                    zone: z,
                    name,
                })
            }
            None => {
                miss(
                    FieldKey::JobZone,
                    "O*NET 29.2 has not assigned a Job Zone to this occupation.",
                );
                None
            }
        };
        let time = time_to_become(code, entry.as_ref(), zone)?;
        if time.is_some() {
            cov.time_to_become += 1;
        } else {
            miss(
                FieldKey::TimeToBecome,
                "Neither EP entry requirements nor an O*NET Job Zone are available.",
            );
        }

        // Demographics.
        let demographics = match &matches[code] {
            CpsMatch::One {
                census_code,
                title,
                pattern,
            } => {
                let k = norm_title(title);
                match inp.cps11.get(&k) {
                    Some(Some(r)) => {
                        let age = inp.cps11b.get(&k).copied().flatten();
                        if age.is_none() {
                            miss(FieldKey::MedianAge, MSG_CPS_SUPPRESSED);
                        }
                        if r.women.is_none() {
                            miss(FieldKey::Women, MSG_CPS_SUPPRESSED);
                        }
                        if r.white.is_none()
                            || r.black.is_none()
                            || r.asian.is_none()
                            || r.hispanic.is_none()
                        {
                            miss(FieldKey::Race, MSG_CPS_SUPPRESSED);
                        }
                        cov.demographics += 1;
                        Some(Demographics {
                            source: SRC_CPS.into(),
                            cps_group: r.title.clone(),
                            broader_group: pattern != code || per_census[census_code.as_str()] > 1,
                            median_age: age,
                            women_pct: r.women,
                            white_pct: r.white,
                            black_pct: r.black,
                            asian_pct: r.asian,
                            hispanic_pct: r.hispanic,
                        })
                    }
                    _ => {
                        miss(FieldKey::Demographics, &format!("CPS table 11 has no single row titled \"{title}\" (Census code {census_code})."));
                        None
                    }
                }
            }
            CpsMatch::Several(t) => {
                miss(FieldKey::Demographics, &format!("CPS reports this occupation in several rows ({}), none of which covers it alone.", t.join("; ")));
                None
            }
            CpsMatch::None => {
                miss(
                    FieldKey::Demographics,
                    "No Census occupation code covers this occupation, so no CPS row describes it.",
                );
                None
            }
        };

        // Skills.
        let scodes = rated(code, &members, &onet.skills);
        let kcodes = rated(code, &members, &onet.knowledge);
        let tcodes = rated(code, &members, &onet.hot_tech);
        let skills_l = top_ratings(&scodes, &onet.skills);
        let know_l = top_ratings(&kcodes, &onet.knowledge);
        let mut tech: BTreeMap<&str, bool> = BTreeMap::new();
        for c in &tcodes {
            for (ex, d) in &onet.hot_tech[*c] {
                let e = tech.entry(ex.as_str()).or_default();
                *e |= *d;
            }
        }
        let mut tech: Vec<(&str, bool)> = tech.into_iter().collect();
        tech.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let technologies: Vec<String> = tech
            .into_iter()
            .take(10)
            .map(|(n, _)| n.to_string())
            .collect();
        if skills_l.is_empty() {
            miss(FieldKey::Skills, MSG_SKILLS)
        } else {
            cov.skills_rated += 1
        }
        if know_l.is_empty() {
            miss(FieldKey::Knowledge, MSG_KNOWLEDGE)
        } else {
            cov.knowledge_rated += 1
        }
        if technologies.is_empty() {
            miss(FieldKey::Technologies, MSG_TECH)
        } else {
            cov.technologies += 1
        }
        let skills = Skills {
            source: SRC_ONET.into(),
            skills: skills_l,
            knowledge: know_l,
            technologies,
        };

        // Titles.
        let own_title = s.title.to_lowercase();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        seen.insert(own_title);
        let mut collect = |map: &BTreeMap<String, Vec<String>>| {
            let mut all: Vec<&String> = members
                .iter()
                .filter_map(|m| map.get(m))
                .flatten()
                .collect();
            all.sort_by(|a, b| {
                a.to_lowercase()
                    .cmp(&b.to_lowercase())
                    .then_with(|| a.cmp(b))
            });
            let mut out = Vec::new();
            for t in all {
                if seen.insert(t.to_lowercase()) {
                    out.push(t.clone());
                }
            }
            out
        };
        let alternate = collect(&onet.alternate);
        let reported = collect(&onet.reported);
        if !alternate.is_empty() || !reported.is_empty() {
            cov.aliases += 1;
            titles.push(code.to_string(), &alternate, &reported);
        }

        let prof = Profession {
            schema_version: SCHEMA_VERSION,
            code: code.to_string(),
            title: s.title.clone(),
            slug: slug.clone(),
            onet_codes: members.clone(),
            description_source: description.as_ref().map(|_| SRC_ONET.into()),
            description,
            pay: Some(pay),
            pay_by_place: Some(pay_by_place),
            jobs: Some(jobs),
            entry,
            attainment,
            job_zone,
            time_to_become: time,
            demographics,
            skills: Some(skills),
            extras: Extras::default(),
            missing,
        };
        fail_problems(
            &format!("professions/{code}.json"),
            &validate::profession(&prof, Some(code)),
        )?;
        let bytes = to_json(&prof)?;
        let back = decode_profession(code, &bytes).map_err(|e| anyhow!("{e}"))?;
        if back != prof {
            bail!("professions/{code}.json does not read back to the same value");
        }
        files.insert(profession_file(code), bytes);
    }

    let index = DatasetIndex {
        schema_version: SCHEMA_VERSION,
        name: "career-compare public dataset".into(),
        sources: sources_list(&o.release),
        attribution: vec![
            "This site incorporates information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.".into(),
            "career-compare has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.".into(),
        ],
        unavailable: unavailable().into(),
        states,
        professions: summaries.into(),
    };
    fail_problems(INDEX_FILE, &validate::index(&index))?;
    fail_problems(TITLES_FILE, &validate::titles(&titles, &index))?;
    let ib = to_json(&index)?;
    decode_index(&ib).map_err(|e| anyhow!("{e}"))?;
    let tb = to_json(&titles)?;
    decode_titles(&tb, &index).map_err(|e| anyhow!("{e}"))?;
    files.insert(INDEX_FILE.into(), ib);
    files.insert(TITLES_FILE.into(), tb);

    for (name, schema) in [
        (
            "schema/index.schema.json",
            schemars::schema_for!(DatasetIndex),
        ),
        (
            "schema/profession.schema.json",
            schemars::schema_for!(Profession),
        ),
        (
            "schema/titles.schema.json",
            schemars::schema_for!(TitleIndex),
        ),
    ] {
        let mut b = serde_json::to_vec_pretty(&schema)?;
        b.push(b'\n');
        files.insert(name.into(), b);
    }

    Ok(Dataset {
        files,
        coverage: cov,
    })
}

fn src(
    id: &str,
    agency: &str,
    title: &str,
    vintage: &str,
    url: &str,
    license: &str,
    note: &str,
) -> Source {
    Source {
        id: id.into(),
        agency: agency.into(),
        title: title.into(),
        vintage: vintage.into(),
        url: url.into(),
        license: license.into(),
        note: Some(note.into()),
    }
}

fn sources_list(release: &str) -> Vec<Source> {
    const PD: &str = "Public domain (U.S. Government work)";
    const BLS: &str = "U.S. Bureau of Labor Statistics";
    vec![
        src(SRC_OEWS, BLS, "Occupational Employment and Wage Statistics: national, state and metropolitan cross-industry and national industry-specific estimates", release, "https://www.bls.gov/oes/", PD,
            "Wage and salary jobs only (excludes the self-employed). Wages are rounded as BLS publishes them; values marked at_least are BLS top-coded ($239,200 a year or $115.00 an hour). Read from a SQLite repackaging of the BLS flat files (oe.data.0.Current and companions, release 2025A01)."),
        src(SRC_EP, BLS, "Employment Projections, Table 1.2: Occupational projections and worker characteristics", "2024–34", "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm", PD,
            "Projected change and openings over 2024–34, and typical entry education, related work experience and on-the-job training. Its employment counts include the self-employed, so they differ from OEWS."),
        src(SRC_EDU, BLS, "Employment Projections, Table 5.3: Educational attainment for workers 25 years and older by detailed occupation", "2018–19", "https://www.bls.gov/emp/tables/educational-attainment.htm", PD,
            "Older vintage (2020–30 projections cycle, ACS 2018–19 data) keyed by 2020 National Employment Matrix codes; where a profession has no row of its own, the row of the group containing it is used and named in attainment.group."),
        src(SRC_CPS, BLS, "Current Population Survey, annual averages: tables 11 (sex, race, Hispanic or Latino ethnicity) and 11b (median age) by detailed occupation", "2025", "https://www.bls.gov/cps/cpsaat11.htm", PD,
            "Household survey of employed people in their main job; rows are Census occupations, often broader than one SOC occupation (demographics.broader_group). 2025 figures are 11-month averages (October 2025 not collected). Table 11 was read from a CSV parsed from the BLS HTML table. Figures for groups under 50,000 are not published."),
        src(SRC_CENSUS, "U.S. Census Bureau", "2018 Census Occupation Code List and Crosswalk", "2018", "https://www.census.gov/topics/employment/industry-occupation/guidance/code-lists.html", PD,
            "Links CPS occupation titles (2018 Census codes) to 2018 SOC codes."),
        src(SRC_NEM, BLS, "American Community Survey to National Employment Matrix occupation crosswalk", "2019 NEM", "https://www.bls.gov/emp/documentation/crosswalks.htm", PD,
            "Used where the Census code list has no single code for a SOC occupation, and to find the 2020 NEM attainment row of a SOC occupation."),
        src(SRC_ONET, "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)", "O*NET 29.2 Database: Occupation Data, Alternate Titles, Sample of Reported Titles, Skills, Knowledge, Job Zones, Job Zone Reference, Technology Skills", "29.2 (February 2025)", "https://www.onetcenter.org/database.html", "CC BY 4.0",
            "Modified by career-compare: O*NET-SOC codes merged to 6-digit SOC codes, ratings of member codes averaged for combined codes, lists cut to the top entries. Some occupations (e.g. 15-1252 Software Developers) have no Skills or Knowledge ratings in 29.2."),
    ]
}

fn unavailable() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert(
        FieldKey::JobSatisfaction.as_str().into(),
        "No public agency source publishes job satisfaction by detailed occupation.".into(),
    );
    m.insert(FieldKey::LgbtShare.as_str().into(), "BLS and the Census Bureau do not publish the LGBT share of workers by detailed occupation.".into());
    m.insert(FieldKey::CommonMajor.as_str().into(), "No ready-made public table of college major by detailed occupation was found (it would need an ACS microdata tabulation).".into());
    m.insert(
        FieldKey::CommonCollege.as_str().into(),
        "No public agency source publishes the colleges workers attended by occupation.".into(),
    );
    m.insert(
        FieldKey::BestPayingCompany.as_str().into(),
        "Public wage statistics are not published by employer.".into(),
    );
    m
}
