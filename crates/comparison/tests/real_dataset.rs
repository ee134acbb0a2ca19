//! Checks the comparison against the real dataset in `data/` (built by tools/dataset): the
//! Overview's yearly salary cells must equal the files' national annual medians. Skipped, with
//! a message, when `data/` has not been built.

use career_comparison::{compare, format, SectionId};
use career_schema::{decode_index, decode_profession, profession_file};
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

#[test]
fn overview_yearly_salary_matches_the_files() {
    let dir = data_dir();
    let Ok(index_bytes) = std::fs::read(dir.join("index.json")) else {
        eprintln!("skipped: {} has no index.json", dir.display());
        return;
    };
    let index = decode_index(&index_bytes).expect("data/index.json decodes");
    let load = |code: &str| {
        let bytes = std::fs::read(dir.join(profession_file(code))).expect("profession file");
        decode_profession(code, &bytes).expect("profession file decodes")
    };
    let a = load("13-2072");
    let b = load("43-4131");
    let c = compare(&index, &a, &b, None);
    let row = c.section(SectionId::Overview).row("Yearly salary").unwrap();
    for (cell, p) in row.cells.iter().zip([&a, &b]) {
        let median = p.pay.as_ref().unwrap().national.annual.median.unwrap();
        assert_eq!(cell.text, format::annual(median));
    }
    // PROVENANCE.md spot check: Loan Officers, OEWS May 2025 annual median.
    assert_eq!(row.cells[0].text, "$76,690");
    assert_eq!(c.titles[0], "Loan Officers");
}
