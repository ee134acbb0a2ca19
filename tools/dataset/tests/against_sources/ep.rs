//! EP Table 1.2 (jobs, entry) and Table 5.3 (attainment, through the crosswalks).

use super::crosswalk::{census_codes, nem};
use super::{col, f, keyed, norm, oews_occupations, prof, s, sheet, SAMPLE};
use calamine::Data;
use std::collections::BTreeMap;

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

/// An EP title without its footnote marks: "Software developers(1)" → "Software developers".
fn clean_ep_title(t: &str) -> String {
    let mut t = t.trim();
    while let Some(i) = t.rfind('(') {
        let mark = &t[i + 1..];
        match mark.strip_suffix(')') {
            Some(d) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) => {
                t = t[..i].trim_end()
            }
            _ => break,
        }
    }
    t.to_string()
}

/// The Table 5.3 row an occupation should use, worked out from the sources (README "Row
/// used"), and the rule that found it: its own row; else the one combined row (a code OEWS
/// does not publish) in its major group whose title names it; else README's two aliases;
/// else the one such row that the
/// ACS/NEM crosswalk files under the occupation's Census code; else the one such row in its
/// broad group.
fn expected_row(
    code: &str,
    rows: &BTreeMap<String, Vec<Data>>,
    title: usize,
) -> Option<(String, &'static str)> {
    if rows.contains_key(code) {
        return Some((code.to_string(), "own"));
    }
    let oews = oews_occupations();
    let combined = |k: &String| k.len() == 7 && k.as_bytes()[2] == b'-' && !oews.contains_key(k);
    let own = format!(" {} ", norm(&oews[code]));
    let one = |v: Vec<&String>| (v.len() == 1).then(|| v[0].clone());
    let named: Vec<&String> = rows
        .iter()
        .filter(|(k, r)| {
            combined(k)
                && k[..2] == code[..2]
                && format!(" {} ", norm(&clean_ep_title(&s(&r[title])))).contains(&own)
        })
        .map(|(k, _)| k)
        .collect();
    if let Some(k) = one(named) {
        return Some((k, "named"));
    }
    // README rule 3: two rows whose titles name the occupation's group, not the occupation.
    for (from, to) in [("29-9021", "29-9098"), ("29-1214", "29-1228")] {
        if code == from && rows.contains_key(to) {
            return Some((to.to_string(), "alias"));
        }
    }
    let cens = census_codes(code);
    let via: Vec<&String> = nem()
        .iter()
        .filter(|(h, acs)| {
            rows.contains_key(*h) && combined(h) && acs.iter().any(|a| cens.contains(a))
        })
        .map(|(h, _)| h)
        .collect();
    if let Some(k) = one(via) {
        return Some((k, "crosswalk"));
    }
    let broad: Vec<&String> = rows
        .keys()
        .filter(|k| combined(k) && k[..6] == code[..6])
        .collect();
    one(broad).map(|k| (k, "broad group"))
}

#[test]
fn attainment_matches_ep_table_5_3() {
    let rows = sheet("ep/education_2020-30.xlsx", Some("Table 5.3"));
    let (head, m) = keyed(&rows, "2020 National Employment Matrix code");
    let title = col(&head, "2020 National Employment Matrix title");
    let mut rules = Vec::new();
    // Every occupation, not only the sample: the mapping is where a rule can go wrong.
    for code in oews_occupations().keys() {
        let code = code.as_str();
        let p = prof(code);
        let a = &p["attainment"];
        let (row_code, rule) =
            expected_row(code, &m, title).unwrap_or_else(|| panic!("{code}: no Table 5.3 row"));
        rules.push(rule);
        let r = &m[&row_code];
        if row_code == *code {
            assert!(a.get("group").is_none(), "{code}: {:?}", a.get("group"));
        } else {
            let want = format!("{row_code} {}", clean_ep_title(&s(&r[title])));
            assert_eq!(a["group"], want.as_str(), "{code} ({rule})");
        }
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
    // Every rule finds some occupation's row.
    for rule in ["own", "named", "alias", "crosswalk", "broad group"] {
        assert!(
            rules.contains(&rule),
            "no sample code found by the {rule} rule: {rules:?}"
        );
    }
}
