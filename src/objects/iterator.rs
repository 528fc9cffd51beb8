//! Iterator objects of builtin containers (`iter([1, 2])`, `iter(range(3))`)
//! — made only when an iterator is taken as a value; a `for` loop keeps its
//! cursor in stack slots instead (see `runtime/iter.rs`).
//!
//! ```text
//!   | type ref u32 | pad u32 | a | b | c |   (R words)
//!   sequence iterators: a = the sequence, b = next index
//!   range iterator:     a = next value, b = stop, c = step
//! ```

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct IterObj<R> {
    pub header: Header,
    pub pad: u32,
    pub a: R,
    pub b: R,
    pub c: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_iter_obj(&mut self, ty: TypeId, a: R, b: R, c: R) -> PyResult<R> {
        let r = self.alloc_obj(
            ty.rom_ref(),
            core::mem::size_of::<IterObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh iterator.
        let o = unsafe { self.obj_mut::<IterObj<R>>(r) };
        o.a = a;
        o.b = b;
        o.c = c;
        Ok(R::ptr(r))
    }

    pub fn iter_obj(&mut self, it: R) -> &mut IterObj<R> {
        // SAFETY: callers pass an iterator object of this layout.
        unsafe { self.obj_mut::<IterObj<R>>(it.ptr_ref()) }
    }
}
