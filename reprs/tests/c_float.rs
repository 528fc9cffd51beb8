//! Representation C's 30-bit floats: rounding at and around every kind of
//! halfway point, overflow to infinity, underflow to subnormals and zero, and
//! the binary32 entry point, checked against the independent reference in
//! `common::round30` and against hand-derived values.

mod common;

use common::{config, pow2, round30};
use mupy_reprs::{Repr, C};
use proptest::prelude::*;

/// The 30-bit value with index `k` (binary32 bits `k << 2`).
fn value30(k: u32) -> f64 {
    f32::from_bits(k << 2) as f64
}

fn stored(f: f64) -> f64 {
    C::float(f).unwrap().float_value()
}

fn assert_same(got: f64, want: f64) {
    assert_eq!(got.to_bits(), want.to_bits(), "{got:e} != {want:e}");
}

/// Largest finite 30-bit value, (2 - 2^-21)·2^127 (printed by CPython).
const MAX30: f64 = 3.4028228579130005e38;
/// Smallest positive 30-bit value, 2^-147 (printed by CPython).
const MIN_SUBNORMAL30: f64 = 5.605193857299268e-45;

#[test]
fn constants_are_what_the_docs_say() {
    assert_same(MAX30, (2.0 - pow2(-21)) * pow2(127));
    assert_same(MIN_SUBNORMAL30, pow2(-147));
    assert_same(value30((0x7F80_0000 >> 2) - 1), MAX30);
    assert_same(value30(1), MIN_SUBNORMAL30);
    assert_eq!(C::FLOAT_SIGNIFICAND_BITS, 22);
}

#[test]
fn overflow_rounds_to_infinity() {
    let halfway = (2.0 - pow2(-22)) * pow2(127);
    assert_same(stored(MAX30), MAX30);
    // Halfway between MAX30 (odd) and 2^128: ties to even means infinity.
    assert_same(stored(halfway), f64::INFINITY);
    assert_same(stored(-halfway), f64::NEG_INFINITY);
    assert_same(stored(halfway.next_down()), MAX30);
    assert_same(stored(f32::MAX as f64), f64::INFINITY);
    assert_same(stored(1e39), f64::INFINITY);
    assert_same(stored(-f64::MAX), f64::NEG_INFINITY);
}

#[test]
fn tiny_values_round_to_subnormals_or_zero() {
    let half = MIN_SUBNORMAL30 / 2.0;
    // Exactly half the smallest subnormal: ties to even, i.e. to zero.
    assert_same(stored(half), 0.0);
    assert_same(stored(-half), -0.0);
    assert_same(stored(half.next_up()), MIN_SUBNORMAL30);
    assert_same(stored(-half.next_up()), -MIN_SUBNORMAL30);
    // 1.5 units: between 1 (odd) and 2 (even).
    assert_same(stored(3.0 * half), 2.0 * MIN_SUBNORMAL30);
    assert_same(stored(5.0 * half), 2.0 * MIN_SUBNORMAL30);
    assert_same(stored(7.0 * half), 4.0 * MIN_SUBNORMAL30);
    assert_same(stored(5e-324), 0.0);
    assert_same(stored(-5e-324), -0.0);
    assert_same(stored(f64::MIN_POSITIVE), 0.0);
    // The binary32 subnormal 2^-149 is a quarter unit: zero.
    assert_same(stored(f32::from_bits(1) as f64), 0.0);
    // Rounding up out of the subnormals gives the smallest normal, 2^-126.
    let below_normal = value30((0x0080_0000 >> 2) - 1);
    let tie = (below_normal + f32::MIN_POSITIVE as f64) / 2.0;
    assert_same(stored(tie), f32::MIN_POSITIVE as f64);
}

#[test]
fn halfway_cases_go_to_even() {
    // 1 + 2^-22 is halfway between 1 (even) and 1 + 2^-21 (odd).
    let ulp = pow2(-21);
    assert_same(stored(1.0 + ulp / 2.0), 1.0);
    assert_same(stored(1.0 + ulp * 1.5), 1.0 + 2.0 * ulp);
    assert_same(stored((1.0 + ulp / 2.0).next_up()), 1.0 + ulp);
    // Rounding after binary32 first would give 1 here (its 1 + 2^-22 ties
    // down again); the single correct rounding goes up.
    let just_above = 1.0 + ulp / 2.0 + pow2(-40);
    assert_same(stored(just_above), 1.0 + ulp);
    // CPython: 0.1 rounded exactly (fractions.Fraction) to a 2^-25 grid.
    assert_same(stored(0.1), 0.09999999403953552);
}

#[test]
fn special_values() {
    for f in [0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, 1.0, -2.0, 0.5] {
        assert_same(stored(f), f);
    }
    assert!(stored(f64::NAN).is_nan());
    assert_eq!(C::float(-f64::NAN), C::float(f64::NAN));
    assert_eq!(C::from_f32(f32::NAN), C::float(f64::NAN).unwrap());
}

/// The 30-bit rounding of a binary32, by bit arithmetic on its integer bits:
/// look at the two dropped bits and round up past half, or at half when the
/// kept part is odd.
fn round_f32_bits(f: f32) -> u32 {
    let b = f.to_bits();
    let (kept, dropped) = (b & !3, b & 3);
    if dropped > 2 || (dropped == 2 && kept & 4 != 0) {
        kept + 4
    } else {
        kept
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_double_matches_reference(f in any::<f64>()) {
        let got = stored(f);
        let want = round30(f);
        prop_assert!(got.to_bits() == want.to_bits() || got.is_nan() && want.is_nan());
    }

    #[test]
    fn halfway_points_round_to_even(k in 0u32..(0x7F80_0000 >> 2), negative in any::<bool>()) {
        let (lo, hi) = (value30(k), if k + 1 == 0x7F80_0000 >> 2 {
            pow2(128)
        } else {
            value30(k + 1)
        });
        let mid = (lo + hi) / 2.0; // exact: one more bit than the format has
        let even = if k % 2 == 0 { lo } else { value30(k + 1) };
        let sign = if negative { -1.0 } else { 1.0 };
        assert_same(stored(sign * mid), sign * even);
        assert_same(stored(sign * mid.next_down()), sign * lo);
        assert_same(stored(sign * mid.next_up()), sign * value30(k + 1));
        assert_same(stored(sign * lo), sign * lo);
    }

    #[test]
    fn binary32_rounding_matches_bit_arithmetic(bits in any::<u32>()) {
        let f = f32::from_bits(bits);
        prop_assume!(!f.is_nan());
        let v = C::from_f32(f);
        prop_assert!(v.is_float());
        prop_assert_eq!(v.float_f32().to_bits(), round_f32_bits(f));
        // A binary32 is an exact f64, so the f64 path must agree.
        prop_assert_eq!(Some(v), C::float(f as f64));
    }

    #[test]
    fn stored_floats_widen_exactly(f in any::<f64>()) {
        let v = C::float(f).unwrap();
        let wide = v.float_value();
        prop_assert!(wide.is_nan() || wide as f32 as f64 == wide);
        prop_assert_eq!(wide.to_bits(), (v.float_f32() as f64).to_bits());
        prop_assert_eq!(v.float_f32().to_bits() & 3, 0);
    }
}
