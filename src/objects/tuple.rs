//! `tuple`: a length and the items inline, one allocation.
//!
//! ```text
//!   | type ref u32 | len u32 | item 0 | item 1 | …    (items are R words)
//! ```
//! The 8-byte head keeps items 8-aligned for representation D. A tuple of 3
//! is 20 bytes in A (two 16-byte blocks), 32 in D.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::rom_objects::EMPTY_TUPLE_REF;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct TupleHead {
    pub header: Header,
    pub len: u32,
}

const HEAD_BYTES: usize = core::mem::size_of::<TupleHead>();

impl<R: Repr> Vm<R> {
    /// A tuple of `items`; the empty tuple is the shared ROM one.
    pub fn new_tuple(&mut self, items: &[R]) -> PyResult<R> {
        if items.is_empty() {
            return Ok(R::ptr(EMPTY_TUPLE_REF));
        }
        let r = self.new_tuple_uninit(items.len())?;
        self.tuple_items_mut(r).copy_from_slice(items);
        Ok(R::ptr(r))
    }

    /// A tuple of `len` items, all `None`, to be filled by the caller.
    pub fn new_tuple_uninit(&mut self, len: usize) -> PyResult<ObjRef> {
        let Some(bytes) = len
            .checked_mul(R::WORD_BYTES)
            .and_then(|b| b.checked_add(HEAD_BYTES))
            .filter(|_| len <= u32::MAX as usize)
        else {
            return Err(self.raise_memory_error());
        };
        let r = self.alloc_obj(TypeId::Tuple.rom_ref(), bytes, ALLOC_DEFAULT)?;
        // SAFETY: `r` is a fresh tuple allocation of `bytes`.
        unsafe { self.obj_mut::<TupleHead>(r) }.len = len as u32;
        self.tuple_items_mut(r).fill(R::none());
        Ok(r)
    }

    /// The items of a tuple object (`r` must be a tuple, heap or ROM).
    #[inline]
    pub fn tuple_items(&self, r: ObjRef) -> &[R] {
        // SAFETY: the caller passes a tuple; its items follow the 8-byte head,
        // `len` of them, inside the allocation.
        unsafe {
            let head = self.ptr::<TupleHead>(r);
            let items = (head as *const u8).add(HEAD_BYTES) as *const R;
            core::slice::from_raw_parts(items, (*head).len as usize)
        }
    }

    /// The items of a heap tuple being built.
    #[inline]
    pub fn tuple_items_mut(&mut self, r: ObjRef) -> &mut [R] {
        // SAFETY: as `tuple_items`; `&mut self` makes this the only view, and
        // the empty ROM tuple has no items to write.
        unsafe {
            let head = self.ptr::<TupleHead>(r);
            let items = (head as *mut u8).add(HEAD_BYTES) as *mut R;
            core::slice::from_raw_parts_mut(items, (*head).len as usize)
        }
    }
}
