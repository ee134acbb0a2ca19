//! The reader's fast paths, which the public tests reach only through whole files.

use super::strings::plain_run_end;
use super::Reader;

/// Only an object written exactly as `{"code":"…","title":"…"}` is taken in one pass;
/// anything else is left, untouched, to the general reading.
#[test]
fn plain_pair_takes_only_the_plain_layout() {
    let pair = |text: &str| {
        let mut r = Reader::new(text);
        let got = r
            .plain_pair(true, "code", "title", "employment")
            .map(|(a, b, n)| (a.to_string(), b.to_string(), n));
        (got, r.pos)
    };
    let text = r#"{"code":"13-2072","title":"Loan Officers"},"#;
    assert_eq!(
        pair(text),
        (
            Some(("13-2072".into(), "Loan Officers".into(), None)),
            text.len() - 1
        )
    );
    assert_eq!(
        pair(r#"{"code":"","title":"ü ✓"}"#).0,
        Some(("".into(), "ü ✓".into(), None))
    );
    // the number, when it follows the two strings
    let text = r#"{"code":"13-2072","title":"Loan Officers","employment":352690},"#;
    assert_eq!(
        pair(text),
        (
            Some(("13-2072".into(), "Loan Officers".into(), Some(352690))),
            text.len() - 1
        )
    );
    assert_eq!(
        pair(r#"{"code":"1","title":"t","employment":0}"#).0,
        Some(("1".into(), "t".into(), Some(0)))
    );
    for other in [
        r#"{ "code":"1","title":"t"}"#,
        r#"{"code": "1","title":"t"}"#,
        r#"{"code":"1", "title":"t"}"#,
        r#"{"code":"1","title":"t" }"#,
        r#"{"title":"t","code":"1"}"#,
        r#"{"code":"1","title":"t","slug":"s"}"#,
        r#"{"code":"1","title":"t","employment":01}"#,
        r#"{"code":"1","title":"t","employment":-1}"#,
        r#"{"code":"1","title":"t","employment":1.5}"#,
        r#"{"code":"1","title":"t","employment":1e3}"#,
        r#"{"code":"1","title":"t","employment":}"#,
        r#"{"code":"1","title":"t","employment":"1"}"#,
        r#"{"code":"1","title":"t","employment":1234567890123456}"#,
        r#"{"code":"1","title":"t","employment":1 }"#,
        r#"{"code":"1","title":"t","employment":1"#,
        r#"{"code":"1\"","title":"t"}"#,
        r#"{"code":"1","title":"t\u0041"}"#,
        "{\"code\":\"1\",\"title\":\"a\tb\"}",
        r#"{"code":1,"title":"t"}"#,
        r#"{"code":"1","title":"t""#,
        r#"{"code":"1","tit"#,
        "",
    ] {
        assert_eq!(pair(other), (None, 0), "{other}");
    }
    // a later item: after its `,`
    let mut r = Reader::new(r#",{"code":"1","title":"t"}]"#);
    assert_eq!(
        r.plain_pair(false, "code", "title", "employment"),
        Some(("1", "t", None))
    );
    assert_eq!(r.pos, 25);
    for other in [
        r#"{"code":"1","title":"t"}"#,
        r#", {"code":"1","title":"t"}"#,
    ] {
        let mut r = Reader::new(other);
        assert_eq!(
            r.plain_pair(false, "code", "title", "employment"),
            None,
            "{other}"
        );
        assert_eq!(r.pos, 0);
    }
}

/// The same answer as a byte-by-byte scan, for every stop byte at every place of a
/// 20-byte text around plain bytes of every kind (ASCII, UTF-8 continuation, 0x7f).
#[test]
fn plain_run_end_finds_the_first_stop_byte() {
    let naive = |b: &[u8], i: usize| {
        (i..b.len())
            .find(|&k| b[k] == b'"' || b[k] == b'\\' || b[k] < 0x20)
            .unwrap_or(b.len())
    };
    for fill in [b'a', b' ', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xc3, 0xff] {
        for stop in (0u8..0x20).chain([b'"', b'\\']) {
            for at in 0..20 {
                for second in [None, Some(at + 1), Some(at + 3)] {
                    let mut b = vec![fill; 20];
                    b[at] = stop;
                    if let Some(s) = second.filter(|&s| s < 20) {
                        b[s] = b'"';
                    }
                    for from in 0..=20 {
                        assert_eq!(plain_run_end(&b, from), naive(&b, from));
                    }
                }
            }
        }
        assert_eq!(plain_run_end(&[fill; 19], 0), 19);
    }
}

/// `DatasetError::is_cut_off` tells a cut-off file by this prefix.
#[test]
fn every_end_of_text_message_begins_with_the_prefix() {
    use super::{EOF_LIST, EOF_OBJECT, EOF_STRING, EOF_VALUE};
    for m in [EOF_VALUE, EOF_STRING, EOF_OBJECT, EOF_LIST] {
        assert!(m.starts_with(crate::error::EOF_PREFIX), "{m}");
    }
}
