//! Compares the COMMITTED dataset (`data/`) with values read independently from the raw
//! sources: the OEWS SQLite is queried here with rusqlite, the xlsx cells are read here with
//! calamine, the CPS CSV with csv. Nothing here calls the builder's own parsing code.

use calamine::{open_workbook, Data, Reader, Xlsx};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
fn sources() -> PathBuf {
    workspace().join("../shared/data/sources")
}
fn data() -> PathBuf {
    workspace().join("data")
}

fn json(rel: &str) -> Value {
    let p = data().join(rel);
    let b = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_slice(&b).unwrap()
}

fn prof(code: &str) -> Value {
    json(&format!("professions/{code}.json"))
}

/// At least 20 occupations across every SOC major group 11–53, including an annual-only
/// (teachers), an hourly-only (actors), aggregates and a not-rated code.
const SAMPLE: &[&str] = &[
    "11-1011", "11-3021", "13-2072", "13-1020", "15-1252", "15-1299", "17-2051", "19-1042",
    "21-1021", "21-1018", "23-1011", "25-2021", "25-1011", "27-2011", "27-1024", "29-1141",
    "29-1218", "29-1241", "31-1120", "31-9092", "33-3051", "33-9099", "35-2014", "37-2011",
    "39-9011", "41-2031", "43-4051", "45-2092", "47-2061", "49-3023", "51-4121", "53-3032",
];

// ---------------------------------------------------------------- OEWS, queried directly

/// The OEWS database, gunzipped once per test process into a temporary file that is
/// unlinked as soon as it is open.
fn with_db<T>(f: impl FnOnce(&rusqlite::Connection) -> T) -> T {
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
fn oews_all(keys: &[String]) -> BTreeMap<String, Vec<(String, Option<String>)>> {
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

fn check_wage(ctx: &str, got: Option<&Value>, raw: &(String, Option<String>), top: f64) {
    let (v, f) = raw;
    if v == "-" {
        if f.as_deref() == Some("5") {
            let g = got.unwrap_or_else(|| panic!("{ctx}: top-coded value missing"));
            assert_eq!(g["usd"].as_f64(), Some(top), "{ctx}");
            assert_eq!(g["at_least"], Value::Bool(true), "{ctx}");
        } else {
            assert!(
                got.is_none(),
                "{ctx}: BLS publishes no value, dataset has {got:?}"
            );
        }
    } else {
        let want: f64 = v.parse().unwrap();
        let g = got.unwrap_or_else(|| panic!("{ctx}: missing, BLS has {v}"));
        assert!(
            (g["usd"].as_f64().unwrap() - want).abs() < 0.005,
            "{ctx}: {g} vs {v}"
        );
        assert!(g.get("at_least").is_none(), "{ctx}");
    }
}

fn check_stats(ctx: &str, s: &Value, raw: &[(String, Option<String>)]) {
    for (name, dt) in [
        ("median", 13),
        ("mean", 4),
        ("p10", 11),
        ("p25", 12),
        ("p75", 14),
        ("p90", 15),
    ] {
        check_wage(
            &format!("{ctx} annual.{name}"),
            s["annual"].get(name),
            &raw[dt],
            239200.0,
        );
    }
    let published = |r: &(String, Option<String>)| r.0 != "-" || r.1.as_deref() == Some("5");
    let hourly_published = published(&raw[8]) || published(&raw[3]);
    if hourly_published {
        check_wage(
            &format!("{ctx} hourly.median"),
            s["hourly"].get("median"),
            &raw[8],
            115.0,
        );
        check_wage(
            &format!("{ctx} hourly.mean"),
            s["hourly"].get("mean"),
            &raw[3],
            115.0,
        );
    } else {
        assert!(s.get("hourly").is_none(), "{ctx}: hourly should be absent");
    }
    match raw[1].0.as_str() {
        "-" => assert!(s.get("employment").is_none(), "{ctx}"),
        e => assert_eq!(
            s["employment"].as_u64(),
            Some(e.parse().unwrap()),
            "{ctx} employment"
        ),
    }
}

#[test]
fn national_pay_matches_oews() {
    let keys: Vec<String> = SAMPLE
        .iter()
        .map(|c| format!("OEUN0000000000000{}", c.replace('-', "")))
        .collect();
    let raw = oews_all(&keys);
    for (code, key) in SAMPLE.iter().zip(&keys) {
        let p = prof(code);
        let r = &raw[key];
        check_stats(code, &p["pay"]["national"], r);
        assert_eq!(p["pay"]["source"], "oews-2025");
        assert_eq!(
            p["jobs"]["employment"].as_u64(),
            Some(r[1].0.parse().unwrap())
        );
    }
    // Spot checks from PROVENANCE.md.
    assert_eq!(
        prof("13-2072")["pay"]["national"]["annual"]["median"]["usd"],
        76690
    );
    assert_eq!(
        prof("15-1252")["pay"]["national"]["annual"]["p90"]["usd"],
        214670
    );
    assert_eq!(
        prof("15-1252")["pay"]["national"]["hourly"]["median"]["usd"],
        65.38
    );
    // Teachers: annual only, with the reason.
    let t = prof("25-2021");
    assert!(t["pay"]["national"].get("hourly").is_none());
    assert_eq!(
        t["missing"]["pay.hourly"],
        "BLS publishes annual wages only for this occupation."
    );
    // Actors: hourly only.
    let a = prof("27-2011");
    assert!(a["pay"]["national"]["annual"].get("median").is_none());
    assert!(a["pay"]["national"]["hourly"]["median"]["usd"].is_number());
    assert!(a["missing"]["pay"].is_string());
}

#[test]
fn state_pay_matches_oews_including_top_coding() {
    // A state cell that BLS top-codes (footnote 5) for a physician occupation.
    let (key, fips): (String, String) = with_db(|db| {
        db.query_row(
            "SELECT c.key, a.state_code FROM cell c JOIN area a ON a.area_code = substr(c.key, 5, 7) \
             WHERE c.key LIKE 'OEUS%' AND substr(c.key, 12, 6) = '000000' AND c.f13 = '5' \
             AND substr(c.key, 18) = '291218' ORDER BY c.key LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    });
    let idx = json("index.json");
    let usps = idx["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["fips"] == fips.as_str())
        .unwrap()["code"]
        .as_str()
        .unwrap()
        .to_string();
    let p = prof("29-1218");
    let s = &p["pay_by_place"]["states"][&usps];
    assert_eq!(s["annual"]["median"]["usd"], 239200, "{usps}");
    assert_eq!(s["annual"]["median"]["at_least"], true);
    let raw = oews_all(std::slice::from_ref(&key));
    check_stats(&format!("29-1218 {usps}"), s, &raw[&key]);

    // Every published state of a few occupations.
    for code in ["13-2072", "25-2021", "47-2061"] {
        let p = prof(code);
        let states = p["pay_by_place"]["states"].as_object().unwrap();
        assert!(states.len() >= 50, "{code}: {} states", states.len());
        let mut keys = Vec::new();
        let mut names = Vec::new();
        for st in idx["states"].as_array().unwrap() {
            if let Some(v) = states.get(st["code"].as_str().unwrap()) {
                keys.push(format!(
                    "OEUS{}00000000000{}",
                    st["fips"].as_str().unwrap(),
                    code.replace('-', "")
                ));
                names.push((st["code"].as_str().unwrap().to_string(), v.clone()));
            }
        }
        let raw = oews_all(&keys);
        for (k, (st, v)) in keys.iter().zip(&names) {
            check_stats(&format!("{code} {st}"), v, &raw[k]);
        }
        let top = &p["pay_by_place"]["top_state"];
        let best = names
            .iter()
            .filter_map(|(_, v)| v["annual"]["median"]["usd"].as_f64())
            .fold(0.0, f64::max);
        assert!(top["annual_median"]["usd"].as_f64().unwrap() <= best);
    }
}

// ---------------------------------------------------------------- xlsx, read directly

fn sheet(rel: &str, name: Option<&str>) -> Vec<Vec<Data>> {
    let mut wb: Xlsx<_> = open_workbook(sources().join(rel)).unwrap();
    let r = match name {
        Some(n) => wb.worksheet_range(n).unwrap(),
        None => wb.worksheet_range_at(0).unwrap().unwrap(),
    };
    r.rows().map(|r| r.to_vec()).collect()
}

fn s(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        _ => String::new(),
    }
}

fn f(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

/// Rows keyed by the value in column `key_col`, with the header row (found by `header`).
fn keyed(rows: &[Vec<Data>], header: &str) -> (Vec<String>, BTreeMap<String, Vec<Data>>) {
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

fn col(head: &[String], name: &str) -> usize {
    head.iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn jobs_and_entry_match_ep_table_1_2() {
    let rows = sheet("ep/occupation_2024-34.xlsx", Some("Table 1.2"));
    let (head, m) = keyed(&rows, "2024 National Employment Matrix code");
    let change = col(&head, "Employment change, percent, 2024–34");
    let open = col(&head, "Occupational openings, 2024–34 annual average");
    let edu = col(&head, "Typical education needed for entry");
    let exp = col(&head, "Work experience in a related occupation");
    let tr = col(
        &head,
        "Typical on-the-job training needed to attain competency in the occupation",
    );
    for code in SAMPLE {
        let r = &m[*code];
        let p = prof(code);
        assert_eq!(p["jobs"]["change_pct"].as_f64(), f(&r[change]), "{code}");
        assert_eq!(
            p["jobs"]["openings_per_year"].as_u64(),
            f(&r[open]).map(|t| (t * 1000.0).round() as u64),
            "{code}"
        );
        assert_eq!(p["jobs"]["projection_period"], "2024–34");
        assert_eq!(p["entry"]["education"], s(&r[edu]).as_str(), "{code}");
        assert_eq!(p["entry"]["experience"], s(&r[exp]).as_str(), "{code}");
        assert_eq!(p["entry"]["training"], s(&r[tr]).as_str(), "{code}");
    }
    let l = prof("13-2072");
    assert_eq!(l["jobs"]["change_pct"], 1.7);
    assert_eq!(l["entry"]["education"], "Bachelor's degree");
}

#[test]
fn attainment_matches_ep_table_5_3() {
    let rows = sheet("ep/education_2020-30.xlsx", Some("Table 5.3"));
    let (head, m) = keyed(&rows, "2020 National Employment Matrix code");
    for code in SAMPLE {
        let p = prof(code);
        let a = &p["attainment"];
        let row_code = a["group"]
            .as_str()
            .map(|g| g[..7].to_string())
            .unwrap_or_else(|| code.to_string());
        let r = &m[&row_code];
        let levels = a["levels"].as_array().unwrap();
        assert_eq!(levels.len(), 7, "{code}");
        for (i, l) in levels.iter().enumerate() {
            assert_eq!(l["label"], head[2 + i].as_str(), "{code}");
            assert_eq!(l["pct"].as_f64(), f(&r[2 + i]), "{code} {}", head[2 + i]);
        }
        let max = levels
            .iter()
            .map(|l| l["pct"].as_f64().unwrap())
            .fold(0.0, f64::max);
        assert_eq!(a["most_common"]["pct"].as_f64(), Some(max), "{code}");
    }
    let l = prof("13-2072");
    assert_eq!(l["attainment"]["levels"][4]["label"], "Bachelor's degree");
    assert_eq!(l["attainment"]["levels"][4]["pct"], 42.3);
    assert!(prof("15-1252")["attainment"]["group"]
        .as_str()
        .unwrap()
        .starts_with("15-1256 "));
    // Ophthalmologists are named in the physicians row, not the surgeons row.
    assert!(prof("29-1241")["attainment"]["group"]
        .as_str()
        .unwrap()
        .starts_with("29-1228 "));
}

fn norm(t: &str) -> String {
    t.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn demographics_match_cps_tables_11_and_11b() {
    let mut cps = BTreeMap::new();
    let mut rd =
        csv::Reader::from_path(sources().join("cps/cpsaat11_2025_parsed_from_bls_html.csv"))
            .unwrap();
    for r in rd.records() {
        let r = r.unwrap();
        cps.insert(norm(&r[1]), r.iter().map(String::from).collect::<Vec<_>>());
    }
    let rows = sheet("cps/cpsaat11b_2025.xlsx", None);
    let mut age = BTreeMap::new();
    for r in &rows {
        if r.len() >= 10 {
            age.insert(norm(&s(&r[0])), f(&r[9]));
        }
    }
    let num = |v: &str| v.parse::<f64>().ok();
    let mut checked = 0;
    for code in SAMPLE {
        let p = prof(code);
        let Some(d) = p.get("demographics") else {
            assert!(p["missing"]["demographics"].is_string(), "{code}");
            continue;
        };
        let k = norm(d["cps_group"].as_str().unwrap());
        let r = &cps[&k];
        for (field, i) in [
            ("women_pct", 3),
            ("white_pct", 4),
            ("black_pct", 5),
            ("asian_pct", 6),
            ("hispanic_pct", 7),
        ] {
            assert_eq!(
                d.get(field).and_then(|v| v.as_f64()),
                num(&r[i]),
                "{code} {field}"
            );
        }
        assert_eq!(
            d.get("median_age").and_then(|v| v.as_f64()),
            age[&k],
            "{code} median age"
        );
        if num(&r[3]).is_none() {
            assert_eq!(
                p["missing"]["demographics.women_pct"],
                "BLS does not publish this figure: fewer than 50,000 people in the CPS group."
            );
        }
        checked += 1;
    }
    assert!(checked >= 20);
    let sd = prof("15-1252");
    assert_eq!(sd["demographics"]["cps_group"], "Software developers");
    assert_eq!(sd["demographics"]["women_pct"], 20.3);
    assert_eq!(sd["demographics"]["median_age"], 38.6);
    assert_eq!(sd["demographics"]["broader_group"], false);
    let lo = prof("13-2072");
    assert_eq!(
        lo["demographics"]["cps_group"],
        "Credit counselors and loan officers"
    );
    assert_eq!(lo["demographics"]["women_pct"], 50.1);
    assert_eq!(lo["demographics"]["broader_group"], true);
    assert!(prof("31-1120").get("demographics").is_none());
}

fn onet_rows(name: &str) -> (Vec<String>, Vec<Vec<Data>>) {
    let rows = sheet(&format!("onet/29.2_excel/{name}.xlsx"), None);
    (rows[0].iter().map(s).collect(), rows[1..].to_vec())
}

#[test]
fn skills_and_job_zones_match_onet() {
    let (head, rows) = onet_rows("Skills");
    let (cc, cn, cs, cv) = (
        col(&head, "O*NET-SOC Code"),
        col(&head, "Element Name"),
        col(&head, "Scale ID"),
        col(&head, "Data Value"),
    );
    for code in ["13-2072", "29-1141", "47-2061", "11-1011", "53-3032"] {
        let mut want: Vec<(String, f64)> = rows
            .iter()
            .filter(|r| s(&r[cc]) == format!("{code}.00") && s(&r[cs]) == "IM")
            .map(|r| (s(&r[cn]), f(&r[cv]).unwrap()))
            .collect();
        want.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        want.truncate(8);
        let got: Vec<(String, f64)> = prof(code)["skills"]["skills"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["name"].as_str().unwrap().to_string(),
                    r["importance"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{code}");
    }
    let sd = prof("15-1252");
    assert!(sd["skills"]["skills"].as_array().unwrap().is_empty());
    assert!(sd["skills"]["knowledge"].as_array().unwrap().is_empty());
    assert_eq!(
        sd["missing"]["skills.skills"],
        "O*NET 29.2 has not rated the skills of this occupation."
    );
    assert!(sd["missing"]["skills.knowledge"].is_string());

    let (head, rows) = onet_rows("Job Zones");
    let (cc, cz) = (col(&head, "O*NET-SOC Code"), col(&head, "Job Zone"));
    let zones: BTreeMap<String, f64> = rows
        .iter()
        .map(|r| (s(&r[cc]), f(&r[cz]).unwrap()))
        .collect();
    for code in SAMPLE {
        if let Some(z) = zones.get(&format!("{code}.00")) {
            assert_eq!(prof(code)["job_zone"]["zone"].as_f64(), Some(*z), "{code}");
        }
    }
    assert_eq!(prof("13-2072")["job_zone"]["zone"], 4);
    assert_eq!(prof("47-2061")["job_zone"]["zone"], 2);
}

#[test]
fn titles_hold_onet_alternate_titles() {
    let t = json("titles.json");
    let by_code: BTreeMap<String, &Value> = t["professions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["code"].as_str().unwrap().to_string(), e))
        .collect();
    let (head, rows) = onet_rows("Alternate Titles");
    let (cc, ca) = (col(&head, "O*NET-SOC Code"), col(&head, "Alternate Title"));
    let mut found = 0;
    for r in &rows {
        let title = s(&r[ca]);
        if !title.to_lowercase().contains("loss mitigation") {
            continue;
        }
        let soc = &s(&r[cc])[..7];
        let e = by_code[soc];
        let alts: Vec<String> = e["alternate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_lowercase())
            .collect();
        assert!(alts.contains(&title.to_lowercase()), "{title} under {soc}");
        found += 1;
    }
    assert!(found >= 1);
    assert!(by_code["33-9099"]["alternate"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x == "Loss Mitigation Specialist"));
    // Aggregates get their members' titles (31-1120 ← 31-1121, 31-1122).
    let agg = by_code["31-1120"]["alternate"].as_array().unwrap();
    assert!(agg.len() > 10);
    // Every alternate title of 13-2072.00 is there (case-insensitively, unless it is the
    // profession's own title).
    let want: Vec<String> = rows
        .iter()
        .filter(|r| s(&r[cc]) == "13-2072.00")
        .map(|r| s(&r[ca]).to_lowercase())
        .filter(|t| t != "loan officers")
        .collect();
    let got: Vec<String> = by_code["13-2072"]["alternate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_lowercase())
        .collect();
    for w in &want {
        assert!(got.contains(w), "{w}");
    }
}

#[test]
fn index_lists_all_830_occupations() {
    let idx = json("index.json");
    let n = with_db(|db| {
        db.query_row(
            "SELECT count(*) FROM occupation WHERE display_level = 3",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
    });
    let ps = idx["professions"].as_array().unwrap();
    assert_eq!(ps.len() as i64, n);
    assert_eq!(ps.len(), 830);
    let codes: Vec<&str> = ps.iter().map(|p| p["code"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted);
    for c in &codes {
        assert!(
            data().join(format!("professions/{c}.json")).is_file(),
            "{c}"
        );
    }
    assert_eq!(idx["states"].as_array().unwrap().len(), 54);
    for k in [
        "extras.job_satisfaction",
        "extras.lgbt_pct",
        "extras.common_major",
        "extras.common_college",
        "extras.best_paying_company",
    ] {
        assert!(idx["unavailable"][k].is_string(), "{k}");
    }
    assert!(idx["attribution"][0]
        .as_str()
        .unwrap()
        .contains("O*NET 29.2"));
}
