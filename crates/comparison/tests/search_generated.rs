//! Generated inputs for the title search: arbitrary titles (any Unicode, including bidi
//! overrides, zero-width characters, accents, scripts without case) and arbitrary queries.
//! Asserts no panic, hits only for known codes and each profession at most once, and that a
//! profession's exact title ranks an exact match first with that profession among the exact
//! matches. 256 cases per property in the normal run; `PROPTEST_CASES=20000 cargo test -p
//! career-comparison --test search_generated --release` for a longer one.

use career_comparison::search::normalize;
use career_comparison::{MatchKind, TitleSearch};
use career_schema::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn index(titles: &[String]) -> DatasetIndex {
    DatasetIndex {
        schema_version: SCHEMA_VERSION,
        name: "generated".into(),
        sources: vec![],
        attribution: vec![],
        unavailable: Default::default(),
        states: vec![],
        areas: 0,
        definitions: TextMap::new(),
        professions: titles
            .iter()
            .enumerate()
            .map(|(i, t)| ProfessionSummary {
                code: format!("{:02}-{:04}", 11 + i / 10_000, i % 10_000),
                title: t.clone(),
                slug: None,
                employment: None,
            })
            .collect(),
    }
}

/// Titles that look like job titles, with hostile and non-Latin characters mixed in, or any
/// string at all.
fn title() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z]{1,12}( [A-Za-z0-9]{1,10}){0,4}",
        2 => "[a-zA-Z éÉüÜßæÆøØçñ中文字עברית\u{202E}\u{202D}\u{200B}\u{200D}\u{FEFF}()/,.&'-]{0,40}",
        1 => any::<String>(),
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,12}",
        "[a-zA-Z éü中\u{202E}\u{200B}*?()\\[\\]-]{0,20}",
        any::<String>(),
    ]
}

fn alternates(n: usize) -> impl Strategy<Value = Vec<(usize, Vec<String>)>> {
    prop::collection::vec((0..n.max(1), prop::collection::vec(title(), 0..4)), 0..6)
}

/// 256 cases in the normal run; `PROPTEST_CASES=n` for a longer one.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// `normalize` one character at a time, as it was written before it copied runs at once.
fn normalize_reference(s: &str) -> String {
    let mut out = String::new();
    let mut space = true;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            let mut one = String::new();
            one.push(c);
            // folding is normalize's own: a lone letter normalises to its folded form
            out.push_str(&normalize(&one));
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn normalize_matches_the_one_character_at_a_time_reference(s in title()) {
        prop_assert_eq!(normalize(&s), normalize_reference(&s));
    }

    #[test]
    fn search_never_panics_and_lists_known_codes_once(
        titles in prop::collection::vec(title(), 1..40),
        queries in prop::collection::vec(query(), 1..6),
        limit in 0usize..50,
    ) {
        let ix = index(&titles);
        let known: BTreeSet<&str> = ix.professions.iter().map(|p| p.code).collect();
        let search = TitleSearch::new(&ix);
        for q in &queries {
            let hits = search.search(q, limit);
            prop_assert!(hits.len() <= limit);
            let mut seen = BTreeSet::new();
            for h in &hits {
                prop_assert!(known.contains(h.code.as_str()), "unknown code {}", h.code);
                prop_assert!(seen.insert(h.code.clone()), "{} listed twice", h.code);
            }
            // ranked best first: exact, then prefix and word-prefix matches together (the
            // common occupation first among them), substring, typo, partial
            let class = |k: MatchKind| match k {
                MatchKind::Exact => 0,
                MatchKind::Prefix | MatchKind::WordPrefix => 1,
                MatchKind::Substring => 2,
                MatchKind::Typo => 3,
                MatchKind::Partial => 4,
            };
            prop_assert!(hits.windows(2).all(|w| class(w[0].kind) <= class(w[1].kind)));
        }
        let _ = search.first(limit);
    }

    #[test]
    fn alternate_titles_never_panic(
        titles in prop::collection::vec(title(), 1..20),
        extra in alternates(20),
        q in query(),
    ) {
        let ix = index(&titles);
        let mut titles_index = TitleIndex::new(SCHEMA_VERSION, "generated");
        for (i, alternate) in extra.into_iter().filter(|(i, _)| *i < ix.professions.len()) {
            titles_index.push(ix.professions.get(i).unwrap().code, &alternate, [""; 0]);
        }
        let mut search = TitleSearch::new(&ix);
        search.extend(&titles_index);
        let known: BTreeSet<&str> = ix.professions.iter().map(|p| p.code).collect();
        for h in search.search(&q, 20) {
            prop_assert!(known.contains(h.code.as_str()));
        }
    }

    #[test]
    fn an_exact_title_ranks_first(
        titles in prop::collection::vec(title(), 1..40),
        pick in any::<prop::sample::Index>(),
    ) {
        let ix = index(&titles);
        let target = ix.professions.get(pick.index(ix.professions.len())).unwrap();
        prop_assume!(!normalize(target.title).is_empty());
        let search = TitleSearch::new(&ix);
        let hits = search.search(target.title, ix.professions.len());
        prop_assert!(!hits.is_empty());
        prop_assert_eq!(hits[0].kind, MatchKind::Exact);
        let mine = hits.iter().find(|h| h.code == target.code);
        prop_assert!(mine.is_some_and(|h| h.kind == MatchKind::Exact),
            "{:?} not an exact hit for its own title {:?}: {:?}", target.code, target.title, hits);
    }
}
