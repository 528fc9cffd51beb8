//! The `time` module: wall-clock time from the port, sleeping, and
//! MicroPython's wrapping millisecond/microsecond tick counters.
//!
//! Ticks wrap at `TICKS_PERIOD` (2^30, so every value is a small int in
//! every representation); `ticks_diff` gives the signed distance in
//! `-PERIOD/2 .. PERIOD/2`, as MicroPython's `time.ticks_diff`.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::{PyResult, Vm};
use mupy_reprs::Repr;

natives! { area::TIME;
    TIME time(0, 0) => time_time;
    TIME_NS time_ns(0, 0) => time_time_ns;
    SLEEP sleep(1, 1) => time_sleep;
    SLEEP_MS sleep_ms(1, 1) => time_sleep_ms;
    SLEEP_US sleep_us(1, 1) => time_sleep_us;
    TICKS_MS ticks_ms(0, 0) => time_ticks_ms;
    TICKS_US ticks_us(0, 0) => time_ticks_us;
    TICKS_DIFF ticks_diff(2, 2) => time_ticks_diff;
    TICKS_ADD ticks_add(2, 2) => time_ticks_add;
    MONOTONIC monotonic(0, 0) => time_monotonic;
}

pub static MODULE: Module = Module {
    name: names::time,
    attrs: &[
        (names::time, rv(Idx::TIME)),
        (names::time_ns, rv(Idx::TIME_NS)),
        (names::sleep, rv(Idx::SLEEP)),
        (names::sleep_ms, rv(Idx::SLEEP_MS)),
        (names::sleep_us, rv(Idx::SLEEP_US)),
        (names::ticks_ms, rv(Idx::TICKS_MS)),
        (names::ticks_us, rv(Idx::TICKS_US)),
        (names::ticks_diff, rv(Idx::TICKS_DIFF)),
        (names::ticks_add, rv(Idx::TICKS_ADD)),
        (names::monotonic, rv(Idx::MONOTONIC)),
    ],
};

/// Tick counters wrap here (MicroPython's `MICROPY_PY_TIME_TICKS_PERIOD`).
const TICKS_PERIOD: i64 = 1 << 30;

fn ticks<R: Repr>(t: u64) -> R {
    R::small_int((t as i64) & (TICKS_PERIOD - 1)).unwrap_or(R::none())
}

/// Seconds since the epoch: a float, or an int where floats are too
/// narrow to hold it to the second (representation C's 30-bit floats).
fn time_time<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let t = vm.port.time();
    if R::FLOAT_SIGNIFICAND_BITS < 32 {
        return vm.new_int(t as i64);
    }
    vm.new_float(t)
}

fn time_time_ns<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let ns = (vm.port.time() * 1e9) as i128;
    vm.new_int_i128(ns)
}

fn time_sleep<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let secs = match vm.to_float(args[0]) {
        Some(f) => f,
        None => vm.int_to_f64(args[0])?,
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.port.sleep_ms((secs * 1000.0) as u64);
    Ok(R::none())
}

fn time_sleep_ms<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let ms = vm.index_of(args[0])?;
    vm.port.sleep_ms(ms.max(0) as u64);
    Ok(R::none())
}

fn time_sleep_us<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let us = vm.index_of(args[0])?.max(0) as u64;
    vm.port.sleep_ms(us.div_ceil(1000));
    Ok(R::none())
}

fn time_ticks_ms<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    Ok(ticks(vm.port.ticks_ms()))
}

fn time_ticks_us<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    Ok(ticks(vm.port.ticks_us()))
}

/// `ticks_diff(end, start)`: the signed distance, wrapping at the period.
fn time_ticks_diff<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let (end, start) = (vm.index_of(args[0])?, vm.index_of(args[1])?);
    let half = TICKS_PERIOD / 2;
    let d = ((end - start + half) & (TICKS_PERIOD - 1)) - half;
    vm.new_int(d)
}

fn time_ticks_add<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let (t, d) = (vm.index_of(args[0])?, vm.index_of(args[1])?);
    vm.new_int(t.wrapping_add(d) & (TICKS_PERIOD - 1))
}

/// Seconds from an arbitrary start, never going back.
fn time_monotonic<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let ms = vm.port.ticks_ms();
    vm.new_float(ms as f64 / 1000.0)
}
