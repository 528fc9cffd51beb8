//! `slice`: start, stop and step values, and the index arithmetic shared by
//! every sequence type.
//!
//! ```text
//!   | type ref u32 | pad u32 | start | stop | step |   (R words)
//! ```

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct SliceObj<R> {
    pub header: Header,
    pub pad: u32,
    pub start: R,
    pub stop: R,
    pub step: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_slice(&mut self, start: R, stop: R, step: R) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Slice.rom_ref(),
            core::mem::size_of::<SliceObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh slice.
        let o = unsafe { self.obj_mut::<SliceObj<R>>(r) };
        o.start = start;
        o.stop = stop;
        o.step = step;
        Ok(R::ptr(r))
    }

    pub fn slice_parts(&self, v: R) -> (R, R, R) {
        // SAFETY: callers pass a slice.
        let o = unsafe { self.obj::<SliceObj<R>>(v.ptr_ref()) };
        (o.start, o.stop, o.step)
    }

    /// Resolves a slice against a sequence of `len` items, as CPython's
    /// `slice.indices`: `(start, stop, step)` with the count of items.
    pub fn slice_indices(&mut self, s: R, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let (a, b, c) = self.slice_parts(s);
        let step = if c.is_none() { 1 } else { self.index_of(c)? };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |vm: &mut Self, v: R, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = vm.index_of(v)?;
            if i < 0 {
                i += len;
                if i < lo {
                    i = lo;
                }
            } else if i > hi {
                i = hi;
            }
            Ok(i)
        };
        let start = clamp(self, a, if step < 0 { hi } else { lo })?;
        let stop = clamp(self, b, if step < 0 { lo } else { hi })?;
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, n))
    }

    /// An int usable as an index (`__index__` of ints and bools); bigints
    /// saturate so that slicing clamps them.
    pub fn index_of(&mut self, v: R) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(v.small_int_value());
        }
        if let Some(i) = self.int_of(v) {
            return Ok(i);
        }
        if self.is_bigint(v) {
            let (neg, _) = self.bigint_parts(v.ptr_ref());
            return Ok(if neg { i64::MIN } else { i64::MAX });
        }
        if self.is_user_instance(v) {
            if let Some(r) = self.call_special(v, crate::qstr::names::__index__, &[])? {
                if self.is_int(r) {
                    return self.index_of(r);
                }
                let t = self.type_name(r);
                return Err(crate::raise!(
                    self,
                    TypeError,
                    "__index__ returned non-int (type {})",
                    t
                ));
            }
        }
        let t = self.type_name(v);
        Err(crate::raise!(
            self,
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            t
        ))
    }
}
