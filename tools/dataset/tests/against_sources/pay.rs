//! National and state pay against the OEWS cells (the top places are in top_places.rs).

use super::{json, oews_all, prof, with_db, SAMPLE};
use serde_json::Value;

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
    let index = json("index.json");
    for (code, key) in SAMPLE.iter().zip(&keys) {
        let p = prof(code);
        let r = &raw[key];
        check_stats(code, &p["pay"]["national"], r);
        assert_eq!(p["pay"]["source"], "oews-2025");
        assert_eq!(
            p["jobs"]["employment"].as_u64(),
            Some(r[1].0.parse().unwrap())
        );
        // the index repeats it for the search's ranking
        let entry = index["professions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["code"] == *code)
            .unwrap();
        assert_eq!(
            entry["employment"].as_u64(),
            Some(r[1].0.parse().unwrap()),
            "{code} in index.json"
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
    }
}
