//! The hand-judged query list (`search_queries/queries.txt`): queries as people type them,
//! each with the occupations its top 3 must hold. Prints the share that hold and each that
//! does not; fails below 95 %. Skipped when `data/` is absent, except in CI (see `real_data`).

mod real_data;

use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles};

const LIST: &str = include_str!("search_queries/queries.txt");

/// (query, alternatives) per line that is not blank or a comment.
fn judged() -> Vec<(&'static str, Vec<&'static str>)> {
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (q, codes) = l.split_once(" | ").expect("query | codes");
            (q, codes.split(" / ").collect())
        })
        .collect()
}

#[test]
fn hand_judged_queries_find_the_occupation_in_the_top_3() {
    let list = judged();
    assert!(list.len() >= 120, "{} queries", list.len());
    let Some(ix) = real_data::read_or_skip("index.json") else {
        return;
    };
    let Some(t) = real_data::read_or_skip("titles.json") else {
        return;
    };
    let index = decode_index(&ix).unwrap();
    let titles = decode_titles(&t, &index).unwrap();
    for (q, codes) in &list {
        for c in codes {
            assert!(
                index.professions.find(c).is_some(),
                "{q:?}: no profession {c}"
            );
        }
    }
    let mut s = TitleSearch::new(&index);
    s.extend(&titles);
    let mut failed = Vec::new();
    for (q, codes) in &list {
        let top: Vec<String> = s.search(q, 3).into_iter().map(|h| h.code).collect();
        if !codes.iter().any(|c| top.iter().any(|t| t == c)) {
            let names: Vec<String> = top
                .iter()
                .map(|c| format!("{c} {}", s.title_of(c).unwrap_or("?")))
                .collect();
            failed.push(format!("  {q:?}: want {} in {names:?}", codes.join(" / ")));
        }
    }
    let held = list.len() - failed.len();
    let share = held as f64 / list.len() as f64;
    println!(
        "hand-judged queries: {held} of {} hold ({:.1} %)",
        list.len(),
        share * 100.0
    );
    for f in &failed {
        println!("{f}");
    }
    assert!(
        share >= 0.95,
        "{:.1} % of the hand-judged queries hold, below 95 %:\n{}",
        share * 100.0,
        failed.join("\n")
    );
}
