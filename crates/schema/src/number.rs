//! JSON number text to `f64`, correctly rounded, without the standard library's parser.
//!
//! `str::parse::<f64>` carries a 128-bit power-of-five table and a big-decimal fallback, a large
//! share of the decoder's wasm (the wasm size budget; docs/performance.md). Every figure in the dataset has at most 15 significant digits
//! and a small power of ten, which [`value`] computes exactly with one multiplication or
//! division (Clinger's fast path). Anything else takes a slow path that is small rather than
//! fast: an estimate, then corrected one step at a time by comparing the exact decimal value
//! with the halfway points between neighbouring `f64`s in big-integer arithmetic.

use std::cmp::Ordering;

/// Exact powers of ten as `f64` (10^22 is the largest one).
pub(crate) const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept by the slow path; later ones only break ties (as a sticky "more").
const MAX_DIGITS: usize = 800;

/// The value of `text`, which matches JSON's number grammar; infinite if it is too large.
pub fn value(text: &str) -> f64 {
    let b = text.as_bytes();
    let negative = b[0] == b'-';
    // the significant digits (no leading zeros), how many there are, and the power of ten
    // that scales them
    let mut digits: Vec<u8> = Vec::new();
    let mut mantissa: u64 = 0;
    let mut count = 0usize;
    let mut exponent: i64 = 0;
    let mut fraction = false;
    let mut i = usize::from(negative);
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                if fraction {
                    exponent -= 1;
                }
                if count > 0 || d != b'0' {
                    if count < 19 {
                        mantissa = mantissa * 10 + u64::from(d - b'0');
                    }
                    count += 1;
                }
            }
            b'.' => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if i < b.len() {
        // e, sign, digits
        i += 1;
        let sign = match b[i] {
            b'-' => {
                i += 1;
                -1
            }
            b'+' => {
                i += 1;
                1
            }
            _ => 1,
        };
        let mut e: i64 = 0;
        for &d in &b[i..] {
            e = (e * 10 + i64::from(d - b'0')).min(1 << 20);
        }
        exponent += sign * e;
    }
    let magnitude = if count == 0 {
        0.0
    } else if count <= 15 && (-22..=22).contains(&exponent) {
        let m = mantissa as f64;
        if exponent < 0 {
            m / POW10[(-exponent) as usize]
        } else {
            m * POW10[exponent as usize]
        }
    } else {
        // the digits again, for the exact comparison
        for &d in b.iter().take_while(|c| !matches!(c, b'e' | b'E')) {
            if d.is_ascii_digit() && (!digits.is_empty() || d != b'0') {
                digits.push(d - b'0');
            }
        }
        // the power of ten of the digits as kept
        let scale = exponent + (count as i64 - count.min(MAX_DIGITS) as i64);
        let more = digits[count.min(MAX_DIGITS)..].iter().any(|&d| d != 0);
        digits.truncate(MAX_DIGITS);
        slow(&digits, scale, more, mantissa, count)
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// The `f64` nearest to `digits` × 10^`scale` (plus a little if `more`); `first19` is the
/// number formed by the first 19 digits of `count`.
fn slow(digits: &[u8], scale: i64, more: bool, first19: u64, count: usize) -> f64 {
    // decimal exponent of the leading digit
    let top = scale + digits.len() as i64;
    if top > 310 {
        return f64::INFINITY;
    }
    if top < -343 {
        return 0.0;
    }
    // estimate: the first 19 digits, scaled in exact steps (a few ulps off at most)
    let mut e =
        scale + (count as i64 - count.min(19) as i64) - (count as i64 - digits.len() as i64);
    let mut c = first19 as f64;
    while e > 0 {
        let step = e.min(22);
        c *= POW10[step as usize];
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(22);
        c /= POW10[step as usize];
        e += step;
    }
    if c.is_infinite() {
        c = f64::MAX;
    }
    let exact = Big::from_digits(digits);
    loop {
        // above the halfway point to the next f64: go up
        match compare(&exact, scale, more, c) {
            Ordering::Greater => {
                c = next_up(c);
                if c.is_infinite() {
                    return c;
                }
                continue;
            }
            Ordering::Equal if c.to_bits() & 1 == 1 => return next_up(c),
            _ => {}
        }
        if c == 0.0 {
            return c;
        }
        // below the halfway point to the previous one: go down
        let below = f64::from_bits(c.to_bits() - 1);
        match compare(&exact, scale, more, below) {
            Ordering::Less => c = below,
            Ordering::Equal if c.to_bits() & 1 == 1 => return below,
            _ => return c,
        }
    }
}

fn next_up(c: f64) -> f64 {
    f64::from_bits(c.to_bits() + 1)
}

/// `exact` × 10^`scale` (plus a little if `more`) against the point halfway between `c` and
/// the next `f64` up.
fn compare(exact: &Big, scale: i64, more: bool, c: f64) -> Ordering {
    let bits = c.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // halfway = (2m + 1) × 2^(e - 1); value = exact × 5^scale × 2^scale
    let mut value = exact.clone();
    let mut half = Big::from_u64(2 * m + 1);
    let mut twos = scale - (e - 1); // powers of two on the value's side
    if scale >= 0 {
        value.mul_pow5(scale as u32);
    } else {
        half.mul_pow5((-scale) as u32);
    }
    if twos >= 0 {
        value.shl(twos as u32);
    } else {
        twos = -twos;
        half.shl(twos as u32);
    }
    match value.cmp(&half) {
        Ordering::Equal if more => Ordering::Greater,
        o => o,
    }
}

/// A non-negative big integer, little-endian 32-bit limbs.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        Big(vec![n as u32, (n >> 32) as u32])
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for &d in digits {
            b.mul_add(10, u32::from(d));
        }
        b
    }

    /// self = self × m + a
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut n: u32) {
        // 5^13 is the largest power of five below 2^32
        while n > 0 {
            let step = n.min(13);
            self.mul_add(5u32.pow(step), 0);
            n -= step;
        }
    }

    fn shl(&mut self, n: u32) {
        let limbs = (n / 32) as usize;
        let bits = n % 32;
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = v;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn significant(&self) -> &[u32] {
        let n = self.0.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        &self.0[..n]
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let (a, b) = (self.significant(), other.significant());
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::value;
    use proptest::prelude::*;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        assert_eq!(value(text).to_bits(), want.to_bits(), "{text}");
        // and as the reader reads it (its one-pass value where the text is plain; it refuses
        // numbers out of range)
        let read = crate::json::Reader::new(text).f64().ok();
        assert_eq!(
            read.map(f64::to_bits),
            want.is_finite().then_some(want.to_bits()),
            "{text}"
        );
    }

    #[test]
    fn edges_match_the_standard_parser() {
        for t in [
            "0",
            "-0",
            "0.0",
            "0e999",
            "1",
            "-1",
            "76690.0",
            "36.87",
            "9007199254740993",
            "9007199254740992.5",
            "1e22",
            "1e23",
            "123456789012345678",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e308",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "0.000000000000000000000000000001",
            "2.0000000000000004440892098500626161694526672363281250",
            "2.00000000000000044408920985006261616945266723632812500000000001",
            "0.1000000000000000055511151231257827021181583404541015625",
        ] {
            same(t);
        }
        assert!(value("1e309").is_infinite());
        assert!(value("17976931348623159e292").is_infinite());
        let long = format!("1.{}e5", "0".repeat(900) + "1");
        same(&long);
    }

    proptest! {
        #[test]
        fn any_f64_printed_any_way_reads_back(bits in any::<u64>(), digits in 0usize..25) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            for t in [format!("{x}"), format!("{x:e}"), format!("{x:.digits$e}")] {
                same(&t);
            }
        }

        #[test]
        fn any_decimal_reads_as_the_standard_parser_reads_it(
            int in "[1-9][0-9]{0,30}", frac in "[0-9]{0,30}", exp in -350i32..350
        ) {
            same(&format!("{int}.{frac}e{exp}").replace(".e", "e"));
        }

        #[test]
        fn short_decimals_read_as_the_standard_parser_reads_them(
            int in "-?(0|[1-9][0-9]{0,9})", frac in "[0-9]{0,9}"
        ) {
            same(format!("{int}.{frac}").trim_end_matches('.'));
        }
    }
}
