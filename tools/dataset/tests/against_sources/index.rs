//! The index: every OEWS occupation, the states, the reasons and the attribution.

use super::{data, json, with_db};

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
