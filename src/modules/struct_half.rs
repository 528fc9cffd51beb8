//! IEEE 754 half precision (`struct` code `e`): 1 sign bit, 5 exponent
//! bits (bias 15), 10 mantissa bits; rounding to nearest, ties to even.
//!
//! ```text
//!   s eeeee mmmmmmmmmm    e = 0: subnormal, m * 2^-24;  e = 31: inf / nan
//! ```

/// `2^k` for `-1022 <= k <= 1023`.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `s` (non-negative, below 2^52) rounded to an integer, ties to even.
fn round_even(s: f64) -> u32 {
    let i = s as u64;
    let frac = s - i as f64;
    let up = frac > 0.5 || (frac == 0.5 && i & 1 == 1);
    (i + up as u64) as u32
}

/// The half-precision bits of `x`, or `None` when `x` is finite but too
/// large (CPython raises OverflowError).
pub fn from_f64(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The unbiased binary exponent (f64 subnormals are far below half's range).
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    if e < -14 {
        // Subnormal: a count of 2^-24 steps; 1024 of them is the least normal.
        return Some(sign | round_even(a * pow2(24)) as u16);
    }
    if e > 15 {
        return None;
    }
    let mut m = round_even(a * pow2(10 - e));
    let mut e = e;
    if m == 2048 {
        m = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | ((e + 15) as u16) << 10 | (m - 1024) as u16)
}

/// The value of half-precision bits.
pub fn to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * pow2(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * pow2(e - 25),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rounds() {
        assert_eq!(from_f64(1.5), Some(0x3e00));
        assert_eq!(from_f64(-65504.0), Some(0xfbff));
        assert_eq!(from_f64(65520.0), None);
        assert_eq!(from_f64(1e6), None);
        assert_eq!(from_f64(6.1e-5), Some(0x03ff));
        assert_eq!(to_f64(0x0001), 5.960464477539063e-08);
        assert_eq!(to_f64(from_f64(0.1).unwrap()), 0.0999755859375);
        for h in 0..0x7c00u16 {
            assert_eq!(from_f64(to_f64(h)), Some(h));
        }
    }
}
