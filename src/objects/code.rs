//! Code objects: one compiled function, module or class body, loaded from a
//! `mupy_emitters::RawCode` by `vm/load.rs`. The prelude is decoded once at
//! load time into the fields below, so a call reads them directly.
//!
//! ```text
//!   | type ref u32 | bytecode ref u32 | bytecode len u32 | consts ref u32 (tuple) |
//!   | children ref u32 (tuple of code) | arg names ref u32 (tuple of qstr) |
//!   | name qstr u32 | file qstr u32 | n_state u16 | n_exc_stack u16 |
//!   | scope flags u8 | n_pos u8 | n_kwonly u8 | n_def_pos u8 |
//!   | line info start u32 | line info end u32 | cells start u32 | code start u32 |
//! ```
//! `bytecode` is a no-scan block holding the whole v6 function body
//! (prelude, source info with the line map, closure section, instructions);
//! the `…start`/`…end` fields are byte offsets into it.

use crate::runtime::heap::Header;
use crate::runtime::Vm;
use mupy_reprs::{ObjRef, Repr};

/// Scope flags of the v6 prelude (MicroPython's `MP_SCOPE_FLAG_*`).
pub const FLAG_GENERATOR: u8 = 0x01;
pub const FLAG_VARKEYWORDS: u8 = 0x02;
pub const FLAG_VARARGS: u8 = 0x04;
pub const FLAG_DEFKWARGS: u8 = 0x08;
/// Set by the loader on `async def` code (coroutines), from the RawCode.
pub const FLAG_ASYNC: u8 = 0x80;

#[repr(C)]
pub struct CodeObj {
    pub header: Header,
    pub bytecode: u32,
    pub bc_len: u32,
    pub consts: u32,
    pub children: u32,
    pub arg_names: u32,
    pub name: u32,
    pub file: u32,
    pub n_state: u16,
    pub n_exc_stack: u16,
    pub scope_flags: u8,
    pub n_pos_args: u8,
    pub n_kwonly_args: u8,
    pub n_def_pos_args: u8,
    pub line_info: u32,
    pub line_info_end: u32,
    pub cells: u32,
    pub code_start: u32,
}

impl<R: Repr> Vm<R> {
    #[inline(always)]
    pub fn code(&self, c: ObjRef) -> &CodeObj {
        // SAFETY: callers pass a code object.
        unsafe { self.obj::<CodeObj>(c) }
    }

    /// The bytecode bytes of a code object.
    #[inline]
    pub fn code_bytes(&self, c: ObjRef) -> &[u8] {
        let o = self.code(c);
        // SAFETY: `bytecode` is a block of `bc_len` bytes owned by the code object.
        unsafe {
            core::slice::from_raw_parts(self.ptr::<u8>(ObjRef(o.bytecode)), o.bc_len as usize)
        }
    }
}
