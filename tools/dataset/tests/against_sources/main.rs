//! Compares the COMMITTED dataset (`data/`) with values read independently from the raw
//! sources: the OEWS SQLite is queried here with rusqlite, the xlsx cells are read here with
//! calamine, the CPS CSV with csv, and the Census and ACS/NEM crosswalks are applied here.
//! Nothing here calls the builder's own parsing code or takes a mapping from the dataset.

mod areas;
mod cps;
mod crosswalk;
mod ep;
mod index;
mod onet;
mod onet_work;
mod pay;
mod top_places;

use calamine::{open_workbook, Data, Reader, Xlsx};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub(crate) fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
pub(crate) fn sources() -> PathBuf {
    // The same folder as tools/run's: CAREER_COMPARE_SOURCES, else ../shared beside the checkout.
    let dir = std::env::var_os("CAREER_COMPARE_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/data/sources"));
    assert!(dir.is_dir(), "raw sources not found at {} (set CAREER_COMPARE_SOURCES)", dir.display());
    dir
}
pub(crate) fn data() -> PathBuf {
    workspace().join("data")
}

pub(crate) fn json(rel: &str) -> Value {
    let p = data().join(rel);
    let b = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_slice(&b).unwrap()
}

pub(crate) fn prof(code: &str) -> Value {
    json(&format!("professions/{code}.json"))
}

/// At least 20 occupations across every SOC major group 11–53, including an annual-only
/// (teachers), an hourly-only (actors), aggregates, a not-rated code, and both sides of most
/// browser tests (13-2072 Loan Officers, 43-4131 Loan Interviewers and Clerks).
pub(crate) const SAMPLE: &[&str] = &[
    "11-1011", "11-3021", "13-2072", "13-1020", "15-1252", "15-1299", "17-2051", "19-1042",
    "21-1021", "21-1018", "23-1011", "25-2021", "25-1011", "27-2011", "27-1024", "29-1141",
    "29-1218", "29-1241", "31-1120", "31-9092", "33-3051", "33-9099", "35-2014", "37-2011",
    "39-9011", "41-2031", "43-4051", "43-4131", "45-2092", "47-2061", "49-3023", "51-4121",
    "53-3032",
];

// ---------------------------------------------------------------- OEWS, queried directly

/// The OEWS database, gunzipped once per test process into a temporary file that is
/// unlinked as soon as it is open.
pub(crate) fn with_db<T>(f: impl FnOnce(&rusqlite::Connection) -> T) -> T {
    static DB: OnceLock<std::sync::Mutex<rusqlite::Connection>> = OnceLock::new();
    let db = DB.get_or_init(|| {
        let tmp =
            std::env::temp_dir().join(format!("career-dataset-test-{}.sqlite", std::process::id()));
        let mut gz = flate2::read::GzDecoder::new(
            std::fs::File::open(sources().join("oews/oews-2025.sqlite.gz")).unwrap(),
        );
        let mut bytes = Vec::new();
        gz.read_to_end(&mut bytes).unwrap();
        std::fs::write(&tmp, bytes).unwrap();
        let c = rusqlite::Connection::open(&tmp).unwrap();
        // Force SQLite to open the file before it is unlinked.
        c.query_row("SELECT count(*) FROM meta", [], |r| r.get::<_, i64>(0))
            .unwrap();
        let _ = std::fs::remove_file(&tmp);
        std::sync::Mutex::new(c)
    });
    let g = db.lock().unwrap_or_else(|e| e.into_inner());
    f(&g)
}

/// (value, footnote) of datatype `dt` for a cell key.
pub(crate) fn oews_all(keys: &[String]) -> BTreeMap<String, Vec<(String, Option<String>)>> {
    with_db(|db| {
        let mut out = BTreeMap::new();
        for k in keys {
            let cols: Vec<String> = (1..=17).map(|i| format!("v{i:02}, f{i:02}")).collect();
            let sql = format!("SELECT {} FROM cell WHERE key = ?1", cols.join(", "));
            let row: Option<Vec<(String, Option<String>)>> = db
                .query_row(&sql, [k], |r| {
                    let mut v = vec![(String::new(), None)];
                    for i in 0..17 {
                        v.push((
                            r.get::<_, Option<String>>(2 * i)?.unwrap_or_default(),
                            r.get::<_, Option<String>>(2 * i + 1)?,
                        ));
                    }
                    Ok(v)
                })
                .ok();
            if let Some(v) = row {
                out.insert(k.clone(), v);
            }
        }
        out
    })
}

// ---------------------------------------------------------------- xlsx, read directly

pub(crate) fn sheet(rel: &str, name: Option<&str>) -> Vec<Vec<Data>> {
    let mut wb: Xlsx<_> = open_workbook(sources().join(rel)).unwrap();
    let r = match name {
        Some(n) => wb.worksheet_range(n).unwrap(),
        None => wb.worksheet_range_at(0).unwrap().unwrap(),
    };
    r.rows().map(|r| r.to_vec()).collect()
}

pub(crate) fn s(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        _ => String::new(),
    }
}

pub(crate) fn f(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

/// Rows keyed by the value in column `key_col`, with the header row (found by `header`).
pub(crate) fn keyed(
    rows: &[Vec<Data>],
    header: &str,
) -> (Vec<String>, BTreeMap<String, Vec<Data>>) {
    let hi = rows
        .iter()
        .position(|r| r.iter().any(|c| s(c) == header))
        .unwrap();
    let head: Vec<String> = rows[hi].iter().map(s).collect();
    let kc = head.iter().position(|h| h == header).unwrap();
    let mut m = BTreeMap::new();
    for r in &rows[hi + 1..] {
        m.insert(s(&r[kc]), r.clone());
    }
    (head, m)
}

pub(crate) fn col(head: &[String], name: &str) -> usize {
    head.iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

pub(crate) fn norm(t: &str) -> String {
    t.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn onet_rows(name: &str) -> (Vec<String>, Vec<Vec<Data>>) {
    let rows = sheet(&format!("onet/29.2_excel/{name}.xlsx"), None);
    (rows[0].iter().map(s).collect(), rows[1..].to_vec())
}

/// Every OEWS national detailed occupation (display level 3): code ("13-2072") → title.
pub(crate) fn oews_occupations() -> &'static BTreeMap<String, String> {
    static OCC: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    OCC.get_or_init(|| {
        with_db(|db| {
            let mut st = db
                .prepare("SELECT occupation_code, occupation_name FROM occupation WHERE display_level = 3")
                .unwrap();
            let rows = st
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .unwrap();
            rows.map(|r| {
                let (c, t) = r.unwrap();
                (format!("{}-{}", &c[..2], &c[2..]), t)
            })
            .collect()
        })
    })
}
