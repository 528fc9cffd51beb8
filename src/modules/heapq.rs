//! The `heapq` module: `heappush`, `heappop` and `heapify` on a list, a
//! binary min-heap ordered by `<` (MicroPython's `extmod/modheapq.c` has
//! these three). The sift loops are CPython's: `heappop` moves the hole to
//! a leaf and sifts the last item up from there, which needs fewer
//! comparisons than sifting down from the top.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::HEAPQ;
    HEAPPUSH heappush(2, 2) => heappush;
    HEAPPOP heappop(1, 1) => heappop;
    HEAPIFY heapify(1, 1) => heapify;
}

pub static MODULE: Module = Module {
    name: names::heapq,
    attrs: &[
        (names::heappush, rv(Idx::HEAPPUSH)),
        (names::heappop, rv(Idx::HEAPPOP)),
        (names::heapify, rv(Idx::HEAPIFY)),
    ],
};

fn heap_list<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_list(v) {
        return Ok(v);
    }
    Err(vm.type_error("heap argument must be a list"))
}

fn less<R: Repr>(vm: &mut Vm<R>, a: R, b: R) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_value() < b.small_int_value());
    }
    let r = vm.binary_op(BinaryOp::Less, a, b)?;
    vm.truthy(r)
}

/// A comparison may run Python code that shrinks the list.
fn check_len<R: Repr>(vm: &mut Vm<R>, l: R, n: usize) -> PyResult<()> {
    if vm.list_len(l) != n {
        return Err(vm.raise_msg(TypeId::RuntimeError, "list changed size during iteration"));
    }
    Ok(())
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down<R: Repr>(vm: &mut Vm<R>, l: R, start: usize, mut pos: usize) -> PyResult<()> {
    let n = vm.list_len(l);
    let item = vm.list_items(l)[pos];
    while pos > start {
        let parent = (pos - 1) / 2;
        let p = vm.list_items(l)[parent];
        let lt = less(vm, item, p)?;
        check_len(vm, l, n)?;
        if !lt {
            break;
        }
        vm.list_items_mut(l)[pos] = p;
        pos = parent;
    }
    vm.list_items_mut(l)[pos] = item;
    Ok(())
}

/// Moves the hole at `pos` down to a leaf along smaller children, then
/// places the item that was there and sifts it up.
fn sift_up<R: Repr>(vm: &mut Vm<R>, l: R, mut pos: usize) -> PyResult<()> {
    let n = vm.list_len(l);
    let start = pos;
    let item = vm.list_items(l)[pos];
    let mut child = 2 * pos + 1;
    while child < n {
        let right = child + 1;
        if right < n {
            let (c, r) = (vm.list_items(l)[child], vm.list_items(l)[right]);
            let lt = less(vm, c, r)?;
            check_len(vm, l, n)?;
            if !lt {
                child = right;
            }
        }
        let c = vm.list_items(l)[child];
        vm.list_items_mut(l)[pos] = c;
        pos = child;
        child = 2 * pos + 1;
    }
    vm.list_items_mut(l)[pos] = item;
    sift_down(vm, l, start, pos)
}

fn heappush<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let l = heap_list(vm, a[0])?;
    vm.list_append(l, a[1])?;
    let n = vm.list_len(l);
    sift_down(vm, l, 0, n - 1)?;
    Ok(R::none())
}

fn heappop<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let l = heap_list(vm, a[0])?;
    let n = vm.list_len(l);
    if n == 0 {
        return Err(crate::raise!(vm, IndexError, "index out of range"));
    }
    let last = vm.list_remove_at(l, n - 1);
    if n == 1 {
        return Ok(last);
    }
    let top = vm.list_items(l)[0];
    vm.list_items_mut(l)[0] = last;
    sift_up(vm, l, 0)?;
    Ok(top)
}

fn heapify<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let l = heap_list(vm, a[0])?;
    let n = vm.list_len(l);
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i)?;
    }
    Ok(R::none())
}
