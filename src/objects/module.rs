//! Modules made at run time (`__main__`, imported `.py` files): a name and
//! a globals dict. Builtin modules are ROM tables (`Region::Module`).
//!
//! ```text
//!   | type ref u32 | globals dict ref u32 | name qstr u32 |
//! ```

use crate::qstr::{names, Qstr};
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub globals: u32,
    pub name: u32,
}

impl<R: Repr> Vm<R> {
    /// A module `name` with a fresh globals dict holding `__name__`.
    pub fn new_module(&mut self, name: Qstr) -> PyResult<R> {
        let globals = self.new_dict()?;
        self.dict_set(globals, R::qstr(names::__name__.0), R::qstr(name.0))?;
        let r = self.alloc_obj(
            TypeId::Module.rom_ref(),
            core::mem::size_of::<ModuleObj>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh module.
        let m = unsafe { self.obj_mut::<ModuleObj>(r) };
        m.globals = globals.ptr_ref().0;
        m.name = name.0;
        Ok(R::ptr(r))
    }

    /// The globals dict of a heap module.
    pub fn module_globals(&self, m: ObjRef) -> R {
        // SAFETY: callers pass a heap module.
        R::ptr(ObjRef(unsafe { self.obj::<ModuleObj>(m) }.globals))
    }
}
