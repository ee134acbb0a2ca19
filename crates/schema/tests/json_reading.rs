//! The hand-written JSON reading behind `decode_*`, at its edges: escapes, numbers, `null`,
//! duplicate and unknown fields, trailing text, deep nesting, files cut off at every byte;
//! and the real dataset read exactly as serde_json reads it.

use career_schema::*;
use std::path::Path;

const PROFESSION: &str = r#"{"schema_version":1,"code":"13-2072","title":"Loan Officers","slug":"loan-officers",
 "description":"Évaluer – \"approve\" loans 🏦","pay":{"source":"oews-2025","national":{
 "annual":{"median":{"usd":76690.0},"p90":{"usd":239200,"at_least":true}},"employment":274330}},
 "jobs":{"change_pct":-2.5e0,"projection_period":"2024–34"}}"#;

fn profession(text: &str) -> Result<Profession, DatasetError> {
    decode_profession("13-2072", text.as_bytes())
}

/// The title of the profession file above with its title's JSON replaced by `title`.
fn title_of(title: &str) -> Result<String, DatasetError> {
    profession(&PROFESSION.replace(r#""Loan Officers""#, title)).map(|p| p.title)
}

fn schema_error(e: DatasetError) -> (String, String) {
    match e {
        DatasetError::Schema { path, message, .. } => (path, message),
        other => panic!("expected a schema error, got {other}"),
    }
}

fn json_error(e: DatasetError) -> String {
    match e {
        DatasetError::InvalidJson { message, .. } => message,
        other => panic!("expected invalid JSON, got {other}"),
    }
}

#[test]
fn escapes_decode_to_their_characters() {
    assert_eq!(title_of(r#""a\"b\\c\/d""#).unwrap(), "a\"b\\c/d");
    assert_eq!(
        title_of(r#""tab\there\nnew line""#).unwrap(),
        "tab\there\nnew line"
    );
    assert_eq!(title_of(r#""\u00e9\u2013x""#).unwrap(), "é–x");
    // a character outside the Basic Multilingual Plane, written as a surrogate pair
    assert_eq!(title_of(r#""bank \ud83c\udfe6""#).unwrap(), "bank 🏦");
    // and written as itself
    let p = profession(PROFESSION).unwrap();
    assert_eq!(
        p.description.as_deref(),
        Some("Évaluer – \"approve\" loans 🏦")
    );
}

#[test]
fn bad_escapes_are_invalid_json() {
    for (title, message) in [
        (r#""\ud83c alone""#, "lone leading surrogate"),
        (r#""\udfe6 alone""#, "lone trailing surrogate"),
        (r#""\ud83c\u0041""#, "lone leading surrogate"),
        (r#""\x41""#, "invalid escape"),
        (r#""\u12G4""#, "invalid escape"),
        ("\"a\u{1}b\"", "control character"),
        ("\"line\nbreak\"", "control character"),
    ] {
        let m = json_error(title_of(title).unwrap_err());
        assert!(m.contains(message), "{title}: {m}");
    }
}

#[test]
fn numbers_in_every_json_form() {
    let usd = |n: &str| -> Result<f64, DatasetError> {
        profession(&PROFESSION.replace("76690.0", n))
            .map(|p| p.pay.unwrap().national.annual.median.unwrap().usd)
    };
    for (text, want) in [
        ("76690", 76690.0),
        ("76690.5", 76690.5),
        ("7.669e4", 76690.0),
        ("7669E+1", 76690.0),
        ("766900e-1", 76690.0),
        ("0", 0.0),
        ("0.1", 0.1),
        ("36.87", 36.87),
        ("1.7976931348623157e-300", 1.7976931348623157e-300),
        // more digits than f64 holds exactly
        ("76690.000000000000001", 76690.0),
        ("7669000000000000000000000e-20", 76690.0),
        ("0.30000000000000004", 0.30000000000000004),
    ] {
        assert_eq!(usd(text).unwrap(), want, "{text}");
    }
    // a negative number reads as one (and validation then rejects it as a wage)
    let p = profession(PROFESSION).unwrap();
    assert_eq!(p.jobs.unwrap().change_pct, Some(-2.5));
    for bad in [
        "01", "1.", ".5", "+1", "1e", "-", "1.5.2", "NaN", "Infinity",
    ] {
        assert!(
            matches!(
                usd(bad),
                Err(DatasetError::InvalidJson { .. } | DatasetError::Schema { .. })
            ),
            "{bad}"
        );
    }
    assert!(json_error(usd("1e999").unwrap_err()).contains("number out of range"));
}

#[test]
fn whole_numbers_reject_fractions_signs_and_overflow() {
    let employment = |n: &str| {
        profession(&PROFESSION.replace("274330", n))
            .map(|p| p.pay.unwrap().national.employment.unwrap())
    };
    assert_eq!(employment("0").unwrap(), 0);
    // the largest whole number reads (and validation then says it is too many jobs)
    match employment("18446744073709551615").unwrap_err() {
        DatasetError::Invalid { problems, .. } => {
            assert_eq!(problems[0].found, u64::MAX.to_string())
        }
        other => panic!("{other}"),
    }
    for (text, message) in [
        (
            "1.5",
            "invalid type: floating point `1.5`, expected a whole number",
        ),
        (
            "1e3",
            "invalid type: floating point `1e3`, expected a whole number",
        ),
        ("-5", "invalid value: integer `-5`, expected a whole number"),
        (
            "18446744073709551616",
            "invalid value: integer `18446744073709551616`",
        ),
        (
            "\"274330\"",
            "invalid type: string \"274330\", expected a whole number",
        ),
    ] {
        let (path, m) = schema_error(employment(text).unwrap_err());
        assert_eq!(path, "pay.national.employment", "{text}");
        assert!(m.contains(message), "{text}: {m}");
    }
    let zone = |z: &str| {
        profession(&PROFESSION.replace(
            r#""jobs""#,
            &format!(r#""job_zone":{{"source":"onet","zone":{z},"name":"x"}},"jobs""#),
        ))
    };
    assert_eq!(zone("4").unwrap().job_zone.unwrap().zone, 4);
    let (path, m) = schema_error(zone("300").unwrap_err());
    assert_eq!(path, "job_zone.zone");
    assert!(m.contains("expected a whole number from 0 to 255"), "{m}");
}

#[test]
fn null_is_absent_for_optional_fields_only() {
    let p = profession(
        &PROFESSION.replace(r#""jobs":{"#, r#""entry":null,"jobs":{"employment":null,"#),
    )
    .unwrap();
    assert!(p.entry.is_none() && p.jobs.unwrap().employment.is_none());
    let (path, m) = schema_error(title_of("null").unwrap_err());
    assert_eq!(path, "title");
    assert!(m.contains("invalid type: null, expected a string"), "{m}");
}

#[test]
fn duplicate_and_unknown_fields_are_named() {
    let (path, m) = schema_error(
        profession(&PROFESSION.replace(r#""slug""#, r#""title":"Again","slug""#)).unwrap_err(),
    );
    assert_eq!(path, "the top level");
    assert!(m.contains("duplicate field `title`"), "{m}");
    let (path, m) = schema_error(
        profession(&PROFESSION.replace(r#""usd":76690.0"#, r#""usd":76690.0,"eur":70000"#))
            .unwrap_err(),
    );
    assert_eq!(path, "pay.national.annual.median");
    assert!(
        m.contains("unknown field `eur`, expected one of `usd`, `at_least`"),
        "{m}"
    );
}

#[test]
fn wrong_shapes_say_what_was_found() {
    for (replace, with, path, message) in [
        (
            "\"pay\":{",
            "\"pay\":5,\"x\":{",
            "pay",
            "invalid type: integer `5`, expected an object",
        ),
        (
            "\"pay\":{",
            "\"pay\":[],\"x\":{",
            "pay",
            "invalid type: an array, expected an object",
        ),
        (
            "\"at_least\":true",
            "\"at_least\":\"yes\"",
            "pay.national.annual.p90.at_least",
            "expected a boolean",
        ),
        (
            "\"employment\":274330",
            "\"employment\":true",
            "pay.national.employment",
            "invalid type: boolean `true`",
        ),
    ] {
        let (p, m) = schema_error(profession(&PROFESSION.replace(replace, with)).unwrap_err());
        assert_eq!(p, path, "{with}");
        assert!(m.contains(message), "{with}: {m}");
    }
}

#[test]
fn text_after_the_value_is_rejected() {
    for tail in ["x", "{}", ",", "]"] {
        let m = json_error(profession(&format!("{PROFESSION}{tail}")).unwrap_err());
        assert!(m.contains("trailing characters"), "{tail}: {m}");
    }
    assert!(profession(&format!(" \n\t{PROFESSION}\r\n ")).is_ok());
}

#[test]
fn structural_mistakes_are_invalid_json_not_cut_off() {
    for bad in [
        PROFESSION.replacen(',', ",,", 1),
        PROFESSION.replacen(':', "", 1),
        PROFESSION.replace("274330}},", "274330},},"),
        PROFESSION.replacen("\"code\"", "code", 1),
        "[1 2]".to_string(),
        "tru".to_string() + "x",
    ] {
        let e = profession(&bad).unwrap_err();
        assert!(!e.is_cut_off(), "{bad}: {e}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    let index = format!(r#"{{"schema_version":1,"professions":{deep}"#);
    let (path, m) = schema_error(decode_index(index.as_bytes()).unwrap_err());
    assert_eq!(path, "professions[0]");
    assert!(
        m.contains("invalid type: an array, expected an object"),
        "{m}"
    );
    // a future version's unknown, deeply nested field is still reported as its version
    let next = SCHEMA_VERSION + 1;
    let future = format!(
        r#"{{"extra":{deep}1{},"schema_version":{next}}}"#,
        "]".repeat(100_000)
    );
    let e = decode_index(future.as_bytes()).unwrap_err();
    assert!(
        e.to_string().contains(&format!("found version {next}")),
        "{e}"
    );
}

#[test]
fn a_file_cut_at_any_byte_is_reported_as_cut_off() {
    let b = PROFESSION.as_bytes();
    assert!(profession(PROFESSION).is_ok());
    for n in 0..b.len() {
        let e = decode_profession("13-2072", &b[..n]).unwrap_err();
        assert!(e.is_cut_off(), "cut at {n}: {e}");
        assert!(e.to_string().contains("cut off"), "cut at {n}: {e}");
    }
}

#[test]
fn part_of_a_character_after_complete_json_is_bad_utf8() {
    let mut b = PROFESSION.as_bytes().to_vec();
    b.push("é".as_bytes()[0]);
    assert_eq!(
        decode_profession("13-2072", &b).unwrap_err(),
        DatasetError::InvalidUtf8 {
            file: "professions/13-2072.json".into(),
            offset: PROFESSION.len()
        }
    );
}

#[test]
fn positions_count_lines_and_characters() {
    match profession("{\n  \"title\": \"é\" x").unwrap_err() {
        DatasetError::InvalidJson { line, column, .. } => assert_eq!((line, column), (2, 16)),
        other => panic!("{other}"),
    }
    match profession("{\n  \"title\": \"é").unwrap_err() {
        DatasetError::InvalidJson { line, column, .. } => assert_eq!((line, column), (2, 13)),
        other => panic!("{other}"),
    }
}

/// Every file of the shipped dataset reads to exactly what serde_json reads (the dataset
/// builder's derived `Deserialize`).
#[test]
fn the_real_dataset_reads_as_serde_json_reads_it() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let read = |f: &str| std::fs::read(data.join(f)).unwrap();
    let index_bytes = read(INDEX_FILE);
    let index = decode_index(&index_bytes).unwrap();
    assert_eq!(
        index,
        serde_json::from_slice::<DatasetIndex>(&index_bytes).unwrap()
    );
    let titles_bytes = read(TITLES_FILE);
    let titles = decode_titles(&titles_bytes, &index).unwrap();
    assert_eq!(
        titles,
        serde_json::from_slice::<TitleIndex>(&titles_bytes).unwrap()
    );
    for p in &index.professions {
        let bytes = read(&profession_file(p.code));
        let mine = decode_profession(p.code, &bytes).unwrap();
        assert_eq!(
            mine,
            serde_json::from_slice::<Profession>(&bytes).unwrap(),
            "{}",
            p.code
        );
    }
}

/// `titles.json`'s own reader (titles into one buffer, plain ones in a tight loop): escapes,
/// whitespace, fields in any order and absent lists read as serde_json reads them, and a bad
/// title is named by its path.
#[test]
fn titles_read_into_one_buffer_as_serde_json_reads_them() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let index = decode_index(&std::fs::read(data.join(INDEX_FILE)).unwrap()).unwrap();
    let titles = |text: &str| decode_titles(text.as_bytes(), &index);
    for text in [
        r#"{"schema_version":1,"source":"onet","professions":[{"code":"13-2072","alternate":["Loan Officer","Lender"],"reported":["Banker"]},{"code":"43-4131"}]}"#,
        r#"{"professions":[{"reported":["B\u00e9\"r\\","",""],"code":"13-2072","alternate":[ "A" , "É\n" ,"C"]},{"alternate":[],"code":"43-4131","reported":[]}],"source":"onet","schema_version":1}"#,
        r#"{ "schema_version" : 1 , "source" : "onet" , "professions" : [ { "code" : "13-2072" , "alternate" : [ ] , "reported" : [ "x" ] } ] }"#,
        r#"{"schema_version":1,"source":"onet","professions":[]}"#,
        r#"{"schema_version":1,"source":"onet","professions":[{"code":"33-9099","alternate":["Bodyguard"],"detailed":[{"title":"Retail Loss Prevention Specialists","alternate":["Loss Mitigation Specialist"],"reported":["Store Detective"]},{"reported":[],"title":"T\u00e9"}]}]}"#,
    ] {
        let mine = titles(text).unwrap();
        let serde: TitleIndex = serde_json::from_str(text).unwrap();
        assert_eq!(mine, serde, "{text}");
        let json: titles_json::TitleIndex = serde_json::from_str(text).unwrap();
        assert_eq!(titles_json::TitleIndex::from(&mine), json, "{text}");
    }
    let t = titles(r#"{"schema_version":1,"source":"s","professions":[{"code":"13-2072","reported":["x\u00e9"],"alternate":["a","b\"","c"]}]}"#).unwrap();
    let e = &t.professions[0];
    assert_eq!(t.alternate(e).collect::<Vec<_>>(), ["a", "b\"", "c"]);
    assert_eq!(t.reported(e).collect::<Vec<_>>(), ["xé"]);
    assert_eq!((t.name_count(), t.name_bytes()), (4, 7));
    // a detailed occupation's title and titles, after the profession's own
    let t = titles(r#"{"schema_version":1,"source":"s","professions":[{"code":"13-2072","alternate":["a"],"detailed":[{"title":"D","alternate":["b"],"reported":["c"]}]}]}"#).unwrap();
    let e = &t.professions[0];
    assert_eq!(
        t.names_with_detailed(e).collect::<Vec<_>>(),
        [
            ("a", None),
            ("D", Some("D")),
            ("b", Some("D")),
            ("c", Some("D"))
        ]
    );

    let path = |text: &str| schema_error(titles(text).unwrap_err());
    let entry = |e: &str| {
        format!(r#"{{"schema_version":1,"source":"s","professions":[{{"code":"13-2072"}},{e}]}}"#)
    };
    assert_eq!(
        path(&entry(
            r#"{"code":"43-4131","detailed":[{"alternate":[]}]}"#
        )),
        (
            "professions[1].detailed[0]".into(),
            "missing field `title`".into()
        )
    );
    assert_eq!(
        path(&entry(r#"{"code":"43-4131","alternate":["a","b","c",7]}"#)),
        (
            "professions[1].alternate[3]".into(),
            "invalid type: integer `7`, expected a string".into()
        )
    );
    assert_eq!(
        path(&entry(r#"{"code":"43-4131","reported":[null]}"#)).0,
        "professions[1].reported[0]"
    );
    assert_eq!(
        path(&entry(r#"{"code":"43-4131","alternate":"a"}"#)),
        (
            "professions[1].alternate".into(),
            "invalid type: string \"a\", expected an array".into()
        )
    );
    assert_eq!(
        path(&entry(
            r#"{"code":"43-4131","alternate":[],"alternate":[]}"#
        )),
        (
            "professions[1]".into(),
            "duplicate field `alternate`".into()
        )
    );
    assert_eq!(
        path(&entry(r#"{"alternate":["a"]}"#)),
        ("professions[1]".into(), "missing field `code`".into())
    );
    assert_eq!(
        path(&entry(r#"{"code":"43-4131","other":[]}"#)).1,
        "unknown field `other`, expected one of `code`, `alternate`, `reported`, `detailed`"
    );
    for bad in [
        r#"{"code":"43-4131","alternate":["a",]}"#,
        r#"{"code":"43-4131","alternate":["a""b"]}"#,
        r#"{"code":"43-4131","alternate":["a"#,
    ] {
        assert!(
            matches!(titles(&entry(bad)), Err(DatasetError::InvalidJson { .. })),
            "{bad}"
        );
    }
}
