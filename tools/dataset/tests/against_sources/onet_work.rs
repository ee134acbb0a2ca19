//! Schema version 2's O*NET fields (tasks, related occupations, interests, work values, work
//! styles, tools, definitions) against the workbooks, read here cell by cell. The element
//! order of the high points is the O*NET 29.2 dictionary's ("1.00 = Realistic" …), typed here.

use super::{col, f, json, keyed, oews_all, oews_occupations, onet_rows, prof, s, sheet};
use calamine::Data;
use serde_json::Value;

/// The dictionary's high-point values 1–6 (0 = no high point) for Interests and Work Values.
const RIASEC: [&str; 6] = [
    "Realistic",
    "Investigative",
    "Artistic",
    "Social",
    "Enterprising",
    "Conventional",
];
const WORK_VALUES: [&str; 6] = [
    "Achievement",
    "Working Conditions",
    "Recognition",
    "Relationships",
    "Support",
    "Independence",
];

/// The codes OEWS and EP publish in place of their members (README, "O*NET codes").
const AGGREGATES: [&str; 12] = [
    "13-1020", "13-2020", "21-1018", "25-2052", "25-9045", "29-2010", "31-1120", "39-7010",
    "47-4090", "51-2028", "51-2090", "53-1047",
];

const CODE: &str = "O*NET-SOC Code";

/// A workbook's rows for one O*NET code, in file order.
struct Workbook {
    head: Vec<String>,
    rows: Vec<Vec<Data>>,
}

impl Workbook {
    fn open(name: &str) -> Self {
        let (head, rows) = onet_rows(name);
        Workbook { head, rows }
    }
    fn col(&self, name: &str) -> usize {
        col(&self.head, name)
    }
    fn of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Vec<Data>> + 'a {
        let cc = self.col(CODE);
        self.rows.iter().filter(move |r| s(&r[cc]) == code)
    }
    fn has(&self, code: &str) -> bool {
        self.of(code).next().is_some()
    }
}

/// The O*NET codes Occupation Data lists for a SOC code (its .00 and specialties), in order;
/// for an aggregate, those of its broad group whose SOC code OEWS does not publish.
fn own_codes(soc: &str) -> Vec<String> {
    let occ = Workbook::open("Occupation Data");
    let cc = occ.col(CODE);
    let all: Vec<String> = occ.rows.iter().map(|r| s(&r[cc])).collect();
    let mut codes: Vec<String> = all.iter().filter(|c| c.starts_with(soc)).cloned().collect();
    if codes.is_empty() && AGGREGATES.contains(&soc) {
        codes = all
            .into_iter()
            .filter(|c| c[..6] == soc[..6] && !oews_occupations().contains_key(&c[..7]))
            .collect();
    }
    codes.sort();
    codes
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

fn onet_codes_of(groups: &Value) -> Vec<String> {
    groups["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["onet_code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn tasks_match_task_statements_and_emerging_tasks() {
    let ts = Workbook::open("Task Statements");
    let em = Workbook::open("Emerging Tasks");
    let (ct, cy, ctitle) = (ts.col("Task"), ts.col("Task Type"), ts.col("Title"));
    let (et, ek) = (em.col("Task"), em.col("Category"));
    let of_type = |code: &str, ty: &str| -> Vec<String> {
        ts.of(code)
            .filter(|r| s(&r[cy]) == ty)
            .map(|r| s(&r[ct]))
            .collect()
    };
    // 29-1141 has five O*NET occupations, 15-1252 only tasks without a Task Type, 11-3131 and
    // 11-3013 emerging tasks.
    for soc in [
        "13-2072", "43-4131", "29-1141", "15-1252", "11-3131", "11-3013",
    ] {
        let p = prof(soc);
        let codes: Vec<String> = own_codes(soc)
            .into_iter()
            .filter(|c| ts.has(c) || em.has(c))
            .collect();
        assert_eq!(onet_codes_of(&p["tasks"]), codes, "{soc}");
        assert_eq!(p["tasks"]["source"], "onet-29.2");
        for (g, code) in p["tasks"]["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&codes)
        {
            let title = ts.of(code).next().map(|r| s(&r[ctitle])).unwrap();
            assert_eq!(g["title"], title.as_str(), "{code}");
            assert_eq!(strings(&g["core"]), of_type(code, "Core"), "{code} Core");
            assert_eq!(
                strings(&g["supplemental"]),
                of_type(code, "Supplemental"),
                "{code} Supplemental"
            );
            assert_eq!(strings(&g["unrated"]), of_type(code, ""), "{code} no type");
            let emerging: Vec<(String, String)> = g["emerging"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["text"].as_str().unwrap().into(),
                        e["category"].as_str().unwrap().into(),
                    )
                })
                .collect();
            let want: Vec<(String, String)> = em.of(code).map(|r| (s(&r[et]), s(&r[ek]))).collect();
            assert_eq!(emerging, want, "{code} emerging");
        }
    }
    let first_core = |soc: &str| prof(soc)["tasks"]["occupations"][0]["core"][0].clone();
    assert_eq!(
        first_core("13-2072"),
        "Meet with applicants to obtain information for loan applications and to answer questions about the process."
    );
    assert!(first_core("43-4131").as_str().unwrap().starts_with(
        "Verify and examine information and accuracy of loan application and closing documents"
    ));
    let rn = prof("29-1141");
    assert_eq!(rn["tasks"]["occupations"].as_array().unwrap().len(), 5);
    assert_eq!(rn["tasks"]["occupations"][1]["title"], "Acute Care Nurses");
    let sd = &prof("15-1252")["tasks"]["occupations"][0];
    assert!(sd["core"].as_array().unwrap().is_empty());
    assert!(sd["unrated"].as_array().unwrap().len() >= 10);
    assert!(prof("11-3131")["tasks"]["occupations"][0]["emerging"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["category"] == "Revision"));

    // An "all other" code without any task statement: absent, with the reason.
    let none = prof("11-9039");
    assert!(own_codes("11-9039")
        .iter()
        .all(|c| !ts.has(c) && !em.has(c)));
    assert!(none.get("tasks").is_none());
    assert_eq!(
        none["missing"]["tasks"],
        "O*NET 29.2 has no task statements for this occupation."
    );
}

/// The profession an O*NET code belongs to: its SOC code when OEWS publishes it, else the
/// aggregate of its broad group.
fn profession_of(onet: &str) -> Option<String> {
    let soc = &onet[..7];
    if oews_occupations().contains_key(soc) {
        return Some(soc.to_string());
    }
    AGGREGATES
        .iter()
        .find(|a| a[..6] == soc[..6])
        .map(|a| a.to_string())
}

#[test]
fn related_occupations_match_onet_with_their_own_figures() {
    let ro = Workbook::open("Related Occupations");
    let (cr, ct, ci) = (
        ro.col("Related O*NET-SOC Code"),
        ro.col("Relatedness Tier"),
        ro.col("Index"),
    );
    let tiers = ["Primary-Short", "Primary-Long", "Supplemental"];
    let table = sheet("ep/occupation_2024-34.xlsx", Some("Table 1.2"));
    let (head, ep) = keyed(&table, "2024 National Employment Matrix code");
    let change = col(&head, "Employment change, percent, 2024–34");
    for soc in ["13-2072", "43-4131", "29-1141"] {
        let own = format!("{soc}.00");
        let mut rows: Vec<(usize, f64, String)> = ro
            .of(&own)
            .map(|r| {
                let tier = tiers.iter().position(|t| *t == s(&r[ct])).unwrap();
                (tier, f(&r[ci]).unwrap(), s(&r[cr]))
            })
            .collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.partial_cmp(&b.1).unwrap()));
        let mut want: Vec<(String, String)> = Vec::new();
        for (tier, _, code) in rows {
            let Some(p) = profession_of(&code) else {
                continue;
            };
            if p != soc && !want.iter().any(|w| w.0 == p) {
                want.push((p, tiers[tier].to_string()));
            }
        }
        want.truncate(20);
        let got = prof(soc)["related"].clone();
        assert_eq!(got["source"], "onet-29.2");
        let got_list: Vec<(String, String)> = got["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                (
                    o["code"].as_str().unwrap().into(),
                    o["tier"].as_str().unwrap().into(),
                )
            })
            .collect();
        assert_eq!(got_list, want, "{soc}");

        // each with its national median (OEWS) and projected growth (EP), read here
        let keys: Vec<String> = want
            .iter()
            .map(|(c, _)| format!("OEUN0000000000000{}", c.replace('-', "")))
            .collect();
        let cells = oews_all(&keys);
        for (o, key) in got["occupations"].as_array().unwrap().iter().zip(&keys) {
            let code = o["code"].as_str().unwrap();
            let median = &cells[key][13].0;
            match median.parse::<f64>() {
                Ok(m) => assert_eq!(o["annual_median"]["usd"].as_f64(), Some(m), "{code}"),
                Err(_) => assert!(o.get("annual_median").is_none(), "{code}"),
            }
            assert_eq!(o["change_pct"].as_f64(), f(&ep[code][change]), "{code}");
        }
    }
    let lo = prof("13-2072");
    let related = lo["related"]["occupations"].as_array().unwrap();
    assert_eq!(related[0]["code"], "43-4131");
    let ca = related
        .iter()
        .find(|o| o["code"] == "13-2041")
        .expect("Credit Analysts");
    assert_eq!(ca["tier"], "Primary-Short");
}

/// Interests or Work Values: each O*NET occupation's scores in element order and its high
/// points by the dictionary's numbering.
fn check_profile(book: &str, scale: &str, high: &str, names: &[&str; 6], key: &str, socs: &[&str]) {
    let wb = Workbook::open(book);
    let (cn, cs, cv) = (
        wb.col("Element Name"),
        wb.col("Scale ID"),
        wb.col("Data Value"),
    );
    for soc in socs {
        let p = prof(soc);
        let codes: Vec<String> = own_codes(soc).into_iter().filter(|c| wb.has(c)).collect();
        assert_eq!(onet_codes_of(&p[key]), codes, "{soc} {key}");
        for (g, code) in p[key]["occupations"].as_array().unwrap().iter().zip(&codes) {
            let want: Vec<(String, f64)> = wb
                .of(code)
                .filter(|r| s(&r[cs]) == scale)
                .map(|r| (s(&r[cn]), f(&r[cv]).unwrap()))
                .collect();
            let got: Vec<(String, f64)> = g["scores"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    (
                        x["name"].as_str().unwrap().into(),
                        x["value"].as_f64().unwrap(),
                    )
                })
                .collect();
            assert_eq!(got, want, "{code} {scale}");
            let highs: Vec<String> = wb
                .of(code)
                .filter(|r| s(&r[cs]) == high)
                .map(|r| f(&r[cv]).unwrap() as usize)
                .filter(|v| *v != 0)
                .map(|v| names[v - 1].to_string())
                .collect();
            assert_eq!(strings(&g["high_points"]), highs, "{code} {high}");
        }
    }
}

#[test]
fn interests_and_work_values_match_onet() {
    let socs = ["13-2072", "43-4131", "29-1141", "31-1120"];
    check_profile("Interests", "OI", "IH", &RIASEC, "interests", &socs);
    check_profile(
        "Work Values",
        "EX",
        "VH",
        &WORK_VALUES,
        "work_values",
        &socs,
    );
    let lo = prof("13-2072");
    assert_eq!(
        lo["interests"]["occupations"][0]["high_points"][0],
        "Conventional"
    );
    assert_eq!(
        strings(&lo["interests"]["occupations"][0]["high_points"]),
        ["Conventional", "Enterprising", "Social"]
    );
    // 15-1252 Software Developers: interests rated, work values not
    let sd = prof("15-1252");
    assert!(sd["interests"].is_object());
    assert!(sd.get("work_values").is_none());
    assert_eq!(
        sd["missing"]["work_values"],
        "O*NET 29.2 has not rated the work values of this occupation."
    );
}

#[test]
fn work_styles_and_tools_match_onet() {
    let ws = Workbook::open("Work Styles");
    let (cn, cs, cv, cr) = (
        ws.col("Element Name"),
        ws.col("Scale ID"),
        ws.col("Data Value"),
        ws.col("Recommend Suppress"),
    );
    let tu = Workbook::open("Tools Used");
    let ce = tu.col("Example");
    for soc in ["13-2072", "43-4131", "29-1141", "47-2061"] {
        let own = format!("{soc}.00");
        let mut want: Vec<(String, f64)> = ws
            .of(&own)
            .filter(|r| s(&r[cs]) == "IM" && s(&r[cr]) != "Y")
            .map(|r| (s(&r[cn]), f(&r[cv]).unwrap()))
            .collect();
        // stable: equal importances keep the workbook's element order
        want.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
        want.truncate(5);
        let p = prof(soc);
        let got: Vec<(String, f64)> = p["skills"]["work_styles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["name"].as_str().unwrap().into(),
                    x["importance"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{soc} work styles");

        let mut tools: Vec<String> = Vec::new();
        for r in tu.of(&own) {
            let t = s(&r[ce]);
            if tools.len() < 8 && !tools.contains(&t) {
                tools.push(t);
            }
        }
        assert_eq!(strings(&p["skills"]["tools"]), tools, "{soc} tools");
    }
    let lo = prof("13-2072");
    assert_eq!(lo["skills"]["work_styles"][0]["name"], "Integrity");
    assert_eq!(lo["skills"]["tools"][0], "10-key calculators");
}

#[test]
fn index_defines_the_profile_elements_and_names_the_onet_files() {
    let idx = json("index.json");
    let cm = Workbook::open("Content Model Reference");
    let (ci, cn, cd) = (
        cm.col("Element ID"),
        cm.col("Element Name"),
        cm.col("Description"),
    );
    let mut n = 0;
    for r in &cm.rows {
        let id = s(&r[ci]);
        let leaf = id.strip_prefix("1.B.1.").or(id.strip_prefix("1.B.2."));
        if !matches!(leaf, Some(l) if l.len() == 1 && l <= "f") {
            continue;
        }
        let (name, full) = (s(&r[cn]), s(&r[cd]));
        let def = idx["definitions"][&name]
            .as_str()
            .unwrap_or_else(|| panic!("{name}"));
        assert!(full.starts_with(def) && def.ends_with('.'), "{name}: {def}");
        n += 1;
    }
    assert_eq!(n, 12);
    assert_eq!(
        idx["definitions"]["Conventional"],
        "Work involves following procedures and regulations to organize information or data, typically in a business setting."
    );
    let attribution: String = strings(&idx["attribution"]).join(" ");
    for file in [
        "Task Statements",
        "Emerging Tasks",
        "Related Occupations",
        "Interests",
        "Work Values",
        "Work Styles",
        "Tools Used",
        "Content Model Reference",
    ] {
        assert!(attribution.contains(file), "{file} in {attribution}");
    }
}
