//! Bigint division with Python's floor semantics (`//`, `%`, `divmod`).
//!
//! Magnitudes are divided by Knuth's algorithm D (TAOCP vol. 2, 4.3.1): the
//! divisor is shifted so its top digit has its high bit set, then each
//! quotient digit is estimated from the top two digits of the running
//! remainder divided by the top divisor digit, corrected with the second
//! divisor digit (at most two decrements), and fixed by one add-back in the
//! rare case the multiply-subtract goes negative. One-digit divisors take a
//! short loop instead.
//!
//! Floor semantics on top of the truncating magnitude division: when the
//! signs differ and the remainder is not zero, `q = -(|q| + 1)` and
//! `r = |b| - |r|` with the sign of `b`.

use super::bigint::{increment, trim};
use super::{need, Int, IntLen, NumError};

/// Digits of the floor quotient of an `a`-digit by a `b`-digit integer. One
/// more than the truncated quotient can need, for the floor adjustment
/// (e.g. `-(2^64 - 1) // 2^32` is `-2^32`, two digits from a two-by-two
/// division).
pub fn divmod_q_len(a: usize, b: usize) -> usize {
    a.saturating_sub(b).saturating_add(2)
}

/// Digits of the floor remainder: it is smaller than the divisor.
pub fn divmod_r_len(_a: usize, b: usize) -> usize {
    b
}

/// Scratch digits [`divmod`] needs: the shifted dividend (one digit longer)
/// and the shifted divisor.
pub fn div_scratch_len(a: usize, b: usize) -> usize {
    a.saturating_add(b).saturating_add(1)
}

/// `(q, r) = divmod(a, b)` with Python's floor semantics: `a == q*b + r`,
/// `r` has the sign of `b` and `|r| < |b|`. Slices sized by
/// [`divmod_q_len`], [`divmod_r_len`] and [`div_scratch_len`].
pub fn divmod(
    a: Int,
    b: Int,
    q: &mut [u32],
    r: &mut [u32],
    scratch: &mut [u32],
) -> Result<(IntLen, IntLen), NumError> {
    let (x, y) = (a.mag(), b.mag());
    if y.is_empty() {
        return Err(NumError::ZeroDivision);
    }
    need(q.len(), divmod_q_len(x.len(), y.len()))?;
    need(r.len(), divmod_r_len(x.len(), y.len()))?;
    need(scratch.len(), div_scratch_len(x.len(), y.len()))?;
    let (ql, rl) = divmod_mag(x, y, q, r, scratch);
    let q_neg = a.neg() != b.neg();
    let mut qlen = ql;
    let mut rlen = rl;
    if q_neg && rl != 0 {
        // Floor: q = -(|q| + 1), r = |b| - |r|.
        q[qlen..].fill(0);
        increment(&mut q[..]);
        qlen = trim(q).len();
        let mut borrow = 0u32;
        for (i, &yd) in y.iter().enumerate() {
            let rd = if i < rlen { r[i] } else { 0 };
            let (d, b1) = yd.overflowing_sub(rd);
            let (d, b2) = d.overflowing_sub(borrow);
            r[i] = d;
            borrow = (b1 | b2) as u32;
        }
        rlen = trim(&r[..y.len()]).len();
    }
    Ok((IntLen::of(q_neg, q, qlen), IntLen::of(b.neg(), r, rlen)))
}

/// Truncating division of trimmed magnitudes, `b` non-empty. Writes the
/// quotient to `q` and the remainder to `r` (sized as above) and returns
/// their trimmed lengths.
pub(crate) fn divmod_mag(
    a: &[u32],
    b: &[u32],
    q: &mut [u32],
    r: &mut [u32],
    scratch: &mut [u32],
) -> (usize, usize) {
    if a.len() < b.len() || (a.len() == b.len() && super::cmp_mag(a, b).is_lt()) {
        r[..a.len()].copy_from_slice(a);
        return (0, a.len());
    }
    if b.len() == 1 {
        let rem = div_small(a, b[0], q);
        r[0] = rem;
        return (trim(&q[..a.len()]).len(), (rem != 0) as usize);
    }
    knuth_d(a, b, q, r, scratch);
    (
        trim(&q[..a.len() - b.len() + 1]).len(),
        trim(&r[..b.len()]).len(),
    )
}

/// `q = a / d` (q has at least `a.len()` digits); returns `a % d`. `d != 0`.
pub(crate) fn div_small(a: &[u32], d: u32, q: &mut [u32]) -> u32 {
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (rem << 32) | a[i] as u64;
        q[i] = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    rem as u32
}

/// In place `a /= d`; returns the remainder. `d != 0`.
pub(crate) fn div_small_in_place(a: &mut [u32], d: u32) -> u32 {
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (rem << 32) | *x as u64;
        *x = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    rem as u32
}

/// In place `a /= D`; returns the remainder. A constant divisor lets the
/// compiler divide by multiplying with its reciprocal (decimal printing
/// divides by 10^9 once per nine characters).
pub(crate) fn div_const_in_place<const D: u32>(a: &mut [u32]) -> u32 {
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (rem << 32) | *x as u64;
        *x = (cur / D as u64) as u32;
        rem = cur % D as u64;
    }
    rem as u32
}

/// Algorithm D for `a.len() >= b.len() >= 2`.
fn knuth_d(a: &[u32], b: &[u32], q: &mut [u32], r: &mut [u32], scratch: &mut [u32]) {
    let (m, n) = (a.len(), b.len());
    let s = b[n - 1].leading_zeros();
    let (un, rest) = scratch.split_at_mut(m + 1);
    let vn = &mut rest[..n];
    shl_into(b, s, vn);
    un[m] = if s == 0 { 0 } else { a[m - 1] >> (32 - s) };
    shl_into(a, s, &mut un[..m]);

    let v1 = vn[n - 1] as u64;
    let v2 = vn[n - 2] as u64;
    for j in (0..=m - n).rev() {
        let num = (un[j + n] as u64) << 32 | un[j + n - 1] as u64;
        let mut qhat = num / v1;
        let mut rhat = num % v1;
        while qhat > u32::MAX as u64 || qhat * v2 > (rhat << 32 | un[j + n - 2] as u64) {
            qhat -= 1;
            rhat += v1;
            if rhat > u32::MAX as u64 {
                break;
            }
        }
        // un[j..=j+n] -= qhat * vn
        let mut k: i64 = 0;
        for i in 0..n {
            let p = qhat * vn[i] as u64;
            let t = un[i + j] as i64 - k - (p & 0xffff_ffff) as i64;
            un[i + j] = t as u32;
            k = (p >> 32) as i64 - (t >> 32);
        }
        let t = un[j + n] as i64 - k;
        un[j + n] = t as u32;
        if t < 0 {
            // Overshot by one: add the divisor back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let t = un[i + j] as u64 + vn[i] as u64 + c;
                un[i + j] = t as u32;
                c = t >> 32;
            }
            un[j + n] = un[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    // Unnormalise the remainder.
    for i in 0..n {
        let hi = if s == 0 { 0 } else { un[i + 1] << (32 - s) };
        r[i] = (un[i] >> s) | hi;
    }
}

/// `out = x << s` for `s < 32`, dropping the bits shifted out of the top digit.
fn shl_into(x: &[u32], s: u32, out: &mut [u32]) {
    if s == 0 {
        out.copy_from_slice(x);
        return;
    }
    for i in (1..x.len()).rev() {
        out[i] = (x[i] << s) | (x[i - 1] >> (32 - s));
    }
    out[0] = x[0] << s;
}
