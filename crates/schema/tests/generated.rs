//! Property tests over generated inputs: the decoders never panic, whatever the bytes, and
//! every valid profession survives a round trip through JSON unchanged.
//! The normal test run uses a bounded number of cases; for a longer run:
//! `PROPTEST_CASES=20000 cargo test -p career-schema --test generated`.

use career_schema::*;
use proptest::prelude::*;

fn wage(max: f64) -> impl Strategy<Value = Option<Wage>> {
    proptest::option::of((0.0..max, any::<bool>()).prop_map(|(usd, at_least)| Wage {
        usd: (usd * 100.0).round() / 100.0,
        at_least,
    }))
}

fn pct() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of((0u32..=1000).prop_map(|t| t as f64 / 10.0))
}

fn profession() -> impl Strategy<Value = Profession> {
    (
        "[0-9]{2}-[0-9]{4}",
        // a title of printable characters, not only whitespace (validation rejects blank titles)
        "\\PC{1,40}".prop_filter("a non-blank title", |t| !t.trim().is_empty()),
        proptest::option::of("\\PC{0,200}"),
        (wage(239_200.0), wage(239_200.0), wage(115.0)),
        proptest::option::of(0u64..5_000_000),
        proptest::option::of((-999i32..=999).prop_map(|t| t as f64 / 10.0)),
        (
            pct(),
            pct(),
            proptest::option::of((140u32..=900).prop_map(|t| t as f64 / 10.0)),
        ),
    )
        .prop_map(
            |(
                code,
                title,
                description,
                (median, p10, hourly),
                employment,
                change,
                (women, white, age),
            )| {
                let (p10, p90) = match (p10, median) {
                    (Some(a), Some(b)) if a.usd > b.usd => (Some(b), Some(a)),
                    (a, b) => (a, b),
                };
                Profession {
                    schema_version: SCHEMA_VERSION,
                    code,
                    title,
                    slug: "x".into(),
                    description,
                    pay: Some(Pay {
                        source: "oews-2025".into(),
                        national: WageStats {
                            annual: AnnualWages {
                                median,
                                p10,
                                p90,
                                ..Default::default()
                            },
                            hourly: Some(HourlyWages {
                                median: hourly,
                                mean: None,
                            }),
                            employment,
                        },
                    }),
                    jobs: Some(Jobs {
                        employment,
                        change_pct: change,
                        ..Default::default()
                    }),
                    demographics: Some(Demographics {
                        source: "cps-2025".into(),
                        cps_group: "g".into(),
                        median_age: age,
                        women_pct: women,
                        white_pct: white,
                        ..Default::default()
                    }),
                    ..Default::default()
                }
            },
        )
}

mod common;
use common::cases;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode_index(&b);
        let _ = decode_profession("13-2072", &b);
    }

    #[test]
    fn arbitrary_json_text_never_panics(s in "[\\[\\]{}\":,0-9a-z_ .-]{0,300}") {
        let _ = decode_index(s.as_bytes());
        let _ = decode_profession("13-2072", s.as_bytes());
    }

    #[test]
    fn valid_professions_round_trip(p in profession()) {
        let bytes = serde_json::to_vec(&p).unwrap();
        let back = decode_profession(&p.code, &bytes).unwrap();
        prop_assert_eq!(back, p);
    }

    #[test]
    fn truncated_valid_files_are_errors_not_panics(p in profession(), cut in 0.0f64..1.0) {
        let bytes = serde_json::to_vec(&p).unwrap();
        let n = ((bytes.len() as f64) * cut) as usize;
        prop_assert!(decode_profession(&p.code, &bytes[..n]).is_err());
    }
}
