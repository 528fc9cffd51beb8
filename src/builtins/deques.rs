//! `collections.deque`: the constructor, its methods, and its part of the
//! sequence protocol (`len`, `d[i]`, iteration, `repr`), reached through
//! `builtins::ext`. The ring itself is in `objects/deque.rs`.

use super::kwarg;
use crate::natives;
use crate::objects::deque::NO_MAXLEN;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::Repr;

natives! { area::DEQUE;
    APPEND append(2, 2) => append;
    APPENDLEFT appendleft(2, 2) => appendleft;
    POP pop(1, 1) => pop;
    POPLEFT popleft(1, 1) => popleft;
    EXTEND extend(2, 2) => extend;
    EXTENDLEFT extendleft(2, 2) => extendleft;
    CLEAR clear(1, 1) => clear;
    ROTATE rotate(1, 2) => rotate;
}

/// `deque`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::append, rv(Idx::APPEND)),
    (names::appendleft, rv(Idx::APPENDLEFT)),
    (names::pop, rv(Idx::POP)),
    (names::popleft, rv(Idx::POPLEFT)),
    (names::extend, rv(Idx::EXTEND)),
    (names::extendleft, rv(Idx::EXTENDLEFT)),
    (names::clear, rv(Idx::CLEAR)),
    (names::rotate, rv(Idx::ROTATE)),
];

/// `deque(iterable=(), maxlen=None)`.
pub fn deque_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    if args.len() > 3 {
        return Err(vm.type_error("deque() takes at most 3 arguments"));
    }
    let maxlen = match args
        .get(1)
        .copied()
        .or_else(|| kwarg(kwargs, names::maxlen))
    {
        None => NO_MAXLEN,
        Some(m) if m.is_none() => NO_MAXLEN,
        Some(m) => {
            let n = vm.index_of(m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            n.min(NO_MAXLEN as i64 - 1) as u32
        }
    };
    let d = vm.new_deque(maxlen)?;
    if let Some(&it) = args.first() {
        extend_side(vm, d, it, false)?;
    }
    Ok(d)
}

fn self_deque<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_exact(v, TypeId::Deque) {
        return Ok(v);
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a 'deque' object but received a '{}'",
        t
    ))
}

fn append<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    vm.deque_push(d, a[1], false)?;
    Ok(R::none())
}

fn appendleft<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    vm.deque_push(d, a[1], true)?;
    Ok(R::none())
}

fn pop_side<R: Repr>(vm: &mut Vm<R>, v: R, left: bool) -> PyResult<R> {
    let d = self_deque(vm, v)?;
    match vm.deque_pop(d, left) {
        Some(x) => Ok(x),
        None => Err(crate::raise!(vm, IndexError, "pop from an empty deque")),
    }
}

fn pop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    pop_side(vm, a[0], false)
}

fn popleft<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    pop_side(vm, a[0], true)
}

/// Pushes every item of `it`; a deque extended by itself takes a snapshot
/// of its length first (CPython's rule).
fn extend_side<R: Repr>(vm: &mut Vm<R>, d: R, it: R, left: bool) -> PyResult<()> {
    if it == d {
        let n = vm.deque_len(d);
        for i in 0..n {
            let at = if left { 2 * i } else { i };
            if at >= vm.deque_len(d) {
                break;
            }
            let x = vm.deque_get(d, at);
            vm.deque_push(d, x, left)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(it)?;
    while let Some(x) = vm.iter_next(it)? {
        vm.deque_push(d, x, left)?;
    }
    Ok(())
}

fn extend<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    extend_side(vm, d, a[1], false)?;
    Ok(R::none())
}

fn extendleft<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    extend_side(vm, d, a[1], true)?;
    Ok(R::none())
}

fn clear<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    vm.deque_clear(d);
    Ok(R::none())
}

/// `d.rotate(n=1)`: `n` steps to the right (negative: to the left).
fn rotate<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = self_deque(vm, a[0])?;
    let n = match a.get(1) {
        Some(&k) => vm.index_of(k)?,
        None => 1,
    };
    let len = vm.deque_len(d) as i64;
    if len <= 1 {
        return Ok(R::none());
    }
    let steps = n.rem_euclid(len);
    // Rotating right by k is popping from the right and pushing left, k
    // times; the ring never grows, so this allocates nothing.
    for _ in 0..steps {
        if let Some(x) = vm.deque_pop(d, false) {
            vm.deque_push(d, x, true)?;
        }
    }
    Ok(R::none())
}

/// `d[i]` as an index into the deque, or IndexError.
fn index<R: Repr>(vm: &mut Vm<R>, d: R, i: R) -> PyResult<usize> {
    if vm.is_exact(i, TypeId::Slice) {
        return Err(vm.type_error("sequence index must be integer, not 'slice'"));
    }
    let n = vm.deque_len(d);
    vm.seq_index(d, i, n, "deque")
}

pub fn subscr<R: Repr>(vm: &mut Vm<R>, d: R, i: R) -> PyResult<R> {
    let i = index(vm, d, i)?;
    Ok(vm.deque_get(d, i))
}

/// `d[i] = v`, or `del d[i]` when `v` is null.
pub fn store_subscr<R: Repr>(vm: &mut Vm<R>, d: R, i: R, v: R) -> PyResult<()> {
    let i = index(vm, d, i)?;
    if v.is_null() {
        let n = vm.deque_len(d);
        for k in i..n - 1 {
            let x = vm.deque_get(d, k + 1);
            vm.deque_set(d, k, x);
        }
        vm.deque_pop(d, false);
    } else {
        vm.deque_set(d, i, v);
    }
    Ok(())
}

/// The next item of a deque iterator (`a` the deque, `b` the next index).
pub fn iter_next<R: Repr>(vm: &mut Vm<R>, it: R) -> PyResult<Option<R>> {
    let (d, i) = {
        let o = vm.iter_obj(it);
        (o.a, o.b.small_int_value() as usize)
    };
    if i >= vm.deque_len(d) {
        return Ok(None);
    }
    vm.iter_obj(it).b = R::small_int(i as i64 + 1).unwrap_or(R::none());
    Ok(Some(vm.deque_get(d, i)))
}

/// `deque([1, 2])`, `deque([1, 2], maxlen=3)`.
pub fn write_repr<R: Repr>(vm: &mut Vm<R>, out: &mut String, d: R) -> PyResult<()> {
    out.push_str("deque([");
    let mut i = 0;
    while i < vm.deque_len(d) {
        if i > 0 {
            out.push_str(", ");
        }
        let x = vm.deque_get(d, i);
        vm.write_repr(out, x)?;
        i += 1;
    }
    out.push(']');
    if let Some(m) = vm.deque_maxlen(d) {
        let _ = write!(out, ", maxlen={}", m);
    }
    out.push(')');
    Ok(())
}
