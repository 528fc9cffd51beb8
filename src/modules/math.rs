//! The `math` module: a ROM table of float functions over the `libm`
//! crate, with CPython's error rules: a NaN from a non-NaN argument is
//! `ValueError: math domain error`; an infinity from finite arguments is
//! `OverflowError: math range error` where the result overflowed (`exp`,
//! `pow`) and a domain error at a pole (`log(0)`). `floor`, `ceil` and
//! `trunc` return ints of any size.

use super::Module;
use crate::natives;
use crate::num::BigInt;
use crate::qstr::names;
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::MATH;
    SQRT sqrt(1, 1) => sqrt;
    POW pow(2, 2) => pow;
    EXP exp(1, 1) => exp;
    EXPM1 expm1(1, 1) => expm1;
    LOG log(1, 2) => log;
    LOG2 log2(1, 1) => log2;
    LOG10 log10(1, 1) => log10;
    LOG1P log1p(1, 1) => log1p;
    SIN sin(1, 1) => sin;
    COS cos(1, 1) => cos;
    TAN tan(1, 1) => tan;
    ASIN asin(1, 1) => asin;
    ACOS acos(1, 1) => acos;
    ATAN atan(1, 1) => atan;
    ATAN2 atan2(2, 2) => atan2;
    SINH sinh(1, 1) => sinh;
    COSH cosh(1, 1) => cosh;
    TANH tanh(1, 1) => tanh;
    ASINH asinh(1, 1) => asinh;
    ACOSH acosh(1, 1) => acosh;
    ATANH atanh(1, 1) => atanh;
    ERF erf(1, 1) => erf;
    ERFC erfc(1, 1) => erfc;
    GAMMA gamma(1, 1) => gamma;
    LGAMMA lgamma(1, 1) => lgamma;
    FLOOR floor(1, 1) => floor;
    CEIL ceil(1, 1) => ceil;
    TRUNC trunc(1, 1) => trunc;
    FABS fabs(1, 1) => fabs;
    FMOD fmod(2, 2) => fmod;
    FREXP frexp(1, 1) => frexp;
    LDEXP ldexp(2, 2) => ldexp;
    MODF modf(1, 1) => modf;
    COPYSIGN copysign(2, 2) => copysign;
    HYPOT hypot(0, VARARGS) => hypot;
    ISNAN isnan(1, 1) => isnan;
    ISINF isinf(1, 1) => isinf;
    ISFINITE isfinite(1, 1) => isfinite;
    DEGREES degrees(1, 1) => degrees;
    RADIANS radians(1, 1) => radians;
    FACTORIAL factorial(1, 1) => factorial;
    GCD gcd(0, VARARGS) => gcd;
    ISCLOSE isclose(2, 2, kw) => isclose;
}

pub static MODULE: Module = Module {
    name: names::math,
    attrs: &[
        (names::pi, RomValue::Float(&core::f64::consts::PI)),
        (names::e, RomValue::Float(&core::f64::consts::E)),
        (names::tau, RomValue::Float(&core::f64::consts::TAU)),
        (names::inf, RomValue::Float(&f64::INFINITY)),
        (names::nan, RomValue::Float(&f64::NAN)),
        (names::sqrt, rv(Idx::SQRT)),
        (names::pow, rv(Idx::POW)),
        (names::exp, rv(Idx::EXP)),
        (names::expm1, rv(Idx::EXPM1)),
        (names::log, rv(Idx::LOG)),
        (names::log2, rv(Idx::LOG2)),
        (names::log10, rv(Idx::LOG10)),
        (names::log1p, rv(Idx::LOG1P)),
        (names::sin, rv(Idx::SIN)),
        (names::cos, rv(Idx::COS)),
        (names::tan, rv(Idx::TAN)),
        (names::asin, rv(Idx::ASIN)),
        (names::acos, rv(Idx::ACOS)),
        (names::atan, rv(Idx::ATAN)),
        (names::atan2, rv(Idx::ATAN2)),
        (names::sinh, rv(Idx::SINH)),
        (names::cosh, rv(Idx::COSH)),
        (names::tanh, rv(Idx::TANH)),
        (names::asinh, rv(Idx::ASINH)),
        (names::acosh, rv(Idx::ACOSH)),
        (names::atanh, rv(Idx::ATANH)),
        (names::erf, rv(Idx::ERF)),
        (names::erfc, rv(Idx::ERFC)),
        (names::gamma, rv(Idx::GAMMA)),
        (names::lgamma, rv(Idx::LGAMMA)),
        (names::floor, rv(Idx::FLOOR)),
        (names::ceil, rv(Idx::CEIL)),
        (names::trunc, rv(Idx::TRUNC)),
        (names::fabs, rv(Idx::FABS)),
        (names::fmod, rv(Idx::FMOD)),
        (names::frexp, rv(Idx::FREXP)),
        (names::ldexp, rv(Idx::LDEXP)),
        (names::modf, rv(Idx::MODF)),
        (names::copysign, rv(Idx::COPYSIGN)),
        (names::hypot, rv(Idx::HYPOT)),
        (names::isnan, rv(Idx::ISNAN)),
        (names::isinf, rv(Idx::ISINF)),
        (names::isfinite, rv(Idx::ISFINITE)),
        (names::degrees, rv(Idx::DEGREES)),
        (names::radians, rv(Idx::RADIANS)),
        (names::factorial, rv(Idx::FACTORIAL)),
        (names::gcd, rv(Idx::GCD)),
        (names::isclose, rv(Idx::ISCLOSE)),
    ],
};

/// A real-number argument as a float.
fn arg<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<f64> {
    if let Some(f) = vm.number_to_f64(v)? {
        return Ok(f);
    }
    if vm.is_user_instance(v) {
        if let Some(r) = vm.call_special(v, names::__float__, &[])? {
            if let Some(f) = vm.float_of(r) {
                return Ok(f);
            }
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "must be real number, not {}",
        t
    ))
}

/// How an infinite result from finite arguments is reported.
#[derive(Copy, Clone, PartialEq)]
enum Inf {
    /// A true overflow: `OverflowError: math range error`.
    Overflow,
    /// A pole (`log(0)`, `atanh(1)`): `ValueError: math domain error`.
    Pole,
}

/// Checks a result against its arguments and makes the float value.
fn result<R: Repr>(vm: &mut Vm<R>, r: f64, args: &[f64], inf: Inf) -> PyResult<R> {
    let finite = args.iter().all(|x| x.is_finite());
    if r.is_nan() && !args.iter().any(|x| x.is_nan()) {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && finite {
        return Err(match inf {
            Inf::Overflow => vm.raise_msg(TypeId::OverflowError, "math range error"),
            Inf::Pole => vm.value_error("math domain error"),
        });
    }
    vm.new_float(r)
}

fn unary<R: Repr>(vm: &mut Vm<R>, a: &[R], f: fn(f64) -> f64, inf: Inf) -> PyResult<R> {
    let x = arg(vm, a[0])?;
    result(vm, f(x), &[x], inf)
}

macro_rules! unary_fns {
    ($($name:ident $f:path, $inf:ident;)*) => {
        $(fn $name<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
            unary(vm, a, $f, Inf::$inf)
        })*
    };
}

unary_fns! {
    sqrt libm::sqrt, Pole;
    exp super::exp_dd::exp, Overflow;
    expm1 libm::expm1, Overflow;
    log2 log2_fn, Pole;
    log10 log10_fn, Pole;
    log1p log1p_fn, Pole;
    sin libm::sin, Pole;
    cos libm::cos, Pole;
    tan libm::tan, Pole;
    asin libm::asin, Pole;
    acos libm::acos, Pole;
    atan libm::atan, Pole;
    sinh libm::sinh, Overflow;
    cosh libm::cosh, Overflow;
    tanh libm::tanh, Pole;
    asinh libm::asinh, Pole;
    acosh libm::acosh, Pole;
    atanh atanh_fn, Pole;
    erf libm::erf, Pole;
    erfc libm::erfc, Pole;
    gamma gamma_fn, Overflow;
    lgamma lgamma_fn, Overflow;
    fabs libm::fabs, Pole;
    degrees degrees_fn, Overflow;
    radians radians_fn, Pole;
}

/// `log` family: NaN below zero (a domain error), and zero is a pole.
fn log_domain(x: f64, f: fn(f64) -> f64) -> f64 {
    if x < 0.0 {
        f64::NAN
    } else {
        f(x)
    }
}

fn log2_fn(x: f64) -> f64 {
    log_domain(x, libm::log2)
}

fn log10_fn(x: f64) -> f64 {
    log_domain(x, libm::log10)
}

fn log1p_fn(x: f64) -> f64 {
    if x < -1.0 {
        f64::NAN
    } else {
        libm::log1p(x)
    }
}

fn atanh_fn(x: f64) -> f64 {
    if x.abs() > 1.0 {
        f64::NAN
    } else {
        libm::atanh(x)
    }
}

/// The gamma function; its poles (zero and negative integers) are domain
/// errors in CPython.
fn gamma_fn(x: f64) -> f64 {
    if x <= 0.0 && x == libm::floor(x) {
        f64::NAN
    } else {
        libm::tgamma(x)
    }
}

/// `log(abs(gamma(x)))`; at the poles a domain error, as in CPython.
fn lgamma_fn(x: f64) -> f64 {
    if x <= 0.0 && x == libm::floor(x) {
        f64::NAN
    } else {
        libm::lgamma(x)
    }
}

fn degrees_fn(x: f64) -> f64 {
    x * (180.0 / core::f64::consts::PI)
}

fn radians_fn(x: f64) -> f64 {
    x * (core::f64::consts::PI / 180.0)
}

/// `log(x[, base])`.
fn log<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = arg(vm, a[0])?;
    let num = log_domain(x, libm::log);
    if num.is_nan() && !x.is_nan() || num.is_infinite() && x.is_finite() {
        return Err(vm.value_error("math domain error"));
    }
    let Some(&b) = a.get(1) else {
        return vm.new_float(num);
    };
    let base = arg(vm, b)?;
    let den = log_domain(base, libm::log);
    if den.is_nan() && !base.is_nan() || den.is_infinite() && base.is_finite() {
        return Err(vm.value_error("math domain error"));
    }
    if den == 0.0 {
        return Err(vm.raise_msg(TypeId::ZeroDivisionError, "float division by zero"));
    }
    vm.new_float(num / den)
}

/// `math.pow(x, y)`: always a float; no complex results.
fn pow<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (x, y) = (arg(vm, a[0])?, arg(vm, a[1])?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.value_error("math domain error"));
    }
    match crate::num::float_ops::pow(x, y, libm::pow) {
        Ok(r) => result(vm, r, &[x, y], Inf::Overflow),
        Err(crate::num::NumError::Overflow) => {
            Err(vm.raise_msg(TypeId::OverflowError, "math range error"))
        }
        Err(_) => Err(vm.value_error("math domain error")),
    }
}

fn atan2<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (y, x) = (arg(vm, a[0])?, arg(vm, a[1])?);
    vm.new_float(libm::atan2(y, x))
}

fn fmod<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (x, y) = (arg(vm, a[0])?, arg(vm, a[1])?);
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    // `%` on f64 is C's fmod (exact, as libm's): the image already links
    // it for the `%` operator, so a second copy is not needed.
    result(vm, x % y, &[x, y], Inf::Pole)
}

fn copysign<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (x, y) = (arg(vm, a[0])?, arg(vm, a[1])?);
    vm.new_float(libm::copysign(x, y))
}

fn hypot<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let mut acc = 0.0f64;
    for &v in a {
        let x = arg(vm, v)?;
        acc = libm::hypot(acc, x);
    }
    vm.new_float(acc)
}

/// `floor`, `ceil`, `trunc`: ints stay as they are, floats become ints.
fn to_int<R: Repr>(vm: &mut Vm<R>, v: R, f: fn(f64) -> f64) -> PyResult<R> {
    if vm.is_int(v) {
        return if vm.is_bool(v) {
            vm.new_int(vm.int_of(v).unwrap_or(0))
        } else {
            Ok(v)
        };
    }
    let x = arg(vm, v)?;
    vm.int_from_f64(f(x))
}

fn floor<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    to_int(vm, a[0], libm::floor)
}

fn ceil<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    to_int(vm, a[0], libm::ceil)
}

fn trunc<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    to_int(vm, a[0], libm::trunc)
}

fn frexp<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = arg(vm, a[0])?;
    let (m, e) = if x.is_finite() {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    let v = [vm.new_float(m)?, vm.new_int(e as i64)?];
    vm.new_tuple(&v)
}

fn ldexp<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = arg(vm, a[0])?;
    if !vm.is_int(a[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = vm.index_of(a[1])?.clamp(-100_000, 100_000) as i32;
    result(vm, libm::ldexp(x, e), &[x], Inf::Overflow)
}

fn modf<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = arg(vm, a[0])?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    let v = [vm.new_float(frac)?, vm.new_float(int)?];
    vm.new_tuple(&v)
}

fn isnan<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::bool(arg(vm, a[0])?.is_nan()))
}

fn isinf<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::bool(arg(vm, a[0])?.is_infinite()))
}

fn isfinite<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::bool(arg(vm, a[0])?.is_finite()))
}

/// `factorial(n)` for a non-negative int, by a product over a Rust-side
/// bigint (one heap object at the end).
fn factorial<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if !vm.is_int(a[0]) {
        let t = vm.type_name(a[0]);
        return Err(crate::raise!(
            vm,
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            t
        ));
    }
    let n = match vm.int_of(a[0]) {
        Some(n) if n >= 0 => n as u64,
        Some(_) => return Err(vm.value_error("factorial() not defined for negative values")),
        None => {
            return Err(vm.raise_msg(
                TypeId::OverflowError,
                "factorial() argument should not exceed 2147483647",
            ))
        }
    };
    // n! has about n·log2(n) bits; refuse what the heap could never hold.
    let bits = n.saturating_mul(64 - n.leading_zeros() as u64);
    vm.check_digits((bits / 32) as usize)?;
    let mut acc = BigInt::from_u64(1);
    let mut chunk = 1u64;
    for k in 2..=n {
        match chunk.checked_mul(k) {
            Some(c) if c < 1 << 32 => chunk = c,
            _ => {
                acc = acc.mul(&BigInt::from_u64(chunk));
                chunk = k;
            }
        }
    }
    acc = acc.mul(&BigInt::from_u64(chunk));
    vm.new_int_owned(&acc)
}

/// `gcd(*ints)`: Euclid on machine words, the bigint operators beyond.
fn gcd<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let mut acc = vm.new_int(0)?;
    for &v in a {
        if !vm.is_int(v) {
            let t = vm.type_name(v);
            return Err(crate::raise!(
                vm,
                TypeError,
                "'{}' object cannot be interpreted as an integer",
                t
            ));
        }
        let mut x = vm.unary_op(mupy_emitters::ops::UnaryOp::Abs, v)?;
        let mut y = acc;
        loop {
            if let (Some(p), Some(q)) = (vm.int_of(x), vm.int_of(y)) {
                let (mut p, mut q) = (p.unsigned_abs(), q.unsigned_abs());
                while q != 0 {
                    (p, q) = (q, p % q);
                }
                acc = vm.new_int_i128(p as i128)?;
                break;
            }
            if vm.int_of(y) == Some(0) {
                acc = x;
                break;
            }
            let r = vm.binary_op(BinaryOp::Modulo, x, y)?;
            x = y;
            y = r;
        }
    }
    Ok(acc)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let (x, y) = (arg(vm, a[0])?, arg(vm, a[1])?);
    let rel = match crate::builtins::kwarg(kw, names::rel_tol) {
        Some(v) => arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::builtins::kwarg(kw, names::abs_tol) {
        Some(v) => arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(R::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(R::bool(false));
    }
    let d = (x - y).abs();
    Ok(R::bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}
