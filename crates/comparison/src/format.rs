//! Numbers as the widget shows them: dollars, hourly rates, counts, shares and signed changes.
//!
//! Conventions:
//! - annual money is rounded to whole dollars with thousands separators: `$76,690`;
//! - hourly rates keep cents: `$36.87`;
//! - a top-coded BLS wage ([`Wage::at_least`]) reads `$239,200 or more`;
//! - counts use thousands separators: `274,330`;
//! - percentages have one decimal: `42.3%`;
//! - signed changes always carry a sign, and negative numbers use the Unicode minus sign
//!   U+2212 (`−3.0%`), never a hyphen, so screen readers say "minus" and the digits line up.

pub use career_schema::decimal::fixed;
use career_schema::Wage;

/// The minus sign used for every negative number shown (U+2212).
pub const MINUS: char = '\u{2212}';

/// Groups the digits of a non-negative integer with commas: 1234567 → "1,234,567".
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A plain number for markup (`aria-valuenow`, SVG coordinates): at most two decimals, no
/// trailing zeros, no grouping: 76690.0 → "76690", 42.3 → "42.3", 1.0 / 3.0 → "0.33". For
/// the dataset's figures (at most two decimals) the same text as `v.to_string()`.
pub fn number(v: f64) -> String {
    let mut s = fixed(v, 2);
    // the trailing zeros of the decimals, then the point if none is left (byte loops: no
    // `memchr` or char searcher in the wasm for this)
    if let Some(point) = s.bytes().position(|c| c == b'.') {
        let b = s.as_bytes();
        let mut kept = b.len();
        while kept > point + 1 && b[kept - 1] == b'0' {
            kept -= 1;
        }
        if kept == point + 1 {
            kept = point;
        }
        s.truncate(kept);
    }
    s
}

/// Whole dollars: 76690.0 → "$76,690"; negative amounts get a leading minus sign.
pub fn money(usd: f64) -> String {
    let rounded = usd.abs().round() as u64;
    let sign = if usd < 0.0 && rounded > 0 {
        "\u{2212}"
    } else {
        ""
    };
    format!("{sign}${}", group_digits(rounded))
}

/// Dollars and cents: 36.87 → "$36.87".
pub fn money_cents(usd: f64) -> String {
    let cents = (usd.abs() * 100.0).round() as u64;
    let sign = if usd < 0.0 && cents > 0 {
        "\u{2212}"
    } else {
        ""
    };
    format!("{sign}${}.{:02}", group_digits(cents / 100), cents % 100)
}

/// An annual wage: "$76,690", or "$239,200 or more" when top-coded.
pub fn annual(w: Wage) -> String {
    if w.at_least {
        format!("{} or more", money(w.usd))
    } else {
        money(w.usd)
    }
}

/// An hourly wage: "$36.87", or "$115.00 or more" when top-coded.
pub fn hourly(w: Wage) -> String {
    if w.at_least {
        format!("{} or more", money_cents(w.usd))
    } else {
        money_cents(w.usd)
    }
}

/// A count of people or jobs: "274,330".
pub fn count(n: u64) -> String {
    group_digits(n)
}

/// A share with one decimal: 42.3 → "42.3%".
pub fn percent(pct: f64) -> String {
    let s = format!("{}%", fixed(pct.abs(), 1));
    if pct < 0.0 && s != "0.0%" {
        format!("\u{2212}{s}") // MINUS, as text: no `char` formatting in the wasm
    } else {
        s
    }
}

/// A change with its sign: 1.7 → "+1.7%", -3.0 → "−3.0%", 0 → "0.0%".
pub fn signed_percent(pct: f64) -> String {
    let s = format!("{}%", fixed(pct.abs(), 1));
    if s == "0.0%" {
        s
    } else if pct > 0.0 {
        format!("+{s}")
    } else {
        format!("\u{2212}{s}") // MINUS, as text: no `char` formatting in the wasm
    }
}

/// An age in years: 42.0 → "42", 41.5 → "41.5".
pub fn years(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        // as `i64`'s Display writes it, through the `u64` formatting the counts already use
        let whole = v.round() as i64;
        let digits = whole.unsigned_abs().to_string();
        if whole < 0 {
            ["-", &digits].concat()
        } else {
            digits
        }
    } else {
        fixed(v, 1)
    }
}

/// A rating to two decimals: 3.666 → "3.67".
pub fn rating(v: f64) -> String {
    fixed(v, 2)
}

/// True if `s` has explicit bidi formatting characters (embeddings, overrides, isolates).
pub fn has_bidi_controls(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// `s` made safe to put inside other text: if it has bidi formatting characters, it is wrapped
/// in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which ends every embedding or override it
/// opened, so a right-to-left override in a title cannot reorder the sentence around it. Text
/// without such characters is returned as it is.
pub fn isolate_bidi(s: &str) -> std::borrow::Cow<'_, str> {
    if has_bidi_controls(s) {
        std::borrow::Cow::Owned(format!("\u{2068}{s}\u{2069}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_are_the_shortest_text_of_figures_with_two_decimals() {
        for k in -100_000i64..=100_000 {
            let v = k as f64 / 100.0;
            assert_eq!(number(v), v.to_string(), "{k} hundredths");
        }
        assert_eq!(number(1.0 / 3.0), "0.33");
        assert_eq!(number(1000.0), "1000");
        // as the char-pattern trimming wrote it, for values rounding to zero or to whole
        for v in [
            0.001, -0.001, 0.004, -0.004, 0.995, -0.995, 1e17, 5e-324, 99.999,
        ] {
            let mut want = fixed(v, 2);
            if want.contains('.') {
                want = want.trim_end_matches('0').trim_end_matches('.').to_string();
            }
            assert_eq!(number(v), want, "{v}");
        }
    }

    #[test]
    fn money_has_commas_and_whole_dollars() {
        assert_eq!(money(76690.0), "$76,690");
        assert_eq!(money(999.4), "$999");
        assert_eq!(money(1_234_567.6), "$1,234,568");
        assert_eq!(money(0.0), "$0");
        assert_eq!(money(-1500.0), "\u{2212}$1,500");
    }

    #[test]
    fn hourly_keeps_cents() {
        assert_eq!(hourly(Wage::exact(36.87)), "$36.87");
        assert_eq!(hourly(Wage::exact(7.5)), "$7.50");
        assert_eq!(money_cents(1234.005), "$1,234.01");
    }

    #[test]
    fn top_coded_wages_say_or_more() {
        let w = Wage {
            usd: 239_200.0,
            at_least: true,
        };
        assert_eq!(annual(w), "$239,200 or more");
        let h = Wage {
            usd: 115.0,
            at_least: true,
        };
        assert_eq!(hourly(h), "$115.00 or more");
    }

    #[test]
    fn counts_and_percentages() {
        assert_eq!(count(274_330), "274,330");
        assert_eq!(count(7), "7");
        assert_eq!(count(1000), "1,000");
        assert_eq!(percent(42.3), "42.3%");
        assert_eq!(percent(0.04), "0.0%");
    }

    #[test]
    fn signed_changes_use_a_real_minus() {
        assert_eq!(signed_percent(1.7), "+1.7%");
        assert_eq!(signed_percent(-3.0), "\u{2212}3.0%");
        assert_eq!(signed_percent(0.0), "0.0%");
        assert_eq!(signed_percent(-0.01), "0.0%");
    }

    #[test]
    fn years_drop_needless_decimals() {
        assert_eq!(years(42.0), "42");
        assert_eq!(years(41.5), "41.5");
        for v in [-3.0, -0.01, 0.0, 7.98, 123456.0] {
            assert_eq!(years(v), format!("{}", v.round() as i64));
        }
        assert_eq!(rating(3.666), "3.67");
    }

    #[test]
    fn isolates_only_text_with_bidi_controls() {
        assert_eq!(isolate_bidi("Loan Officers"), "Loan Officers");
        assert_eq!(isolate_bidi("a\u{200B}b"), "a\u{200B}b");
        assert_eq!(isolate_bidi("\u{202E}evil"), "\u{2068}\u{202E}evil\u{2069}");
        assert!(has_bidi_controls("x\u{2067}y"));
        assert!(!has_bidi_controls("עברית"));
    }
}
