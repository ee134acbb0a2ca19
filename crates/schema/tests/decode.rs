//! Decoding and validation as a portal author meets them: each kind of bad dataset gives an
//! error that names the file, the field path, what was expected and what was found.

use career_schema::*;
use serde_json::{json, Value};

fn index_json() -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "name": "fixture",
        "sources": [{"id": "oews-2025", "agency": "BLS", "title": "OEWS", "vintage": "May 2025",
                     "url": "https://www.bls.gov/oes/", "license": "Public domain"}],
        "professions": [
            {"code": "13-2072", "title": "Loan Officers", "slug": "loan-officers"},
            {"code": "43-4131", "title": "Loan Interviewers and Clerks", "slug": "loan-interviewers-and-clerks"}
        ]
    })
}

fn profession_json() -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "code": "13-2072",
        "title": "Loan Officers",
        "slug": "loan-officers",
        "pay": {"source": "oews-2025", "national": {
            "annual": {"median": {"usd": 76690.0}, "p10": {"usd": 40000.0}, "p90": {"usd": 239200.0, "at_least": true}},
            "hourly": {"median": {"usd": 36.87}},
            "employment": 274330
        }},
        "demographics": {"source": "cps-2025", "cps_group": "Credit counselors and loan officers",
                         "broader_group": true, "women_pct": 50.1}
    })
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

fn invalid_paths(err: DatasetError) -> Vec<String> {
    match err {
        DatasetError::Invalid { problems, .. } => problems.into_iter().map(|p| p.path).collect(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn valid_files_decode_and_round_trip() {
    let ix = decode_index(&bytes(&index_json())).unwrap();
    assert_eq!(ix.professions.get(0).unwrap().title, "Loan Officers");
    let p = decode_profession("13-2072", &bytes(&profession_json())).unwrap();
    let median = p.pay.as_ref().unwrap().national.annual.median.unwrap();
    assert_eq!(median, Wage::exact(76690.0));
    assert!(
        p.pay
            .as_ref()
            .unwrap()
            .national
            .annual
            .p90
            .unwrap()
            .at_least
    );
    let again = decode_profession("13-2072", &serde_json::to_vec(&p).unwrap()).unwrap();
    assert_eq!(again, p);
}

#[test]
fn index_entries_decode_with_or_without_a_slug() {
    let with = decode_index(&bytes(&index_json())).unwrap();
    assert_eq!(with.professions.get(0).unwrap().slug, Some("loan-officers"));
    let mut v = index_json();
    for p in v["professions"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("slug");
    }
    let without = decode_index(&bytes(&v)).unwrap();
    assert_eq!(
        without.professions.get(1).unwrap().title,
        "Loan Interviewers and Clerks"
    );
    assert!(without.professions.iter().all(|p| p.slug.is_none()));
}

#[test]
fn unsupported_schema_version_is_named() {
    let mut v = index_json();
    v["schema_version"] = json!(99);
    let e = decode_index(&bytes(&v)).unwrap_err();
    assert!(
        e.to_string()
            .contains("schema_version: expected schema version 1 to 3, found version 99"),
        "{e}"
    );
}

#[test]
fn missing_required_field_gives_its_path() {
    let mut v = index_json();
    v["professions"][1].as_object_mut().unwrap().remove("title");
    match decode_index(&bytes(&v)).unwrap_err() {
        DatasetError::Schema {
            file,
            path,
            message,
        } => {
            assert_eq!(file, "index.json");
            assert_eq!(path, "professions[1]");
            assert!(message.contains("missing field `title`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn wrong_type_gives_path_expected_and_found() {
    let mut v = profession_json();
    v["pay"]["national"]["annual"]["median"]["usd"] = json!("76,690");
    match decode_profession("13-2072", &bytes(&v)).unwrap_err() {
        DatasetError::Schema {
            file,
            path,
            message,
        } => {
            assert_eq!(file, "professions/13-2072.json");
            assert_eq!(path, "pay.national.annual.median.usd");
            assert!(
                message.contains("invalid type: string \"76,690\", expected a number"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_code_is_found() {
    let mut v = index_json();
    v["professions"][1]["code"] = json!("13-2072");
    let paths = invalid_paths(decode_index(&bytes(&v)).unwrap_err());
    assert_eq!(paths, vec!["professions[1]"]);
}

#[test]
fn blank_title_is_found_and_unsorted_unique_codes_pass() {
    let mut v = index_json();
    v["professions"][1]["title"] = json!("  ");
    let paths = invalid_paths(decode_index(&bytes(&v)).unwrap_err());
    assert_eq!(paths, vec!["professions[1].title"]);
    let mut v = index_json();
    let list = v["professions"].as_array_mut().unwrap();
    list.reverse();
    assert!(list.len() > 1);
    decode_index(&bytes(&v)).unwrap();
}

#[test]
fn malformed_code_is_found() {
    let mut v = index_json();
    v["professions"][0]["code"] = json!("132072");
    let e = decode_index(&bytes(&v)).unwrap_err();
    assert!(
        e.to_string()
            .contains("professions[0].code: expected a SOC code"),
        "{e}"
    );
}

#[test]
fn negative_absurd_and_overflowing_numbers_are_rejected() {
    let mut v = profession_json();
    v["pay"]["national"]["annual"]["median"]["usd"] = json!(-5.0);
    v["pay"]["national"]["annual"]["mean"] = json!({"usd": 1e12});
    v["demographics"]["women_pct"] = json!(140.0);
    let paths = invalid_paths(decode_profession("13-2072", &bytes(&v)).unwrap_err());
    assert!(paths.contains(&"pay.national.annual.median.usd".to_string()));
    assert!(paths.contains(&"pay.national.annual.mean.usd".to_string()));
    assert!(paths.contains(&"demographics.women_pct".to_string()));

    // the paths of figures nested in a place and in hourly pay
    let mut v = profession_json();
    v["pay"]["national"]["hourly"]["median"]["usd"] = json!(9999.0);
    v["pay_by_place"] = json!({"source": "oews-2025", "states": {"MD": {
        "annual": {"p10": {"usd": 90000.0}, "p90": {"usd": 50000.0}},
        "employment": 500000000u64
    }}});
    let paths = invalid_paths(decode_profession("13-2072", &bytes(&v)).unwrap_err());
    for want in [
        "pay.national.hourly.median.usd",
        "pay_by_place.states.MD.annual.p10",
        "pay_by_place.states.MD.employment",
    ] {
        assert!(paths.contains(&want.to_string()), "{want} in {paths:?}");
    }

    // JSON has no NaN; a number too large for f64 is a JSON error, not a silent infinity.
    let text = String::from_utf8(bytes(&profession_json()))
        .unwrap()
        .replace("76690.0", "1e999");
    assert!(matches!(
        decode_profession("13-2072", text.as_bytes()).unwrap_err(),
        DatasetError::Schema { .. } | DatasetError::InvalidJson { .. }
    ));
}

#[test]
fn profession_file_for_another_code_is_rejected() {
    let e = decode_profession("43-4131", &bytes(&profession_json())).unwrap_err();
    assert!(e.to_string().contains("code: expected \"43-4131\""), "{e}");
}

#[test]
fn title_for_unknown_code_is_rejected() {
    let ix = decode_index(&bytes(&index_json())).unwrap();
    let t = json!({"schema_version": SCHEMA_VERSION, "source": "onet-29.2", "professions": [
        {"code": "13-2072", "alternate": ["Bank Officer"]},
        {"code": "99-0001", "alternate": ["Ghost"]}
    ]});
    let paths = invalid_paths(decode_titles(&bytes(&t), &ix).unwrap_err());
    assert_eq!(paths, vec!["professions[1].code"]);
}

#[test]
fn empty_dataset_is_rejected() {
    let mut v = index_json();
    v["professions"] = json!([]);
    let e = decode_index(&bytes(&v)).unwrap_err();
    assert!(
        e.to_string()
            .contains("professions: expected at least one profession"),
        "{e}"
    );
}

#[test]
fn oversized_file_states_the_limit() {
    let big = vec![b' '; decode::MAX_INDEX_BYTES + 1];
    let e = decode_index(&big).unwrap_err();
    assert!(matches!(e, DatasetError::TooLarge { limit, .. } if limit == decode::MAX_INDEX_BYTES));
    assert!(e.to_string().contains("limit"), "{e}");
}

#[test]
fn invalid_utf8_gives_the_offset() {
    let mut b = bytes(&index_json());
    b[10] = 0xff;
    assert_eq!(
        decode_index(&b).unwrap_err(),
        DatasetError::InvalidUtf8 {
            file: "index.json".into(),
            offset: 10
        }
    );
}

#[test]
fn truncated_json_is_invalid_json_with_position() {
    let b = bytes(&index_json());
    let cut = &b[..b.len() / 2];
    let err = decode_index(cut).unwrap_err();
    assert!(err.is_cut_off());
    assert!(
        err.to_string().contains("index.json is incomplete"),
        "{err}"
    );
    assert!(err.to_string().contains("cut off"), "{err}");
    assert!(!decode_index(b"{]").unwrap_err().is_cut_off());
    match err {
        DatasetError::InvalidJson {
            file,
            line,
            message,
            ..
        } => {
            assert_eq!(file, "index.json");
            assert_eq!(line, 1);
            assert!(message.contains("EOF"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn absent_optional_fields_are_fine() {
    let v = json!({"schema_version": SCHEMA_VERSION, "code": "13-2072", "title": "Loan Officers", "slug": "x"});
    let p = decode_profession("13-2072", &bytes(&v)).unwrap();
    assert!(p.pay.is_none() && p.demographics.is_none() && p.extras.is_empty());
}

#[test]
fn missing_reason_falls_back_to_parent_then_dataset() {
    let mut ix = decode_index(&bytes(&index_json())).unwrap();
    ix.unavailable
        .insert("extras.job_satisfaction".into(), "No public source.".into());
    let mut p = decode_profession("13-2072", &bytes(&profession_json())).unwrap();
    p.missing
        .insert("demographics".into(), "No CPS row.".into());
    assert_eq!(p.missing_reason(&ix, FieldKey::Women), Some("No CPS row."));
    assert_eq!(
        p.missing_reason(&ix, FieldKey::JobSatisfaction),
        Some("No public source.")
    );
    assert_eq!(p.missing_reason(&ix, FieldKey::Skills), None);
}

#[test]
fn a_future_format_is_reported_as_its_version_not_a_field() {
    let mut v = profession_json();
    v["schema_version"] = json!(4);
    v["pay"] = json!({"renamed": true});
    let e = decode_profession("13-2072", &bytes(&v)).unwrap_err();
    assert!(
        e.to_string()
            .contains("expected schema version 1 to 3, found version 4"),
        "{e}"
    );
}

/// The builder's plain layout (`{"code":…,"title":…}`, no spaces or escapes) is read by a
/// fast path; any other way of writing the same index must decode to the same professions.
#[test]
fn the_index_decodes_alike_however_it_is_written() {
    let entries = |ix: &DatasetIndex| -> Vec<(String, String, Option<String>)> {
        ix.professions
            .iter()
            .map(|p| (p.code.into(), p.title.into(), p.slug.map(Into::into)))
            .collect()
    };
    let mut v = index_json();
    for p in v["professions"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("slug");
    }
    let plain = decode_index(&bytes(&v)).unwrap();
    let want = vec![
        ("13-2072".to_string(), "Loan Officers".to_string(), None),
        (
            "43-4131".to_string(),
            "Loan Interviewers and Clerks".to_string(),
            None,
        ),
    ];
    assert_eq!(entries(&plain), want);

    // pretty-printed
    let pretty = serde_json::to_vec_pretty(&v).unwrap();
    assert_eq!(entries(&decode_index(&pretty).unwrap()), want);

    // escapes, keys in another order, and a plain entry after an unusual one
    let text = String::from_utf8(bytes(&v)).unwrap().replace(
        r#"{"code":"13-2072","title":"Loan Officers"}"#,
        r#"{"title":"Loan\u0020Off\u0069cers","code":"13-2072"}"#,
    );
    assert!(text.contains(r#"\u0020"#), "the fixture has that entry");
    assert_eq!(entries(&decode_index(text.as_bytes()).unwrap()), want);

    // slugs, when a dataset still writes them, come through too
    let with_slugs = decode_index(&bytes(&index_json())).unwrap();
    assert_eq!(
        entries(&with_slugs)[1].2.as_deref(),
        Some("loan-interviewers-and-clerks")
    );
}

/// A version-1 dataset (a portal's own, made before version 2) still loads, and the figures
/// version 2 added are "not in this dataset" rather than missing without a reason.
#[test]
fn a_version_1_dataset_loads_and_says_what_it_lacks() {
    let mut ix = index_json();
    ix["schema_version"] = json!(1);
    let ix = decode_index(&bytes(&ix)).expect("a version-1 index decodes");
    let mut p = profession_json();
    p["schema_version"] = json!(1);
    let p = decode_profession("13-2072", &bytes(&p)).expect("a version-1 profession decodes");
    for key in [
        FieldKey::Tasks,
        FieldKey::Related,
        FieldKey::Interests,
        FieldKey::WorkValues,
        FieldKey::WorkStyles,
        FieldKey::Tools,
    ] {
        assert_eq!(
            p.missing_reason(&ix, key),
            Some(career_schema::NOT_IN_THIS_DATASET),
            "{key:?}"
        );
    }
    // figures version 1 had keep their own reasons (none here)
    assert_eq!(p.missing_reason(&ix, FieldKey::Skills), None);
    // a version-2 file in a version-1 index is read as the index's version
    let p2 = decode_profession("13-2072", &bytes(&profession_json())).unwrap();
    assert_eq!(
        p2.missing_reason(&ix, FieldKey::Tasks),
        Some(career_schema::NOT_IN_THIS_DATASET)
    );
}

/// Version 2's fields as the builder writes them (13-2072's first Core task, its first related
/// occupation, its first interest score), for the checks below to break one at a time.
fn profession_v2_json() -> Value {
    let mut v = profession_json();
    v["tasks"] = json!({"source": "onet-29.2", "occupations": [{
        "onet_code": "13-2072.00", "title": "Loan Officers",
        "core": ["Meet with applicants to obtain information for loan applications and to answer questions about the process."],
        "supplemental": [], "emerging": [{"text": "Explain loan options.", "category": "New"}]
    }]});
    v["related"] = json!({"source": "onet-29.2", "occupations": [
        {"code": "43-4131", "tier": "Primary-Short", "annual_median": {"usd": 50020}, "change_pct": -2.3}
    ]});
    v["interests"] = json!({"source": "onet-29.2", "occupations": [{
        "onet_code": "13-2072.00", "title": "Loan Officers",
        "scores": [{"name": "Conventional", "value": 6.02}], "high_points": ["Conventional"]
    }]});
    v["skills"] = json!({"source": "onet-29.2",
        "work_styles": [{"name": "Integrity", "importance": 4.66}], "tools": ["10-key calculators"]});
    v
}

/// The message a portal author reads for one bad value: file, field path, expected, found.
fn one_problem(v: &Value) -> String {
    let e = decode_profession("13-2072", &bytes(v)).unwrap_err();
    assert!(
        matches!(&e, DatasetError::Invalid { problems, .. } if problems.len() == 1),
        "{e:?}"
    );
    e.to_string()
}

#[test]
fn a_bad_version_2_field_names_file_path_expected_and_found() {
    decode_profession("13-2072", &bytes(&profession_v2_json())).expect("the good file decodes");
    let cases: [(&[&str], Value, &str); 7] = [
        (
            &["interests", "occupations", "0", "scores", "0", "value"],
            json!(8.5),
            "interests.occupations[0].scores[0].value: expected an O*NET score between 1 and 7, found 8.5",
        ),
        (
            &["skills", "work_styles", "0", "importance"],
            json!(6),
            "skills.work_styles[0].importance: expected an O*NET importance between 1 and 5, found 6",
        ),
        (
            &["related", "occupations", "0", "code"],
            json!("43-4131.00"),
            "related.occupations[0].code: expected a SOC code like \"13-2072\", found \"43-4131.00\"",
        ),
        (
            &["related", "occupations", "0", "tier"],
            json!("Primary"),
            "related.occupations[0].tier: expected one of \"Primary-Short\", \"Primary-Long\", \"Supplemental\", found \"Primary\"",
        ),
        (
            &["tasks", "occupations", "0", "core", "0"],
            json!("  "),
            "tasks.occupations[0].core[0]: expected non-empty text, found empty text",
        ),
        (
            &["tasks", "occupations", "0", "emerging", "0", "category"],
            json!("Old"),
            "tasks.occupations[0].emerging[0].category: expected one of \"New\", \"Revision\", found \"Old\"",
        ),
        (
            &["interests", "occupations", "0", "high_points", "0"],
            json!("Realistic"),
            "interests.occupations[0].high_points[0]: expected the name of one of its scores, found \"Realistic\"",
        ),
    ];
    for (path, bad, want) in cases {
        let mut v = profession_v2_json();
        let slot = path.iter().fold(&mut v, |v, k| match k.parse::<usize>() {
            Ok(i) => &mut v[i],
            Err(_) => &mut v[*k],
        });
        *slot = bad;
        let msg = one_problem(&v);
        assert!(
            msg.starts_with("professions/13-2072.json has 1 invalid value(s)"),
            "{msg}"
        );
        assert!(msg.contains(want), "{want}\nin {msg}");
    }
}
