//! `float`: an immediate in representations C and D; a 16-byte box in A.
//!
//! ```text
//!   box (A): | type ref u32 | pad u32 | f64 |
//! ```

use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

#[repr(C)]
pub struct FloatObj {
    pub header: Header,
    pub pad: u32,
    pub value: f64,
}

impl<R: Repr> Vm<R> {
    /// A float value: immediate where the representation can hold it.
    #[inline]
    pub fn new_float(&mut self, f: f64) -> PyResult<R> {
        if let Some(v) = R::float(f) {
            return Ok(v);
        }
        let r = self.alloc_obj(
            TypeId::Float.rom_ref(),
            core::mem::size_of::<FloatObj>(),
            ALLOC_NO_SCAN,
        )?;
        // SAFETY: `r` is a fresh float box.
        unsafe { self.obj_mut::<FloatObj>(r) }.value = f;
        Ok(R::ptr(r))
    }

    /// The float of a float value (immediate or boxed), `None` otherwise.
    #[inline]
    pub fn float_of(&self, v: R) -> Option<f64> {
        if v.is_float() {
            Some(v.float_value())
        } else if self.is_exact(v, TypeId::Float) {
            // SAFETY: `v` is a float box.
            Some(unsafe { self.obj::<FloatObj>(v.ptr_ref()) }.value)
        } else {
            None
        }
    }

    /// Whether `v` is a float (immediate or boxed).
    #[inline]
    pub fn is_float(&self, v: R) -> bool {
        v.is_float() || self.is_exact(v, TypeId::Float)
    }
}
