//! The `cmath` module: complex versions of the elementary functions, as
//! MicroPython's `py/modcmath.c` (`phase`, `polar`, `rect`, `exp`, `log`,
//! `log10`, `sqrt`, `sin`, `cos`, `e`, `pi`), over `libm`. `sqrt` uses
//! the cancellation-free form (`|z|` added to `|re|`, never subtracted).

use super::Module;
use crate::natives;
use crate::objects::complex::C64;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

natives! { area::CMATH;
    PHASE phase(1, 1) => phase;
    POLAR polar(1, 1) => polar;
    RECT rect(2, 2) => rect;
    EXP exp(1, 1) => exp;
    LOG log(1, 2) => log;
    LOG10 log10(1, 1) => log10;
    SQRT sqrt(1, 1) => sqrt;
    SIN sin(1, 1) => sin;
    COS cos(1, 1) => cos;
}

pub static MODULE: Module = Module {
    name: names::cmath,
    attrs: &[
        (names::e, RomValue::Float(&core::f64::consts::E)),
        (names::pi, RomValue::Float(&core::f64::consts::PI)),
        (names::phase, rv(Idx::PHASE)),
        (names::polar, rv(Idx::POLAR)),
        (names::rect, rv(Idx::RECT)),
        (names::exp, rv(Idx::EXP)),
        (names::log, rv(Idx::LOG)),
        (names::log10, rv(Idx::LOG10)),
        (names::sqrt, rv(Idx::SQRT)),
        (names::sin, rv(Idx::SIN)),
        (names::cos, rv(Idx::COS)),
    ],
};

fn arg<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<C64> {
    match vm.to_complex(v)? {
        Some(c) => Ok(c),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "must be real number, not {}",
                t
            ))
        }
    }
}

fn phase<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    vm.new_float(libm::atan2(im, re))
}

fn polar<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    let r = vm.new_float(libm::hypot(re, im))?;
    let p = vm.new_float(libm::atan2(im, re))?;
    vm.new_tuple(&[r, p])
}

fn real<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<f64> {
    match vm.number_to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "must be real number, not {}",
                t
            ))
        }
    }
}

fn rect<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let r = real(vm, a[0])?;
    let phi = real(vm, a[1])?;
    vm.new_complex(r * libm::cos(phi), r * libm::sin(phi))
}

fn exp<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    let m = libm::exp(re);
    if m.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(crate::raise!(vm, OverflowError, "math range error"));
    }
    if im == 0.0 {
        // A real argument keeps a zero imaginary part (no `inf * 0`).
        return vm.new_complex(m, im);
    }
    vm.new_complex(m * libm::cos(im), m * libm::sin(im))
}

fn ln(z: C64) -> C64 {
    (libm::log(libm::hypot(z.0, z.1)), libm::atan2(z.1, z.0))
}

fn check_zero<R: Repr>(vm: &mut Vm<R>, z: C64) -> PyResult<()> {
    if z == (0.0, 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    Ok(())
}

fn log<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let z = arg(vm, a[0])?;
    check_zero(vm, z)?;
    let (mut re, mut im) = ln(z);
    if let Some(&b) = a.get(1) {
        let b = arg(vm, b)?;
        check_zero(vm, b)?;
        let (br, bi) = ln(b);
        let d = br * br + bi * bi;
        if d == 0.0 {
            // Base 1: CPython reports a domain error.
            return Err(vm.value_error("math domain error"));
        }
        (re, im) = ((re * br + im * bi) / d, (im * br - re * bi) / d);
    }
    vm.new_complex(re, im)
}

fn log10<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let z = arg(vm, a[0])?;
    check_zero(vm, z)?;
    let (re, im) = ln(z);
    let k = core::f64::consts::LOG10_E;
    vm.new_complex(re * k, im * k)
}

fn sqrt<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    if re == 0.0 && im == 0.0 {
        return vm.new_complex(0.0, im);
    }
    // Near the top of the float range `|re| + |z|` overflows: take the
    // root of z/4 and double it.
    let big = libm::fabs(re) > 1e300 || libm::fabs(im) > 1e300;
    let (re, im, k) = if big {
        (re / 4.0, im / 4.0, 2.0)
    } else {
        (re, im, 1.0)
    };
    let s = libm::sqrt((libm::fabs(re) + libm::hypot(re, im)) / 2.0);
    let (x, y) = if re >= 0.0 {
        (s, im / (2.0 * s))
    } else {
        (libm::fabs(im) / (2.0 * s), libm::copysign(s, im))
    };
    vm.new_complex(x * k, y * k)
}

fn sin<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    vm.new_complex(
        libm::sin(re) * libm::cosh(im),
        libm::cos(re) * libm::sinh(im),
    )
}

fn cos<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (re, im) = arg(vm, a[0])?;
    vm.new_complex(
        libm::cos(re) * libm::cosh(im),
        -(libm::sin(re) * libm::sinh(im)),
    )
}
