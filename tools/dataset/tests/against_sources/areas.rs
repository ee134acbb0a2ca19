//! Local pay (`areas.json`, `areas/{code}.json`) against the OEWS area cells (areatype M),
//! queried here from the SQLite with SQL of its own.

use super::{json, oews_all, with_db, SAMPLE};
use serde_json::Value;
use std::collections::BTreeMap;

/// OEWS datatype of each row item, in the files' `columns` order.
const DATATYPES: [(&str, usize); 9] = [
    ("employment", 1),
    ("annual.p10", 11),
    ("annual.p25", 12),
    ("annual.median", 13),
    ("annual.p75", 14),
    ("annual.p90", 15),
    ("annual.mean", 4),
    ("hourly.median", 8),
    ("hourly.mean", 3),
];

fn area(code: &str) -> Value {
    json(&format!("areas/{code}.json"))
}

/// A row's item, `None` when the row is shorter or holds `null`.
fn item(row: &Value, i: usize) -> Option<&Value> {
    row.get(i).filter(|v| !v.is_null())
}

#[test]
fn named_cells_are_as_bls_publishes_them() {
    // the figures: Boston-Cambridge-Newton, MA-NH
    let boston = area("0014460");
    assert_eq!(boston["area"]["name"], "Boston-Cambridge-Newton, MA-NH");
    assert_eq!(boston["area"]["states"], serde_json::json!(["MA", "NH"]));
    let clerks = &boston["pay"]["43-4131"];
    assert_eq!(item(clerks, 3).and_then(Value::as_f64), Some(60250.0));
    let officers = &boston["pay"]["13-2072"];
    assert_eq!(item(officers, 7).and_then(Value::as_f64), Some(49.71));
    // area 0014460, all industries (000000), occupation 434131
    let raw = oews_all(&["OEUM0014460000000434131".to_string()]);
    assert_eq!(raw.values().next().unwrap()[13].0, "60250");
}

#[test]
fn every_oews_area_is_listed_with_its_name_and_kind() {
    let list = json("areas.json");
    let listed: BTreeMap<String, (String, String)> = list["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["code"].as_str().unwrap().to_string(),
                (
                    a["name"].as_str().unwrap().to_string(),
                    a["kind"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect();
    let raw: BTreeMap<String, String> = with_db(|db| {
        let mut st = db
            .prepare("SELECT area_code, area_name FROM area WHERE areatype_code = 'M'")
            .unwrap();
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    });
    assert_eq!(raw.len(), 528);
    assert_eq!(listed.len(), raw.len());
    for (code, name) in &raw {
        let (n, kind) = &listed[code];
        assert_eq!(n, name, "{code}");
        let want = if name.contains("nonmetropolitan") {
            "nonmetropolitan"
        } else {
            "metropolitan"
        };
        assert_eq!(kind, want, "{code} {name}");
    }
    assert_eq!(list["areas"].as_array().unwrap().len(), 528);
    assert_eq!(json("index.json")["areas"], 528);
}

/// Every published annual median of every area and occupation in the dataset is in its area
/// file, and no area file has a median BLS does not publish.
#[test]
fn every_published_area_median_is_in_data() {
    let professions: Vec<String> = json("index.json")["professions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().replace('-', ""))
        .collect();
    let cells: Vec<(String, String, String)> = with_db(|db| {
        let mut st = db
            .prepare(
                "SELECT substr(key, 5, 7), substr(key, 18, 6), v13 FROM cell \
                 WHERE key >= 'OEUM' AND key < 'OEUN' AND substr(key, 12, 6) = '000000'",
            )
            .unwrap();
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    });
    let mut files: BTreeMap<String, Value> = BTreeMap::new();
    let mut published = 0;
    for (a, occ, median) in cells {
        if !professions.contains(&occ) {
            continue;
        }
        let file = files.entry(a.clone()).or_insert_with(|| area(&a));
        let code = format!("{}-{}", &occ[..2], &occ[2..]);
        let got = file["pay"].get(&code).and_then(|row| item(row, 3));
        match median.parse::<f64>() {
            Ok(want) => {
                published += 1;
                assert_eq!(got.and_then(Value::as_f64), Some(want), "{a} {code}");
            }
            Err(_) if median == "#" => {
                assert_eq!(got.unwrap()["at_least"], true, "{a} {code}")
            }
            Err(_) => {
                let top_coded = got.is_some_and(|g| g["at_least"] == true);
                assert!(
                    got.is_none() || top_coded,
                    "{a} {code}: {median:?} vs {got:?}"
                );
            }
        }
    }
    assert!(published > 150_000, "{published} published medians");
}

/// Every item of the sampled occupations' rows, in a metropolitan, a multi-state and a
/// nonmetropolitan area, against its OEWS cell.
#[test]
fn sampled_rows_match_their_cells_item_by_item() {
    for a in ["0014460", "0017140", "0031080", "0100001"] {
        let file = area(a);
        for code in SAMPLE {
            let key = format!("OEUM{a}000000{}", code.replace('-', ""));
            let raw = oews_all(std::slice::from_ref(&key));
            let row = file["pay"].get(*code);
            let Some(cell) = raw.get(&key) else {
                assert!(row.is_none(), "{a} {code}: no OEWS cell, a row in data");
                continue;
            };
            for (i, (name, dt)) in DATATYPES.iter().enumerate() {
                let (v, f) = &cell[*dt];
                let got = row.and_then(|r| item(r, i));
                let ctx = format!("{a} {code} {name}");
                match v.replace(',', "").parse::<f64>() {
                    Ok(want) => {
                        let g = got.and_then(Value::as_f64);
                        assert!(
                            g.is_some_and(|g| (g - want).abs() < 0.005),
                            "{ctx}: {got:?} vs {v}"
                        );
                    }
                    Err(_) if f.as_deref() == Some("5") || v == "#" => {
                        assert_eq!(got.unwrap()["at_least"], true, "{ctx}")
                    }
                    Err(_) => assert!(got.is_none(), "{ctx}: {got:?} vs {v:?}"),
                }
            }
        }
    }
}
