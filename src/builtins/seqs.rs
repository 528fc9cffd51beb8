//! Methods of the immutable sequences `tuple` and `range`, and of `slice`:
//! `count`, `index`, `slice.indices`; range membership and equality by
//! arithmetic (no iteration).

use crate::natives;
use crate::objects::range::range_len;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::SEQ;
    COUNT count(2, 2) => count;
    INDEX index(2, 4) => index;
    INDICES indices(2, 2) => indices;
    NEXT __next__(1, 1) => next_method;
    ITER __iter__(1, 1) => iter_method;
}

/// `tuple`'s and `range`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::count, rv(Idx::COUNT)),
    (names::index, rv(Idx::INDEX)),
];

/// The attributes of every builtin iterator type.
pub static ITER_ATTRS: &[(Qstr, RomValue)] = &[
    (names::__next__, rv(Idx::NEXT)),
    (names::__iter__, rv(Idx::ITER)),
];

/// `slice`'s attributes.
pub static SLICE_ATTRS: &[(Qstr, RomValue)] = &[(names::indices, rv(Idx::INDICES))];

/// Position of `x` in range `r`, if it is one of its values.
pub fn range_position<R: Repr>(vm: &mut Vm<R>, r: R, x: R) -> PyResult<Option<i64>> {
    let i = match vm.int_of(x) {
        Some(i) => i as i128,
        None => match vm.float_of(x) {
            Some(f) if crate::num::float_ops::is_integer(f) && f.abs() < 9.0e18 => f as i128,
            _ => return Ok(None),
        },
    };
    let (a, b, c) = vm.range_parts(r);
    let n = range_len(a, b, c) as i128;
    let d = i - a as i128;
    if d % c as i128 != 0 {
        return Ok(None);
    }
    let k = d / c as i128;
    Ok((k >= 0 && k < n).then_some(k as i64))
}

/// `range == range`: the same sequence of values.
pub fn range_eq<R: Repr>(vm: &Vm<R>, x: R, y: R) -> bool {
    let (a1, b1, c1) = vm.range_parts(x);
    let (a2, b2, c2) = vm.range_parts(y);
    let (n1, n2) = (range_len(a1, b1, c1), range_len(a2, b2, c2));
    n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)))
}

fn count<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if vm.is_exact(a[0], TypeId::Range) {
        let k = range_position(vm, a[0], a[1])?;
        return vm.new_int(k.is_some() as i64);
    }
    let t = a[0];
    let mut n = 0;
    let mut i = 0;
    while i < vm.seq_len(t) {
        let x = vm.seq_item(t, i);
        if x == a[1] || vm.equal(x, a[1])? {
            n += 1;
        }
        i += 1;
    }
    vm.new_int(n)
}

/// `seq.index(x[, start[, stop]])` for tuples, lists and ranges.
pub fn index<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = a[0];
    if vm.is_exact(t, TypeId::Range) {
        return match range_position(vm, t, a[1])? {
            Some(k) => vm.new_int(k),
            // Only an int gets its own message (CPython's range.index).
            None if !vm.is_int(a[1]) => Err(vm.value_error("sequence.index(x): x not in sequence")),
            None => {
                let mut s = alloc::string::String::new();
                vm.write_repr(&mut s, a[1])?;
                Err(crate::raise!(vm, ValueError, "{} is not in range", s))
            }
        };
    }
    let n = vm.seq_len(t) as i64;
    let bound = |vm: &mut Vm<R>, v: Option<&R>, default: i64| -> PyResult<i64> {
        match v {
            Some(&v) => {
                let i = vm.index_of(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            None => Ok(default),
        }
    };
    let lo = bound(vm, a.get(2), 0)?;
    let hi = bound(vm, a.get(3), n)?;
    let mut i = lo;
    while i < hi && (i as usize) < vm.seq_len(t) {
        let x = vm.seq_item(t, i as usize);
        if x == a[1] || vm.equal(x, a[1])? {
            return vm.new_int(i);
        }
        i += 1;
    }
    if vm.builtin_type_of(t) == TypeId::List {
        let mut s = alloc::string::String::new();
        vm.write_repr(&mut s, a[1])?;
        return Err(crate::raise!(vm, ValueError, "{} is not in list", s));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// `slice.indices(len)`: `(start, stop, step)` resolved against `len`.
fn indices<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if !vm.is_exact(a[0], TypeId::Slice) {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let len = vm.index_of(a[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(a[0], len)?;
    let v = [vm.new_int(start)?, vm.new_int(stop)?, vm.new_int(step)?];
    vm.new_tuple(&v)
}

/// `it.__next__()`.
fn next_method<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    match vm.iter_next(a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.raise_type(TypeId::StopIteration)),
    }
}

/// `it.__iter__()`: the iterator itself.
fn iter_method<R: Repr>(_vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    Ok(a[0])
}
