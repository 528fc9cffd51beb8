//! Bigint cases with CPython's answers (computed with `python3 -c`, and the
//! `INT_PARSE` / `HASH_INT` tables of `gen_float_table.py`), and the
//! error paths.

extern crate std;

use alloc::string::ToString;

use super::float_table::{HASH_INT, INT_PARSE};
use crate::num::int_fmt::{format_i64, group_digits, grouped_len, u64_digits, I64_MAX_CHARS};
use crate::num::{hash, BigInt, Int, NumError};

fn b(s: &str) -> BigInt {
    BigInt::parse(s, 0).unwrap()
}

fn two_pow(n: u64) -> BigInt {
    BigInt::from_i64(1).shl(n).unwrap()
}

#[test]
fn int_parse_matches_cpython() {
    for &(text, base, want) in INT_PARSE {
        let got = BigInt::parse(text, base).map(|v| v.to_string());
        assert_eq!(
            got.as_deref().map_err(|e| *e),
            want,
            "int({text:?}, {base})"
        );
    }
}

#[test]
fn int_hash_matches_cpython() {
    for &(text, want) in HASH_INT {
        let v = b(text);
        assert_eq!(hash::py_hash_int(v.as_int()), want, "hash({text})");
        if let Some(i) = v.to_i64() {
            assert_eq!(hash::py_hash_i64(i), want, "hash({text}) as i64");
        }
    }
}

#[test]
fn printing() {
    assert_eq!(
        two_pow(200).to_string(),
        "1606938044258990275541962092341162602522202993782792835301376"
    );
    assert_eq!(
        two_pow(100).neg().to_str_radix(16, false).unwrap(),
        "-10000000000000000000000000"
    );
    assert_eq!(
        BigInt::from_i64(3).pow(100).unwrap().to_string(),
        "515377520732011331036461129765621272702107522001"
    );
    assert_eq!(BigInt::zero().to_string(), "0");
    assert_eq!(
        BigInt::from_i64(-255).to_str_radix(16, true).unwrap(),
        "-FF"
    );
}

#[test]
fn factorial_1000() {
    let mut f = BigInt::from_i64(1);
    for i in 2..=1000 {
        f = f.mul(&BigInt::from_i64(i));
    }
    let s = f.to_string();
    assert_eq!(s.len(), 2568);
    assert!(s.starts_with("40238726007709377354"));
    assert_eq!(&s[s.len() - 260..s.len() - 249], "70027753472");
    assert_eq!(hash::py_hash_int(f.as_int()), 1923665450338186562);
    assert_eq!(BigInt::parse(&s, 10).unwrap(), f);
}

#[test]
fn powers_and_modular_inverse() {
    let p = |a: i64, e: i64, m: i64| {
        BigInt::from_i64(a)
            .pow_mod(&BigInt::from_i64(e), &BigInt::from_i64(m))
            .map(|v| v.to_string())
    };
    assert_eq!(p(3, -1, 7).as_deref(), Ok("5"));
    assert_eq!(p(-3, 5, -7).as_deref(), Ok("-5"));
    assert_eq!(p(5, -2, 13).as_deref(), Ok("12"));
    assert_eq!(p(-7, 3, 10).as_deref(), Ok("7"));
    assert_eq!(p(2, -1, 4), Err(NumError::NotInvertible));
    assert_eq!(p(2, 3, 0), Err(NumError::ModulusZero));
    assert_eq!(p(2, 3, 1).as_deref(), Ok("0"));
    let big_e = b("100000000000000000000");
    let r = BigInt::from_i64(2).pow_mod(&big_e, &BigInt::from_i64(1_000_000_007));
    assert_eq!(r.unwrap().to_string(), "855473248");
    assert_eq!(BigInt::from_i64(-1).pow(7).unwrap().to_string(), "-1");
    assert_eq!(BigInt::zero().pow(0).unwrap().to_string(), "1");
    let huge = two_pow(64);
    assert_eq!(
        crate::num::pow_len(huge.as_int(), u64::MAX),
        Err(NumError::Overflow)
    );
}

#[test]
fn division_floor_cases() {
    let (q, r) = BigInt::from_i64(7)
        .pow(77)
        .unwrap()
        .divmod(&BigInt::from_i64(3).pow(33).unwrap().neg())
        .unwrap();
    assert_eq!(
        q.to_string(),
        "-21259237089734180242976689543929467043789394741451"
    );
    assert_eq!(r.to_string(), "-5112197934044666");
    let (q, _) = b("-18446744073709551615").divmod(&two_pow(32)).unwrap();
    assert_eq!(q.to_string(), "-4294967296");
    assert_eq!(b("5").divmod(&BigInt::zero()), Err(NumError::ZeroDivision));
}

#[test]
fn shifts_floor_cases() {
    assert_eq!(
        two_pow(70).neg().shr(3).to_string(),
        "-147573952589676412928"
    );
    assert_eq!(
        two_pow(70)
            .neg()
            .sub(&BigInt::from_i64(1))
            .shr(70)
            .to_string(),
        "-2"
    );
    assert_eq!(BigInt::from_i64(-5).shr(1).to_string(), "-3");
    assert_eq!(BigInt::from_i64(-5).shr(1000).to_string(), "-1");
    assert_eq!(BigInt::from_i64(5).shr(u64::MAX).to_string(), "0");
    assert_eq!(crate::num::shl_len(usize::MAX, 64), Err(NumError::Overflow));
}

#[test]
fn float_conversions() {
    let max_below = two_pow(1024).sub(&two_pow(970)).sub(&BigInt::from_i64(1));
    assert_eq!(max_below.to_f64(), Ok(f64::MAX));
    assert_eq!(
        two_pow(1024).sub(&two_pow(970)).to_f64(),
        Err(NumError::IntTooLargeForFloat)
    );
    assert_eq!(
        two_pow(5000).neg().to_f64(),
        Err(NumError::IntTooLargeForFloat)
    );
    assert_eq!(
        two_pow(53).add(&BigInt::from_i64(1)).to_f64(),
        Ok(9007199254740992.0)
    );
    let x = two_pow(64).add(&two_pow(11)).add(&BigInt::from_i64(1));
    assert_eq!(x.to_f64(), Ok(1.8446744073709556e19));
    assert_eq!(
        x.neg()
            .sub(&BigInt::from_i64(1))
            .add(&BigInt::from_i64(1))
            .to_f64(),
        Ok(-1.8446744073709556e19)
    );
    assert_eq!(BigInt::from_f64(1e300).unwrap().to_string(), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    assert_eq!(
        BigInt::from_f64(-1.5e20).unwrap().to_string(),
        "-150000000000000000000"
    );
    assert_eq!(BigInt::from_f64(-0.9).unwrap(), BigInt::zero());
    assert_eq!(BigInt::from_f64(f64::NAN), Err(NumError::FloatNan));
    assert_eq!(
        BigInt::from_f64(f64::NEG_INFINITY),
        Err(NumError::FloatInfinity)
    );
    let td = |a: &BigInt, d: &BigInt| a.true_div(d);
    assert_eq!(
        td(&two_pow(1100).add(&BigInt::from_i64(1)), &two_pow(1099)),
        Ok(2.0)
    );
    let tenth = b("10").pow(400).unwrap().divmod(&b("3")).unwrap().0;
    assert_eq!(
        td(&tenth, &b("10").pow(399).unwrap()),
        Ok(3.3333333333333335)
    );
    assert_eq!(td(&b("1"), &b("3").mul(&two_pow(1070))), Ok(2.5e-323));
    assert_eq!(
        td(&BigInt::zero(), &b("-5")).map(f64::to_bits),
        Ok((-0.0f64).to_bits())
    );
    assert_eq!(td(&two_pow(2000), &b("1")), Err(NumError::Overflow));
    assert_eq!(td(&b("1"), &BigInt::zero()), Err(NumError::ZeroDivision));
}

#[test]
fn bytes_cases() {
    let v = two_pow(100).to_bytes(13, false, false).unwrap();
    assert_eq!(v, [0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        BigInt::from_i64(-129).to_bytes(2, true, true).unwrap(),
        [0x7f, 0xff]
    );
    assert_eq!(
        BigInt::from_bytes(&[0xff, 0x7f], true, true).to_string(),
        "32767"
    );
    assert_eq!(
        BigInt::from_bytes(&[0x80, 0, 0], false, true).to_string(),
        "-8388608"
    );
    assert_eq!(
        BigInt::from_i64(-128).to_bytes(1, true, true).unwrap(),
        [0x80]
    );
    assert_eq!(
        BigInt::from_i64(128).to_bytes(1, true, true),
        Err(NumError::TooBigToConvert)
    );
    assert_eq!(
        BigInt::from_i64(-129).to_bytes(1, true, true),
        Err(NumError::TooBigToConvert)
    );
    assert_eq!(
        BigInt::from_i64(-1).to_bytes(4, true, false),
        Err(NumError::NegativeToUnsigned)
    );
    assert_eq!(
        BigInt::from_i64(256).to_bytes(1, true, false),
        Err(NumError::TooBigToConvert)
    );
    assert_eq!(BigInt::zero().to_bytes(0, true, true), Ok(std::vec![]));
    assert_eq!(BigInt::from_bytes(&[], true, true), BigInt::zero());
}

#[test]
fn short_buffers_are_errors_not_panics() {
    let a = two_pow(100);
    let ai = a.as_int();
    let mut small = [0u32; 2];
    assert_eq!(
        crate::num::add(ai, ai, &mut small),
        Err(NumError::BufferTooSmall)
    );
    assert_eq!(
        crate::num::mul(ai, ai, &mut small, &mut []),
        Err(NumError::BufferTooSmall)
    );
    assert_eq!(
        crate::num::shl(ai, 1, &mut small),
        Err(NumError::BufferTooSmall)
    );
    let (mut q, mut r) = ([0u32; 1], [0u32; 1]);
    let one = [1u32];
    assert_eq!(
        crate::num::divmod(ai, Int::pos(&one), &mut q, &mut r, &mut []),
        Err(NumError::BufferTooSmall)
    );
    let mut text = [0u8; 5];
    assert_eq!(
        crate::num::to_str(ai, 10, false, &mut text, &mut []),
        Err(NumError::BufferTooSmall)
    );
    assert_eq!(
        crate::num::to_str(ai, 1, false, &mut text, &mut []),
        Err(NumError::BadBase)
    );
}

#[test]
fn int_fmt_cases() {
    let mut buf = [0u8; I64_MAX_CHARS];
    let mut f = |v: i64, base: u32| {
        let n = format_i64(v, base, true, &mut buf).unwrap();
        std::string::String::from_utf8(buf[..n].to_vec()).unwrap()
    };
    assert_eq!(f(-5, 2), "-0b101");
    assert_eq!(f(255, 16), "0xff");
    assert_eq!(f(8, 8), "0o10");
    assert_eq!(f(i64::MIN, 2).len(), 67);
    assert_eq!(f(-42, 10), "-42");
    let mut d = [0u8; 64];
    let n = u64_digits(1 << 63, 16, true, &mut d).unwrap();
    assert_eq!(&d[..n], b"8000000000000000");
    assert_eq!(
        u64_digits(35, 36, false, &mut d).map(|n| d[..n].to_vec()),
        Ok(b"z".to_vec())
    );
    let mut g = [0u8; 16];
    let n = group_digits(b"1234567", b',', 3, &mut g).unwrap();
    assert_eq!(&g[..n], b"1,234,567");
    assert_eq!(grouped_len(3, 3), 3);
    let n = group_digits(b"deadbeef1", b'_', 4, &mut g).unwrap();
    assert_eq!(&g[..n], b"d_eadb_eef1");
    assert_eq!(u64_digits(1, 37, false, &mut d), Err(NumError::BadBase));
}
