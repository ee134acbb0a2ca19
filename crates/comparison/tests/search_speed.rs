//! Rough per-keystroke timing of the title search on the real dataset (prints; asserts only
//! that a keystroke stays well under a generous bound). Skipped when `data/` is absent.

use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles};
use std::path::PathBuf;
use std::time::Instant;

#[test]
fn keystrokes_are_fast_on_the_real_titles() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let (Ok(ix), Ok(t)) = (
        std::fs::read(dir.join("index.json")),
        std::fs::read(dir.join("titles.json")),
    ) else {
        eprintln!("skipped: no data/");
        return;
    };
    let index = decode_index(&ix).unwrap();
    let t0 = Instant::now();
    let titles = decode_titles(&t, &index).unwrap();
    let decode = t0.elapsed();
    let t0 = Instant::now();
    let mut s = TitleSearch::new(&index);
    s.extend(&titles);
    let build = t0.elapsed();
    let mut worst = 0.0f64;
    let mut total = 0.0f64;
    let mut n = 0;
    for q in [
        "loss mitigation",
        "nurse",
        "software",
        "truck driver",
        "acountant",
        "zzzz qqq",
        "e",
    ] {
        for i in 1..=q.len() {
            let t0 = Instant::now();
            let hits = s.search(&q[..i], 12);
            let el = t0.elapsed().as_secs_f64() * 1000.0;
            if el > 5.0 {
                eprintln!("slow: {:?} {el:.2} ms", &q[..i]);
            }
            std::hint::black_box(hits);
            worst = worst.max(el);
            total += el;
            n += 1;
        }
    }
    eprintln!(
        "{} names; decode {:?}; build {:?}; keystroke mean {:.3} ms, worst {:.3} ms",
        s.len(),
        decode,
        build,
        total / n as f64,
        worst
    );
    assert!(worst < 500.0);
}
