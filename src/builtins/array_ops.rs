//! `array.array` beyond append/extend/pop: the list-like methods (`insert`,
//! `index`, `count`, `remove`, `reverse`, `frombytes`), slice assignment
//! and deletion, the operators (`+`, `*`, `+=`, `*=`, ordering, `in`), and
//! memoryviews of arrays (items typed by the array's typecode).
//! Items move as raw bytes wherever both sides share a typecode, so no
//! Python value is made for them; comparisons decode item by item.

use super::arrays::{decode, encode, frombytes as append_bytes, item};
use crate::objects::array::item_size;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use core::cmp::Ordering;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

fn self_array<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_exact(v, TypeId::Array) {
        return Ok(v);
    }
    Err(vm.type_error("descriptor requires a 'array.array' object"))
}

fn size_of<R: Repr>(vm: &Vm<R>, a: R) -> usize {
    item_size(vm.array_code(a)).unwrap_or(1)
}

/// The index of the first item equal to `v`.
fn position<R: Repr>(vm: &mut Vm<R>, a: R, v: R) -> PyResult<Option<usize>> {
    let mut i = 0;
    while i < vm.array_len(a) {
        let x = item(vm, a, i)?;
        if vm.equal(x, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// Removes item `i < len`.
fn delete_at<R: Repr>(vm: &mut Vm<R>, a: R, i: usize) -> PyResult<()> {
    let size = size_of(vm, a);
    let n = vm.array_len(a);
    vm.array_bytes_mut(a)[i * size..].rotate_left(size);
    vm.array_resize(a, n - 1)
}

/// `a.insert(i, v)`: `i` clamped to `0..=len` as list's.
pub fn insert<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let n = vm.array_len(arr) as i64;
    let i = vm.index_of(a[1])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let code = vm.array_code(arr);
    let size = size_of(vm, arr);
    let mut buf = [0u8; 8];
    encode(vm, code, a[2], &mut buf[..size])?;
    vm.array_resize(arr, n as usize + 1)?;
    let data = vm.array_bytes_mut(arr);
    data[i * size..].rotate_right(size);
    data[i * size..(i + 1) * size].copy_from_slice(&buf[..size]);
    Ok(R::none())
}

pub fn index<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    match position(vm, arr, a[1])? {
        Some(i) => vm.new_int(i as i64),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

pub fn count<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let (mut i, mut k) = (0, 0);
    while i < vm.array_len(arr) {
        let x = item(vm, arr, i)?;
        k += vm.equal(x, a[1])? as i64;
        i += 1;
    }
    vm.new_int(k)
}

pub fn remove<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    match position(vm, arr, a[1])? {
        Some(i) => delete_at(vm, arr, i)?,
        None => return Err(vm.value_error("array.remove(x): x not in array")),
    }
    Ok(R::none())
}

pub fn reverse<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    let size = size_of(vm, arr);
    let data = vm.array_bytes_mut(arr);
    // Reversing all bytes reverses the items and each item's bytes; the
    // second pass puts every item's bytes back in order.
    data.reverse();
    for chunk in data.chunks_exact_mut(size) {
        chunk.reverse();
    }
    Ok(R::none())
}

/// `a.frombytes(buffer)`.
pub fn frombytes<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let arr = self_array(vm, a[0])?;
    if vm.bytes_data(a[1]).is_none() {
        let t = vm.type_name(a[1]);
        return Err(crate::raise!(
            vm,
            TypeError,
            "a bytes-like object is required, not '{}'",
            t
        ));
    }
    append_bytes(vm, arr, a[1])?;
    Ok(R::none())
}

/// `a[slice] = other` (an array of the same typecode), or `del a[slice]`
/// when `v` is null.
pub fn store_slice<R: Repr>(vm: &mut Vm<R>, a: R, index: R, v: R) -> PyResult<()> {
    let n = vm.array_len(a);
    let size = size_of(vm, a);
    let (start, _, step, count) = vm.slice_indices(index, n as i64)?;
    let picked = |k: usize| {
        let k = k as i64;
        if step > 0 {
            k >= start && (k - start) % step == 0 && (k - start) / step < count
        } else {
            k <= start && (start - k) % -step == 0 && (start - k) / -step < count
        }
    };
    let new: Vec<u8> = if v.is_null() {
        Vec::new()
    } else if vm.is_exact(v, TypeId::Array) && vm.array_code(v) == vm.array_code(a) {
        Vec::from(vm.array_bytes(v))
    } else {
        let t = vm.type_name(v);
        return Err(crate::raise!(
            vm,
            TypeError,
            "can only assign array (not \"{}\") to array slice",
            t
        ));
    };
    let old = Vec::from(vm.array_bytes(a));
    let mut out = Vec::with_capacity(old.len() + new.len());
    if step == 1 || v.is_null() {
        // Contiguous assignment, or deletion of any slice.
        let lo = if step == 1 {
            start.clamp(0, n as i64) as usize
        } else {
            n
        };
        for k in 0..n {
            if k == lo {
                out.extend_from_slice(&new);
            }
            if !picked(k) {
                out.extend_from_slice(&old[k * size..(k + 1) * size]);
            }
        }
        if lo >= n {
            out.extend_from_slice(&new);
        }
    } else {
        if new.len() != count as usize * size {
            return Err(crate::raise!(
                vm,
                ValueError,
                "attempt to assign array of size {} to extended slice of size {}",
                new.len() / size,
                count
            ));
        }
        out.extend_from_slice(&old);
        for j in 0..count as usize {
            let k = (start + j as i64 * step) as usize;
            out[k * size..(k + 1) * size].copy_from_slice(&new[j * size..(j + 1) * size]);
        }
    }
    vm.array_resize(a, out.len() / size)?;
    vm.array_bytes_mut(a).copy_from_slice(&out);
    Ok(())
}

/// `a` repeated `times` times, in place (`a` holds the result).
fn repeat_in_place<R: Repr>(vm: &mut Vm<R>, a: R, times: i64) -> PyResult<()> {
    let one = Vec::from(vm.array_bytes(a));
    let n = vm.array_len(a);
    let times = times.max(0) as usize;
    let Some(total) = n.checked_mul(times).filter(|&t| t <= u32::MAX as usize) else {
        return Err(vm.raise_memory_error());
    };
    vm.array_resize(a, total)?;
    let data = vm.array_bytes_mut(a);
    for chunk in data.chunks_exact_mut(one.len().max(1)) {
        chunk.copy_from_slice(&one);
    }
    Ok(())
}

/// A new array with `a`'s typecode and items.
fn copy_of<R: Repr>(vm: &mut Vm<R>, a: R) -> PyResult<R> {
    let out = vm.new_array(vm.array_code(a))?;
    append_bytes(vm, out, a)?;
    Ok(out)
}

/// `a op b` when `a` or `b` is an array; `None` when no rule applies.
pub fn binary<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    let arr = |vm: &Vm<R>, v: R| vm.is_exact(v, TypeId::Array);
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd if arr(vm, a) => {
            if !arr(vm, b) {
                let t = vm.type_name(b);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "can only append array (not \"{}\") to array",
                    t
                ));
            }
            if vm.array_code(a) != vm.array_code(b) {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            let out = if op == BinaryOp::Add {
                copy_of(vm, a)?
            } else {
                a
            };
            append_bytes(vm, out, b)?;
            Ok(Some(out))
        }
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let (arr_v, times) = if arr(vm, a) {
                (a, b)
            } else if arr(vm, b) && op == BinaryOp::Multiply {
                (b, a)
            } else {
                return Ok(None);
            };
            if !vm.is_int(times) {
                return Ok(None);
            }
            let k = vm.index_of(times)?;
            let out = if op == BinaryOp::Multiply {
                copy_of(vm, arr_v)?
            } else {
                arr_v
            };
            repeat_in_place(vm, out, k)?;
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// The lexicographic order of two arrays, by item values.
fn order<R: Repr>(vm: &mut Vm<R>, a: R, b: R, op: BinaryOp) -> PyResult<Option<Ordering>> {
    let (na, nb) = (vm.array_len(a), vm.array_len(b));
    let mut i = 0;
    while i < na.min(nb) && i < vm.array_len(a).min(vm.array_len(b)) {
        let (x, y) = (item(vm, a, i)?, item(vm, b, i)?);
        if !vm.equal(x, y)? {
            return vm.compare(x, y, op);
        }
        i += 1;
    }
    Ok(Some(na.cmp(&nb)))
}

/// `<`, `<=`, `>`, `>=` between two arrays.
pub fn compare_op<R: Repr>(vm: &mut Vm<R>, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
    if !(vm.is_exact(a, TypeId::Array) && vm.is_exact(b, TypeId::Array)) {
        return Ok(None);
    }
    let o = order(vm, a, b, op)?;
    Ok(Some(R::bool(match (op, o) {
        (_, None) => false,
        (BinaryOp::Less, Some(o)) => o == Ordering::Less,
        (BinaryOp::LessEqual, Some(o)) => o != Ordering::Greater,
        (BinaryOp::More, Some(o)) => o == Ordering::Greater,
        (_, Some(o)) => o != Ordering::Less,
    })))
}

/// `v in a`.
pub fn contains<R: Repr>(vm: &mut Vm<R>, a: R, v: R) -> PyResult<bool> {
    Ok(position(vm, a, v)?.is_some())
}

/// `memoryview(a)`: a writable view of all of `a`'s items.
pub fn memoryview_of<R: Repr>(vm: &mut Vm<R>, a: R) -> PyResult<R> {
    let n = vm.array_bytes(a).len();
    let m = vm.new_memoryview(a, 0, n)?;
    vm.memoryview_set_code(m, vm.array_code(a));
    Ok(m)
}

/// `(array, first byte, item count, typecode, item size)` of a typed view.
fn view_parts<R: Repr>(vm: &Vm<R>, m: R) -> (R, usize, usize, u8, usize) {
    let (a, start, len) = vm.memoryview_parts(m);
    let code = vm.memoryview_code(m);
    let size = item_size(code).unwrap_or(1);
    // The array may have shrunk since the view was made.
    let len = len.min(vm.array_bytes(a).len().saturating_sub(start));
    (a, start, len / size, code, size)
}

/// `m[i]` (a number) or `m[i:j]` (a view) of a view of an array.
pub fn view_subscr<R: Repr>(vm: &mut Vm<R>, m: R, index: R) -> PyResult<R> {
    let (a, start, n, code, size) = view_parts(vm, m);
    if vm.is_exact(index, TypeId::Slice) {
        let (first, _, step, count) = vm.slice_indices(index, n as i64)?;
        if step != 1 {
            return Err(vm.raise_msg(
                TypeId::NotImplementedError,
                "only slices with step=1 (aka None) are supported",
            ));
        }
        let v = vm.new_memoryview(a, start + first as usize * size, count as usize * size)?;
        vm.memoryview_set_code(v, code);
        return Ok(v);
    }
    let i = vm.seq_index(m, index, n, "memoryview")?;
    let mut buf = [0u8; 8];
    let at = start + i * size;
    buf[..size].copy_from_slice(&vm.array_bytes(a)[at..at + size]);
    decode(vm, code, &buf[..size])
}

/// `m[i] = x` of a view of an array (slices and deletion are refused).
pub fn view_store<R: Repr>(vm: &mut Vm<R>, m: R, index: R, value: R) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("cannot delete memory"));
    }
    if vm.is_exact(index, TypeId::Slice) {
        return Err(vm.raise_msg(TypeId::NotImplementedError, "memoryview slice assignment"));
    }
    let (a, start, n, code, size) = view_parts(vm, m);
    let i = vm.seq_index(m, index, n, "memoryview")?;
    let mut buf = [0u8; 8];
    if let Err(e) = encode(vm, code, value, &mut buf[..size]) {
        if !vm.is_int(value) {
            return Err(e);
        }
        // An int out of the item type's range: CPython's error for views.
        vm.take_exception();
        return Err(vm.value_error("memoryview: invalid value for format"));
    }
    let at = start + i * size;
    vm.array_bytes_mut(a)[at..at + size].copy_from_slice(&buf[..size]);
    Ok(())
}

/// `iter(m)` of a view of an array: an iterator over a copy of its items.
pub fn view_iter<R: Repr>(vm: &mut Vm<R>, m: R) -> PyResult<R> {
    let (a, start, n, code, size) = view_parts(vm, m);
    let copy = vm.new_array(code)?;
    vm.array_resize(copy, n)?;
    let data = Vec::from(&vm.array_bytes(a)[start..start + n * size]);
    vm.array_bytes_mut(copy).copy_from_slice(&data);
    let zero = R::small_int(0).unwrap_or(R::none());
    vm.new_iter_obj(TypeId::ArrayIterator, copy, zero, R::none())
}
