//! Exception instances: `args` and the traceback, cause and context.
//!
//! ```text
//!   | type ref u32 | dict ref u32 | args | traceback | cause | context |   (R words)
//! ```
//! The type ref names a builtin exception class (ROM) or a user subclass.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct ExceptionObj<R> {
    pub header: Header,
    /// Attributes set on the instance (a dict, 0 until the first one).
    pub dict: u32,
    /// A tuple.
    pub args: R,
    /// `None`, or a list of (file, line, function) entries added as the
    /// exception unwinds frames.
    pub traceback: R,
    pub cause: R,
    pub context: R,
}

impl<R: Repr> Vm<R> {
    /// A new instance of the builtin exception `ty` with `args == ()`.
    pub fn new_exception_instance(&mut self, ty: TypeId) -> PyResult<ObjRef> {
        self.new_exception_of(
            ty.rom_ref(),
            R::ptr(crate::runtime::rom_objects::EMPTY_TUPLE_REF),
        )
    }

    /// A new exception whose class is `class` (builtin or user) with `args`.
    pub fn new_exception_of(&mut self, class: ObjRef, args: R) -> PyResult<ObjRef> {
        let bytes = core::mem::size_of::<ExceptionObj<R>>();
        let r = self.alloc_obj(class, bytes, ALLOC_DEFAULT)?;
        // SAFETY: `r` is a fresh allocation of an ExceptionObj.
        let e = unsafe { self.obj_mut::<ExceptionObj<R>>(r) };
        e.args = args;
        e.traceback = R::none();
        e.cause = R::none();
        e.context = R::none();
        Ok(r)
    }

    /// A new `ty(msg)`.
    pub fn new_exception_with_msg(&mut self, ty: TypeId, msg: &str) -> PyResult<R> {
        let s = self.new_str(msg)?;
        let args = self.new_tuple(&[s])?;
        Ok(R::ptr(self.new_exception_of(ty.rom_ref(), args)?))
    }

    /// Whether `v` is an instance of the builtin type `ty` or of a subclass.
    pub fn isinstance_builtin(&self, v: R, ty: TypeId) -> bool {
        self.builtin_type_of(v).info().is_subtype_of(ty)
    }
}
