//! O*NET Skills, Job Zones and Alternate Titles.

use super::{col, f, json, onet_rows, prof, s, SAMPLE};
use serde_json::Value;
use std::collections::BTreeMap;

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
    let ct = col(&head, "Title");
    let index = json("index.json");
    let own_title = |soc: &str| {
        index["professions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == soc)
            .unwrap()["title"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let lower = |v: &Value| -> Vec<String> {
        v.as_array()
            .map_or(&[][..], |a| a)
            .iter()
            .map(|x| x.as_str().unwrap().to_lowercase())
            .collect()
    };
    // a detailed occupation's group, by its O*NET title
    let group = |e: &Value, title: &str| -> Option<Value> {
        e["detailed"]
            .as_array()?
            .iter()
            .find(|d| d["title"] == title)
            .cloned()
    };
    let mut found = 0;
    for r in &rows {
        let title = s(&r[ca]);
        if !title.to_lowercase().contains("loss mitigation") {
            continue;
        }
        let soc = &s(&r[cc])[..7];
        let e = by_code[soc];
        // under the profession's own titles when the O*NET occupation is titled as the
        // profession is, else under that detailed occupation's
        let onet_title = s(&r[ct]);
        let alts = if onet_title.eq_ignore_ascii_case(&own_title(soc)) {
            lower(&e["alternate"])
        } else {
            let g = group(e, &onet_title).unwrap_or_else(|| panic!("{onet_title} under {soc}"));
            lower(&g["alternate"])
        };
        assert!(alts.contains(&title.to_lowercase()), "{title} under {soc}");
        found += 1;
    }
    assert!(found >= 1);
    // 33-9099.02 Retail Loss Prevention Specialists files "Loss Mitigation Specialist"
    let g = group(by_code["33-9099"], "Retail Loss Prevention Specialists").unwrap();
    assert!(lower(&g["alternate"]).contains(&"loss mitigation specialist".to_string()));
    // Aggregates get their members' titles, each under its member (31-1120 ← 31-1121 Home
    // Health Aides, 31-1122 Personal Care Aides).
    for member in ["Home Health Aides", "Personal Care Aides"] {
        let g = group(by_code["31-1120"], member).unwrap_or_else(|| panic!("{member}"));
        assert!(lower(&g["alternate"]).len() > 10, "{member}");
    }
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
