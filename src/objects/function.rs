//! Python functions: a code object plus the globals it runs in and its
//! default arguments.
//!
//! ```text
//!   | type ref u32 | code ref u32 | globals ref u32 | defaults ref u32 | kwdefaults ref u32 |
//! ```
//! `defaults` is a tuple (0 = none), `kwdefaults` a dict (0 = none). 20 bytes
//! in every representation (two 16-byte blocks).

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct FunctionObj {
    pub header: Header,
    pub code: u32,
    pub globals: u32,
    pub defaults: u32,
    pub kwdefaults: u32,
}

impl<R: Repr> Vm<R> {
    /// A function over `code` in `globals`, with optional defaults.
    pub fn new_function(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        defaults: Option<R>,
        kwdefaults: Option<R>,
    ) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Function.rom_ref(),
            core::mem::size_of::<FunctionObj>(),
            ALLOC_DEFAULT,
        )?;
        let as_ref = |v: Option<R>| match v {
            Some(v) if v.is_ptr() => v.ptr_ref().0,
            _ => 0,
        };
        // SAFETY: `r` is a fresh function object.
        let f = unsafe { self.obj_mut::<FunctionObj>(r) };
        f.code = code.0;
        f.globals = globals.0;
        f.defaults = as_ref(defaults);
        f.kwdefaults = as_ref(kwdefaults);
        Ok(R::ptr(r))
    }

    /// The fields of a function object.
    #[inline(always)]
    pub fn function(&self, f: ObjRef) -> &FunctionObj {
        // SAFETY: callers pass a function object.
        unsafe { self.obj::<FunctionObj>(f) }
    }
}
