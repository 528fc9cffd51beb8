//! `array.array`: the constructor, its methods, and its part of the
//! sequence protocol (`len`, `a[i]`, slices, iteration, `repr`), reached
//! through `builtins::ext`. Items are converted to and from Python values
//! here; storage is in `objects/array.rs`.

use super::array_ops;
use crate::natives;
use crate::objects::array::item_size;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::ARRAY;
    APPEND append(2, 2) => append;
    EXTEND extend(2, 2) => extend;
    POP pop(1, 2) => pop;
    TOBYTES tobytes(1, 1) => tobytes;
    TOLIST tolist(1, 1) => tolist;
    INSERT insert(3, 3) => array_ops::insert;
    INDEX index(2, 2) => array_ops::index;
    COUNT count(2, 2) => array_ops::count;
    REMOVE remove(2, 2) => array_ops::remove;
    REVERSE reverse(1, 1) => array_ops::reverse;
    FROMBYTES frombytes(2, 2) => array_ops::frombytes;
}

/// `array`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::append, rv(Idx::APPEND)),
    (names::extend, rv(Idx::EXTEND)),
    (names::pop, rv(Idx::POP)),
    (names::tobytes, rv(Idx::TOBYTES)),
    (names::tolist, rv(Idx::TOLIST)),
    (names::insert, rv(Idx::INSERT)),
    (names::index, rv(Idx::INDEX)),
    (names::count, rv(Idx::COUNT)),
    (names::remove, rv(Idx::REMOVE)),
    (names::reverse, rv(Idx::REVERSE)),
    (names::frombytes, rv(Idx::FROMBYTES)),
];

/// The value of item bytes `b` of typecode `code`.
pub(super) fn decode<R: Repr>(vm: &mut Vm<R>, code: u8, b: &[u8]) -> PyResult<R> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    let bits = b.len() as u32 * 8;
    match code {
        b'f' => vm.new_float(f32::from_bits(u as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(u)),
        b'B' | b'H' | b'I' | b'L' | b'Q' => vm.new_int_i128(u as i128),
        _ => {
            // Sign-extend from the item's width.
            let s = ((u << (64 - bits)) as i64) >> (64 - bits);
            vm.new_int(s)
        }
    }
}

/// The bytes of value `v` as an item of typecode `code`, into `out`.
pub fn encode<R: Repr>(vm: &mut Vm<R>, code: u8, v: R, out: &mut [u8]) -> PyResult<()> {
    let size = out.len();
    if code == b'f' || code == b'd' {
        let Some(f) = vm.number_to_f64(v)? else {
            let t = vm.type_name(v);
            return Err(crate::raise!(
                vm,
                TypeError,
                "must be real number, not {}",
                t
            ));
        };
        if code == b'f' {
            out.copy_from_slice(&(f as f32).to_ne_bytes());
        } else {
            out.copy_from_slice(&f.to_ne_bytes());
        }
        return Ok(());
    }
    let Some(i) = (if vm.is_int(v) { vm.int_i128(v) } else { None }) else {
        if vm.is_int(v) {
            return Err(crate::raise!(
                vm,
                OverflowError,
                "Python int too large to convert"
            ));
        }
        let t = vm.type_name(v);
        return Err(crate::raise!(
            vm,
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            t
        ));
    };
    let bits = size as u32 * 8;
    let unsigned = code.is_ascii_uppercase();
    let (lo, hi) = if unsigned {
        (0i128, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    };
    if i < lo || i > hi {
        return Err(if unsigned && i < 0 {
            crate::raise!(
                vm,
                OverflowError,
                "can't convert negative value to unsigned int"
            )
        } else {
            crate::raise!(vm, OverflowError, "value out of range for typecode")
        });
    }
    out.copy_from_slice(&(i as u64).to_ne_bytes()[..size]);
    Ok(())
}

fn check_code<R: Repr>(vm: &mut Vm<R>, tc: R) -> PyResult<u8> {
    let code = match vm.str_text(tc) {
        Some(s) if s.len() == 1 => s.as_bytes()[0],
        Some(_) | None => {
            return Err(vm.type_error("array() argument 1 must be a unicode character"));
        }
    };
    if item_size(code).is_none() {
        return Err(vm.value_error("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)"));
    }
    Ok(code)
}

/// `array(typecode[, initializer])`.
pub fn array_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("array() takes 1 or 2 arguments"));
    }
    let code = check_code(vm, args[0])?;
    let a = vm.new_array(code)?;
    if let Some(&init) = args.get(1) {
        if vm.is_buffer(init) || vm.is_exact(init, TypeId::Array) {
            frombytes(vm, a, init)?;
        } else if vm.str_text(init).is_some() {
            return Err(vm.type_error(
                "cannot use a str to initialize an array with a typecode other than 'u'",
            ));
        } else {
            extend_from(vm, a, init)?;
        }
    }
    Ok(a)
}

/// Appends the raw bytes of a buffer (whole items only).
pub(super) fn frombytes<R: Repr>(vm: &mut Vm<R>, a: R, src: R) -> PyResult<()> {
    let data: Vec<u8> = if vm.is_exact(src, TypeId::Array) {
        if vm.array_code(src) != vm.array_code(a) {
            // Different item types: convert value by value.
            return extend_from(vm, a, src);
        }
        Vec::from(vm.array_bytes(src))
    } else {
        Vec::from(vm.bytes_data(src).unwrap_or(&[]))
    };
    let size = item_size(vm.array_code(a)).unwrap_or(1);
    if !data.len().is_multiple_of(size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let n = vm.array_len(a);
    vm.array_resize(a, n + data.len() / size)?;
    vm.array_bytes_mut(a)[n * size..].copy_from_slice(&data);
    Ok(())
}

fn push<R: Repr>(vm: &mut Vm<R>, a: R, v: R) -> PyResult<()> {
    let code = vm.array_code(a);
    let size = item_size(code).unwrap_or(1);
    let mut buf = [0u8; 8];
    encode(vm, code, v, &mut buf[..size])?;
    let n = vm.array_len(a);
    vm.array_resize(a, n + 1)?;
    vm.array_bytes_mut(a)[n * size..].copy_from_slice(&buf[..size]);
    Ok(())
}

fn extend_from<R: Repr>(vm: &mut Vm<R>, a: R, src: R) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.iter_next(it)? {
        push(vm, a, x)?;
    }
    Ok(())
}

fn self_array<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_exact(v, TypeId::Array) {
        return Ok(v);
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'array.array' object but received a '{}'",
        t
    ))
}

fn append<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    push(vm, arr, a[1])?;
    Ok(R::none())
}

fn extend<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    if vm.is_exact(a[1], TypeId::Array) {
        if vm.array_code(a[1]) != vm.array_code(arr) {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        frombytes(vm, arr, a[1])?;
    } else {
        extend_from(vm, arr, a[1])?;
    }
    Ok(R::none())
}

/// Item `i < len`.
pub fn item<R: Repr>(vm: &mut Vm<R>, a: R, i: usize) -> PyResult<R> {
    let code = vm.array_code(a);
    let size = item_size(code).unwrap_or(1);
    let mut buf = [0u8; 8];
    buf[..size].copy_from_slice(&vm.array_bytes(a)[i * size..(i + 1) * size]);
    decode(vm, code, &buf[..size])
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let n = vm.array_len(arr);
    if n == 0 {
        return Err(crate::raise!(vm, IndexError, "pop from empty array"));
    }
    let i = match a.get(1) {
        Some(&k) => vm.seq_index(arr, k, n, "pop")?,
        None => n - 1,
    };
    let v = item(vm, arr, i)?;
    let size = item_size(vm.array_code(arr)).unwrap_or(1);
    vm.array_bytes_mut(arr)[i * size..].rotate_left(size);
    vm.array_resize(arr, n - 1)?;
    Ok(v)
}

fn tobytes<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let data = Vec::from(vm.array_bytes(arr));
    vm.new_bytes(&data)
}

fn tolist<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let l = vm.new_list(&[])?;
    let mut i = 0;
    while i < vm.array_len(arr) {
        let v = item(vm, arr, i)?;
        vm.list_append(l, v)?;
        i += 1;
    }
    Ok(l)
}

/// `a[i]` or `a[i:j:k]` (a new array).
pub fn subscr<R: Repr>(vm: &mut Vm<R>, a: R, index: R) -> PyResult<R> {
    let n = vm.array_len(a);
    if vm.is_exact(index, TypeId::Slice) {
        let (start, _, step, count) = vm.slice_indices(index, n as i64)?;
        let code = vm.array_code(a);
        let size = item_size(code).unwrap_or(1);
        let out = vm.new_array(code)?;
        vm.array_resize(out, count as usize)?;
        for k in 0..count as usize {
            let from = (start + k as i64 * step) as usize * size;
            let mut buf = [0u8; 8];
            buf[..size].copy_from_slice(&vm.array_bytes(a)[from..from + size]);
            vm.array_bytes_mut(out)[k * size..(k + 1) * size].copy_from_slice(&buf[..size]);
        }
        return Ok(out);
    }
    let i = vm.seq_index(a, index, n, "array")?;
    item(vm, a, i)
}

/// `a[i] = v` (`del a[i]` when `v` is null).
pub fn store_subscr<R: Repr>(vm: &mut Vm<R>, a: R, index: R, v: R) -> PyResult<()> {
    if vm.is_exact(index, TypeId::Slice) {
        return array_ops::store_slice(vm, a, index, v);
    }
    let n = vm.array_len(a);
    let i = vm.seq_index(a, index, n, "array assignment")?;
    let code = vm.array_code(a);
    let size = item_size(code).unwrap_or(1);
    if v.is_null() {
        vm.array_bytes_mut(a)[i * size..].rotate_left(size);
        return vm.array_resize(a, n - 1);
    }
    let mut buf = [0u8; 8];
    encode(vm, code, v, &mut buf[..size])?;
    vm.array_bytes_mut(a)[i * size..(i + 1) * size].copy_from_slice(&buf[..size]);
    Ok(())
}

/// The next item of an array iterator (`a` the array, `b` the next index).
pub fn iter_next<R: Repr>(vm: &mut Vm<R>, it: R) -> PyResult<Option<R>> {
    let (arr, i) = {
        let o = vm.iter_obj(it);
        (o.a, o.b.small_int_value() as usize)
    };
    if i >= vm.array_len(arr) {
        return Ok(None);
    }
    vm.iter_obj(it).b = R::small_int(i as i64 + 1).unwrap_or(R::none());
    Ok(Some(item(vm, arr, i)?))
}

/// Item-wise equality of two arrays (of any typecodes).
pub fn equal<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<bool> {
    let n = vm.array_len(a);
    if n != vm.array_len(b) {
        return Ok(false);
    }
    for i in 0..n {
        let (x, y) = (item(vm, a, i)?, item(vm, b, i)?);
        if !vm.equal(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `array('i', [1, 2])`, `array('i')` when empty.
pub fn write_repr<R: Repr>(vm: &mut Vm<R>, out: &mut String, a: R) -> PyResult<()> {
    out.push_str("array('");
    out.push(vm.array_code(a) as char);
    out.push('\'');
    let n = vm.array_len(a);
    if n > 0 {
        out.push_str(", [");
        for i in 0..n {
            if i > 0 {
                out.push_str(", ");
            }
            let x = item(vm, a, i)?;
            vm.write_repr(out, x)?;
        }
        out.push(']');
    }
    out.push(')');
    Ok(())
}
