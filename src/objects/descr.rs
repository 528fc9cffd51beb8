//! `staticmethod`, `classmethod` and `property`: wrappers that change what
//! a class attribute means when looked up through an instance.
//!
//! ```text
//!   | type ref u32 | pad u32 | function | setter | deleter |   (R words)
//! ```
//! (`setter`/`deleter` are `None` except on properties that have them.)

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct DescrObj<R> {
    pub header: Header,
    pub pad: u32,
    pub function: R,
    pub setter: R,
    pub deleter: R,
}

impl<R: Repr> Vm<R> {
    /// A `staticmethod`, `classmethod` or `property` around `f`.
    pub fn new_descr(&mut self, ty: TypeId, f: R, setter: R, deleter: R) -> PyResult<R> {
        let r = self.alloc_obj(
            ty.rom_ref(),
            core::mem::size_of::<DescrObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh descriptor.
        let d = unsafe { self.obj_mut::<DescrObj<R>>(r) };
        d.function = f;
        d.setter = setter;
        d.deleter = deleter;
        Ok(R::ptr(r))
    }

    /// The function a descriptor wraps (the getter of a property).
    pub fn wrapped(&self, d: R) -> R {
        // SAFETY: callers pass a descriptor object.
        unsafe { self.obj::<DescrObj<R>>(d.ptr_ref()) }.function
    }

    /// `(getter, setter, deleter)` of a property.
    pub fn property_parts(&self, d: R) -> (R, R, R) {
        // SAFETY: callers pass a property.
        let o = unsafe { self.obj::<DescrObj<R>>(d.ptr_ref()) };
        (o.function, o.setter, o.deleter)
    }
}
