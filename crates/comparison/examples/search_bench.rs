//! Host benchmark of the title search, mirroring `tools/bench/run.mjs` items 4 and 8: the same
//! ~260 queries typed character by character against the real index + titles, and against the
//! synthetic dataset ten times the real one. Prints build time and per-keystroke p50/p95/max.
//!
//! `cargo run --release -p career-comparison --example search_bench [-- ROUNDS]`

use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles, DatasetIndex, TitleIndex};
use std::path::PathBuf;
use std::time::Instant;

/// The bench's `queries()`: fixed words, then the first two words of every 6th main title,
/// then the first alternate title of every 7th titles entry; 260 at most, first seen first.
fn queries(index: &serde_json::Value, titles: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for q in [
        "loss mitigation",
        "nurse",
        "software",
        "teacher",
        "truck driver",
        "accountant",
        "electrician",
        "plumber",
        "cashier",
        "lawyer",
        "pharmacist",
        "welder",
        "chef",
        "dental",
        "marketing",
    ] {
        add(q.to_string());
    }
    for (i, p) in index["professions"].as_array().unwrap().iter().enumerate() {
        if i % 6 == 0 {
            let t = p["title"].as_str().unwrap().to_lowercase();
            let words: Vec<&str> = t.split([' ', ',']).filter(|w| !w.is_empty()).collect();
            // JS: split(/[ ,]+/) keeps a leading empty string only if the title starts with one
            add(words.iter().take(2).cloned().collect::<Vec<_>>().join(" "));
        }
    }
    for (i, t) in titles["professions"].as_array().unwrap().iter().enumerate() {
        if i % 7 == 0 {
            if let Some(a) = t["alternate"].as_array().and_then(|a| a.first()) {
                add(a.as_str().unwrap().to_lowercase());
            }
        }
    }
    out.truncate(260);
    out
}

/// The bench's `tenfold()`: every profession and its titles ten times, copies 1–9 with
/// suffixes " I" … " IX" and codes 10-0000….
fn tenfold(index: &DatasetIndex, titles: &TitleIndex) -> (DatasetIndex, TitleIndex) {
    let roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let mut profs = Vec::new();
    let mut tps = Vec::new();
    let mut n = 0;
    for (k, r) in roman.iter().enumerate() {
        for p in &index.professions {
            let code = if k == 0 {
                p.code.to_string()
            } else {
                let c = format!("{:02}-{:04}", 10 + n / 10000, n % 10000);
                n += 1;
                c
            };
            let suffix = if k == 0 {
                String::new()
            } else {
                format!(" {r}")
            };
            let mut q = p.to_summary();
            q.code = code.clone();
            q.title = format!("{}{}", p.title, suffix);
            profs.push(q);
            if let Some(t) = titles.professions.iter().find(|t| t.code == p.code) {
                tps.push((
                    code,
                    titles
                        .alternate(t)
                        .map(|s| format!("{s}{suffix}"))
                        .collect::<Vec<_>>(),
                    titles
                        .reported(t)
                        .map(|s| format!("{s}{suffix}"))
                        .collect::<Vec<_>>(),
                ));
            }
        }
    }
    profs.sort_by(|a, b| a.code.cmp(&b.code));
    tps.sort_by(|a, b| a.0.cmp(&b.0));
    let mut ix = index.clone();
    ix.professions = profs.into();
    let mut ti = TitleIndex::new(titles.schema_version, titles.source.clone());
    for (code, alternate, reported) in tps {
        ti.push(code, alternate, reported);
    }
    (ix, ti)
}

fn pct(sorted: &[f64], q: f64) -> f64 {
    sorted[((q * sorted.len() as f64) as usize).min(sorted.len() - 1)]
}

fn run(label: &str, index: &DatasetIndex, titles: &TitleIndex, qs: &[String], rounds: usize) {
    let mut builds = Vec::new();
    let mut news = Vec::new();
    let mut s = TitleSearch::new(index);
    for _ in 0..rounds.max(3) {
        let t0 = Instant::now();
        let base = TitleSearch::new(index);
        let t1 = Instant::now();
        let mut x = base.clone();
        x.extend(titles);
        let t2 = Instant::now();
        news.push((t1 - t0).as_secs_f64() * 1e3);
        builds.push((t2 - t1).as_secs_f64() * 1e3);
        s = x;
    }
    // in chunks of 64 entries: the longest single step (the last one rebuilds the index)
    let mut steps = Vec::new();
    let mut last = Vec::new();
    for _ in 0..rounds.max(3) {
        let mut x = TitleSearch::new(index);
        let mut at = 0;
        let mut worst = 0f64;
        while !x.has_alternates() {
            let t0 = Instant::now();
            at = x.extend_chunk(titles, at, 64);
            let el = t0.elapsed().as_secs_f64() * 1e3;
            if x.has_alternates() {
                last.push(el);
            } else {
                worst = worst.max(el);
            }
        }
        steps.push(worst);
    }
    steps.sort_by(f64::total_cmp);
    last.sort_by(f64::total_cmp);
    println!(
        "{label}: extend_chunk(64 entries): longest chunk median {:.2} ms; last chunk (+ rebuild) median {:.2} ms",
        pct(&steps, 0.5),
        pct(&last, 0.5)
    );
    news.sort_by(f64::total_cmp);
    builds.sort_by(f64::total_cmp);
    println!(
        "{label}: {} names; new() median {:.2} ms; clone+extend() median {:.2} ms (min {:.2})",
        s.len(),
        pct(&news, 0.5),
        pct(&builds, 0.5),
        builds[0]
    );
    // per keystroke: the minimum over rounds (noise only adds), then p50/p95 over keystrokes
    let mut per_key: Vec<(String, f64)> = Vec::new();
    for q in qs {
        let chars: Vec<char> = q.chars().collect();
        for i in 1..=chars.len() {
            per_key.push((chars[..i].iter().collect(), f64::INFINITY));
        }
    }
    for _ in 0..rounds {
        for (q, best) in per_key.iter_mut() {
            let t0 = Instant::now();
            let hits = s.search(q, 12);
            let el = t0.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(hits);
            *best = best.min(el);
        }
    }
    let mut times: Vec<f64> = per_key.iter().map(|x| x.1).collect();
    times.sort_by(f64::total_cmp);
    let total: f64 = times.iter().sum();
    println!(
        "{label}: {} keystrokes: p50 {:.4} ms, p95 {:.4} ms, p99 {:.4} ms, max {:.4} ms, total {:.1} ms",
        times.len(),
        pct(&times, 0.5),
        pct(&times, 0.95),
        pct(&times, 0.99),
        times[times.len() - 1],
        total
    );
    per_key.sort_by(|a, b| b.1.total_cmp(&a.1));
    let slow: Vec<String> = per_key
        .iter()
        .take(12)
        .map(|(q, t)| format!("{q:?} {t:.3}"))
        .collect();
    println!("{label}: slowest: {}", slow.join(", "));
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let ix = std::fs::read(dir.join("index.json")).unwrap();
    let t = std::fs::read(dir.join("titles.json")).unwrap();
    let qs = queries(
        &serde_json::from_slice(&ix).unwrap(),
        &serde_json::from_slice(&t).unwrap(),
    );
    let index = decode_index(&ix).unwrap();
    let t0 = Instant::now();
    let titles = decode_titles(&t, &index).unwrap();
    println!(
        "{} queries; decode_titles {:.1} ms",
        qs.len(),
        t0.elapsed().as_secs_f64() * 1e3
    );
    if std::env::var("BUILD_ONLY").is_ok() {
        for _ in 0..rounds {
            let mut x = TitleSearch::new(&index);
            x.extend(&titles);
            std::hint::black_box(x);
        }
        return;
    }
    if let Ok(q) = std::env::var("QUERY") {
        let (ix10, t10) = tenfold(&index, &titles);
        let mut x = TitleSearch::new(&ix10);
        x.extend(&t10);
        let t0 = Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(x.search(&q, 12));
        }
        println!(
            "{q:?}: {:.3} ms per search (10x)",
            t0.elapsed().as_secs_f64() * 1e3 / rounds as f64
        );
        return;
    }
    run("real", &index, &titles, &qs, rounds);
    let (ix10, t10) = tenfold(&index, &titles);
    run("10x", &ix10, &t10, &qs, rounds);
}
