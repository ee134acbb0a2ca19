//! Prints the top hits of each query given on the command line, against the real `data/`:
//! `cargo run --release -p career-comparison --example search_query -- "senior accountant" rn`

use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles};
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let index = decode_index(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    let titles = decode_titles(&std::fs::read(dir.join("titles.json")).unwrap(), &index).unwrap();
    let mut s = TitleSearch::new(&index);
    s.extend(&titles);
    for q in std::env::args().skip(1) {
        println!("{q:?}");
        for h in s.search(&q, 5) {
            println!(
                "  {} {} [{:?}] {}{}{}",
                h.code,
                h.title,
                h.kind,
                h.matched_title
                    .map(|m| format!("as {m:?} "))
                    .unwrap_or_default(),
                h.detailed
                    .map(|d| format!("O*NET: {d} "))
                    .unwrap_or_default(),
                if h.matched_words.is_empty() {
                    String::new()
                } else {
                    format!("words {:?}", h.matched_words)
                }
            );
        }
    }
}
