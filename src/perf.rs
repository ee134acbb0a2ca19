//! Performance marks and measures the benchmark (tools/bench) reads.

/// A `performance.mark` (the benchmark reads these); nothing if the page has no performance API.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Marks the start of `file`'s decoding (not generic: compiled once for every file kind).
pub fn decode_started(file: &str) -> Option<(web_sys::Performance, String)> {
    let perf = web_sys::window().and_then(|w| w.performance())?;
    let start = format!("career-compare:decode-start {file}");
    let _ = perf.mark(&start);
    Some((perf, start))
}

/// Records the measure "career-compare:decode <file>" from the mark [`decode_started`] set.
pub fn decode_ended(file: &str, start: Option<(web_sys::Performance, String)>) {
    if let Some((perf, start)) = start {
        let _ = perf.measure_with_start_mark(&format!("career-compare:decode {file}"), &start);
        perf.clear_marks_with_mark_name(&start);
    }
}
