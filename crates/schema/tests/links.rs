//! Which dataset URLs may be rendered as links.

use career_schema::safe_link_url;
use proptest::prelude::*;

#[test]
fn only_http_and_https_urls_are_links() {
    for ok in [
        "https://www.bls.gov/oes/",
        "http://example.test/a?b=c#d",
        "HTTPS://EXAMPLE.TEST/",
    ] {
        assert_eq!(safe_link_url(ok), Some(ok), "{ok}");
    }
    for bad in [
        "javascript:window.__xss=1",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//evil.test/x",
        "/relative/path",
        "https:///x",
        "https:/\\evil.test",
        "http://exa mple.test",
        "https://\u{202e}evil.test",
        "",
        "ftp://example.test/",
        "{{constructor.constructor('window.__xss=1')()}}",
    ] {
        assert_eq!(safe_link_url(bad), None, "{bad:?}");
    }
}

mod common;
use common::cases;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]
    #[test]
    fn never_panics_and_links_are_http(s in any::<String>()) {
        if let Some(u) = safe_link_url(&s) {
            let l = u.to_ascii_lowercase();
            prop_assert!(l.starts_with("http://") || l.starts_with("https://"));
            prop_assert!(!u.chars().any(|c| c.is_control() || c.is_whitespace()));
        }
    }
}
