//! `collections.deque`: a ring buffer of values in a separate, growable
//! block.
//!
//! ```text
//!   | type ref u32 | head u32 | len u32 | alloc u32 | items ref u32 | maxlen u32 |
//!   items: | … item head … item head+len-1 (mod alloc) … |    alloc R words
//! ```
//! 24 bytes (two 16-byte blocks), as MicroPython's deque. `maxlen` is
//! `NO_MAXLEN` when unbounded; a full bounded deque drops from the other
//! end on every push (CPython's rule). The ring grows by half again, and is
//! unrolled to start at 0 when it grows, so growth is one realloc plus a
//! rotation of the items.

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

/// `maxlen` of an unbounded deque.
pub const NO_MAXLEN: u32 = u32::MAX;

#[repr(C)]
pub struct DequeObj {
    pub header: Header,
    pub head: u32,
    pub len: u32,
    pub alloc: u32,
    pub items: u32,
    pub maxlen: u32,
}

impl<R: Repr> Vm<R> {
    /// An empty deque.
    pub fn new_deque(&mut self, maxlen: u32) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Deque.rom_ref(),
            core::mem::size_of::<DequeObj>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh deque (zeroed by the allocator).
        unsafe { self.obj_mut::<DequeObj>(r) }.maxlen = maxlen;
        Ok(R::ptr(r))
    }

    fn deque(&self, d: R) -> &DequeObj {
        // SAFETY: callers pass a deque.
        unsafe { self.obj::<DequeObj>(d.ptr_ref()) }
    }

    fn deque_mut(&mut self, d: R) -> &mut DequeObj {
        // SAFETY: callers pass a deque.
        unsafe { self.obj_mut::<DequeObj>(d.ptr_ref()) }
    }

    pub fn deque_len(&self, d: R) -> usize {
        self.deque(d).len as usize
    }

    /// `maxlen`, or `None` when unbounded.
    pub fn deque_maxlen(&self, d: R) -> Option<usize> {
        let m = self.deque(d).maxlen;
        (m != NO_MAXLEN).then_some(m as usize)
    }

    fn deque_slot(&self, d: R, i: usize) -> *mut R {
        let o = self.deque(d);
        let at = (o.head as usize + i) % o.alloc as usize;
        // SAFETY: `alloc` R words live at `items`; `at < alloc`.
        unsafe { self.ptr::<R>(ObjRef(o.items)).add(at) }
    }

    /// Item `i < len` from the left.
    pub fn deque_get(&self, d: R, i: usize) -> R {
        // SAFETY: `deque_slot` points into the item block.
        unsafe { *self.deque_slot(d, i) }
    }

    pub fn deque_set(&mut self, d: R, i: usize, v: R) {
        // SAFETY: as `deque_get`; `&mut self` makes this the only view.
        unsafe { *self.deque_slot(d, i) = v }
    }

    /// Makes room for one more item.
    fn deque_grow(&mut self, d: R) -> PyResult<()> {
        let (head, len, alloc, items) = {
            let o = self.deque(d);
            (o.head as usize, o.len as usize, o.alloc as usize, o.items)
        };
        if len < alloc {
            return Ok(());
        }
        let new_alloc = (alloc + alloc / 2).max(4);
        let Some(bytes) = new_alloc.checked_mul(R::WORD_BYTES) else {
            return Err(self.raise_memory_error());
        };
        let block = if items == 0 {
            self.alloc_raw(bytes, ALLOC_DEFAULT)?
        } else {
            self.realloc_raw(ObjRef(items), bytes)?
        };
        // SAFETY: `block` holds `new_alloc` words, the first `alloc` the old
        // ring (full, so all of them items); rotating puts `head` at 0.
        unsafe {
            let all = core::slice::from_raw_parts_mut(self.ptr::<R>(block), new_alloc);
            all[..alloc].rotate_left(head);
            all[alloc..].fill(R::none());
        }
        let o = self.deque_mut(d);
        o.head = 0;
        o.alloc = new_alloc as u32;
        o.items = block.0;
        Ok(())
    }

    /// `append` (`left` false) or `appendleft`.
    pub fn deque_push(&mut self, d: R, v: R, left: bool) -> PyResult<()> {
        if self.deque_maxlen(d) == Some(0) {
            return Ok(());
        }
        if Some(self.deque_len(d)) == self.deque_maxlen(d) {
            self.deque_pop(d, !left);
        }
        self.deque_grow(d)?;
        let o = self.deque_mut(d);
        if left {
            o.head = if o.head == 0 { o.alloc - 1 } else { o.head - 1 };
            o.len += 1;
            self.deque_set(d, 0, v);
        } else {
            o.len += 1;
            let n = o.len as usize - 1;
            self.deque_set(d, n, v);
        }
        Ok(())
    }

    /// `popleft` (`left`) or `pop`; `None` when empty.
    pub fn deque_pop(&mut self, d: R, left: bool) -> Option<R> {
        let n = self.deque_len(d);
        if n == 0 {
            return None;
        }
        let i = if left { 0 } else { n - 1 };
        let v = self.deque_get(d, i);
        // Clear the slot so the collector does not keep the value alive.
        self.deque_set(d, i, R::none());
        let o = self.deque_mut(d);
        if left {
            o.head = (o.head + 1) % o.alloc;
        }
        o.len -= 1;
        Some(v)
    }

    pub fn deque_clear(&mut self, d: R) {
        while self.deque_pop(d, false).is_some() {}
        self.deque_mut(d).head = 0;
    }
}

// The layout drawn above: 24 bytes, two 16-byte blocks.
static_assertions::const_assert_eq!(core::mem::size_of::<DequeObj>(), 24);
