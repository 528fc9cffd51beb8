//! `list`: a fixed head and a separate, growable item array.
//!
//! ```text
//!   | type ref u32 | len u32 | alloc u32 | items ref u32 (0 = none) |
//!   items: | item 0 | item 1 | … alloc R words
//! ```
//! `[1, 2, 3]` is 16 + 16 = 32 bytes in A. Appends grow the array by half
//! again (at least 4 items), realloc'ing in place where the next blocks are free.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub len: u32,
    pub alloc: u32,
    pub items: u32,
}

impl<R: Repr> Vm<R> {
    /// A new list holding `items`.
    pub fn new_list(&mut self, items: &[R]) -> PyResult<R> {
        let r = self.new_list_with_capacity(items.len())?;
        if !items.is_empty() {
            // SAFETY: `r` was just made with room for `items.len()` items.
            unsafe {
                let l = self.obj_mut::<ListObj>(r);
                l.len = items.len() as u32;
            }
            self.list_items_mut(R::ptr(r)).copy_from_slice(items);
        }
        Ok(R::ptr(r))
    }

    /// An empty list with room for `n` items.
    pub fn new_list_with_capacity(&mut self, n: usize) -> PyResult<ObjRef> {
        let r = self.alloc_obj(
            TypeId::List.rom_ref(),
            core::mem::size_of::<ListObj>(),
            ALLOC_DEFAULT,
        )?;
        if n > 0 {
            let bytes = self.list_bytes(n)?;
            let items = self.alloc_raw(bytes, ALLOC_DEFAULT)?;
            // SAFETY: `r` is the fresh list.
            let l = unsafe { self.obj_mut::<ListObj>(r) };
            l.alloc = n as u32;
            l.items = items.0;
        }
        Ok(r)
    }

    fn list_bytes(&mut self, n: usize) -> PyResult<usize> {
        match n
            .checked_mul(R::WORD_BYTES)
            .filter(|_| n <= u32::MAX as usize)
        {
            Some(b) => Ok(b),
            None => Err(self.raise_memory_error()),
        }
    }

    /// The items of a list (or list subclass instance).
    #[inline]
    pub fn list_items(&self, l: R) -> &[R] {
        // SAFETY: callers pass a list; `len <= alloc` items live in `items`.
        unsafe {
            let o = self.obj::<ListObj>(l.ptr_ref());
            if o.items == 0 {
                return &[];
            }
            core::slice::from_raw_parts(self.ptr::<R>(ObjRef(o.items)), o.len as usize)
        }
    }

    #[inline]
    pub fn list_items_mut(&mut self, l: R) -> &mut [R] {
        // SAFETY: as `list_items`; `&mut self` makes this the only view.
        unsafe {
            let o = self.obj::<ListObj>(l.ptr_ref());
            if o.items == 0 {
                return &mut [];
            }
            let (items, len) = (o.items, o.len as usize);
            core::slice::from_raw_parts_mut(self.ptr::<R>(ObjRef(items)), len)
        }
    }

    pub fn list_len(&self, l: R) -> usize {
        // SAFETY: callers pass a list.
        unsafe { self.obj::<ListObj>(l.ptr_ref()) }.len as usize
    }

    /// Makes room for `extra` more items.
    pub fn list_reserve(&mut self, l: R, extra: usize) -> PyResult<()> {
        // SAFETY: callers pass a list.
        let (len, alloc, items) = unsafe {
            let o = self.obj::<ListObj>(l.ptr_ref());
            (o.len as usize, o.alloc as usize, o.items)
        };
        let need = len.saturating_add(extra);
        if need <= alloc {
            return Ok(());
        }
        let new_alloc = need.max(alloc + alloc / 2).max(4);
        let bytes = self.list_bytes(new_alloc)?;
        let new_items = if items == 0 {
            self.alloc_raw(bytes, ALLOC_DEFAULT)?
        } else {
            self.realloc_raw(ObjRef(items), bytes)?
        };
        // SAFETY: callers pass a list.
        let o = unsafe { self.obj_mut::<ListObj>(l.ptr_ref()) };
        o.alloc = new_alloc as u32;
        o.items = new_items.0;
        Ok(())
    }

    pub fn list_append(&mut self, l: R, v: R) -> PyResult<()> {
        self.list_reserve(l, 1)?;
        // SAFETY: callers pass a list; `list_reserve` made room for one more.
        unsafe {
            let o = self.obj_mut::<ListObj>(l.ptr_ref());
            let (items, len) = (o.items, o.len as usize);
            o.len += 1;
            *self.ptr::<R>(ObjRef(items)).add(len) = v;
        }
        Ok(())
    }

    /// Sets the length to `n <= len` (dropping the tail).
    pub fn list_truncate(&mut self, l: R, n: usize) {
        // SAFETY: callers pass a list.
        let o = unsafe { self.obj_mut::<ListObj>(l.ptr_ref()) };
        if n < o.len as usize {
            o.len = n as u32;
        }
    }

    /// Inserts `v` at `at <= len`.
    pub fn list_insert(&mut self, l: R, at: usize, v: R) -> PyResult<()> {
        self.list_append(l, v)?;
        let items = self.list_items_mut(l);
        let at = at.min(items.len() - 1);
        items[at..].rotate_right(1);
        Ok(())
    }

    /// Removes and returns the item at `at < len`.
    pub fn list_remove_at(&mut self, l: R, at: usize) -> R {
        let items = self.list_items_mut(l);
        let v = items[at];
        items[at..].rotate_left(1);
        let n = items.len() - 1;
        self.list_truncate(l, n);
        v
    }

    pub fn is_list(&self, v: R) -> bool {
        v.is_ptr() && self.builtin_type_of(v) == TypeId::List
    }
}
