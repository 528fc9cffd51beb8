//! Number hashes compatible with CPython: equal numbers hash equal across
//! small ints, bigints and floats (`hash(1) == hash(1.0) == hash(2**64 // 2**64)`).
//!
//! CPython reduces every number modulo the Mersenne prime `P = 2^61 - 1`:
//! `hash(±n) = ±(n mod P)`, and a float `m·2^e` hashes as `m·2^e mod P`,
//! where `2^e mod P` is a rotation of the 61-bit residue because `2^61 ≡ 1`.
//! `-1` is reserved (it signals an error in C) and becomes `-2`; `±inf` hash
//! to `±314159`. A NaN hashes by identity in CPython 3.10+; here it is 0.
//!
//! `py_hash_*` give CPython's exact value (what `hash()` returns). The
//! machine-word hash the dicts use is its low 32 bits (`hash_*`), so for a
//! small int `n != -1` it is just `n as u32`: one instruction, no call.

use super::Int;

/// `2^61 - 1`, CPython's `_PyHASH_MODULUS` on 64-bit builds.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

fn finish(neg: bool, residue: u64) -> i64 {
    let h = if neg {
        -(residue as i64)
    } else {
        residue as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `residue · 2^k mod P` for `residue < P`.
fn rotate(residue: u64, k: u32) -> u64 {
    let k = k % HASH_BITS;
    if k == 0 {
        return residue;
    }
    ((residue << k) & HASH_MODULUS) | residue >> (HASH_BITS - k)
}

/// CPython's `hash(v)` for an int.
pub fn py_hash_i64(v: i64) -> i64 {
    finish(v < 0, v.unsigned_abs() % HASH_MODULUS)
}

/// CPython's `hash(a)` for a bigint.
pub fn py_hash_int(a: Int) -> i64 {
    let mut r = 0u64;
    for &d in a.mag().iter().rev() {
        r = rotate(r, 32) + d as u64;
        if r >= HASH_MODULUS {
            r -= HASH_MODULUS;
        }
    }
    finish(a.neg(), r)
}

/// CPython's `hash(x)` for a float (NaN: 0).
pub fn py_hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (neg, m, e) = super::bigint_conv::decompose(x);
    // m < 2^53 < P, so m is its own residue; 2^e for negative e is
    // 2^(e mod 61) since 2^61 ≡ 1.
    let k = e.rem_euclid(HASH_BITS as i64) as u32;
    finish(neg, rotate(m, k))
}

/// The dict hash of a small int (low 32 bits of [`py_hash_i64`]).
#[inline]
pub fn hash_i64(v: i64) -> u32 {
    py_hash_i64(v) as u32
}

/// The dict hash of a bigint; equals [`hash_i64`] for equal values.
pub fn hash_int(a: Int) -> u32 {
    py_hash_int(a) as u32
}

/// The dict hash of a float; equals [`hash_i64`] for integral values.
pub fn hash_f64(x: f64) -> u32 {
    py_hash_f64(x) as u32
}
