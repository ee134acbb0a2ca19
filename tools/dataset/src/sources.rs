//! Loaders for the raw source files. Each returns plain data; the rules that combine them
//! live in `build.rs`.

use crate::xlsx::{cell, number, read_table, text};
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

pub const OEWS_FILE: &str = "oews/oews-2025.sqlite.gz";
pub const EP_FILE: &str = "ep/occupation_2024-34.xlsx";
pub const EP_EDU_FILE: &str = "ep/education_2020-30.xlsx";
pub const CPS11_FILE: &str = "cps/cpsaat11_2025_parsed_from_bls_html.csv";
pub const CPS11B_FILE: &str = "cps/cpsaat11b_2025.xlsx";
pub const CENSUS_FILE: &str = "crosswalks/2018-occupation-code-list-and-crosswalk.xlsx";
pub const NEM_ACS_FILE: &str = "crosswalks/nem-occcode-acs-crosswalk_2019NEM.xlsx";
pub const ONET_DIR: &str = "onet/29.2_excel";
/// The O*NET workbooks read (without ".xlsx").
pub const ONET_FILES: [&str; 8] = [
    "Occupation Data",
    "Alternate Titles",
    "Sample of Reported Titles",
    "Skills",
    "Knowledge",
    "Job Zones",
    "Job Zone Reference",
    "Technology Skills",
];

// ---------------------------------------------------------------- OEWS

/// The datatype values of one OEWS cell that the dataset uses: (value text, footnote code).
#[derive(Debug, Clone, Default)]
pub struct OewsCell {
    /// Index = datatype number (1..=17); index 0 unused.
    pub v: Vec<(String, Option<String>)>,
}

impl OewsCell {
    pub fn get(&self, dt: usize) -> (&str, Option<&str>) {
        let (v, f) = &self.v[dt];
        (v.as_str(), f.as_deref())
    }
}

pub struct Area {
    pub code: String,
    pub state_fips: String,
    pub name: String,
}

pub struct Oews {
    /// National detailed occupations (display_level 3): OEWS code (no hyphen) → title.
    pub occupations: BTreeMap<String, String>,
    /// National cross-industry cells by occupation code (no hyphen).
    pub national: BTreeMap<String, OewsCell>,
    pub states: Vec<Area>,
    pub metros: BTreeMap<String, Area>,
    /// Occupation → [(area code, cell)] for areatype S, all industries.
    pub state_cells: BTreeMap<String, Vec<(String, OewsCell)>>,
    /// Occupation → [(area code, cell)] for areatype M, all industries.
    pub metro_cells: BTreeMap<String, Vec<(String, OewsCell)>>,
    /// Industries at NAICS 4-digit level (display_level 4): code → name.
    pub industries: BTreeMap<String, String>,
    /// Occupation → [(industry code, cell)] national, industries of `industries`.
    pub industry_cells: BTreeMap<String, Vec<(String, OewsCell)>>,
    pub release: String,
}

/// Deletes the gunzipped temporary database when dropped.
struct TempFile(PathBuf);
impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

pub fn load_oews(root: &Path) -> Result<Oews> {
    let rel = OEWS_FILE;
    let path = root.join(rel);
    let f = std::fs::File::open(&path)
        .map_err(|e| anyhow!("{rel}: cannot open ({e}) (looked for {})", path.display()))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let tmp = TempFile(std::env::temp_dir().join(format!(
        "career-dataset-oews-{}-{nanos}.sqlite",
        std::process::id()
    )));
    {
        let mut gz = flate2::read::GzDecoder::new(std::io::BufReader::new(f));
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(&tmp.0)
                .with_context(|| format!("cannot create temporary file {}", tmp.0.display()))?,
        );
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = gz
                .read(&mut buf)
                .map_err(|e| anyhow!("{rel}: not a valid gzip file: {e}"))?;
            if n == 0 {
                break;
            }
            std::io::Write::write_all(&mut out, &buf[..n])?;
        }
        std::io::Write::flush(&mut out)?;
    }
    let db =
        rusqlite::Connection::open_with_flags(&tmp.0, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| anyhow!("{rel}: cannot open the gunzipped SQLite database: {e}"))?;
    let q = |e: rusqlite::Error| anyhow!("{rel}: not the expected OEWS database: {e}");

    let release: String = db
        .query_row("SELECT value FROM meta WHERE name = 'release'", [], |r| {
            r.get(0)
        })
        .map_err(q)?;

    let occupations = code_names(
        &db,
        "SELECT occupation_code, occupation_name FROM occupation WHERE display_level = 3 ORDER BY occupation_code",
    )
    .map_err(q)?;

    let mut areas_s = Vec::new();
    let mut metros = BTreeMap::new();
    {
        let mut st = db
            .prepare("SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY area_code")
            .map_err(q)?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(q)?;
        for r in rows {
            let (code, ty, st, name) = r.map_err(q)?;
            let a = Area {
                code: code.clone(),
                state_fips: st,
                name,
            };
            match ty.as_str() {
                "S" => areas_s.push(a),
                "M" => {
                    metros.insert(code, a);
                }
                _ => {}
            }
        }
    }

    let industries = code_names(
        &db,
        "SELECT industry_code, industry_name FROM industry WHERE display_level = 4 ORDER BY industry_code",
    )
    .map_err(q)?;

    // All 17 datatypes for national and state cells; metro and industry cells only need
    // employment and the annual median, but reading all keeps one code path.
    let cols: String = (1..=17)
        .map(|i| format!("v{i:02}, f{i:02}"))
        .collect::<Vec<_>>()
        .join(", ");
    let read_cells = |prefix: &str| -> Result<Vec<(String, OewsCell)>> {
        let sql = format!("SELECT key, {cols} FROM cell WHERE key >= ?1 AND key < ?2 ORDER BY key");
        let mut st = db.prepare(&sql).map_err(q)?;
        let hi = format!("{prefix}\u{7f}");
        let rows = st
            .query_map([prefix, hi.as_str()], |r| {
                let key: String = r.get(0)?;
                let mut v = vec![(String::new(), None)];
                for i in 0..17 {
                    let val: Option<String> = r.get(1 + 2 * i)?;
                    let foot: Option<String> = r.get(2 + 2 * i)?;
                    v.push((val.unwrap_or_default(), foot.filter(|s| !s.is_empty())));
                }
                Ok((key, OewsCell { v }))
            })
            .map_err(q)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r.map_err(q)?);
        }
        Ok(out)
    };

    let mut national = BTreeMap::new();
    for (key, c) in read_cells("OEUN0000000000000")? {
        if key.len() == 23 {
            national.insert(key[17..].to_string(), c);
        }
    }
    let split = |cells: Vec<(String, OewsCell)>| {
        let mut m: BTreeMap<String, Vec<(String, OewsCell)>> = BTreeMap::new();
        for (key, c) in cells {
            if key.len() != 23 || &key[11..17] != "000000" {
                continue;
            }
            m.entry(key[17..].to_string())
                .or_default()
                .push((key[4..11].to_string(), c));
        }
        m
    };
    let state_cells = split(read_cells("OEUS")?);
    let metro_cells = split(read_cells("OEUM")?);
    let mut industry_cells: BTreeMap<String, Vec<(String, OewsCell)>> = BTreeMap::new();
    for (key, c) in read_cells("OEUN0000000")? {
        if key.len() != 23 {
            continue;
        }
        let ind = &key[11..17];
        if industries.contains_key(ind) {
            industry_cells
                .entry(key[17..].to_string())
                .or_default()
                .push((ind.to_string(), c));
        }
    }
    if occupations.is_empty() || national.is_empty() {
        bail!("{rel}: the database holds no national detailed occupations");
    }
    Ok(Oews {
        occupations,
        national,
        states: areas_s,
        metros,
        state_cells,
        metro_cells,
        industries,
        industry_cells,
        release,
    })
}

// ---------------------------------------------------------------- EP

pub struct EpRow {
    pub change_pct: Option<f64>,
    pub openings_thousands: Option<f64>,
    pub education: Option<String>,
    pub experience: Option<String>,
    pub training: Option<String>,
}

/// EP Table 1.2 line items by code ("13-2072").
/// A code → name map from a two-column query.
fn code_names(db: &rusqlite::Connection, sql: &str) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut st = db.prepare(sql)?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    rows.collect()
}

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

// ---------------------------------------------------------------- CPS

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

// ---------------------------------------------------------------- crosswalks

pub struct CensusOcc {
    pub code: String,
    pub title: String,
    /// 2018 SOC code or pattern as written ("13-2072", "13-2070", "13-20XX", "15-124X").
    pub soc: String,
}

pub fn load_census(root: &Path) -> Result<Vec<CensusOcc>> {
    let h_t = "2018 Census Title";
    let h_c = "2018 Census Code";
    let h_s = "2018 SOC Code";
    let t = read_table(
        root,
        CENSUS_FILE,
        Some("2018 Census Occ Code List"),
        &[h_t, h_c, h_s],
    )?;
    let (ct, cc, cs) = (t.col(h_t)?, t.col(h_c)?, t.col(h_s)?);
    let mut out = Vec::new();
    for row in t.rows() {
        let code = text(cell(row, cc));
        if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue; // group headings carry ranges like "0010-0440"
        }
        out.push(CensusOcc {
            code,
            title: text(cell(row, ct)),
            soc: text(cell(row, cs)),
        });
    }
    if out.len() < 100 {
        bail!(
            "{CENSUS_FILE}: expected the 2018 Census occupation list, found {} codes",
            out.len()
        );
    }
    Ok(out)
}

/// NEM hybrid SOC code → [(4-digit ACS/Census code, ACS title)].
pub fn load_nem_acs(root: &Path) -> Result<BTreeMap<String, Vec<(String, String)>>> {
    let h_s = "Hybrid SOC Code";
    let h_c = "ACS Code";
    let h_t = "ACS Occupational Title";
    let t = read_table(root, NEM_ACS_FILE, None, &[h_s, h_c, h_t])?;
    let (cs, cc, ct) = (t.col(h_s)?, t.col(h_c)?, t.col(h_t)?);
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for row in t.rows() {
        let soc = text(cell(row, cs));
        if !career_schema::is_soc_code(&soc) {
            continue;
        }
        let acs = text(cell(row, cc));
        let n: u32 = acs
            .parse()
            .map_err(|_| anyhow!("{NEM_ACS_FILE}: {soc}: ACS code {acs:?} is not a number"))?;
        out.entry(soc)
            .or_default()
            .push((format!("{n:04}"), text(cell(row, ct))));
    }
    if out.is_empty() {
        bail!("{NEM_ACS_FILE}: no crosswalk rows");
    }
    Ok(out)
}

// ---------------------------------------------------------------- O*NET

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

fn onet_file(name: &str) -> String {
    format!("{ONET_DIR}/{name}.xlsx")
}

fn onet_code(file: &str, s: &str) -> Result<String> {
    let b = s.as_bytes();
    if b.len() == 10 && career_schema::is_soc_code(&s[..7]) && b[7] == b'.' {
        Ok(s.to_string())
    } else {
        bail!("{file}: malformed O*NET-SOC code {s:?}")
    }
}

pub fn load_onet(root: &Path) -> Result<Onet> {
    let code_h = "O*NET-SOC Code";

    let f = onet_file("Occupation Data");
    let t = read_table(root, &f, None, &[code_h, "Title", "Description"])?;
    let (cc, ct, cd) = (t.col(code_h)?, t.col("Title")?, t.col("Description")?);
    let mut occupations = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        occupations.insert(code, (text(cell(row, ct)), text(cell(row, cd))));
    }

    let titles = |name: &str, col: &str| -> Result<BTreeMap<String, Vec<String>>> {
        let f = onet_file(name);
        let t = read_table(root, &f, None, &[code_h, col])?;
        let (cc, ca) = (t.col(code_h)?, t.col(col)?);
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in t.rows() {
            let code = onet_code(&f, &text(cell(row, cc)))?;
            let s = text(cell(row, ca));
            if !s.is_empty() {
                m.entry(code).or_default().push(s);
            }
        }
        Ok(m)
    };
    let alternate = titles("Alternate Titles", "Alternate Title")?;
    let reported = titles("Sample of Reported Titles", "Reported Job Title")?;

    let ratings = |name: &str| -> Result<BTreeMap<String, Vec<(String, f64)>>> {
        let f = onet_file(name);
        let req = [
            code_h,
            "Element Name",
            "Scale ID",
            "Data Value",
            "Recommend Suppress",
        ];
        let t = read_table(root, &f, None, &req)?;
        let (cc, cn, cs, cv, cr) = (
            t.col(code_h)?,
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
    };
    let skills = ratings("Skills")?;
    let knowledge = ratings("Knowledge")?;

    let f = onet_file("Job Zones");
    let t = read_table(root, &f, None, &[code_h, "Job Zone"])?;
    let (cc, cz) = (t.col(code_h)?, t.col("Job Zone")?);
    let mut job_zones = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&f, &text(cell(row, cc)))?;
        let z = number(&f, row, cz, &format!("{code} Job Zone"))?
            .filter(|z| (1.0..=5.0).contains(z) && z.fract() == 0.0)
            .ok_or_else(|| anyhow!("{f}: {code}: Job Zone is not a whole number from 1 to 5"))?;
        job_zones.insert(code, z as u8);
    }

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

    let f = onet_file("Technology Skills");
    let t = read_table(
        root,
        &f,
        None,
        &[code_h, "Example", "Hot Technology", "In Demand"],
    )?;
    let (cc, ce, chot, cdem) = (
        t.col(code_h)?,
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

    Ok(Onet {
        occupations,
        alternate,
        reported,
        skills,
        knowledge,
        job_zones,
        zone_names,
        hot_tech,
    })
}
