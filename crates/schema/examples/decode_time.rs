//! Host timing of decoding the shipped `index.json`, two profession files and `titles.json`
//! (median of 41 runs, each run `BATCH` decodes, default 20; validation alone is the part of
//! it that `validate` takes): a quick check between the browser benchmark's runs
//! (`tools/bench/run.mjs`). `REPEAT=n` decodes `titles.json` n times per timed run (for a
//! profiler).
use std::time::Instant;

fn batch() -> usize {
    std::env::var("BATCH").map_or(20, |v| v.parse().unwrap())
}

/// Median over 41 runs of the time of one call of `f` (each run times `BATCH` calls).
fn median(f: impl Fn()) -> f64 {
    let n = batch();
    let mut t: Vec<f64> = (0..41)
        .map(|_| {
            let t0 = Instant::now();
            for _ in 0..n {
                f();
            }
            t0.elapsed().as_secs_f64() * 1e3 / n as f64
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
    let iv = median(|| {
        assert!(career_schema::validate::index(&index).is_empty());
    });
    println!(
        "index.json ({} B) {i:.4} ms (validation {iv:.4} ms)",
        index_bytes.len()
    );
    for code in ["13-2072", "43-4131"] {
        let bytes = std::fs::read(data.join(career_schema::profession_file(code))).unwrap();
        let p = career_schema::decode_profession(code, &bytes).unwrap();
        let d = median(|| {
            career_schema::decode_profession(code, &bytes).unwrap();
        });
        let v = median(|| {
            assert!(career_schema::validate::profession(&p, Some(code)).is_empty());
        });
        println!(
            "professions/{code}.json ({} B) {d:.4} ms (validation {v:.4} ms)",
            bytes.len()
        );
    }
    let t = median(|| {
        for _ in 0..std::env::var("REPEAT").map_or(1, |v| v.parse().unwrap()) {
            career_schema::decode_titles(&titles_bytes, &index).unwrap();
        }
    });
    let u = median(|| {
        std::str::from_utf8(&titles_bytes).unwrap();
    });
    println!("titles.json {t:.3} ms (UTF-8 check alone {u:.3} ms)");
}
