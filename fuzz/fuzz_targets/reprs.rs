//! The representations on arbitrary words and constructor inputs: a word
//! is at most one kind (small int, qstr, immediate, float, pointer), every
//! constructor's result is exactly its kind and gives its input back, and
//! the small-int fast paths agree with i64 arithmetic.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use mupy_reprs::{Immediate, ObjRef, Repr, A, C, D};

#[derive(Arbitrary, Debug)]
struct Input {
    word: u64,
    int: i64,
    other: i64,
    qstr: u32,
    imm: u8,
    float: f64,
    ptr: u32,
}

fn kinds<R: Repr>(v: R) -> usize {
    [
        v.is_small_int(),
        v.is_qstr(),
        v.as_immediate().is_some(),
        v.is_float(),
        v.is_ptr(),
    ]
    .iter()
    .filter(|&&k| k)
    .count()
}

fn check<R: Repr>(word: R, i: &Input) {
    assert!(
        kinds(word) <= 1,
        "{} word {word:?} is several kinds",
        R::NAME
    );
    if let Some(v) = R::small_int(i.int) {
        assert_eq!(kinds(v), 1);
        assert!(v.is_small_int());
        assert_eq!(v.small_int_value(), i.int);
        if let Some(w) = R::small_int(i.other) {
            let sum = i.int.checked_add(i.other).and_then(R::small_int);
            assert_eq!(R::small_int_add(v, w), sum, "{} add", R::NAME);
            let diff = i.int.checked_sub(i.other).and_then(R::small_int);
            assert_eq!(R::small_int_sub(v, w), diff, "{} sub", R::NAME);
            let prod = i.int.checked_mul(i.other).and_then(R::small_int);
            assert_eq!(R::small_int_mul(v, w), prod, "{} mul", R::NAME);
            assert_eq!(R::small_int_cmp(v, w), i.int.cmp(&i.other));
        }
    } else {
        assert!(!(R::SMALL_INT_MIN..=R::SMALL_INT_MAX).contains(&i.int));
    }
    let q = i.qstr % R::QSTR_LIMIT;
    let v = R::qstr(q);
    assert!(v.is_qstr() && kinds(v) == 1 && v.qstr_id() == q);
    if let Some(imm) = Immediate::from_index(u32::from(i.imm)) {
        let v = R::immediate(imm);
        assert!(kinds(v) == 1 && v.as_immediate() == Some(imm));
    }
    if let Some(v) = R::float(i.float) {
        assert!(
            v.is_float() && kinds(v) == 1,
            "{} float {}",
            R::NAME,
            i.float
        );
        let back = v.float_value();
        if i.float.is_nan() {
            assert!(back.is_nan());
        } else if R::FLOAT_SIGNIFICAND_BITS == f64::MANTISSA_DIGITS {
            assert_eq!(back.to_bits(), i.float.to_bits(), "{} float", R::NAME);
        } else {
            // Rounding is idempotent and keeps the sign.
            assert_eq!(
                R::float(back).map(|w| w.float_value().to_bits()),
                Some(back.to_bits())
            );
            assert_eq!(back.is_sign_negative(), i.float.is_sign_negative());
        }
    }
    let r = (i.ptr & !3).max(ObjRef::RESERVED_BELOW);
    let v = R::ptr(ObjRef(r));
    assert!(v.is_ptr() && kinds(v) == 1 && v.ptr_ref() == ObjRef(r));
}

fuzz_target!(|i: Input| {
    check(A::from_word(i.word as u32), &i);
    check(C::from_word(i.word as u32), &i);
    check(D::from_word(i.word), &i);
});
