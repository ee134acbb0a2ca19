//! OEWS May 2025: the SQLite repackaging of the BLS flat files, gunzipped to a temporary file.

use super::OEWS_FILE;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

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

/// A code → name map from a two-column query.
fn code_names(db: &rusqlite::Connection, sql: &str) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut st = db.prepare(sql)?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    rows.collect()
}

/// Gunzips the database into a temporary file, deleted when the result is dropped.
fn gunzip(root: &Path) -> Result<TempFile> {
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
    Ok(tmp)
}

fn not_oews(e: rusqlite::Error) -> anyhow::Error {
    anyhow!("{OEWS_FILE}: not the expected OEWS database: {e}")
}

/// The state areas (type S) in code order, and the metropolitan areas (type M) by code.
fn areas(db: &rusqlite::Connection) -> Result<(Vec<Area>, BTreeMap<String, Area>)> {
    let q = not_oews;
    let mut areas_s = Vec::new();
    let mut metros = BTreeMap::new();
    let mut st = db
        .prepare(
            "SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY area_code",
        )
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
    Ok((areas_s, metros))
}

/// Every cell whose key starts with `prefix`, in key order, with all 17 datatypes. Metro and
/// industry cells only need employment and the annual median, but reading all keeps one
/// code path.
fn read_cells(db: &rusqlite::Connection, prefix: &str) -> Result<Vec<(String, OewsCell)>> {
    let q = not_oews;
    let cols: String = (1..=17)
        .map(|i| format!("v{i:02}, f{i:02}"))
        .collect::<Vec<_>>()
        .join(", ");
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
}

/// All-industry area cells grouped by occupation: occupation → [(area code, cell)].
fn by_occupation(cells: Vec<(String, OewsCell)>) -> BTreeMap<String, Vec<(String, OewsCell)>> {
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
}

pub fn load_oews(root: &Path) -> Result<Oews> {
    let rel = OEWS_FILE;
    let tmp = gunzip(root)?;
    let db =
        rusqlite::Connection::open_with_flags(&tmp.0, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| anyhow!("{rel}: cannot open the gunzipped SQLite database: {e}"))?;
    let q = not_oews;

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
    let (areas_s, metros) = areas(&db)?;
    let industries = code_names(
        &db,
        "SELECT industry_code, industry_name FROM industry WHERE display_level = 4 ORDER BY industry_code",
    )
    .map_err(q)?;

    let mut national = BTreeMap::new();
    for (key, c) in read_cells(&db, "OEUN0000000000000")? {
        if key.len() == 23 {
            national.insert(key[17..].to_string(), c);
        }
    }
    let state_cells = by_occupation(read_cells(&db, "OEUS")?);
    let metro_cells = by_occupation(read_cells(&db, "OEUM")?);
    let mut industry_cells: BTreeMap<String, Vec<(String, OewsCell)>> = BTreeMap::new();
    for (key, c) in read_cells(&db, "OEUN0000000")? {
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
