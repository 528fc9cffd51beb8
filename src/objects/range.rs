//! `range`: start, stop and step as int values.
//!
//! ```text
//!   | type ref u32 | pad u32 | start | stop | step |   (R words)
//! ```
//! A `for` loop over a range keeps its cursor in the loop's four stack
//! slots (see `runtime/iter.rs`), so iterating allocates nothing.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct RangeObj<R> {
    pub header: Header,
    pub pad: u32,
    pub start: R,
    pub stop: R,
    pub step: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> PyResult<R> {
        let (a, b, c) = (
            self.new_int(start)?,
            self.new_int(stop)?,
            self.new_int(step)?,
        );
        let r = self.alloc_obj(
            TypeId::Range.rom_ref(),
            core::mem::size_of::<RangeObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh range.
        let o = unsafe { self.obj_mut::<RangeObj<R>>(r) };
        o.start = a;
        o.stop = b;
        o.step = c;
        Ok(R::ptr(r))
    }

    /// `(start, stop, step)` of a range.
    pub fn range_parts(&self, v: R) -> (i64, i64, i64) {
        // SAFETY: callers pass a range.
        let o = unsafe { self.obj::<RangeObj<R>>(v.ptr_ref()) };
        let f = |x: R| self.int_of(x).unwrap_or(0);
        (f(o.start), f(o.stop), f(o.step))
    }
}

/// Number of items of `range(start, stop, step)` (`step != 0`).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        (stop - start + step - 1) / step
    } else {
        (start - stop - step - 1) / -step
    };
    n.clamp(0, i64::MAX as i128) as i64
}
