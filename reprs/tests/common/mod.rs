//! Shared test helpers: proptest settings (few cases under Miri), the kind
//! classifier, and the reference float rounding the representations are
//! checked against.
//!
//! The reference for C's 30-bit floats does not use the crate's integer
//! rounding trick: it binary-searches the ordered 30-bit values for the two
//! neighbours of the input, then compares the two distances in f64, where
//! they are exact (neighbours are within a factor of two of the input, so the
//! subtractions are exact by Sterbenz's lemma, or one of them is zero).

#![allow(dead_code)]

use mupy_reprs::Repr;
use proptest::test_runner::Config;

/// Many cases natively, a handful under Miri (where each costs ~1000× more);
/// failures are reported, not persisted, so tests write no files.
pub fn config() -> Config {
    Config {
        cases: if cfg!(miri) { 8 } else { 4096 },
        failure_persistence: None,
        ..Config::default()
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    SmallInt,
    Qstr,
    Immediate,
    Float,
    Ptr,
}

/// Every kind test that holds for `v`.
pub fn kinds<R: Repr>(v: R) -> Vec<Kind> {
    let tests = [
        (v.is_small_int(), Kind::SmallInt),
        (v.is_qstr(), Kind::Qstr),
        (v.as_immediate().is_some(), Kind::Immediate),
        (v.is_float(), Kind::Float),
        (v.is_ptr(), Kind::Ptr),
    ];
    tests.iter().filter(|t| t.0).map(|t| t.1).collect()
}

/// 2^e for a normal f64 exponent, built from its bits: exact on every
/// platform, unlike `powi`, which Miri deliberately perturbs.
pub fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// The value a representation must store for `f`.
pub fn expected_float(repr: &str, f: f64) -> f64 {
    match repr {
        "c" => round30(f),
        _ => f,
    }
}

/// Number of 30-bit values from +0 up to (excluding) +infinity: index k is
/// the binary32 with bits `k << 2`.
const INF_INDEX: u32 = 0x7F80_0000 >> 2;

fn value30(k: u32) -> f64 {
    f32::from_bits(k << 2) as f64
}

/// `f` rounded to nearest, ties to even, to the 30-bit format (a binary32
/// with the two low fraction bits zero); any NaN gives NaN.
pub fn round30(f: f64) -> f64 {
    if f.is_nan() {
        return f64::NAN;
    }
    let a = f.abs();
    let k = if a == f64::INFINITY {
        INF_INDEX
    } else {
        // Largest k with value30(k) <= a (value30(0) = 0 <= a).
        let (mut lo, mut hi) = (0u32, INF_INDEX);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if value30(mid) <= a {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let below = value30(lo);
        if below == a {
            lo
        } else {
            // Above the largest finite value, the next step up is 2^128.
            let above = if lo + 1 == INF_INDEX {
                pow2(128)
            } else {
                value30(lo + 1)
            };
            let (d_below, d_above) = (a - below, above - a);
            if d_below < d_above || (d_below == d_above && lo % 2 == 0) {
                lo
            } else {
                lo + 1
            }
        }
    };
    value30(k).copysign(f)
}
