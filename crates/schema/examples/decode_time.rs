//! Host timing of decoding the shipped `index.json` and `titles.json` (median of 41 runs):
//! a quick check between the browser benchmark's runs (`tools/bench/run.mjs`). `REPEAT=n`
//! decodes `titles.json` n times per timed run (for a profiler).
use std::time::Instant;

fn median(f: impl Fn()) -> f64 {
    let mut t: Vec<f64> = (0..41)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

fn main() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let index_bytes = std::fs::read(data.join(career_schema::INDEX_FILE)).unwrap();
    let titles_bytes = std::fs::read(data.join(career_schema::TITLES_FILE)).unwrap();
    let index = career_schema::decode_index(&index_bytes).unwrap();
    let i = median(|| {
        career_schema::decode_index(&index_bytes).unwrap();
    });
    let t = median(|| {
        for _ in 0..std::env::var("REPEAT").map_or(1, |v| v.parse().unwrap()) {
            career_schema::decode_titles(&titles_bytes, &index).unwrap();
        }
    });
    let u = median(|| {
        std::str::from_utf8(&titles_bytes).unwrap();
    });
    println!("index.json {i:.3} ms; titles.json {t:.3} ms (UTF-8 check alone {u:.3} ms)");
}
