//! The `gc` module: run a collection, read the heap figures, switch
//! automatic collection and its threshold, as MicroPython's `gc`.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

natives! { area::GC;
    COLLECT collect(0, 1) => gc_collect;
    MEM_ALLOC mem_alloc(0, 0) => gc_mem_alloc;
    MEM_FREE mem_free(0, 0) => gc_mem_free;
    ENABLE enable(0, 0) => gc_enable;
    DISABLE disable(0, 0) => gc_disable;
    ISENABLED isenabled(0, 0) => gc_isenabled;
    THRESHOLD threshold(0, 1) => gc_threshold;
}

pub static MODULE: Module = Module {
    name: names::gc,
    attrs: &[
        (names::collect, rv(Idx::COLLECT)),
        (names::mem_alloc, rv(Idx::MEM_ALLOC)),
        (names::mem_free, rv(Idx::MEM_FREE)),
        (names::enable, rv(Idx::ENABLE)),
        (names::disable, rv(Idx::DISABLE)),
        (names::isenabled, rv(Idx::ISENABLED)),
        (names::threshold, rv(Idx::THRESHOLD)),
    ],
};

/// `gc.collect()`: `None`, as MicroPython (the optional generation is ignored).
fn gc_collect<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.collect();
    Ok(R::none())
}

fn gc_mem_alloc<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let used = vm.heap.stats().used;
    vm.new_int(used as i64)
}

fn gc_mem_free<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let free = vm.heap.stats().free;
    vm.new_int(free as i64)
}

fn gc_enable<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.heap.set_enabled(true);
    Ok(R::none())
}

fn gc_disable<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.heap.set_enabled(false);
    Ok(R::none())
}

fn gc_isenabled<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::bool(vm.heap.is_enabled()))
}

/// `gc.threshold()` reads the allocation threshold (-1: none);
/// `gc.threshold(n)` sets it (a negative `n` removes it).
fn gc_threshold<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    match args.first() {
        None => {
            let t = vm.heap.threshold().map_or(-1, |t| t as i64);
            vm.new_int(t)
        }
        Some(&v) => {
            let n = vm.index_of(v)?;
            vm.heap.set_threshold(usize::try_from(n).ok());
            Ok(R::none())
        }
    }
}
