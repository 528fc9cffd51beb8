//! Bigint properties: every operation against `i128` arithmetic for values
//! that fit, and algebraic identities for large values (across the
//! Karatsuba threshold).

extern crate std;

use alloc::vec::Vec;
use proptest::prelude::*;

use crate::num::bigint_mul::mul_into;
use crate::num::{hash, BigInt, NumError};

fn big(v: i128) -> BigInt {
    BigInt::from_bytes(&v.to_le_bytes(), true, true)
}

fn small(b: &BigInt) -> i128 {
    let bytes = b.to_bytes(16, true, true).expect("fits i128");
    i128::from_le_bytes(bytes.try_into().unwrap())
}

fn floor_divmod(a: i128, b: i128) -> (i128, i128) {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// A random bigint of up to `max` digits (normalised).
fn any_big(max: usize) -> impl Strategy<Value = BigInt> {
    (any::<bool>(), prop::collection::vec(any::<u32>(), 0..max)).prop_map(|(neg, mag)| {
        let i = crate::num::Int::new(neg, &mag);
        BigInt {
            neg: i.neg(),
            mag: i.mag().into(),
        }
    })
}

fn nonzero_big(max: usize) -> impl Strategy<Value = BigInt> {
    any_big(max).prop_filter("nonzero", |b| !b.is_zero())
}

/// Reference product, schoolbook on u64, independent of the code under test.
fn reference_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = alloc::vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

/// Formats `v` in `base` independently of the code under test.
fn i128_radix(v: i128, base: u32) -> std::string::String {
    let mut digits = Vec::new();
    let mut m = v.unsigned_abs();
    loop {
        digits.push(core::char::from_digit((m % base as u128) as u32, base).unwrap());
        m /= base as u128;
        if m == 0 {
            break;
        }
    }
    if v < 0 {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arithmetic_matches_i128(a in any::<i64>(), b in any::<i64>(), c in any::<i128>()) {
        let (a, b) = (a as i128, b as i128);
        prop_assert_eq!(small(&big(a).add(&big(b))), a + b);
        prop_assert_eq!(small(&big(a).sub(&big(b))), a - b);
        prop_assert_eq!(small(&big(a).mul(&big(b))), a * b);
        prop_assert_eq!(small(&big(c >> 1).add(&big(a))), (c >> 1) + a);
        prop_assert_eq!(big(a).cmp(&big(b)), a.cmp(&b));
        prop_assert_eq!(big(c).cmp(&big(a)), c.cmp(&a));
    }

    #[test]
    fn divmod_matches_i128(a in any::<i128>(), b in any::<i128>(), s in any::<i64>()) {
        for d in [b, s as i128, (s >> 40) as i128] {
            if d == 0 {
                prop_assert_eq!(big(a).divmod(&big(d)), Err(NumError::ZeroDivision));
                continue;
            }
            if a == i128::MIN && d == -1 {
                continue;
            }
            let (q, r) = big(a).divmod(&big(d)).unwrap();
            prop_assert_eq!((small(&q), small(&r)), floor_divmod(a, d));
        }
    }

    #[test]
    fn shifts_match_i128(a in any::<i64>(), c in any::<i128>(), n in 0u64..64, m in 0u64..200) {
        prop_assert_eq!(small(&big(a as i128).shl(n).unwrap()), (a as i128) << n);
        prop_assert_eq!(small(&big(c).shr(m)), c >> m.min(127));
    }

    #[test]
    fn bitwise_matches_i128(a in any::<i128>(), b in any::<i128>(), s in any::<i32>()) {
        for y in [b, s as i128] {
            prop_assert_eq!(small(&big(a).and(&big(y))), a & y);
            prop_assert_eq!(small(&big(a).or(&big(y))), a | y);
            prop_assert_eq!(small(&big(a).xor(&big(y))), a ^ y);
        }
        prop_assert_eq!(small(&big(a).not()), !a);
        prop_assert_eq!(big(a).bit_length(), 128 - a.unsigned_abs().leading_zeros() as u64);
    }

    #[test]
    fn conversions_match_i128(a in any::<i128>(), v in any::<i64>()) {
        prop_assert_eq!(big(a).to_f64().unwrap(), a as f64);
        prop_assert_eq!(big(v as i128).to_i64(), Some(v));
        prop_assert_eq!(big(a).to_i64(), i64::try_from(a).ok());
        prop_assert_eq!(BigInt::from_i64(v), big(v as i128));
        let x = f64::from_bits(v as u64);
        if x.is_finite() && x.abs() < 1e38 {
            prop_assert_eq!(small(&BigInt::from_f64(x).unwrap()), x as i128);
        }
        prop_assert_eq!(hash::hash_int(big(v as i128).as_int()), hash::hash_i64(v));
    }

    #[test]
    fn text_matches_i128(a in any::<i128>(), base in 2u32..=36) {
        let want = i128_radix(a, base);
        let s = big(a).to_str_radix(base, false).unwrap();
        prop_assert_eq!(&s, &want);
        prop_assert_eq!(small(&BigInt::parse(&want, base).unwrap()), a);
        prop_assert_eq!(small(&BigInt::parse(&want.to_uppercase(), base).unwrap()), a);
    }

    #[test]
    fn pow_matches_i128(b in -50i128..50, e in 0u64..20, m in 1i64..1000, neg_m in any::<bool>()) {
        let want = b.pow(e as u32);
        prop_assert_eq!(small(&big(b).pow(e).unwrap()), want);
        let m = if neg_m { -(m as i128) } else { m as i128 };
        let want_mod = floor_divmod(want, m).1;
        prop_assert_eq!(small(&big(b).pow_mod(&big(e as i128), &big(m)).unwrap()), want_mod);
    }

    #[test]
    fn bytes_match_i128(a in any::<i128>(), little in any::<bool>()) {
        let bytes = big(a).to_bytes(16, little, true).unwrap();
        let want = if little { a.to_le_bytes() } else { a.to_be_bytes() };
        prop_assert_eq!(&bytes[..], &want[..]);
        prop_assert_eq!(small(&BigInt::from_bytes(&bytes, little, true)), a);
        let u = a.unsigned_abs();
        let ub = big(u as i128).to_bytes(16, true, false);
        if u <= i128::MAX as u128 {
            prop_assert_eq!(ub.unwrap(), u.to_le_bytes().to_vec());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn karatsuba_matches_reference(a in any_big(300), b in any_big(300)) {
        let want = reference_mul(&a.mag, &b.mag);
        prop_assert_eq!(&a.mul(&b).mag, &want);
        // The internal entry point with exact sizes, chunked path included.
        let mut out = alloc::vec![0u32; a.mag.len() + b.mag.len()];
        let mut scratch = alloc::vec![0u32; crate::num::mul_scratch_len(a.mag.len(), b.mag.len())];
        mul_into(&a.mag, &b.mag, &mut out, &mut scratch);
        while out.last() == Some(&0) { out.pop(); }
        prop_assert_eq!(out, want);
    }

    #[test]
    fn division_identities(a in any_big(120), b in nonzero_big(70)) {
        let (q, r) = a.divmod(&b).unwrap();
        prop_assert_eq!(q.mul(&b).add(&r), a.clone());
        prop_assert!(r.is_zero() || r.neg == b.neg);
        prop_assert!(r.mag.len() <= b.mag.len());
        prop_assert!(crate::num::cmp_mag(&r.mag, &b.mag).is_lt());
        let (q2, r2) = a.mul(&b).divmod(&b).unwrap();
        prop_assert_eq!(q2, a.clone());
        prop_assert!(r2.is_zero());
    }

    #[test]
    fn shift_identities(a in any_big(60), n in 0u64..3000) {
        prop_assert_eq!(a.shl(n).unwrap().shr(n), a.clone());
        let two_n = BigInt::from_i64(1).shl(n).unwrap();
        prop_assert_eq!(a.shl(n).unwrap(), a.mul(&two_n));
        // Floor: a >> n == a // 2**n
        prop_assert_eq!(a.shr(n), a.divmod(&two_n).unwrap().0);
    }

    #[test]
    fn text_round_trip(a in any_big(80), base in 2u32..=36) {
        let s = a.to_str_radix(base, base % 2 == 0).unwrap();
        prop_assert_eq!(BigInt::parse(&s, base).unwrap(), a);
    }

    #[test]
    fn bitwise_identities(a in any_big(40), b in any_big(40)) {
        prop_assert_eq!(a.and(&b).add(&a.or(&b)), a.add(&b));
        prop_assert_eq!(a.xor(&b), a.or(&b).sub(&a.and(&b)));
        prop_assert_eq!(a.not().not(), a.clone());
        prop_assert_eq!(a.not(), a.neg().sub(&BigInt::from_i64(1)));
    }

    #[test]
    fn add_sub_and_bytes_identities(a in any_big(50), b in any_big(50)) {
        prop_assert_eq!(a.add(&b).sub(&b), a.clone());
        let n = (a.bit_length() / 8 + 1) as usize;
        for little in [false, true] {
            let bytes = a.to_bytes(n, little, true).unwrap();
            prop_assert_eq!(BigInt::from_bytes(&bytes, little, true), a.clone());
        }
    }

    #[test]
    fn pow_identities(a in any_big(6), e in 0u64..40, f in 0u64..40, m in nonzero_big(8)) {
        prop_assert_eq!(a.pow(e).unwrap().mul(&a.pow(f).unwrap()), a.pow(e + f).unwrap());
        let ei = BigInt::from_u64(e);
        let want = a.pow(e).unwrap().divmod(&m).unwrap().1;
        prop_assert_eq!(a.pow_mod(&ei, &m).unwrap(), want);
    }

    #[test]
    fn float_conversion_is_correctly_rounded(a in nonzero_big(40)) {
        // Compare with the float parsed from the exact decimal text.
        let s = a.to_str_radix(10, false).unwrap();
        let want: f64 = s.parse().unwrap();
        match a.to_f64() {
            Ok(x) => prop_assert_eq!(x, want),
            Err(e) => {
                prop_assert_eq!(e, NumError::IntTooLargeForFloat);
                prop_assert!(want.is_infinite());
            }
        }
    }

    #[test]
    fn true_div_is_correctly_rounded(a in any_big(40), b in nonzero_big(40), sh in 0u64..1200) {
        // a / (b << sh), checked against the exact decimal quotient.
        let d = b.shl(sh).unwrap();
        let got = a.true_div(&d);
        // Exact decimal of |a| * 10^k // |d| with k fraction digits, plus a
        // nonzero last digit when inexact (so the parse rounds the same way).
        let k = 1200u64;
        let ten_k = BigInt::from_i64(10).pow(k).unwrap();
        let abs = |x: &BigInt| BigInt { neg: false, mag: x.mag.clone() };
        let (q, r) = abs(&a).mul(&ten_k).divmod(&abs(&d)).unwrap();
        let q = q.mul(&BigInt::from_i64(10)).add(&BigInt::from_i64(!r.is_zero() as i64));
        let sign = if a.neg != d.neg { "-" } else { "" };
        let text = std::format!("{sign}{}e-{}", q, k + 1);
        let want: f64 = text.parse().unwrap();
        match got {
            Ok(x) => prop_assert_eq!(x.to_bits(), want.to_bits(), "{} / {}", a, d),
            Err(e) => {
                prop_assert_eq!(e, NumError::Overflow);
                prop_assert!(want.is_infinite());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn modular_inverse(a in any::<i64>(), m in 2i64..1_000_000, neg_m in any::<bool>()) {
        let m = if neg_m { -m } else { m };
        let got = BigInt::from_i64(a).pow_mod(&BigInt::from_i64(-1), &BigInt::from_i64(m));
        let (mut x, mut y) = ((a as i128).rem_euclid(m.abs() as i128), m.abs() as i128);
        while y != 0 {
            (x, y) = (y, x % y);
        }
        if x != 1 {
            prop_assert_eq!(got, Err(NumError::NotInvertible));
        } else {
            let inv = small(&got.unwrap());
            prop_assert!(inv == 0 || (inv < 0) == (m < 0));
            prop_assert_eq!((inv * a as i128).rem_euclid(m as i128), 1 % m.abs() as i128);
        }
    }

    /// Every slice function refuses short buffers with an error and never
    /// panics, whatever the lengths.
    #[test]
    fn short_buffers_never_panic(a in any_big(50), b in any_big(50), n in 0usize..120, s in 0usize..400, k in 0u64..200) {
        use crate::num::*;
        let (x, y) = (a.as_int(), b.as_int());
        let mut out = alloc::vec![0u32; n];
        let mut out2 = alloc::vec![0u32; n];
        let mut scr = alloc::vec![0u32; s];
        let _ = add(x, y, &mut out);
        let _ = sub(x, y, &mut out);
        let _ = mul(x, y, &mut out, &mut scr);
        let _ = divmod(x, y, &mut out, &mut out2, &mut scr);
        let _ = shl(x, k, &mut out);
        let _ = shr(x, k, &mut out);
        let _ = and(x, y, &mut out);
        let _ = or(x, y, &mut out);
        let _ = xor(x, y, &mut out);
        let _ = not(x, &mut out);
        let _ = pow(x, k % 5, &mut out, &mut scr);
        let _ = pow_mod(x, y, x, &mut out, &mut scr);
        let _ = true_div(x, y, &mut scr);
        let _ = from_f64(f64::from_bits(k.wrapping_mul(0x9e37_79b9_7f4a_7c15)), &mut out);
        let mut text = alloc::vec![0u8; n];
        let _ = to_str(x, 2 + (k % 35) as u32, false, &mut text, &mut scr);
        let _ = to_bytes(x, &mut text, k % 2 == 0, k % 3 == 0);
        let _ = from_str("123456789012345678901234567890", 10, &mut out);
    }
}
