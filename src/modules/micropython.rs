//! The `micropython` module: `const` (folded by the compiler, an identity
//! at run time), heap locking, and reports on memory and interned strings.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::port::Stream;
use crate::runtime::{PyResult, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::Repr;

natives! { area::MICROPYTHON;
    CONST const_(1, 1) => mp_const;
    OPT_LEVEL opt_level(0, 1) => mp_opt_level;
    MEM_INFO mem_info(0, 1) => mp_mem_info;
    QSTR_INFO qstr_info(0, 1) => mp_qstr_info;
    STACK_USE stack_use(0, 0) => mp_stack_use;
    HEAP_LOCK heap_lock(0, 0) => mp_heap_lock;
    HEAP_UNLOCK heap_unlock(0, 0) => mp_heap_unlock;
    EMERGENCY alloc_emergency_exception_buf(1, 1) => mp_none;
    KBD_INTR kbd_intr(1, 1) => mp_none;
}

pub static MODULE: Module = Module {
    name: names::micropython,
    attrs: &[
        (names::const_, rv(Idx::CONST)),
        (names::opt_level, rv(Idx::OPT_LEVEL)),
        (names::mem_info, rv(Idx::MEM_INFO)),
        (names::qstr_info, rv(Idx::QSTR_INFO)),
        (names::stack_use, rv(Idx::STACK_USE)),
        (names::heap_lock, rv(Idx::HEAP_LOCK)),
        (names::heap_unlock, rv(Idx::HEAP_UNLOCK)),
        (names::alloc_emergency_exception_buf, rv(Idx::EMERGENCY)),
        (names::kbd_intr, rv(Idx::KBD_INTR)),
    ],
};

fn mp_const<R: Repr>(_: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    Ok(args[0])
}

/// The optimisation level: 0 (asserts and `__debug__` kept); setting it is
/// accepted and has no effect yet.
fn mp_opt_level<R: Repr>(_: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    if args.is_empty() {
        return Ok(R::small_int(0).unwrap_or(R::none()));
    }
    Ok(R::none())
}

fn mp_mem_info<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let s = vm.heap.stats();
    let stack = vm.stack_top * R::WORD_BYTES;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "stack: {} out of {}",
        stack,
        vm.config.stack_words * R::WORD_BYTES
    );
    let _ = writeln!(
        out,
        "GC: total: {}, used: {}, free: {}",
        s.total, s.used, s.free
    );
    let _ = writeln!(
        out,
        " No. of 1-blocks: {}, max free sz: {}",
        s.blocks_used,
        s.largest_free / s.block_bytes.max(1)
    );
    if args.first().is_some_and(|v| !v.is_none()) {
        let _ = writeln!(out, "GC memory layout: {} blocks", s.blocks_total);
    }
    vm.port.write(Stream::Stdout, out.as_bytes());
    Ok(R::none())
}

fn mp_qstr_info<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let (n, bytes) = vm.qstrs.stats();
    let out = alloc::format!("qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}\n");
    vm.port.write(Stream::Stdout, out.as_bytes());
    Ok(R::none())
}

/// Bytes of the Python stack in use (frames live there, not on the native stack).
fn mp_stack_use<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let n = vm.stack_top * R::WORD_BYTES;
    vm.new_int(n as i64)
}

fn mp_heap_lock<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.heap.lock();
    Ok(R::none())
}

/// Unlocks one level; returns the remaining lock depth, as MicroPython.
fn mp_heap_unlock<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.heap.unlock();
    let d = vm.heap.lock_depth();
    vm.new_int(d as i64)
}

fn mp_none<R: Repr>(_: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    Ok(R::none())
}
