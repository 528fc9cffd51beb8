//! Bigint basics: normalisation, comparison, signed addition and subtraction,
//! and the digit-row primitives (add/sub/multiply-accumulate with carry) that
//! the other bigint files build on.
//!
//! Signed addition works on magnitudes: equal signs add magnitudes, different
//! signs subtract the smaller magnitude from the larger and take its sign.

use core::cmp::Ordering;

use super::{need, Int, IntLen, NumError};

/// The digits without high zeros.
pub fn trim(d: &[u32]) -> &[u32] {
    let mut n = d.len();
    while n > 0 && d[n - 1] == 0 {
        n -= 1;
    }
    &d[..n]
}

/// Compares two magnitudes (trimmed or not).
pub fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    let (a, b) = (trim(a), trim(b));
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// Compares two signed integers.
pub fn cmp(a: Int, b: Int) -> Ordering {
    match (a.neg(), b.neg()) {
        (false, false) => cmp_mag(a.mag(), b.mag()),
        (true, true) => cmp_mag(b.mag(), a.mag()),
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
    }
}

/// Digits needed for `a + b` or `a - b` with operands of `a` and `b` digits.
pub fn add_len(a: usize, b: usize) -> usize {
    a.max(b).saturating_add(1)
}

/// `out = a + b`; `out` needs `add_len(a, b)` digits.
pub fn add(a: Int, b: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    add_signed(a, b.neg(), b.mag(), out)
}

/// `out = a - b`; `out` needs `add_len(a, b)` digits.
pub fn sub(a: Int, b: Int, out: &mut [u32]) -> Result<IntLen, NumError> {
    add_signed(a, !b.neg(), b.mag(), out)
}

fn add_signed(a: Int, b_neg: bool, b: &[u32], out: &mut [u32]) -> Result<IntLen, NumError> {
    let a_mag = a.mag();
    need(out.len(), add_len(a_mag.len(), b.len()))?;
    if a.neg() == b_neg {
        let n = add_mag(a_mag, b, out);
        return Ok(IntLen::of(a.neg(), out, n));
    }
    match cmp_mag(a_mag, b) {
        Ordering::Less => {
            let n = sub_mag(b, a_mag, out);
            Ok(IntLen::of(b_neg, out, n))
        }
        _ => {
            let n = sub_mag(a_mag, b, out);
            Ok(IntLen::of(a.neg(), out, n))
        }
    }
}

/// `out = a + b` on magnitudes; `out.len() >= max(a, b) + 1`. Returns the
/// digits written (not trimmed).
pub(crate) fn add_mag(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut carry = 0u64;
    for (i, o) in out.iter_mut().enumerate().take(a.len()) {
        let s = a[i] as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        *o = s as u32;
        carry = s >> 32;
    }
    out[a.len()] = carry as u32;
    a.len() + 1
}

/// `out = a - b` on magnitudes with `a >= b`; `out.len() >= a.len()`.
/// Returns the digits written (not trimmed).
pub(crate) fn sub_mag(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    let mut borrow = 0u32;
    for (i, o) in out.iter_mut().enumerate().take(a.len()) {
        let (d, b1) = a[i].overflowing_sub(*b.get(i).unwrap_or(&0));
        let (d, b2) = d.overflowing_sub(borrow);
        *o = d;
        borrow = (b1 | b2) as u32;
    }
    a.len()
}

/// `acc += x` in place; returns the carry out of `acc`'s top digit.
pub(crate) fn add_assign(acc: &mut [u32], x: &[u32]) -> u32 {
    let mut carry = 0u64;
    for (i, a) in acc.iter_mut().enumerate() {
        if i >= x.len() && carry == 0 {
            return 0;
        }
        let s = *a as u64 + *x.get(i).unwrap_or(&0) as u64 + carry;
        *a = s as u32;
        carry = s >> 32;
    }
    carry as u32
}

/// `acc -= x` in place; returns the borrow out of `acc`'s top digit.
pub(crate) fn sub_assign(acc: &mut [u32], x: &[u32]) -> u32 {
    let mut borrow = 0u32;
    for (i, a) in acc.iter_mut().enumerate() {
        if i >= x.len() && borrow == 0 {
            return 0;
        }
        let (d, b1) = a.overflowing_sub(*x.get(i).unwrap_or(&0));
        let (d, b2) = d.overflowing_sub(borrow);
        *a = d;
        borrow = (b1 | b2) as u32;
    }
    borrow
}

/// `acc += a * m`, `acc.len() > a.len()`; returns the carry out of `acc`.
pub(crate) fn mul_add_row(acc: &mut [u32], a: &[u32], m: u32) -> u32 {
    let (lo, hi) = acc.split_at_mut(a.len());
    let mut carry = 0u64;
    for (o, &x) in lo.iter_mut().zip(a) {
        let t = x as u64 * m as u64 + *o as u64 + carry;
        *o = t as u32;
        carry = t >> 32;
    }
    add_assign(hi, &[carry as u32])
}

/// `acc = acc * m + add` in place; returns the carry digit.
pub(crate) fn mul_small_add(acc: &mut [u32], m: u32, add: u32) -> u32 {
    let mut carry = add as u64;
    for d in acc.iter_mut() {
        let t = *d as u64 * m as u64 + carry;
        *d = t as u32;
        carry = t >> 32;
    }
    carry as u32
}

/// Adds one to a magnitude in place; returns the carry out.
pub(crate) fn increment(acc: &mut [u32]) -> u32 {
    add_assign(acc, &[1])
}
