//! Shared by the property tests.

/// 256 cases in the normal run; `PROPTEST_CASES=n` for a longer one.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}
