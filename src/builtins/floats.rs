//! `float` and `complex`: constructors and methods (`is_integer`,
//! `as_integer_ratio`, `conjugate`); `real`/`imag` are fields (see
//! `builtins/fields.rs`).

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

natives! { area::FLOAT;
    IS_INTEGER is_integer(1, 1) => is_integer;
    AS_INTEGER_RATIO as_integer_ratio(1, 1) => as_integer_ratio;
    CONJUGATE conjugate(1, 1) => super::ints::conjugate;
}

/// `float`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::is_integer, rv(Idx::IS_INTEGER)),
    (names::as_integer_ratio, rv(Idx::AS_INTEGER_RATIO)),
    (names::conjugate, rv(Idx::CONJUGATE)),
];

/// `complex`'s attributes.
pub static COMPLEX_ATTRS: &[(Qstr, RomValue)] = &[(names::conjugate, rv(Idx::CONJUGATE))];

fn self_float<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<f64> {
    match vm.float_of(v) {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "descriptor requires a 'float' object but received a '{}'",
                t
            ))
        }
    }
}

fn is_integer<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = self_float(vm, a[0])?;
    Ok(R::bool(crate::num::float_ops::is_integer(f)))
}

fn as_integer_ratio<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let f = self_float(vm, a[0])?;
    let r = match crate::num::float_ops::as_integer_ratio(f) {
        Ok(r) => r,
        Err(crate::num::NumError::FloatNan) => {
            return Err(vm.value_error("cannot convert NaN to integer ratio"))
        }
        Err(_) => {
            return Err(vm.raise_msg(
                TypeId::OverflowError,
                "cannot convert Infinity to integer ratio",
            ))
        }
    };
    let one = R::small_int(1).unwrap_or(R::none());
    let num = vm.new_int(r.num)?;
    let shift = vm.new_int(r.num_shift as i64)?;
    let num = vm.binary_op(mupy_emitters::ops::BinaryOp::Lshift, num, shift)?;
    let dshift = vm.new_int(r.den_shift as i64)?;
    let den = vm.binary_op(mupy_emitters::ops::BinaryOp::Lshift, one, dshift)?;
    vm.new_tuple(&[num, den])
}

/// `float(x)`.
pub fn float_new<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<R> {
    let Some(&v) = args.first() else {
        return vm.new_float(0.0);
    };
    if vm.is_float(v) {
        return Ok(v);
    }
    if let Some(f) = vm.number_to_f64(v)? {
        return vm.new_float(f);
    }
    let text = if let Some(s) = vm.str_text(v) {
        Some(String::from(s))
    } else {
        vm.bytes_data(v)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    };
    if let Some(t) = text {
        let mut scratch = alloc::vec![0u8; crate::num::float_parse::parse_scratch_len(&t)];
        return match crate::num::float_parse::parse_float(&t, &mut scratch) {
            Ok(f) => vm.new_float(f),
            Err(_) => {
                let mut lit = String::new();
                crate::runtime::print::write_str_repr(&mut lit, &t);
                Err(crate::raise!(
                    vm,
                    ValueError,
                    "could not convert string to float: {}",
                    lit
                ))
            }
        };
    }
    if vm.is_user_instance(v) {
        if let Some(r) = vm.call_special(v, names::__float__, &[])? {
            return Ok(r);
        }
        // CPython falls back on `__index__` when there is no `__float__`.
        if let Some(r) = vm.call_special(v, names::__index__, &[])? {
            if let Some(f) = vm.number_to_f64(r)? {
                return vm.new_float(f);
            }
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "float() argument must be a string or a real number, not '{}'",
        t
    ))
}

/// `complex(real=0, imag=0)` and `complex(text)`.
pub fn complex_new<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<R> {
    let re = args.first().copied();
    let im = args.get(1).copied();
    if let Some(t) = re.and_then(|r| vm.str_text(r).map(String::from)) {
        if im.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::objects::complex::parse_complex(&t) {
            Some((a, b)) => vm.new_complex(a, b),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    let part = |vm: &mut Vm<R>, v: Option<R>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match vm.to_complex(v)? {
                Some(c) => Ok(c),
                None => {
                    let t = vm.type_name(v);
                    Err(crate::raise!(
                        vm,
                        TypeError,
                        "complex() argument must be a string or a number, not '{}'",
                        t
                    ))
                }
            },
        }
    };
    let (a, b) = (part(vm, re)?, part(vm, im)?);
    // (a0 + a1 j) + (b0 + b1 j) j
    vm.new_complex(a.0 - b.1, a.1 + b.0)
}
