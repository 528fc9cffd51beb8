//! Python functions: a code object plus the globals it runs in and its
//! default arguments.
//!
//! ```text
//!   | type ref u32 | code ref u32 | globals ref u32 | defaults ref u32 |
//! ```
//! `defaults` is the tuple of positional defaults (0 = none); for code that
//! has keyword-only defaults (`FLAG_DEFKWARGS`) it is instead a pair
//! `(defaults or None, kwdefaults dict)`. 16 bytes, one block, in every
//! representation: the common function needs no second block.

use crate::objects::code::FLAG_DEFKWARGS;
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct FunctionObj {
    pub header: Header,
    pub code: u32,
    pub globals: u32,
    pub defaults: u32,
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
        let as_ref = |v: Option<R>| match v {
            Some(v) if v.is_ptr() => v.ptr_ref().0,
            _ => 0,
        };
        let defaults = if self.code(code).scope_flags & FLAG_DEFKWARGS != 0 {
            let none = R::none();
            let pair = [defaults.unwrap_or(none), kwdefaults.unwrap_or(none)];
            self.new_tuple(&pair)?.ptr_ref().0
        } else {
            as_ref(defaults)
        };
        let r = self.alloc_obj(
            TypeId::Function.rom_ref(),
            core::mem::size_of::<FunctionObj>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh function object.
        let f = unsafe { self.obj_mut::<FunctionObj>(r) };
        f.code = code.0;
        f.globals = globals.0;
        f.defaults = defaults;
        Ok(R::ptr(r))
    }

    /// `(positional defaults tuple, kwdefaults dict)` of a function, 0 where absent.
    pub fn function_defaults(&self, f: ObjRef) -> (u32, u32) {
        let fun = self.function(f);
        let d = fun.defaults;
        if d == 0 || self.code(ObjRef(fun.code)).scope_flags & FLAG_DEFKWARGS == 0 {
            return (d, 0);
        }
        let pair = self.tuple_items(ObjRef(d));
        let as_ref = |v: R| if v.is_ptr() { v.ptr_ref().0 } else { 0 };
        (as_ref(pair[0]), as_ref(pair[1]))
    }

    /// The fields of a function object.
    #[inline(always)]
    pub fn function(&self, f: ObjRef) -> &FunctionObj {
        // SAFETY: callers pass a function object.
        unsafe { self.obj::<FunctionObj>(f) }
    }
}
