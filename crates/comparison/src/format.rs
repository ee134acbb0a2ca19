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

/// `v` with exactly `decimals` digits after the point (at most 3), as `format!("{v:.2}")`
/// writes it: the exact binary value rounded half to even, "-" for a negative value (also when
/// it rounds to zero), "NaN" and "inf". Done with integer arithmetic so the widget does not
/// carry the standard library's general float formatting (about 8 KB of gzip wasm).
pub fn fixed(v: f64, decimals: u32) -> String {
    assert!(decimals <= 3, "fixed() writes at most 3 decimals");
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let scale = 10u64.pow(decimals);
    // |v| = mantissa × 2^exponent exactly
    let bits = v.abs().to_bits();
    let biased = (bits >> 52) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // |v| × 10^decimals, rounded half to even: mantissa × scale (< 2^63) shifted right
    let scaled = u128::from(mantissa) * u128::from(scale);
    let units: u128 = if exponent >= 0 {
        if exponent > 64 {
            // beyond 2^116, an integer: its digits, then zeros
            let zeros = "000".get(..decimals as usize).unwrap_or("");
            let point = if decimals > 0 { "." } else { "" };
            return format!(
                "{sign}{}{point}{zeros}",
                big_integer(mantissa, exponent as u32)
            );
        }
        scaled << exponent
    } else {
        let shift = exponent.unsigned_abs();
        if shift >= 128 {
            0 // below 2^-64: rounds to zero at 3 decimals
        } else {
            let whole = scaled >> shift;
            let rest = scaled & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            if rest > half || (rest == half && whole % 2 == 1) {
                whole + 1
            } else {
                whole
            }
        }
    };
    let scale = u128::from(scale);
    if decimals == 0 {
        format!("{sign}{units}")
    } else {
        let frac = (units % scale).to_string();
        let pad = "000".get(..decimals as usize - frac.len()).unwrap_or("");
        format!("{sign}{}.{pad}{frac}", units / scale)
    }
}

/// The decimal digits of mantissa × 2^exponent.
fn big_integer(mantissa: u64, exponent: u32) -> String {
    // little-endian base-2^32 limbs
    let mut limbs = vec![mantissa as u32, (mantissa >> 32) as u32];
    for _ in 0..exponent {
        let mut carry = 0;
        for limb in &mut limbs {
            let next = *limb >> 31;
            *limb = (*limb << 1) | carry;
            carry = next;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    // base-10^9 chunks, least significant first
    let mut chunks = Vec::new();
    while limbs.iter().any(|&l| l != 0) {
        let mut rest = 0u64;
        for limb in limbs.iter_mut().rev() {
            let cur = (rest << 32) | u64::from(*limb);
            *limb = (cur / 1_000_000_000) as u32;
            rest = cur % 1_000_000_000;
        }
        chunks.push(rest as u32);
    }
    let mut out = chunks.pop().unwrap_or(0).to_string();
    for chunk in chunks.iter().rev() {
        let digits = chunk.to_string();
        out.push_str(&"000000000"[digits.len()..]);
        out.push_str(&digits);
    }
    out
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
        format!("{MINUS}{s}")
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
        format!("{MINUS}{s}")
    }
}

/// An age in years: 42.0 → "42", 41.5 → "41.5".
pub fn years(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        format!("{}", v.round() as i64)
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

    /// Every value checked against the standard library's own formatting.
    fn same_as_std(v: f64) {
        for d in 0..=3u32 {
            assert_eq!(
                fixed(v, d),
                format!("{v:.*}", d as usize),
                "{v:e} at {d} decimals"
            );
        }
    }

    #[test]
    fn fixed_matches_std_on_every_hundredth_and_their_halves() {
        // figures as the dataset has them, and the ties between them (0.125, 2.675, …)
        for k in -200_000i64..=200_000 {
            same_as_std(k as f64 / 100.0);
            same_as_std(k as f64 / 1000.0);
            same_as_std((k as f64 + 0.5) / 1000.0);
        }
    }

    #[test]
    fn fixed_matches_std_on_extremes_and_arbitrary_bits() {
        for v in [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.04,
            -0.05,
            0.045,
            0.0005,
            0.9995,
            9.995,
            99.95,
            1e15,
            123456789.125,
            2f64.powi(60),
            2f64.powi(116),
            1e-300,
            -1e-300,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ] {
            same_as_std(v);
        }
        // a fixed pseudo-random walk over the bit patterns of doubles
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            same_as_std(f64::from_bits(x));
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
