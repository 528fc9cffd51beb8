//! Float algorithms against CPython's answers (`float_table.rs`), plus the
//! repr → parse round trip over random bit patterns.

extern crate std;

use proptest::prelude::*;

use super::float_table::*;
use crate::num::float_fmt::{self, FloatKind, FloatSpec};
use crate::num::float_ops;
use crate::num::float_parse::{parse_float, parse_scratch_len};
use crate::num::hash;
use crate::num::NumError;

fn f(b: u64) -> f64 {
    f64::from_bits(b)
}

#[test]
fn repr_matches_cpython() {
    for &(b, want) in REPR {
        assert_eq!(float_fmt::repr(f(b)).as_str(), want, "bits {b:#x}");
    }
    assert_eq!(float_fmt::repr(f64::NAN).as_str(), "nan");
    assert_eq!(float_fmt::repr(-f64::NAN).as_str(), "nan");
}

/// Parses the subset of format specs the table uses: `[#][.N][type]`.
fn spec(s: &str) -> FloatSpec {
    let mut rest = s;
    let alternate = rest.starts_with('#');
    if alternate {
        rest = &rest[1..];
    }
    let (prec, ty) = match rest.strip_prefix('.') {
        Some(r) => {
            let end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
            (Some(r[..end].parse().unwrap()), &r[end..])
        }
        None => (None, rest),
    };
    let kind = match ty.to_ascii_lowercase().as_str() {
        "e" => FloatKind::Exp,
        "f" => FloatKind::Fixed,
        "g" => FloatKind::General,
        "%" => FloatKind::Percent,
        "" => FloatKind::Repr,
        other => panic!("spec type {other}"),
    };
    let mut sp = FloatSpec::new(kind, prec);
    sp.alternate = alternate;
    sp.upper = ty.chars().any(|c| c.is_ascii_uppercase());
    sp
}

#[test]
fn format_matches_cpython() {
    let mut buf = [0u8; 512];
    for &(b, s, want) in FORMAT {
        let sp = spec(s);
        let x = f(b).abs();
        let n = float_fmt::format_len(x, &sp);
        assert!(n <= buf.len());
        let len = float_fmt::format(x, &sp, &mut buf[..n]).unwrap();
        let got = core::str::from_utf8(&buf[..len]).unwrap();
        assert_eq!(got, want, "format({x:?}, {s:?})");
    }
}

#[test]
fn format_rejects_short_buffer() {
    let sp = FloatSpec::new(FloatKind::Fixed, Some(100));
    let mut buf = [0u8; 50];
    assert_eq!(
        float_fmt::format(1e300, &sp, &mut buf),
        Err(NumError::BufferTooSmall)
    );
}

#[test]
fn round_matches_cpython() {
    for &(b, n, want) in ROUND {
        let got = float_ops::round(f(b), n).ok().map(f64::to_bits);
        assert_eq!(got, want, "round({:?}, {n})", f(b));
    }
}

#[test]
fn divmod_matches_cpython() {
    for &(x, y, q, r) in DIVMOD {
        let (gq, gr) = float_ops::divmod(f(x), f(y)).unwrap();
        assert_eq!(
            (gq.to_bits(), gr.to_bits()),
            (q, r),
            "divmod({:?}, {:?})",
            f(x),
            f(y)
        );
    }
    assert_eq!(float_ops::divmod(1.0, 0.0), Err(NumError::ZeroDivision));
    assert_eq!(float_ops::modulo(1.0, -0.0), Err(NumError::ZeroDivision));
}

#[test]
fn parse_matches_cpython() {
    for &(s, ref kind, want) in PARSE {
        let mut scratch = std::vec![0u8; parse_scratch_len(s)];
        let got = parse_float(s, &mut scratch);
        match kind {
            Parsed::Ok => assert_eq!(got.map(f64::to_bits), Result::Ok(want.unwrap()), "{s:?}"),
            Parsed::Nan => assert!(got.unwrap().is_nan(), "{s:?}"),
            Parsed::Err => assert_eq!(got, Result::Err(NumError::InvalidLiteral), "{s:?}"),
        }
    }
}

#[test]
fn float_hash_matches_cpython() {
    for &(b, want) in HASH_FLOAT {
        assert_eq!(hash::py_hash_f64(f(b)), want, "hash({:?})", f(b));
    }
}

#[test]
fn float_specials() {
    let pw = |x: f64, y: f64| float_ops::pow(x, y, std::primitive::f64::powf);
    assert_eq!(pw(0.0, -1.0), Err(NumError::ZeroToNegativePower));
    assert_eq!(pw(-8.0, 1.0 / 3.0), Err(NumError::ComplexResult));
    assert_eq!(pw(10.0, 400.0), Err(NumError::Overflow));
    assert_eq!(pw(-2.0, 3.0), Ok(-8.0));
    assert_eq!(pw(f64::NAN, 0.0), Ok(1.0));
    assert_eq!(pw(1.0, f64::NAN), Ok(1.0));
    assert_eq!(pw(-1.0, f64::INFINITY), Ok(1.0));
    assert_eq!(pw(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
    assert_eq!(pw(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
    assert_eq!(
        pw(f64::NEG_INFINITY, -3.0).map(f64::to_bits),
        Ok((-0.0f64).to_bits())
    );
    assert_eq!(pw(-0.0, 3.0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert!(float_ops::is_integer(3.0) && !float_ops::is_integer(3.5));
    assert!(!float_ops::is_integer(f64::INFINITY));
    let r = float_ops::as_integer_ratio(0.75).unwrap();
    assert_eq!((r.num, r.num_shift, r.den_shift), (3, 0, 2));
    let r = float_ops::as_integer_ratio(-3.0 * 2f64.powi(70)).unwrap();
    assert_eq!((r.num, r.num_shift, r.den_shift), (-3, 70, 0));
    assert_eq!(
        float_ops::as_integer_ratio(f64::NAN),
        Err(NumError::FloatNan)
    );
    for (x, want) in [
        (2.5, 2.0),
        (3.5, 4.0),
        (-2.5, -2.0),
        (-0.4, -0.0),
        (0.5000000000000001, 1.0),
    ] {
        assert_eq!(
            float_ops::round_half_even(x).to_bits(),
            f64::to_bits(want),
            "{x}"
        );
    }
    for x in [-3.5, -0.5, 0.0, 2.0, 1e300, -1e-300, 4503599627370497.0] {
        assert_eq!(float_ops::floor(x), std::primitive::f64::floor(x));
        assert_eq!(float_ops::ceil(x), std::primitive::f64::ceil(x));
    }
}

/// Representation C's rounding: nearest float with a 22-bit mantissa
/// (ties to even); exponent range is not limited here.
fn round22(x: f64) -> f64 {
    let b = x.to_bits();
    let drop = 52 - 22;
    let half = 1u64 << (drop - 1);
    let rem = b & ((1 << drop) - 1);
    let mut t = b >> drop;
    if rem > half || (rem == half && t & 1 == 1) {
        t += 1;
    }
    f64::from_bits(t << drop)
}

#[test]
fn repr_rounded_is_short_and_round_trips() {
    for x in [0.1, 1.0 / 3.0, 2.71821, 1e10, 123456.7, 2.5e-7] {
        let c = round22(x);
        let s = float_fmt::repr_rounded(c, round22);
        let back: f64 = s.as_str().parse().unwrap();
        assert_eq!(round22(back), c, "{s:?}");
    }
    assert_eq!(
        float_fmt::repr_rounded(round22(0.1), round22).as_str(),
        "0.1"
    );
    assert_eq!(
        float_fmt::repr_rounded(round22(1.0 / 3.0), round22).as_str(),
        "0.3333333"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn repr_parse_round_trip(b in any::<u64>()) {
        let x = f64::from_bits(b);
        let s = float_fmt::repr(x);
        let back = parse_float(s.as_str(), &mut []).unwrap();
        if x.is_nan() {
            prop_assert!(back.is_nan());
        } else {
            prop_assert_eq!(back.to_bits(), b, "{}", s.as_str());
        }
    }
}

proptest! {
    #[test]
    fn integral_float_hash_equals_int_hash(v in any::<i64>()) {
        let x = v as f64;
        let exact = crate::num::BigInt::from_f64(x).unwrap();
        prop_assert_eq!(hash::hash_f64(x), hash::hash_int(exact.as_int()));
        prop_assert_eq!(hash::py_hash_f64(v as i32 as f64), hash::py_hash_i64(v as i32 as i64));
    }
}
