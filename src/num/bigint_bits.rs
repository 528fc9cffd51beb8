//! Bigint bit operations with Python's semantics: shifts are arithmetic
//! (`>>` floors for negatives), and `& | ^ ~` act on an infinite two's
//! complement form.
//!
//! The two's complement of a negative magnitude `m` is `!m + 1`, digit by
//! digit with a carry that starts at 1; past the last digit it continues as
//! `0xffff_ffff` (the infinite sign extension). Each operation streams both
//! operands through that conversion, combines the digits, and converts a
//! negative result back the same way, in one pass and without scratch:
//!
//! ```text
//!   -6 = …1111 1010     6 = …0000 0110     -6 & 6 = …0000 0010 = 2
//! ```

use super::bigint::{increment, trim};
use super::{need, Int, IntLen, NumError, DIGIT_BITS};

/// Bits of the magnitude (`int.bit_length()`).
pub fn bit_length(mag: &[u32]) -> u64 {
    let mag = trim(mag);
    match mag.last() {
        None => 0,
        Some(&top) => {
            (mag.len() as u64 - 1) * DIGIT_BITS as u64 + (32 - top.leading_zeros()) as u64
        }
    }
}

/// Digits of `a << n` for an `a`-digit operand; [`NumError::Overflow`] when
/// the size does not fit a `usize`.
pub fn shl_len(a: usize, n: u64) -> Result<usize, NumError> {
    let words = usize::try_from(n / DIGIT_BITS as u64).map_err(|_| NumError::Overflow)?;
    a.checked_add(words)
        .and_then(|x| x.checked_add(1))
        .ok_or(NumError::Overflow)
}

/// `out = a << n`; `out` needs `shl_len(a, n)` digits.
pub fn shl(a: Int, n: u64, out: &mut [u32]) -> Result<IntLen, NumError> {
    let x = a.mag();
    let len = shl_len(x.len(), n)?;
    need(out.len(), len)?;
    if x.is_empty() {
        return Ok(IntLen { neg: false, len: 0 });
    }
    let words = (n / DIGIT_BITS as u64) as usize;
    let s = (n % DIGIT_BITS as u64) as u32;
    out[..words].fill(0);
    if s == 0 {
        out[words..words + x.len()].copy_from_slice(x);
        out[words + x.len()] = 0;
    } else {
        let mut carry = 0u32;
        for (i, &d) in x.iter().enumerate() {
            out[words + i] = (d << s) | carry;
            carry = d >> (32 - s);
        }
        out[words + x.len()] = carry;
    }
    Ok(IntLen::of(a.neg(), out, len))
}

/// Digits of `a >> n` for an `a`-digit operand (one spare for the floor of
/// negatives, e.g. `-(2^64-1) >> 32 == -2^32`).
pub fn shr_len(a: usize, n: u64) -> usize {
    let words = usize::try_from(n / DIGIT_BITS as u64).unwrap_or(usize::MAX);
    a.saturating_sub(words).saturating_add(1)
}

/// `out = a >> n`, flooring (so `-1 >> n == -1`); `out` needs
/// `shr_len(a, n)` digits.
pub fn shr(a: Int, n: u64, out: &mut [u32]) -> Result<IntLen, NumError> {
    let x = a.mag();
    let len = shr_len(x.len(), n);
    need(out.len(), len)?;
    let words = usize::try_from(n / DIGIT_BITS as u64).unwrap_or(usize::MAX);
    let s = (n % DIGIT_BITS as u64) as u32;
    if words >= x.len() {
        if a.neg() {
            out[0] = 1;
            return Ok(IntLen { neg: true, len: 1 });
        }
        return Ok(IntLen { neg: false, len: 0 });
    }
    let kept = x.len() - words;
    let mut lost = x[..words].iter().any(|&d| d != 0);
    if s == 0 {
        out[..kept].copy_from_slice(&x[words..]);
    } else {
        lost |= x[words] << (32 - s) != 0;
        for i in 0..kept {
            let hi = if words + i + 1 < x.len() {
                x[words + i + 1] << (32 - s)
            } else {
                0
            };
            out[i] = (x[words + i] >> s) | hi;
        }
    }
    out[kept] = 0;
    if a.neg() && lost {
        increment(&mut out[..=kept]);
    }
    Ok(IntLen::of(a.neg(), out, kept + 1))
}

/// Digits of `a & b`, `a | b` or `a ^ b` for operands of `a` and `b` digits.
pub fn bitwise_len(a: usize, b: usize) -> usize {
    a.max(b).saturating_add(1)
}

/// `out = a & b`; `out` needs `bitwise_len(a, b)` digits.
pub fn and(a: Int, b: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    bitwise(a, b, out, a.neg() && b.neg(), |x, y| x & y)
}

/// `out = a | b`; `out` needs `bitwise_len(a, b)` digits.
pub fn or(a: Int, b: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    bitwise(a, b, out, a.neg() || b.neg(), |x, y| x | y)
}

/// `out = a ^ b`; `out` needs `bitwise_len(a, b)` digits.
pub fn xor(a: Int, b: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    bitwise(a, b, out, a.neg() != b.neg(), |x, y| x ^ y)
}

/// Streams a magnitude as infinite two's complement digits.
struct TwosComplement<'a> {
    mag: &'a [u32],
    neg: bool,
    carry: bool,
    i: usize,
}

impl<'a> TwosComplement<'a> {
    fn new(x: Int<'a>) -> Self {
        TwosComplement {
            mag: x.mag(),
            neg: x.neg(),
            carry: true,
            i: 0,
        }
    }

    fn next_digit(&mut self) -> u32 {
        let d = self.mag.get(self.i).copied().unwrap_or(0);
        self.i += 1;
        if !self.neg {
            return d;
        }
        let (v, c) = (!d).overflowing_add(self.carry as u32);
        self.carry = c;
        v
    }
}

/// Combines two's complement digits with `op`; `neg` is the result's sign
/// (the sign bit of the combined infinite extensions).
fn bitwise(
    a: Int,
    b: Int,
    out: &mut [u32],
    neg: bool,
    op: impl Fn(u32, u32) -> u32,
) -> Result<IntLen, NumError> {
    let len = bitwise_len(a.mag().len(), b.mag().len());
    need(out.len(), len)?;
    let (mut x, mut y) = (TwosComplement::new(a), TwosComplement::new(b));
    let mut carry = true;
    for o in out[..len].iter_mut() {
        let v = op(x.next_digit(), y.next_digit());
        *o = if neg {
            let (m, c) = (!v).overflowing_add(carry as u32);
            carry = c;
            m
        } else {
            v
        };
    }
    Ok(IntLen::of(neg, out, len))
}

/// Digits of `~a` for an `a`-digit operand.
pub fn not_len(a: usize) -> usize {
    a.saturating_add(1)
}

/// `out = ~a = -a - 1`; `out` needs `not_len(a)` digits.
pub fn not(a: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    let x = a.mag();
    let len = not_len(x.len());
    need(out.len(), len)?;
    out[..x.len()].copy_from_slice(x);
    out[x.len()] = 0;
    if a.neg() {
        // ~(-m) = m - 1, m >= 1
        super::bigint::sub_assign(&mut out[..len], &[1]);
        Ok(IntLen::of(false, out, len))
    } else {
        increment(&mut out[..len]);
        Ok(IntLen::of(true, out, len))
    }
}
