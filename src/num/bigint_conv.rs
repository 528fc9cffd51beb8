//! Bigint conversions: machine integers, floats (correctly rounded, also for
//! `int / int`), and byte strings (`int.from_bytes`, `int.to_bytes`).
//!
//! Rounding to a float keeps the top bits of the exact value in a `u64` plus a
//! "sticky" flag for any nonzero bit below them, then rounds half to even by
//! hand at the precision the result's exponent allows (53 bits for normal
//! results, fewer for subnormals), so there is no double rounding.

use super::bigint::trim;
use super::bigint_bits::bit_length;
use super::bigint_div::divmod_mag;
use super::{need, Int, IntLen, NumError};

/// Digits that hold any `i64` or `u64`.
pub const I64_DIGITS: usize = 2;

/// Writes `v` as a non-negative bigint; `out` needs [`I64_DIGITS`] digits.
pub fn from_u64(v: u64, out: &mut [u32]) -> Result<IntLen, NumError> {
    need(out.len(), I64_DIGITS)?;
    out[0] = v as u32;
    out[1] = (v >> 32) as u32;
    Ok(IntLen::of(false, out, 2))
}

/// Writes `v` as a bigint; `out` needs [`I64_DIGITS`] digits.
pub fn from_i64(v: i64, out: &mut [u32]) -> Result<IntLen, NumError> {
    let r = from_u64(v.unsigned_abs(), out)?;
    Ok(IntLen::of(v < 0, out, r.len))
}

/// The value as a `u64`, if it is one.
pub fn to_u64(a: Int) -> Option<u64> {
    let m = a.mag();
    if a.neg() || m.len() > 2 {
        return None;
    }
    Some(m.iter().rev().fold(0u64, |acc, &d| acc << 32 | d as u64))
}

/// The value as an `i64`, if it is one.
pub fn to_i64(a: Int) -> Option<i64> {
    let m = to_u64(a.abs())?;
    if a.neg() {
        0i64.checked_sub_unsigned(m)
    } else {
        i64::try_from(m).ok()
    }
}

/// The nearest float (ties to even); [`NumError::IntTooLargeForFloat`] when
/// it rounds to 2^1024 or beyond.
pub fn to_f64(a: Int) -> Result<f64, NumError> {
    let m = a.mag();
    let bits = bit_length(m);
    let sign = if a.neg() { -1.0 } else { 1.0 };
    if bits <= 64 {
        // u64 -> f64 conversion is correctly rounded.
        return Ok(sign * to_u64(a.abs()).unwrap_or(0) as f64);
    }
    if bits > 1025 {
        return Err(NumError::IntTooLargeForFloat);
    }
    let drop = bits - 64;
    let (top, sticky) = top_bits(m, drop);
    round_scaled(top, sticky, drop as i64)
        .map(|f| sign * f)
        .ok_or(NumError::IntTooLargeForFloat)
}

/// `mag >> drop` (which fits a `u64`) and whether any dropped bit was set.
fn top_bits(m: &[u32], drop: u64) -> (u64, bool) {
    let word = (drop / 32) as usize;
    let s = (drop % 32) as u32;
    let mut v: u128 = 0;
    for i in (word..m.len().min(word + 3)).rev() {
        v = v << 32 | m[i] as u128;
    }
    let sticky = m[..word].iter().any(|&d| d != 0) || (v & ((1u128 << s) - 1)) != 0;
    ((v >> s) as u64, sticky)
}

/// `2^k` for `-1074 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074).max(0))
    }
}

/// Rounds `(q + ε) · 2^exp2` to the nearest float, where `ε` is in `(0, 1)`
/// when `sticky` and zero otherwise. `None` when it overflows. Callers keep at
/// least two bits below the float's precision in `q` (or pass `sticky` false).
pub(crate) fn round_scaled(q: u64, sticky: bool, exp2: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let len = 64 - q.leading_zeros() as i64;
    let top = len - 1 + exp2;
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = len - keep;
    let (m, k) = if drop <= 0 {
        (q as u128, exp2)
    } else {
        let drop = drop.min(100) as u32;
        let wide = q as u128;
        let m = wide >> drop;
        let rem = wide & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        (m + up as u128, exp2 + drop as i64)
    };
    if m == 0 {
        return Some(0.0);
    }
    let mlen = 128 - m.leading_zeros() as i64;
    if mlen - 1 + k >= 1024 {
        return None;
    }
    Some(m as f64 * pow2(k))
}

/// Digits [`from_f64`] needs for `x` (any `x`; zero for inf/nan).
pub fn from_f64_len(x: f64) -> usize {
    let (_, _, e) = decompose(x);
    if !x.is_finite() || e < 0 {
        I64_DIGITS
    } else {
        I64_DIGITS + 1 + e as usize / 32
    }
}

/// `int(x)`: truncates toward zero; errors for inf and nan.
pub fn from_f64(x: f64, out: &mut [u32]) -> Result<IntLen, NumError> {
    if x.is_nan() {
        return Err(NumError::FloatNan);
    }
    if x.is_infinite() {
        return Err(NumError::FloatInfinity);
    }
    need(out.len(), from_f64_len(x))?;
    let (neg, m, e) = decompose(x);
    if e < 0 {
        let v = if e <= -64 { 0 } else { m >> -e };
        let r = from_u64(v, out)?;
        return Ok(IntLen::of(neg, out, r.len));
    }
    let mut tmp = [0u32; 2];
    from_u64(m, &mut tmp)?;
    super::shl(Int::new(neg, &tmp), e as u64, out)
}

/// `x = (-1)^neg · m · 2^e` with `m` an integer below 2^53.
pub(crate) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | 1 << 52, exp - 1075)
    }
}

/// Extra digits around the operands that [`true_div`] shifts by: at most 1076
/// bits (down to two guard bits under the smallest subnormal).
const TRUE_DIV_SHIFT_DIGITS: usize = 36;

/// Scratch digits [`true_div`] needs for operands of `a` and `b` digits.
pub fn true_div_scratch_len(a: usize, b: usize) -> usize {
    let sa = a.saturating_add(TRUE_DIV_SHIFT_DIGITS);
    let sb = b.saturating_add(TRUE_DIV_SHIFT_DIGITS);
    // shifted a, shifted b, quotient, remainder, division scratch
    sa.saturating_mul(3)
        .saturating_add(sb.saturating_mul(3))
        .saturating_add(4)
}

/// `a / b` correctly rounded (as CPython's `int / int`, which never loses
/// precision to an intermediate float); [`NumError::Overflow`] when the
/// quotient is too large for a float.
pub fn true_div(a: Int, b: Int, scratch: &mut [u32]) -> Result<f64, NumError> {
    let (x, y) = (a.mag(), b.mag());
    if y.is_empty() {
        return Err(NumError::ZeroDivision);
    }
    let neg = a.neg() != b.neg();
    let sign = if neg { -1.0 } else { 1.0 };
    if x.is_empty() {
        return Ok(sign * 0.0);
    }
    let (bx, by) = (bit_length(x), bit_length(y));
    if bx <= 53 && by <= 53 {
        // Both exact as floats: IEEE division rounds correctly.
        let fx = to_u64(Int::pos(x)).unwrap_or(0) as f64;
        let fy = to_u64(Int::pos(y)).unwrap_or(0) as f64;
        return Ok(sign * (fx / fy));
    }
    let diff = bx as i64 - by as i64;
    if diff > 1025 {
        return Err(NumError::Overflow);
    }
    if diff < -1076 {
        return Ok(sign * 0.0);
    }
    need(scratch.len(), true_div_scratch_len(x.len(), y.len()))?;
    // Quotient bits: 55 (two below double precision) or, for subnormal
    // results, down to 2^-1076.
    let shift = (55 - diff).min(1076);
    let (sa, rest) = scratch.split_at_mut(x.len() + TRUE_DIV_SHIFT_DIGITS);
    let (sb, rest) = rest.split_at_mut(y.len() + TRUE_DIV_SHIFT_DIGITS);
    let na = super::shl(Int::pos(x), shift.max(0) as u64, sa)?.len;
    let nb = super::shl(Int::pos(y), (-shift).max(0) as u64, sb)?.len;
    let (q, rest) = rest.split_at_mut(super::divmod_q_len(na, nb));
    let (r, rest) = rest.split_at_mut(nb);
    let (ql, rl) = divmod_mag(trim(&sa[..na]), trim(&sb[..nb]), q, r, rest);
    let qv = to_u64(Int::pos(&q[..ql])).ok_or(NumError::Overflow)?;
    round_scaled(qv, rl != 0, -shift)
        .map(|f| sign * f)
        .ok_or(NumError::Overflow)
}

/// Digits [`from_bytes`] needs for `n` bytes.
pub fn from_bytes_len(n: usize) -> usize {
    n.div_ceil(4)
}

/// `int.from_bytes(bytes, 'little' if little else 'big', signed=signed)`.
pub fn from_bytes(
    bytes: &[u8],
    little: bool,
    signed: bool,
    out: &mut [u32],
) -> Result<IntLen, NumError> {
    let len = from_bytes_len(bytes.len());
    need(out.len(), len)?;
    out[..len].fill(0);
    for i in 0..bytes.len() {
        let b = if little {
            bytes[i]
        } else {
            bytes[bytes.len() - 1 - i]
        };
        out[i / 4] |= (b as u32) << (8 * (i % 4));
    }
    let top = if little { bytes.last() } else { bytes.first() };
    let neg = signed && top.is_some_and(|&b| b & 0x80 != 0);
    if neg {
        // magnitude = 2^(8n) - value
        let mut carry = 1u32;
        for d in out[..len].iter_mut() {
            let (v, c) = (!*d).overflowing_add(carry);
            *d = v;
            carry = c as u32;
        }
        let tail_bits = 8 * (bytes.len() % 4);
        if tail_bits != 0 {
            out[len - 1] &= (1u32 << tail_bits) - 1;
        }
    }
    Ok(IntLen::of(neg, out, len))
}

/// `a.to_bytes(len(out), …, signed=signed)` into `out`.
pub fn to_bytes(a: Int, out: &mut [u8], little: bool, signed: bool) -> Result<(), NumError> {
    let m = a.mag();
    if a.neg() && !signed {
        return Err(NumError::NegativeToUnsigned);
    }
    let avail = out.len() as u64 * 8;
    let bits = bit_length(m);
    let fits = if !signed {
        bits <= avail
    } else if !a.neg() {
        bits < avail || m.is_empty()
    } else {
        // -2^(avail-1) is the most negative value.
        bits < avail || (bits == avail && is_power_of_two(m))
    };
    if !fits {
        return Err(NumError::TooBigToConvert);
    }
    let mut carry = true;
    let n = out.len();
    for i in 0..n {
        let d = m.get(i / 4).copied().unwrap_or(0);
        let mut byte = (d >> (8 * (i % 4))) as u8;
        if a.neg() {
            let (v, c) = (!byte).overflowing_add(carry as u8);
            byte = v;
            carry = c;
        }
        let at = if little { i } else { n - 1 - i };
        out[at] = byte;
    }
    Ok(())
}

fn is_power_of_two(m: &[u32]) -> bool {
    match m.split_last() {
        Some((top, rest)) => top.is_power_of_two() && rest.iter().all(|&d| d == 0),
        None => false,
    }
}
