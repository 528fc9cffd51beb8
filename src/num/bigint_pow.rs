//! Bigint powers: `a ** n` by left-to-right binary exponentiation (square,
//! then multiply by `a` for each set bit of `n`), and `pow(a, n, m)` the
//! same way with a reduction modulo `m` after every product, so the working
//! numbers never exceed `2·len(m)` digits. A negative `n` in `pow(a, n, m)`
//! raises the modular inverse of `a` (extended Euclid) to `-n`, as Python
//! 3.8+ does.
//!
//! `a ** n` ping-pongs between `out` and one scratch buffer of the same size:
//! both are `ceil(bits(a)·n / 32) + 1` digits, enough for every intermediate
//! (`a^p` squared has `2p <= n`, so at most one digit more than `a^n` needs).

use super::bigint::{sub_mag, trim};
use super::bigint_bits::bit_length;
use super::bigint_div::divmod_mag;
use super::bigint_mul::{mul_into, mul_scratch_len};
use super::{need, Int, IntLen, NumError};

/// Digits of `base ** exp`; [`NumError::Overflow`] when that does not fit a
/// `usize` (the runtime then raises `MemoryError` or `OverflowError`).
pub fn pow_len(base: Int, exp: u64) -> Result<usize, NumError> {
    let bits = bit_length(base.mag())
        .checked_mul(exp)
        .ok_or(NumError::Overflow)?;
    usize::try_from(bits.div_ceil(32) + 1).map_err(|_| NumError::Overflow)
}

/// Scratch digits [`pow`] needs.
pub fn pow_scratch_len(base: Int, exp: u64) -> Result<usize, NumError> {
    let n = pow_len(base, exp)?;
    n.checked_add(mul_scratch_len(n, n))
        .ok_or(NumError::Overflow)
}

/// `out = base ** exp`; `out` needs [`pow_len`] digits and `scratch`
/// [`pow_scratch_len`].
pub fn pow(base: Int, exp: u64, out: &mut [u32], scratch: &mut [u32]) -> Result<IntLen, NumError> {
    let n = pow_len(base, exp)?;
    need(out.len(), n.max(1))?;
    let neg = base.neg() && exp & 1 == 1;
    let b = base.mag();
    if exp == 0 {
        out[0] = 1;
        return Ok(IntLen { neg: false, len: 1 });
    }
    if b.is_empty() || b == [1] {
        out[..b.len()].copy_from_slice(b);
        return Ok(IntLen::of(neg, out, b.len()));
    }
    need(scratch.len(), pow_scratch_len(base, exp)?)?;
    let (other, mscratch) = scratch.split_at_mut(n);
    let out = &mut out[..n];
    out[..b.len()].copy_from_slice(b);
    let mut len = b.len();
    let mut in_out = true;
    for i in (0..63 - exp.leading_zeros()).rev() {
        // Square into the other buffer.
        len = if in_out {
            square(&out[..len], other, mscratch)
        } else {
            square(&other[..len], out, mscratch)
        };
        in_out = !in_out;
        if exp >> i & 1 == 1 {
            let m = len + b.len();
            if in_out {
                mul_into(&out[..len], b, &mut other[..m], mscratch);
                len = trim(&other[..m]).len();
            } else {
                mul_into(&other[..len], b, &mut out[..m], mscratch);
                len = trim(&out[..m]).len();
            }
            in_out = !in_out;
        }
    }
    if !in_out {
        out[..len].copy_from_slice(&other[..len]);
    }
    Ok(IntLen::of(neg, out, len))
}

fn square(x: &[u32], into: &mut [u32], scratch: &mut [u32]) -> usize {
    let m = 2 * x.len();
    mul_into(x, x, &mut into[..m], scratch);
    trim(&into[..m]).len()
}

/// Digits of `pow(base, exp, m)` for an `m`-digit modulus.
pub fn pow_mod_len(m: usize) -> usize {
    m
}

/// Scratch digits [`pow_mod`] needs for a `base`-digit base and an `m`-digit
/// modulus.
pub fn pow_mod_scratch_len(base: usize, m: usize) -> usize {
    let q = divmod_q_len_max(base, m);
    let d = base.max(2 * m).saturating_add(m).saturating_add(1);
    let inverse = inverse_scratch_len(m);
    // reduced base, product, quotient, division scratch, multiply scratch
    m.saturating_add(2 * m)
        .saturating_add(q)
        .saturating_add(d)
        .saturating_add(mul_scratch_len(m, m))
        .saturating_add(inverse)
}

fn divmod_q_len_max(base: usize, m: usize) -> usize {
    super::divmod_q_len(base.max(2 * m), m)
}

/// `out = pow(base, exp, m)`, the result having the sign of `m` (Python's
/// rule); a negative `exp` uses the inverse of `base` modulo `m`. `out` needs
/// [`pow_mod_len`] digits and `scratch` [`pow_mod_scratch_len`].
pub fn pow_mod(
    base: Int,
    exp: Int,
    m: Int,
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<IntLen, NumError> {
    let md = m.mag();
    let ml = md.len();
    if ml == 0 {
        return Err(NumError::ModulusZero);
    }
    need(out.len(), ml)?;
    need(scratch.len(), pow_mod_scratch_len(base.mag().len(), ml))?;
    if md == [1] {
        return Ok(IntLen { neg: false, len: 0 });
    }
    let (bred, rest) = scratch.split_at_mut(ml);
    let (prod, rest) = rest.split_at_mut(2 * ml);
    let (q, rest) = rest.split_at_mut(divmod_q_len_max(base.mag().len(), ml));
    let dl = base.mag().len().max(2 * ml) + ml + 1;
    let (dscr, rest) = rest.split_at_mut(dl);
    let (mscr, inv_scr) = rest.split_at_mut(mul_scratch_len(ml, ml));

    // Reduce the base into [0, |m|).
    let r = super::divmod(base, Int::pos(md), q, bred, dscr)?.1;
    let mut blen = r.len;
    if exp.neg() {
        blen = inverse(&bred[..blen], md, inv_scr)?;
        bred[..blen].copy_from_slice(&inv_scr[..blen]);
    }
    let b = &bred[..blen];

    out[0] = 1;
    let mut len = 1;
    let e = exp.mag();
    for i in (0..bit_length(e)).rev() {
        let sq = 2 * len;
        mul_into(&out[..len], &out[..len], &mut prod[..sq], mscr);
        len = divmod_mag(trim(&prod[..sq]), md, q, out, dscr).1;
        if e[(i / 32) as usize] >> (i % 32) & 1 == 1 {
            let pl = len + b.len();
            mul_into(&out[..len], b, &mut prod[..pl], mscr);
            len = divmod_mag(trim(&prod[..pl]), md, q, out, dscr).1;
        }
    }
    if m.neg() && len != 0 {
        // Into (m, 0]: |m| - r, negative.
        prod[..len].copy_from_slice(&out[..len]);
        sub_mag(md, &prod[..len], out);
        return Ok(IntLen::of(true, out, ml));
    }
    Ok(IntLen::of(false, out, len))
}

/// Scratch digits of [`inverse`] for an `m`-digit modulus.
fn inverse_scratch_len(m: usize) -> usize {
    let n = m.saturating_add(1);
    // res, r0, r1, t0, t1, rem: n each; quotient n+1; division 2n+1;
    // q·t1: 2n+1; t0 - q·t1: 2n+2; multiply scratch.
    n.saturating_mul(13)
        .saturating_add(5)
        .saturating_add(mul_scratch_len(n + 1, n))
}

/// Writes the inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`) to the start
/// of `scratch` ([`inverse_scratch_len`]) and returns its length.
///
/// Extended Euclid keeping only the coefficient of `a`: with
/// `r0 = m, r1 = a, t0 = 0, t1 = 1`, each step sets
/// `(r0, r1) = (r1, r0 mod r1)` and `(t0, t1) = (t1, t0 - q·t1)` with
/// `q = r0 // r1`; every `|t|` stays below `m`.
fn inverse(a: &[u32], m: &[u32], scratch: &mut [u32]) -> Result<usize, NumError> {
    let n = m.len() + 1;
    let (res, rest) = scratch.split_at_mut(n);
    let (r0, rest) = rest.split_at_mut(n);
    let (r1, rest) = rest.split_at_mut(n);
    let (t0, rest) = rest.split_at_mut(n);
    let (t1, rest) = rest.split_at_mut(n);
    let (rem, rest) = rest.split_at_mut(n);
    let (q, rest) = rest.split_at_mut(n + 1);
    let (dscr, rest) = rest.split_at_mut(2 * n + 1);
    let (prod, rest) = rest.split_at_mut(2 * n + 1);
    let (next, mscr) = rest.split_at_mut(2 * n + 2);
    r0[..m.len()].copy_from_slice(m);
    let mut l0 = m.len();
    r1[..a.len()].copy_from_slice(a);
    let mut l1 = a.len();
    let mut t0v = IntLen { neg: false, len: 0 };
    t1[0] = 1;
    let mut t1v = IntLen { neg: false, len: 1 };
    while l1 != 0 {
        let (ql, rl) = divmod_mag(&r0[..l0], &r1[..l1], q, rem, dscr);
        r0[..l1].copy_from_slice(&r1[..l1]);
        l0 = l1;
        r1[..rl].copy_from_slice(&rem[..rl]);
        l1 = rl;
        let pl = ql + t1v.len;
        mul_into(&q[..ql], &t1[..t1v.len], &mut prod[..pl], mscr);
        let qt = Int::new(t1v.neg, &prod[..pl]);
        let nv = super::sub(t0v.view(t0), qt, next)?;
        t0[..t1v.len].copy_from_slice(&t1[..t1v.len]);
        t0v = t1v;
        let nl = nv.len.min(n);
        t1[..nl].copy_from_slice(&next[..nl]);
        t1v = IntLen {
            neg: nv.neg,
            len: nl,
        };
    }
    if r0[..l0] != [1] {
        return Err(NumError::NotInvertible);
    }
    if t0v.neg {
        sub_mag(m, &t0[..t0v.len], res);
        Ok(trim(&res[..m.len()]).len())
    } else {
        res[..t0v.len].copy_from_slice(&t0[..t0v.len]);
        Ok(t0v.len)
    }
}
