//! Bigint multiplication: schoolbook below [`KARATSUBA_THRESHOLD`] digits,
//! Karatsuba above it.
//!
//! Karatsuba splits both operands at `m` digits (`a = a1·B^m + a0`, same for
//! `b`) and uses the subtractive form, which needs no extra carry digit:
//!
//! ```text
//!   a·b = z2·B^2m + (z0 + z2 - (a0-a1)(b0-b1))·B^m + z0
//!   z0 = a0·b0   (written straight into out[..2m])
//!   z2 = a1·b1   (written straight into out[2m..])
//! ```
//!
//! The middle term `a0·b1 + a1·b0` is never negative. Scratch per level is
//! `|a0-a1|`, `|b0-b1|` (m each), their product (2m) and the middle term
//! (2m+1): 6m+1 digits, plus the next level's. Operands of very different
//! lengths are cut into chunks of the shorter one's length, each chunk
//! product added into place.

use super::bigint::{add_assign, cmp_mag, mul_add_row, sub_assign, sub_mag};
use super::{need, Int, IntLen, NumError};

/// Operand length (in digits, of the shorter operand) from which Karatsuba
/// is used. Measured on x86-64 (n×n products, best of 5): Karatsuba wins
/// from 24–32 digits and is 4× faster at 1024; 32 errs toward schoolbook,
/// whose inner step is one `UMAAL` on a Cortex-M4.
pub const KARATSUBA_THRESHOLD: usize = 32;

/// Digits of `a * b` for operands of `a` and `b` digits.
pub fn mul_len(a: usize, b: usize) -> usize {
    a.saturating_add(b)
}

/// Scratch digits [`mul`] needs for operands of `a` and `b` digits (zero
/// when schoolbook is used).
pub fn mul_scratch_len(a: usize, b: usize) -> usize {
    if a.min(b) < KARATSUBA_THRESHOLD {
        return 0;
    }
    karatsuba_scratch(a.max(b))
}

/// An upper bound of the scratch for any operands of at most `n` digits,
/// monotone in `n`: 6m+1 per level with m = ceil(n/2), which also covers the
/// chunked path (2·short + the scratch of a short×short product).
fn karatsuba_scratch(mut n: usize) -> usize {
    let mut total = 0usize;
    while n >= KARATSUBA_THRESHOLD {
        let m = n.div_ceil(2);
        total = total.saturating_add(6 * m + 1);
        n = m;
    }
    total
}

/// `out = a * b`; `out` needs `mul_len(a, b)` digits and `scratch`
/// `mul_scratch_len(a, b)`.
pub fn mul(a: Int, b: Int, out: &mut [u32], scratch: &mut [u32]) -> Result<IntLen, NumError> {
    let (x, y) = (a.mag(), b.mag());
    let n = mul_len(x.len(), y.len());
    need(out.len(), n)?;
    need(scratch.len(), mul_scratch_len(x.len(), y.len()))?;
    mul_into(x, y, &mut out[..n], scratch);
    Ok(IntLen::of(a.neg() != b.neg(), out, n))
}

/// `out = a * b` where `out.len() == a.len() + b.len()`; `scratch` as sized by
/// [`mul_scratch_len`]. Overwrites all of `out`.
pub(crate) fn mul_into(a: &[u32], b: &[u32], out: &mut [u32], scratch: &mut [u32]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook(a, b, out);
    } else if a.len() >= 2 * b.len() {
        chunked(a, b, out, scratch);
    } else {
        karatsuba(a, b, out, scratch);
    }
}

fn schoolbook(a: &[u32], b: &[u32], out: &mut [u32]) {
    out.fill(0);
    if a.is_empty() {
        return;
    }
    for (i, &d) in b.iter().enumerate() {
        if d != 0 {
            mul_add_row(&mut out[i..], a, d);
        }
    }
}

/// `a` at least twice as long as `b`: multiply `b` by `b`-sized chunks of `a`.
fn chunked(a: &[u32], b: &[u32], out: &mut [u32], scratch: &mut [u32]) {
    out.fill(0);
    let (tmp, rest) = scratch.split_at_mut(2 * b.len());
    let mut off = 0;
    for chunk in a.chunks(b.len()) {
        let t = &mut tmp[..chunk.len() + b.len()];
        mul_into(chunk, b, t, rest);
        add_assign(&mut out[off..], t);
        off += chunk.len();
    }
}

/// `b.len() <= a.len() < 2 * b.len()`, both at least the threshold.
fn karatsuba(a: &[u32], b: &[u32], out: &mut [u32], scratch: &mut [u32]) {
    let m = a.len().div_ceil(2);
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m.min(b.len()));
    let (da, rest) = scratch.split_at_mut(m);
    let (db, rest) = rest.split_at_mut(m);
    let (t, rest) = rest.split_at_mut(2 * m);
    let (mid, rest) = rest.split_at_mut(2 * m + 1);

    let sa = abs_diff(a0, a1, da);
    let sb = abs_diff(b0, b1, db);
    mul_into(da, db, t, rest);
    {
        let (lo, hi) = out.split_at_mut(2 * m);
        mul_into(a0, b0, lo, rest);
        mul_into(a1, b1, hi, rest);
        // mid = z0 + z2 ∓ t
        mid[..2 * m].copy_from_slice(lo);
        mid[2 * m] = 0;
        add_assign(mid, hi);
    }
    if sa == sb {
        sub_assign(mid, t);
    } else {
        add_assign(mid, t);
    }
    add_assign(&mut out[m..], super::trim(mid));
}

/// `out = |x - y|` (zero-padded to `out.len()`); returns whether `x < y`.
fn abs_diff(x: &[u32], y: &[u32], out: &mut [u32]) -> bool {
    out.fill(0);
    if cmp_mag(x, y).is_lt() {
        sub_mag(y, x, out);
        true
    } else {
        sub_mag(x, y, out);
        false
    }
}
