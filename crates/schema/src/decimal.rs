//! Numbers written with a fixed number of decimals, exactly as `format!("{v:.2}")` writes them
//! but by integer arithmetic, so the widget does not carry the standard library's general
//! float formatting (the wasm size budget; docs/performance.md). Used for the figures the widget shows and for
//! the values validation reports.

const ZEROS: &str = "00000000000000000";

/// `v` with exactly `decimals` digits after the point (at most 17), as `format!("{v:.2}")`
/// writes it: the exact binary value rounded half to even, "-" for a negative value (also when
/// it rounds to zero), "NaN" and "inf". Done with integer arithmetic so the widget does not
/// carry the standard library's general float formatting (the wasm size budget).
pub fn fixed(v: f64, decimals: u32) -> String {
    assert!(decimals <= 17, "fixed() writes at most 17 decimals");
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
    if exponent >= 0 {
        // an integer: its digits, then zeros
        let zeros = ZEROS.get(..decimals as usize).unwrap_or("");
        let point = if decimals > 0 { "." } else { "" };
        let digits = if exponent <= 64 {
            digits(u128::from(mantissa) << exponent)
        } else {
            big_integer(mantissa, exponent as u32)
        };
        return format!("{sign}{digits}{point}{zeros}");
    }
    // |v| × 10^decimals, rounded half to even: mantissa × scale (< 2^110) shifted right
    let scaled = u128::from(mantissa) * u128::from(scale);
    let units: u128 = {
        let shift = exponent.unsigned_abs();
        if shift >= 128 {
            0 // below 2^-74: rounds to zero at 17 decimals
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
    if decimals == 0 {
        return [sign, &digits(units)].concat();
    }
    // units / 10^decimals and units % 10^decimals (zero-padded), cut from units' digits
    let all = digits(units);
    let d = decimals as usize;
    let (whole, frac) = all.split_at(all.len().saturating_sub(d));
    let whole = if whole.is_empty() { "0" } else { whole };
    let pad = ZEROS.get(..d - frac.len()).unwrap_or("");
    [sign, whole, ".", pad, frac].concat()
}

/// The decimal digits of `v`, as `v.to_string()` writes them: as 32-bit limbs through
/// [`limbs_digits`], so the wasm carries neither the standard library's 128-bit formatting
/// nor 128-bit division.
fn digits(v: u128) -> String {
    limbs_digits((0..4).map(|k| (v >> (32 * k)) as u32).collect())
}

/// `v` with the fewest decimals (up to 17) that read back as the same number: for any `|v|`
/// from 0.1 to 10^14 the same text as `v.to_string()` ("0.1", "76690",
/// "0.30000000000000004"). For the values validation reports.
pub fn shortest(v: f64) -> String {
    if !v.is_finite() {
        return fixed(v, 0);
    }
    (0..17)
        .map(|d| fixed(v, d))
        .find(|s| crate::number::value(s) == v)
        .unwrap_or_else(|| fixed(v, 17))
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
    limbs_digits(limbs)
}

/// The decimal digits of a number given as little-endian base-2^32 limbs ("0" for zero).
fn limbs_digits(mut limbs: Vec<u32>) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_as_to_string() {
        let mut v = 1u128;
        for _ in 0..127 {
            for w in [
                v - 1,
                v,
                v + 1,
                v.wrapping_mul(10).wrapping_sub(1),
                v.wrapping_mul(10),
            ] {
                assert_eq!(digits(w), w.to_string());
            }
            v <<= 1;
        }
        for w in [
            0,
            9,
            10,
            10_000_000_000_000_000_000,
            10_000_000_000_000_000_001,
            u128::MAX,
        ] {
            assert_eq!(digits(w), w.to_string());
        }
    }

    /// Every value checked against the standard library's own formatting.
    fn same_as_std(v: f64, max_decimals: u32) {
        for d in 0..=max_decimals {
            assert_eq!(
                fixed(v, d),
                format!("{v:.*}", d as usize),
                "{v:e} at {d} decimals"
            );
        }
    }

    #[test]
    fn shortest_matches_std_display() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // magnitudes from 0.1 to 10^14, and figures with a few decimals
            let v = f64::from_bits(x);
            if v.is_finite() && v.abs() < 1e14 && v.abs() >= 0.1 {
                assert_eq!(shortest(v), v.to_string(), "{v:e}");
            }
            let figure = (x % 10_000_000) as f64 / 1000.0;
            assert_eq!(shortest(figure), figure.to_string());
        }
        for v in [0.0, -0.0, 0.1, 0.2 + 0.1, 76690.0, -5.0, 1e15, 123.456] {
            assert_eq!(shortest(v), v.to_string());
        }
    }

    #[test]
    fn fixed_matches_std_on_every_hundredth_and_their_halves() {
        // figures as the dataset has them, and the ties between them (0.125, 2.675, …)
        for k in -200_000i64..=200_000 {
            same_as_std(k as f64 / 100.0, 3);
            same_as_std(k as f64 / 1000.0, 3);
            same_as_std((k as f64 + 0.5) / 1000.0, 3);
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
            same_as_std(v, 17);
        }
        // a fixed pseudo-random walk over the bit patterns of doubles
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            same_as_std(f64::from_bits(x), 17);
        }
    }
}
