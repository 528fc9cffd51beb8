//! `super(cls, obj)` objects: attribute lookup continues in the MRO of
//! `type(obj)` after `cls` (see `runtime/attr.rs`).
//!
//! ```text
//!   | type ref u32 | pad u32 | cls | obj |   (R words)
//! ```

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct SuperObj<R> {
    pub header: Header,
    pub pad: u32,
    pub cls: R,
    pub obj: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_super(&mut self, cls: R, obj: R) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Super.rom_ref(),
            core::mem::size_of::<SuperObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh super object.
        let s = unsafe { self.obj_mut::<SuperObj<R>>(r) };
        s.cls = cls;
        s.obj = obj;
        Ok(R::ptr(r))
    }

    pub fn super_parts(&self, s: R) -> (R, R) {
        // SAFETY: callers pass a super object.
        let o = unsafe { self.obj::<SuperObj<R>>(s.ptr_ref()) };
        (o.cls, o.obj)
    }
}
