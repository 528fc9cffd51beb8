//! Cells: the boxes that hold variables shared between a function and the
//! closures defined inside it.
//!
//! ```text
//!   | type ref u32 | pad u32 | value (R) |     `null` = unbound
//! ```

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct CellObj<R> {
    pub header: Header,
    pub pad: u32,
    pub value: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_cell(&mut self, value: R) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Cell.rom_ref(),
            core::mem::size_of::<CellObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh cell.
        unsafe { self.obj_mut::<CellObj<R>>(r) }.value = value;
        Ok(R::ptr(r))
    }

    #[inline]
    pub fn cell_get(&self, c: R) -> R {
        // SAFETY: the compiler only emits cell access on cell slots.
        unsafe { self.obj::<CellObj<R>>(c.ptr_ref()) }.value
    }

    #[inline]
    pub fn cell_set(&mut self, c: R, v: R) {
        // SAFETY: as `cell_get`.
        unsafe { self.obj_mut::<CellObj<R>>(c.ptr_ref()) }.value = v;
    }
}
