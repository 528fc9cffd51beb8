//! Bound methods: made only when a method is taken as a value (`f = o.m`);
//! `o.m()` goes through LOAD_METHOD/CALL_METHOD and allocates none.
//!
//! ```text
//!   | type ref u32 | pad u32 | self (R) | function (R) |
//! ```

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct BoundMethodObj<R> {
    pub header: Header,
    pub pad: u32,
    pub self_: R,
    pub function: R,
}

impl<R: Repr> Vm<R> {
    pub fn new_bound_method(&mut self, self_: R, function: R) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::BoundMethod.rom_ref(),
            core::mem::size_of::<BoundMethodObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh bound method.
        let m = unsafe { self.obj_mut::<BoundMethodObj<R>>(r) };
        m.self_ = self_;
        m.function = function;
        Ok(R::ptr(r))
    }

    /// `(self, function)` of a bound method.
    pub fn bound_method_parts(&self, m: R) -> (R, R) {
        // SAFETY: callers pass a bound method.
        let o = unsafe { self.obj::<BoundMethodObj<R>>(m.ptr_ref()) };
        (o.self_, o.function)
    }
}
