//! The top state, metro and industry, recomputed from the OEWS cells with README's rule: the
//! highest annual median (top-coded = $239,200) among places with at least max(100, 0.5% of
//! national employment) jobs; ties go to the larger employment, then the smaller code.

use super::{json, prof, with_db, SAMPLE};
use serde_json::Value;

#[derive(Debug)]
struct Place {
    code: String,
    name: String,
    median: f64,
    top_coded: bool,
    employment: u64,
}

/// Places of one kind: (place code, name, annual median text, its footnote, employment text).
type Rows = Vec<(String, String, String, Option<String>, String)>;

fn query(sql: &str, occ: &str) -> Rows {
    with_db(|db| {
        let mut st = db.prepare(sql).unwrap();
        let rows = st
            .query_map([occ], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap();
        rows.map(|r| r.unwrap()).collect()
    })
}

fn top(rows: Rows, min_emp: u64) -> Option<Place> {
    let mut places: Vec<Place> = rows
        .into_iter()
        .filter_map(|(code, name, v13, f13, v01)| {
            let employment: u64 = v01.parse().ok()?;
            let (median, top_coded) = match v13.parse::<f64>() {
                Ok(m) => (m, false),
                Err(_) if f13.as_deref() == Some("5") => (239_200.0, true),
                Err(_) => return None,
            };
            (employment >= min_emp).then_some(Place {
                code,
                name,
                median,
                top_coded,
                employment,
            })
        })
        .collect();
    places.sort_by(|a, b| {
        b.median
            .total_cmp(&a.median)
            .then(b.employment.cmp(&a.employment))
            .then_with(|| a.code.cmp(&b.code))
    });
    places.into_iter().next()
}

const STATES: &str = "SELECT a.state_code, a.area_name, c.v13, c.f13, c.v01 FROM cell c \
     JOIN area a ON a.area_code = substr(c.key, 5, 7) \
     WHERE c.key LIKE 'OEUS%' AND substr(c.key, 12, 6) = '000000' AND substr(c.key, 18) = ?1";
const METROS: &str = "SELECT a.area_code, a.area_name, c.v13, c.f13, c.v01 FROM cell c \
     JOIN area a ON a.area_code = substr(c.key, 5, 7) \
     WHERE c.key LIKE 'OEUM%' AND substr(c.key, 12, 6) = '000000' AND substr(c.key, 18) = ?1 \
     AND a.areatype_code = 'M' AND lower(a.area_name) NOT LIKE '%nonmetropolitan%'";
/// 4-digit NAICS industries: OEWS codes NNNN00 at display level 4, less the government
/// designations (99xxxx).
const INDUSTRIES: &str =
    "SELECT substr(i.industry_code, 1, 4), i.industry_name, c.v13, c.f13, c.v01 \
     FROM cell c JOIN industry i ON i.industry_code = substr(c.key, 12, 6) \
     WHERE c.key LIKE 'OEUN0000000%' AND substr(c.key, 18) = ?1 AND i.display_level = 4 \
     AND i.industry_code LIKE '____00' AND i.industry_code NOT LIKE '99%'";

fn check(ctx: &str, got: &Value, want: &Option<Place>, missing: &Value) {
    match want {
        None => {
            assert!(
                got.is_null(),
                "{ctx}: no place qualifies, dataset has {got}"
            );
            assert!(missing.is_string(), "{ctx}: no reason in missing");
        }
        Some(w) => {
            assert_eq!(got["code"], w.code.as_str(), "{ctx} ({w:?})");
            assert_eq!(got["name"], w.name.as_str(), "{ctx}");
            assert_eq!(
                got["annual_median"]["usd"].as_f64(),
                Some(w.median),
                "{ctx}"
            );
            assert_eq!(
                got["annual_median"].get("at_least").is_some(),
                w.top_coded,
                "{ctx}"
            );
            assert_eq!(got["employment"].as_u64(), Some(w.employment), "{ctx}");
        }
    }
}

#[test]
fn top_state_metro_and_industry_match_oews() {
    let idx = json("index.json");
    let fips_of = |usps: &str| {
        idx["states"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == usps)
            .map(|s| s["fips"].as_str().unwrap().to_string())
    };
    let mut found = [0; 3];
    for code in SAMPLE {
        let occ = code.replace('-', "");
        let national: Option<u64> = with_db(|db| {
            db.query_row(
                "SELECT v01 FROM cell WHERE key = 'OEUN0000000000000' || ?1",
                [&occ],
                |r| r.get::<_, String>(0),
            )
            .unwrap()
            .parse()
            .ok()
        });
        let min_emp = 100u64.max(national.map_or(0, |e| (e * 5).div_ceil(1000)));
        let p = prof(code);
        let pbp = &p["pay_by_place"];
        let m = &p["missing"];

        // States are keyed by USPS code in the dataset and by FIPS in OEWS.
        let mut state = top(query(STATES, &occ), min_emp);
        let got = &pbp["top_state"];
        if let (Some(w), Some(usps)) = (&mut state, got["code"].as_str()) {
            assert_eq!(
                fips_of(usps).as_deref(),
                Some(w.code.as_str()),
                "{code} top state"
            );
            w.code = usps.to_string();
        }
        check(
            &format!("{code} top_state"),
            got,
            &state,
            &m["pay_by_place.top_state"],
        );
        let metro = top(query(METROS, &occ), min_emp);
        check(
            &format!("{code} top_metro"),
            &pbp["top_metro"],
            &metro,
            &m["pay_by_place.top_metro"],
        );
        let industry = top(query(INDUSTRIES, &occ), min_emp);
        check(
            &format!("{code} top_industry"),
            &pbp["top_industry"],
            &industry,
            &m["pay_by_place.top_industry"],
        );
        for (n, w) in found.iter_mut().zip([&state, &metro, &industry]) {
            *n += w.is_some() as usize;
        }
        assert!(
            pbp["rule"]
                .as_str()
                .unwrap()
                .contains(&format!("(here {min_emp})")),
            "{code}: threshold {min_emp}"
        );
    }
    // Nearly every sampled occupation has each top place (actors have none).
    assert!(found.iter().all(|&n| n >= SAMPLE.len() - 3), "{found:?}");
}
