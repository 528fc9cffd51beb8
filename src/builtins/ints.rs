//! `int`: the constructor (`int(x)`, `int(text, base)`), its methods
//! (`bit_length`, `to_bytes`, `from_bytes`, `conjugate`) and bigint printing.

use super::kwarg;
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use alloc::string::String;
use alloc::vec;
use mupy_reprs::Repr;

natives! { area::INT;
    BIT_LENGTH bit_length(1, 1) => bit_length;
    TO_BYTES to_bytes(1, 3, kw) => to_bytes;
    FROM_BYTES from_bytes(1, 3, kw) => from_bytes;
    CONJUGATE conjugate(1, 1) => conjugate;
}

/// `int`'s attributes (`bool` inherits them).
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::bit_length, rv(Idx::BIT_LENGTH)),
    (names::to_bytes, rv(Idx::TO_BYTES)),
    (names::from_bytes, rv(Idx::FROM_BYTES)),
    (names::conjugate, rv(Idx::CONJUGATE)),
];

/// `int(x)`, `int(s, base)`.
pub fn int_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let base = args.get(1).copied().or_else(|| kwarg(kwargs, names::base));
    let Some(&v) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return vm.new_int(0);
    };
    let Some(base) = base else {
        return int_of_value(vm, v);
    };
    let base = vm.index_of(base)?;
    let text = if let Some(s) = vm.str_text(v) {
        String::from(s)
    } else if let Some(b) = vm.bytes_data(v) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    };
    parse_or_raise(vm, &text, base)
}

/// `int(x)` with no base.
fn int_of_value<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_int(v) && !vm.is_user_instance(v) {
        return if vm.is_bool(v) {
            vm.new_int(vm.int_of(v).unwrap_or(0))
        } else {
            Ok(v)
        };
    }
    if let Some(f) = vm.float_of(v) {
        return vm.int_from_f64(f);
    }
    if let Some(s) = vm.str_text(v) {
        let text = String::from(s);
        return parse_or_raise(vm, &text, 10);
    }
    if let Some(b) = vm.bytes_data(v) {
        let text = String::from_utf8_lossy(b).into_owned();
        return parse_or_raise(vm, &text, 10);
    }
    if vm.is_user_instance(v) {
        for name in [names::__int__, names::__index__] {
            if let Some(r) = vm.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t
    ))
}

fn parse_or_raise<R: Repr>(vm: &mut Vm<R>, text: &str, base: i64) -> PyResult<R> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    if let Some(r) = vm.int_parse(text, base as u32)? {
        return Ok(r);
    }
    let mut lit = String::new();
    crate::runtime::print::write_str_repr(&mut lit, text);
    Err(crate::raise!(
        vm,
        ValueError,
        "invalid literal for int() with base {}: {}",
        base,
        lit
    ))
}

/// Appends the decimal digits of a bigint to `out`.
pub fn write_bigint<R: Repr>(vm: &Vm<R>, out: &mut String, v: R) {
    out.push_str(&vm.int_to_text(v, 10, false));
}

fn self_int<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_int(v) {
        return Ok(v);
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'int' object but received a '{}'",
        t
    ))
}

fn bit_length<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let v = self_int(vm, a[0])?;
    let mut buf = [0; 2];
    let n = vm
        .int_view(v, &mut buf)
        .map_or(0, |x| crate::num::bit_length(x.mag()));
    vm.new_int(n as i64)
}

pub fn conjugate<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if let Some((re, im)) = vm.complex_of(a[0]) {
        return vm.new_complex(re, -im);
    }
    if vm.is_bool(a[0]) {
        // `True.conjugate()` is the int 1, as for every int operation on a bool.
        return vm.new_int(vm.int_of(a[0]).unwrap_or(0));
    }
    Ok(a[0])
}

/// `'big'` or `'little'` (default `'big'`, as CPython 3.11).
fn byteorder<R: Repr>(vm: &mut Vm<R>, v: Option<R>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.str_text(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed_kw<R: Repr>(vm: &mut Vm<R>, kw: &[R]) -> PyResult<bool> {
    match kwarg(kw, names::signed) {
        Some(s) => vm.truthy(s),
        None => Ok(false),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let v = self_int(vm, a[0])?;
    let len = match a.get(1).copied().or_else(|| kwarg(kw, names::length)) {
        Some(l) => vm.index_of(l)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    vm.check_digits(len as usize / 4)?;
    let order = a.get(2).copied().or_else(|| kwarg(kw, names::byteorder));
    let little = byteorder(vm, order)?;
    let signed = signed_kw(vm, kw)?;
    let mut out = vec![0u8; len as usize];
    let r = {
        let mut buf = [0; 2];
        match vm.int_view(v, &mut buf) {
            Some(x) => crate::num::to_bytes(x, &mut out, little, signed),
            None => Ok(()),
        }
    };
    r.map_err(|e| vm.num_error(e, ""))?;
    vm.new_bytes(&out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    // Called on the class (`int.from_bytes`) there is no self; on an int
    // (`(0).from_bytes`) the int comes first.
    let a = if a.len() > 1 && vm.is_int(a[0]) && !vm.is_buffer(a[0]) {
        &a[1..]
    } else {
        a
    };
    let little = byteorder(
        vm,
        a.get(1).copied().or_else(|| kwarg(kw, names::byteorder)),
    )?;
    let signed = signed_kw(vm, kw)?;
    let data = match vm.bytes_data(a[0]) {
        Some(d) => alloc::vec::Vec::from(d),
        None => {
            let l = vm.list_from_iter(a[0])?;
            let n = vm.list_len(l);
            let mut d = alloc::vec::Vec::with_capacity(n);
            for i in 0..n {
                let x = vm.list_items(l)[i];
                d.push(super::bytes::byte_value(vm, x)?);
            }
            d
        }
    };
    let n = crate::num::from_bytes_len(data.len());
    let mut out = vec![0u32; n];
    match crate::num::from_bytes(&data, little, signed, &mut out) {
        Ok(r) => {
            out.truncate(r.len);
            vm.new_bigint(r.neg, &out)
        }
        Err(e) => Err(vm.num_error(e, "")),
    }
}
