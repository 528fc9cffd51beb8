//! Rounding to representation C's 30-bit float: an IEEE binary32 whose two
//! lowest fraction bits are always zero.
//!
//! ```text
//!   s eeeeeeee fffffffffffffffffffff 00     binary32 bits, 21 of 23 fraction bits kept
//! ```
//!
//! Bias 127 as in binary32, so the 30-bit values are exactly the binary32
//! values with the two low fraction bits clear: largest finite
//! (2 - 2^-21)·2^127, smallest normal 2^-126, smallest subnormal 2^-147.
//!
//! Rounding is IEEE round-to-nearest, ties to even, done once from the f64
//! (going through f32 first would round twice and get some halfway cases
//! wrong). Magnitudes from (2 - 2^-22)·2^127 up round to infinity, magnitudes
//! up to 2^-148 round to zero, both keeping the sign; every NaN becomes the one
//! positive quiet NaN. The rounding itself is the integer trick: add just
//! under half a unit of the kept last place, plus its current lowest bit (so
//! exact halves go to the even neighbour), then shift; a carry out of the
//! fraction lands in the exponent, which is exactly the right result.

/// The one NaN: positive, quiet.
pub const CANONICAL_NAN: u32 = 0x7FC0_0000;
/// Positive infinity (binary32 bits).
pub const INFINITY: u32 = 0x7F80_0000;

/// f64 fraction bits dropped when keeping 21.
const DROP: u32 = 52 - 21;
/// f64 biased exponent minus binary32 biased exponent.
const REBIAS: u64 = 1023 - 127;
/// Smallest f64 biased exponent of a value whose 30-bit exponent is normal.
const FIRST_NORMAL: u64 = REBIAS + 1;
/// Scale of a 30-bit subnormal's integer fraction: its unit is 2^-147, and
/// an f64 significand m with biased exponent e is m·2^(e-1075); the integer
/// fraction is m >> (SUBNORMAL_SHIFT - e).
const SUBNORMAL_SHIFT: u64 = 1075 - 147;

/// Rounds `f` to the nearest (ties to even) 30-bit float; returns its binary32
/// bits, whose two low bits are always zero.
#[inline(always)]
pub fn round(f: f64) -> u32 {
    let bits = f.to_bits();
    let sign = (bits >> 32) as u32 & 0x8000_0000;
    let x = bits & !(1 << 63);
    let magnitude = if x >= FIRST_NORMAL << 52 {
        if x > f64::INFINITY.to_bits() {
            return CANONICAL_NAN;
        }
        let kept = round_shift(x, DROP as u64);
        // `kept` is the f64 exponent and 21 fraction bits; rebias the exponent.
        let t = kept - (REBIAS << 21);
        if t >= 0xFF << 21 {
            INFINITY
        } else {
            (t as u32) << 2
        }
    } else {
        let e = x >> 52;
        let shift = SUBNORMAL_SHIFT - e;
        // Below 2^-148 (shift 54 or more, f64 subnormals included) the value
        // is under half the smallest subnormal.
        if shift >= 54 {
            0
        } else {
            let significand = (x & ((1 << 52) - 1)) | (1 << 52);
            // A carry to 2^21 is the smallest normal, encoded the same way.
            (round_shift(significand, shift) as u32) << 2
        }
    };
    sign | magnitude
}

/// `v / 2^shift` rounded to nearest, ties to even; `1 <= shift <= 53` and
/// `v < 2^63`, so nothing overflows.
#[inline(always)]
fn round_shift(v: u64, shift: u64) -> u64 {
    let half_minus_one = (1u64 << (shift - 1)) - 1;
    let odd = (v >> shift) & 1;
    (v + half_minus_one + odd) >> shift
}

/// Rounds a binary32 to the nearest (ties to even) 30-bit float: the same
/// trick on the binary32 bits, the carry out of the top running into infinity.
#[inline(always)]
pub fn round_f32(f: f32) -> u32 {
    let b = f.to_bits();
    if b & !(1 << 31) > INFINITY {
        return CANONICAL_NAN;
    }
    let odd = (b >> 2) & 1;
    (b + 1 + odd) & !3
}
