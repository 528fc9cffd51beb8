//! `int()` construction and bigint printing.

use crate::runtime::{PyResult, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

/// `int(x)`, `int(s, base)`.
pub fn int_new<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<R> {
    let Some(&v) = args.first() else {
        return vm.new_int(0);
    };
    if vm.is_int(v) && args.len() == 1 {
        return vm.new_int_i128(vm.int_i128(v).unwrap_or(0));
    }
    if let Some(f) = vm.float_of(v) {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.raise_msg(
                crate::runtime::TypeId::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        if f.abs() < 1.6e38 {
            return vm.new_int_i128(f as i128);
        }
        return Err(vm.raise_msg(crate::runtime::TypeId::OverflowError, "int too large"));
    }
    let base = match args.get(1) {
        Some(&b) => vm.index_of(b)?,
        None => 10,
    };
    if let Some(s) = vm.str_text(v) {
        let text = String::from(s);
        let t = text.trim().replace('_', "");
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, t.strip_prefix('+').unwrap_or(&t)),
        };
        let (base, digits) = match (base, digits.get(..2).map(|p| p.to_ascii_lowercase())) {
            (16 | 0, Some(p)) if p == "0x" => (16, &digits[2..]),
            (8 | 0, Some(p)) if p == "0o" => (8, &digits[2..]),
            (2 | 0, Some(p)) if p == "0b" => (2, &digits[2..]),
            (0, _) => (10, digits),
            (b, _) => (b as u32, digits),
        };
        if let Ok(m) = i128::from_str_radix(digits, base) {
            if !digits.is_empty() && !digits.starts_with(['+', '-']) {
                return vm.new_int_i128(if neg { -m } else { m });
            }
        }
        return Err(crate::raise!(
            vm,
            ValueError,
            "invalid literal for int() with base {}: '{}'",
            base,
            text
        ));
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t
    ))
}

/// Appends the decimal digits of a bigint to `out`.
pub fn write_bigint<R: Repr>(vm: &Vm<R>, out: &mut String, v: R) {
    let (neg, d) = vm.bigint_parts(v.ptr_ref());
    let mut mag: alloc::vec::Vec<u32> = d.into();
    let mut chunks = alloc::vec::Vec::new();
    while mag.iter().any(|&x| x != 0) {
        let mut rem = 0u64;
        for x in mag.iter_mut().rev() {
            let cur = rem << 32 | *x as u64;
            *x = (cur / 1_000_000_000) as u32;
            rem = cur % 1_000_000_000;
        }
        chunks.push(rem as u32);
    }
    if neg {
        out.push('-');
    }
    match chunks.pop() {
        Some(first) => {
            out.push_str(&alloc::format!("{}", first));
            for c in chunks.iter().rev() {
                out.push_str(&alloc::format!("{:09}", c));
            }
        }
        None => out.push('0'),
    }
}
