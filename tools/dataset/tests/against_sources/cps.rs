//! CPS tables 11 and 11b, each occupation's row found through the crosswalks.

use super::crosswalk::{census, census_codes};
use super::{f, norm, oews_occupations, prof, s, sheet, sources};
use std::collections::BTreeMap;

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
    // How many OEWS occupations each Census code stands for: a shared code is a broader group.
    let mut per_census: BTreeMap<String, usize> = BTreeMap::new();
    for code in oews_occupations().keys() {
        if let [one] = census_codes(code).as_slice() {
            *per_census.entry(one.clone()).or_default() += 1;
        }
    }
    let mut several = 0;
    // Every occupation, not only the sample: the mapping is where a rule can go wrong.
    for code in oews_occupations().keys() {
        let code = code.as_str();
        let p = prof(code);
        // The CPS row comes from the crosswalks: SOC → Census code → Census title → CPS title.
        let census_code = match census_codes(code).as_slice() {
            [one] => one.clone(),
            more => {
                assert!(more.len() > 1, "{code}: no Census code");
                assert!(
                    p.get("demographics").is_none(),
                    "{code} spans Census codes {more:?}, yet has demographics"
                );
                assert!(p["missing"]["demographics"].is_string(), "{code}");
                several += 1;
                continue;
            }
        };
        let crow = census().iter().find(|c| c.code == census_code).unwrap();
        let k = norm(&crow.title);
        let r = &cps[&k];
        let d = p
            .get("demographics")
            .unwrap_or_else(|| panic!("{code}: no demographics; CPS row {:?}", r[1]));
        assert_eq!(
            d["cps_group"],
            r[1].as_str(),
            "{code} (Census {census_code})"
        );
        let broader = crow.soc != *code || per_census[&census_code] > 1;
        assert_eq!(d["broader_group"], broader, "{code} broader_group");
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
    // 13-1020 buyers, 21-1018 counselors and 31-1120 aides span several Census rows.
    assert_eq!(several, 3);
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
