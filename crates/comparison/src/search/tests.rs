//! Tests of the search's public behaviour.

use super::*;
use career_schema::ProfessionSummary;

fn index() -> DatasetIndex {
    let p = |code: &str, title: &str| ProfessionSummary {
        code: code.into(),
        title: title.into(),
        slug: None,
        employment: None,
    };
    DatasetIndex {
        schema_version: 1,
        name: "test".into(),
        sources: vec![],
        attribution: vec![],
        unavailable: Default::default(),
        states: vec![],
        areas: 0,
        definitions: career_schema::TextMap::new(),
        professions: vec![
            p("13-2072", "Loan Officers"),
            p("43-4131", "Loan Interviewers and Clerks"),
            p("15-1252", "Software Developers"),
            p("15-1254", "Web Developers"),
            p("29-1141", "Registered Nurses"),
            p(
                "29-2061",
                "Licensed Practical and Licensed Vocational Nurses",
            ),
            p("13-2011", "Accountants and Auditors"),
        ]
        .into(),
    }
}

fn titles() -> TitleIndex {
    let none: [&str; 0] = [];
    let mut t = TitleIndex::new(1, "onet");
    t.push(
        "13-2072",
        [
            "Loss Mitigation Specialist",
            "Mortgage Loan Officer",
            "Loan Officers",
        ],
        ["Commercial Lender"],
    );
    t.push("43-4131", ["Loss Mitigation Clerk", "Loan Processor"], none);
    t.push("29-1141", ["Infirmière Autorisée"], none);
    t
}

fn search() -> TitleSearch {
    let mut s = TitleSearch::new(&index());
    s.extend(&titles());
    s
}

fn codes(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.code.as_str()).collect()
}

#[test]
fn main_titles_before_titles_load() {
    let s = TitleSearch::new(&index());
    assert!(!s.has_alternates());
    let hits = s.search("loan", 10);
    assert_eq!(codes(&hits), ["13-2072", "43-4131"]);
    assert!(hits.iter().all(|h| h.matched_title.is_none()));
    assert!(s.search("loss mitigation", 10).is_empty());
}

#[test]
fn alternate_titles_match_and_are_named() {
    let hits = search().search("loss mitigation", 10);
    assert_eq!(codes(&hits), ["43-4131", "13-2072"]);
    assert_eq!(
        hits[0].matched_title.as_deref(),
        Some("Loss Mitigation Clerk")
    );
    assert_eq!(
        hits[1].matched_title.as_deref(),
        Some("Loss Mitigation Specialist")
    );
}

#[test]
fn ranking_exact_prefix_word_substring_typo() {
    let s = search();
    let hits = s.search("web developers", 10);
    assert_eq!(hits[0].code, "15-1254");
    assert_eq!(hits[0].kind, MatchKind::Exact);
    let hits = s.search("developers", 10);
    // both word-prefix matches; shorter title first
    assert_eq!(codes(&hits), ["15-1254", "15-1252"]);
    assert_eq!(hits[0].kind, MatchKind::WordPrefix);
    let hits = s.search("soft", 10);
    assert_eq!(hits[0].kind, MatchKind::Prefix);
    let hits = s.search("censed", 10);
    assert_eq!(codes(&hits), ["29-2061"]);
    assert_eq!(hits[0].kind, MatchKind::Substring);
    let hits = s.search("acountants", 10);
    assert_eq!(codes(&hits), ["13-2011"]);
    assert_eq!(hits[0].kind, MatchKind::Typo);
    let hits = s.search("nurses registered", 10);
    assert_eq!(hits[0].code, "29-1141");
    assert_eq!(hits[0].kind, MatchKind::WordPrefix);
    // then the names with some of the words
    assert!(hits[1..].iter().all(|h| h.kind == MatchKind::Partial));
}

/// The index with employment figures (OEWS May 2025 national estimates).
fn with_employment() -> TitleSearch {
    let mut ix = index();
    let emp = [
        ("13-2072", 352690),
        ("43-4131", 220540),
        ("15-1252", 1654440),
        ("15-1254", 89410),
        ("29-1141", 3379720),
        ("29-2061", 641240),
        ("13-2011", 1442080),
    ];
    ix.professions = ix
        .professions
        .iter()
        .map(|p| {
            let mut p = p.to_summary();
            p.employment = emp.iter().find(|e| e.0 == p.code).map(|e| e.1);
            p
        })
        .collect();
    let mut s = TitleSearch::new(&ix);
    s.extend(&titles());
    s
}

#[test]
fn the_common_occupation_first_among_equal_matches() {
    let s = with_employment();
    // both word-prefix matches of main titles: more Software Developers than Web Developers
    assert_eq!(codes(&s.search("developers", 10)), ["15-1252", "15-1254"]);
    // a title's start ranks with a later word's start: more registered nurses
    assert_eq!(codes(&s.search("licensed", 10)), ["29-2061"]);
    assert_eq!(
        codes(&s.search("l", 10))[..3],
        ["29-2061", "13-2072", "43-4131"]
    );
}

#[test]
fn a_main_title_before_an_exact_alternate_title() {
    // "Loan Officers" is 43-4131's exact alternate title in no index, but a main title's
    // word-prefix match must outrank another profession's exact alternate
    let mut t = TitleIndex::new(1, "onet");
    let none: [&str; 0] = [];
    t.push("43-4131", ["Loan Officers Assistant", "Loan"], none);
    let mut s = TitleSearch::new(&index());
    s.extend(&t);
    let hits = s.search("loan", 10);
    assert_eq!(codes(&hits), ["13-2072", "43-4131"]);
    assert_eq!(hits[1].matched_title, None);
    let hits = s.search("loan officers", 10);
    assert_eq!(hits[0].code, "13-2072");
    assert_eq!(hits[0].kind, MatchKind::Exact);
}

#[test]
fn partial_matches_weigh_rare_words_and_name_them() {
    let s = with_employment();
    // no name has "senior" and "accountant"; "senior" is in no name at all
    let hits = s.search("senior accountant", 10);
    assert_eq!(codes(&hits), ["13-2011"]);
    assert_eq!(hits[0].kind, MatchKind::Partial);
    assert_eq!(hits[0].matched_words, ["accountant"]);
    // "mortgage" (one name) says more than "loan" (six)
    let hits = s.search("mortgage loan clerk", 10);
    assert_eq!(hits[0].code, "13-2072");
    assert_eq!(hits[0].matched_words, ["mortgage", "loan"]);
    assert_eq!(hits[1].code, "43-4131");
    // nothing known: nothing listed
    assert!(s.search("zzz qqq", 10).is_empty());
}

#[test]
fn short_words_are_exact() {
    let mut t = TitleIndex::new(1, "onet");
    let none: [&str; 0] = [];
    t.push(
        "13-2011",
        ["Chief Technology Officer (CTO)", "Rector"],
        none,
    );
    t.push("29-1141", ["Registered Nurse (RN)", "Nurse Manager"], none);
    let mut s = TitleSearch::new(&index());
    s.extend(&t);
    // no substring ("Rector") and no typo
    let hits = s.search("cto", 10);
    assert_eq!(codes(&hits), ["13-2011"]);
    assert_eq!(
        hits[0].matched_title.as_deref(),
        Some("Chief Technology Officer (CTO)")
    );
    assert_eq!(codes(&s.search("rn", 10)), ["29-1141"]);
    assert!(s.search("ct", 10).iter().all(|h| h.code == "13-2011"));
    assert!(s.search("ens", 10).is_empty(), "not inside Licensed");
    // a word some name starts with is taken as typed: "lead" is not one edit from "loan"
    assert!(s
        .search("rector", 10)
        .iter()
        .all(|h| h.kind != MatchKind::Typo));
}

#[test]
fn a_detailed_occupation_is_named() {
    let mut t = TitleIndex::new(1, "onet");
    let none: [&str; 0] = [];
    t.push("29-1141", ["Staff Nurse"], none);
    t.push_detailed("Critical Care Nurses", ["ICU Nurse"], none);
    let mut s = TitleSearch::new(&index());
    s.extend(&t);
    let hits = s.search("icu nurse", 10);
    assert_eq!(hits[0].matched_title.as_deref(), Some("ICU Nurse"));
    assert_eq!(hits[0].detailed.as_deref(), Some("Critical Care Nurses"));
    // the detailed occupation's own title is a name
    let hits = s.search("critical care", 10);
    assert_eq!(hits[0].code, "29-1141");
    assert_eq!(hits[0].detailed.as_deref(), Some("Critical Care Nurses"));
    assert_eq!(s.search("staff nurse", 10)[0].detailed, None);
}

#[test]
fn one_hit_per_profession_with_best_name() {
    let hits = search().search("loan officer", 10);
    assert_eq!(hits[0].code, "13-2072");
    assert_eq!(hits[0].matched_title, None);
    assert_eq!(hits.iter().filter(|h| h.code == "13-2072").count(), 1);
}

#[test]
fn accent_insensitive_both_ways() {
    let s = search();
    assert_eq!(s.search("infirmiere", 5)[0].code, "29-1141");
    assert_eq!(s.search("INFIRMIÈRE autor", 5)[0].code, "29-1141");
    assert_eq!(
        s.search("infirmiere", 5)[0].matched_title.as_deref(),
        Some("Infirmière Autorisée")
    );
}

#[test]
fn first_lists_by_title() {
    let hits = search().first(2);
    assert_eq!(codes(&hits), ["13-2011", "29-2061"]);
}

#[test]
fn limit_and_empty_query() {
    let s = search();
    assert!(s.search("   ", 10).is_empty());
    assert_eq!(s.search("l", 2).len(), 2);
}
