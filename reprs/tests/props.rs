//! The properties every representation must have, written once over
//! `R: Repr` and instantiated for A, C and D: each constructor round-trips,
//! a constructed value is exactly one kind, an arbitrary word is at most one
//! kind, and the small-int fast paths agree with plain i64 arithmetic.
//!
//! Expected float values come from `common::expected_float`, which rounds by
//! a method independent of the crate's.

mod common;

use common::{config, expected_float, kinds, Kind};
use mupy_reprs::{Immediate, ObjRef, Repr, A, C, D};
use proptest::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

fn hash_of<T: Hash>(v: T) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

/// Ints around the small-int boundaries and zero, plus the whole range.
fn small_ints<R: Repr>() -> impl Strategy<Value = i64> {
    let (lo, hi) = (R::SMALL_INT_MIN, R::SMALL_INT_MAX);
    prop_oneof![
        lo..=hi,
        prop::sample::select(vec![lo, lo + 1, hi - 1, hi, -1, 0, 1]),
    ]
}

fn check_small_int<R: Repr>(i: i64) {
    let v = R::small_int(i).expect("in range");
    assert_eq!(v.small_int_value(), i);
    assert_eq!(kinds(v), [Kind::SmallInt]);
    assert_eq!(R::from_word(v.word()), v);
    let again = R::small_int(i).unwrap();
    assert_eq!(v.word(), again.word());
    assert_eq!(hash_of(v), hash_of(again));
}

fn check_small_int_boundaries<R: Repr>() {
    let (lo, hi) = (R::SMALL_INT_MIN, R::SMALL_INT_MAX);
    assert_eq!(lo, -(1i64 << (R::SMALL_INT_BITS - 1)));
    assert_eq!(hi, (1i64 << (R::SMALL_INT_BITS - 1)) - 1);
    for i in [lo, lo + 1, -1, 0, 1, hi - 1, hi] {
        check_small_int::<R>(i);
    }
    for i in [lo - 1, hi + 1, i64::MIN, i64::MAX, 1 << 62, -(1 << 62)] {
        assert_eq!(R::small_int(i), None, "{i}");
    }
}

fn check_fits<R: Repr>(i: i64) {
    let fits = (R::SMALL_INT_MIN..=R::SMALL_INT_MAX).contains(&i);
    assert_eq!(R::small_int(i).is_some(), fits, "{i}");
}

fn check_distinct_ints<R: Repr>(a: i64, b: i64) {
    let (va, vb) = (R::small_int(a).unwrap(), R::small_int(b).unwrap());
    assert_eq!(va == vb, a == b);
}

fn check_qstr<R: Repr>(id: u32) {
    let v = R::qstr(id);
    assert_eq!(v.qstr_id(), id);
    assert_eq!(kinds(v), [Kind::Qstr]);
}

fn check_qstr_boundaries<R: Repr>() {
    assert!(R::QSTR_LIMIT >= 1 << 19);
    for id in [
        0,
        1,
        R::QSTR_LIMIT / 2,
        R::QSTR_LIMIT - 2,
        R::QSTR_LIMIT - 1,
    ] {
        check_qstr::<R>(id);
    }
    assert_ne!(R::qstr(0), R::qstr(R::QSTR_LIMIT - 1));
}

fn check_immediates<R: Repr>() {
    for (i, imm) in Immediate::ALL.iter().copied().enumerate() {
        let v = R::immediate(imm);
        assert_eq!(v.as_immediate(), Some(imm));
        assert_eq!(kinds(v), [Kind::Immediate]);
        for other in &Immediate::ALL[..i] {
            assert_ne!(v, R::immediate(*other));
        }
    }
    assert!(R::none().is_none() && !R::none().is_null());
    assert!(R::null().is_null() && !R::null().is_none());
    assert_eq!(R::bool(true).as_immediate(), Some(Immediate::True));
    assert_eq!(R::bool(false).as_immediate(), Some(Immediate::False));
    assert!(!R::small_int(0).unwrap().is_none());
    assert!(!R::qstr(0).is_null());
}

fn check_ptr<R: Repr>(r: u32) {
    let v = R::ptr(ObjRef(r));
    assert_eq!(v.ptr_ref(), ObjRef(r));
    assert_eq!(kinds(v), [Kind::Ptr]);
    // The collector scans words as little-endian u32s: one of them is the ref.
    let bytes = word_bytes::<R>(v);
    assert!(bytes
        .chunks(4)
        .any(|c| u32::from_le_bytes(c.try_into().unwrap()) == r));
}

fn word_bytes<R: Repr>(v: R) -> Vec<u8> {
    let w: u64 = v.word().into();
    w.to_le_bytes()[..R::WORD_BYTES].to_vec()
}

fn check_ptr_boundaries<R: Repr>() {
    for r in [
        ObjRef::RESERVED_BELOW,
        0x0001_0000,
        0x2000_0000,
        0x2001_FFFC,
        0xF000_0000,
        0xFFFF_FFFC,
    ] {
        check_ptr::<R>(r);
    }
}

fn check_float<R: Repr>(f: f64) {
    let Some(v) = R::float(f) else {
        assert!(!R::FLOAT_IMMEDIATE);
        assert_eq!(R::round_float(f).to_bits(), f.to_bits());
        return;
    };
    assert!(R::FLOAT_IMMEDIATE);
    assert_eq!(kinds(v), [Kind::Float], "{f:e}");
    let want = expected_float(R::NAME, f);
    let got = v.float_value();
    if want.is_nan() {
        assert!(got.is_nan());
        assert_eq!(v, R::float(f64::NAN).unwrap(), "one NaN");
    } else {
        assert_eq!(got.to_bits(), want.to_bits(), "{f:e}: {got:e} != {want:e}");
    }
    assert_eq!(R::round_float(f).to_bits(), got.to_bits());
    // Stored floats are fixed points of the rounding.
    assert_eq!(R::float(got).unwrap(), v);
}

const SPECIAL_FLOATS: [f64; 20] = [
    0.0,
    -0.0,
    1.0,
    -1.5,
    0.1,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    -f64::NAN,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    f64::EPSILON,
    f32::MAX as f64,
    f32::MIN_POSITIVE as f64,
    1.401298464324817e-45,
    3.4028235677973366e38,
];

fn check_arbitrary_word<R: Repr>(w: R::Word) {
    let v = R::from_word(w);
    assert_eq!(v.word(), w);
    assert!(kinds(v).len() <= 1, "{w:?}: {:?}", kinds(v));
}

fn check_int_ops<R: Repr>(x: i64, y: i64) {
    let (a, b) = (R::small_int(x).unwrap(), R::small_int(y).unwrap());
    assert!(R::both_small_ints(a, b));
    assert_eq!(R::small_int_add(a, b), R::small_int(x + y));
    assert_eq!(R::small_int_sub(a, b), R::small_int(x - y));
    assert_eq!(
        R::small_int_mul(a, b),
        x.checked_mul(y).and_then(R::small_int)
    );
    assert_eq!(R::small_int_cmp(a, b), x.cmp(&y));
    for other in [
        R::qstr(3),
        R::none(),
        R::null(),
        R::ptr(ObjRef(0x2000_0040)),
        R::float(2.0).unwrap_or(R::none()),
    ] {
        assert!(!R::both_small_ints(a, other));
        assert!(!R::both_small_ints(other, b));
    }
}

macro_rules! repr_props {
    ($name:ident, $R:ty, $word:expr) => {
        mod $name {
            use super::*;
            type R = $R;

            #[test]
            fn small_int_boundaries() {
                check_small_int_boundaries::<R>();
            }
            #[test]
            fn qstr_boundaries() {
                check_qstr_boundaries::<R>();
            }
            #[test]
            fn immediates() {
                check_immediates::<R>();
            }
            #[test]
            fn ptr_boundaries() {
                check_ptr_boundaries::<R>();
            }
            #[test]
            fn special_floats() {
                for f in SPECIAL_FLOATS {
                    check_float::<R>(f);
                }
            }
            #[test]
            fn int_op_boundaries() {
                let (lo, hi) = (R::SMALL_INT_MIN, R::SMALL_INT_MAX);
                let edges = [lo, lo + 1, -2, -1, 0, 1, 2, hi - 1, hi];
                for x in edges {
                    for y in edges {
                        check_int_ops::<R>(x, y);
                    }
                }
            }
            #[test]
            fn sizes() {
                assert_eq!(core::mem::size_of::<R>(), R::WORD_BYTES);
                assert_eq!(core::mem::size_of::<<R as Repr>::Word>(), R::WORD_BYTES);
            }

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn small_int_round_trips(i in small_ints::<R>()) {
                    check_small_int::<R>(i);
                }
                #[test]
                fn small_int_fits_exactly_in_range(i in any::<i64>(), shift in 0u32..64) {
                    check_fits::<R>(i >> shift);
                }
                #[test]
                fn small_ints_equal_iff_words_equal(a in small_ints::<R>(), b in small_ints::<R>()) {
                    check_distinct_ints::<R>(a, b);
                }
                #[test]
                fn qstr_round_trips(id in 0..R::QSTR_LIMIT) {
                    check_qstr::<R>(id);
                }
                #[test]
                fn ptr_round_trips(r in (ObjRef::RESERVED_BELOW / 4)..=(u32::MAX / 4)) {
                    check_ptr::<R>(r * 4);
                }
                #[test]
                fn float_round_trips(f in any::<f64>()) {
                    check_float::<R>(f);
                }
                #[test]
                fn float_round_trips_bit_patterns(bits in any::<u64>()) {
                    check_float::<R>(f64::from_bits(bits));
                }
                #[test]
                fn arbitrary_words_are_at_most_one_kind(w in $word) {
                    check_arbitrary_word::<R>(w);
                }
                #[test]
                fn int_ops_match_i64(x in small_ints::<R>(), y in small_ints::<R>()) {
                    check_int_ops::<R>(x, y);
                }
                #[test]
                fn int_ops_small_operands(x in -70_000i64..70_000, y in -70_000i64..70_000) {
                    check_int_ops::<R>(x, y);
                }
            }
        }
    };
}

/// Arbitrary A words, with the low (reserved pointer) words often.
fn words_a() -> impl Strategy<Value = u32> {
    prop_oneof![any::<u32>(), 0u32..256]
}

/// Arbitrary C words, often in the NaN space where qstrs and immediates live.
fn words_c() -> impl Strategy<Value = u32> {
    prop_oneof![
        any::<u32>(),
        any::<u32>().prop_map(|w| w & 0x807F_FFFF | 0b10),
        any::<u32>().prop_map(|w| w & 0x8000_00FF),
    ]
}

/// Arbitrary D words, often under the tags of the boxed kinds.
fn words_d() -> impl Strategy<Value = u64> {
    prop_oneof![
        any::<u64>(),
        (0u64..0x11, any::<u64>()).prop_map(|(tag, w)| tag << 48 | w & 0xFFFF_FFFF_FFFF),
        (0u64..0x11, 0u64..16).prop_map(|(tag, k)| tag << 48 | 1 << 32 | k),
    ]
}

repr_props!(a, A, words_a());
repr_props!(c, C, words_c());
repr_props!(d, D, words_d());
