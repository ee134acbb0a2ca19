//! No query with a word some title has comes back empty: queries generated from the real
//! index's words (whole, or cut to a prefix of 1 to 3 letters), mixed with words no title has,
//! in any order and case. Skipped when `data/` is absent, except in CI (see `real_data`).

mod real_data;

use career_comparison::search::normalize;
use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_titles};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeSet;

/// The search over the real index and titles, and every word of every name.
fn real() -> Option<(TitleSearch, Vec<String>)> {
    let index = decode_index(&real_data::read_or_skip("index.json")?).unwrap();
    let titles = decode_titles(&real_data::read_or_skip("titles.json")?, &index).unwrap();
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mains = index.professions.iter().map(|p| p.title);
    let others = titles.professions.iter().flat_map(|e| titles.names_of(e));
    for name in mains.chain(others) {
        words.extend(normalize(name).split(' ').map(String::from));
    }
    words.remove("");
    let mut s = TitleSearch::new(&index);
    s.extend(&titles);
    Some((s, words.into_iter().collect()))
}

/// 512 cases in the normal run; `PROPTEST_CASES=n` for a longer one.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
}

#[test]
fn a_query_with_a_known_word_is_never_empty() {
    let Some((search, words)) = real() else {
        return;
    };
    let query = (
        0..words.len(),
        0usize..4,
        any::<bool>(),
        prop::collection::vec("[a-z]{1,10}|[0-9]{1,4}|[zqx]{4,8}", 0..4),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(pick, cut, upper, mut parts, at)| {
            let word = &words[pick];
            // the whole word, or its first 1 to 3 letters (a prefix as one types it)
            let known: String = match cut {
                0 => word.clone(),
                n => word.chars().take(n).collect(),
            };
            let known = if upper { known.to_uppercase() } else { known };
            parts.insert(at.index(parts.len() + 1), known);
            parts.join(" ")
        });
    let mut runner = TestRunner::new(Config::with_cases(cases()));
    runner
        .run(&query, |q| {
            prop_assert!(!search.search(&q, 12).is_empty(), "{q:?} found nothing");
            Ok(())
        })
        .unwrap();
}
