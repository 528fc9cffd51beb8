//! Closures: a function plus the cells it closes over, passed to the code
//! as its first arguments (MicroPython's convention: the compiler counts
//! free variables among the positional parameters).
//!
//! ```text
//!   | type ref u32 | function ref u32 | n_closed u32 | cell 0 | cell 1 | …  (R words)
//! ```
//! Cells follow at byte 12 for 4-byte words (a closure over one cell is one
//! 16-byte block) and at byte 16, padded, for 8-byte words.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct ClosureObj {
    pub header: Header,
    pub function: u32,
    pub n_closed: u32,
}

/// Where the cells start: after the head, aligned for a value word.
const fn head_bytes(word: usize) -> usize {
    let head = core::mem::size_of::<ClosureObj>();
    head.div_ceil(word) * word
}

impl<R: Repr> Vm<R> {
    pub fn new_closure(&mut self, function: R, cells: &[R]) -> PyResult<R> {
        let bytes = head_bytes(R::WORD_BYTES) + cells.len() * R::WORD_BYTES;
        let r = self.alloc_obj(TypeId::Closure.rom_ref(), bytes, ALLOC_DEFAULT)?;
        // SAFETY: `r` is a fresh closure with room for the cells.
        unsafe {
            let c = self.obj_mut::<ClosureObj>(r);
            c.function = function.ptr_ref().0;
            c.n_closed = cells.len() as u32;
            let p = (self.ptr::<u8>(r)).add(head_bytes(R::WORD_BYTES)) as *mut R;
            core::ptr::copy_nonoverlapping(cells.as_ptr(), p, cells.len());
        }
        Ok(R::ptr(r))
    }

    /// The function and the cells of a closure.
    pub fn closure_parts(&self, c: ObjRef) -> (ObjRef, &[R]) {
        // SAFETY: callers pass a closure: `n_closed` cells follow the head.
        unsafe {
            let o = self.obj::<ClosureObj>(c);
            let p = (self.ptr::<u8>(c)).add(head_bytes(R::WORD_BYTES)) as *const R;
            (
                ObjRef(o.function),
                core::slice::from_raw_parts(p, o.n_closed as usize),
            )
        }
    }
}
