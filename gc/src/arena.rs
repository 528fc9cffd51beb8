//! The memory a heap lives in: a RAM region borrowed for ever (the MCU), or
//! a buffer owned by the heap and taken from the global allocator once (the
//! host). Everything else reaches it through one raw base pointer, so the
//! pointers that `Heap::ptr` hands out never alias a Rust borrow.

use core::ptr::NonNull;
use rust_alloc::alloc::{alloc_zeroed, dealloc, Layout};

pub(crate) struct Arena {
    base: NonNull<u8>,
    len: usize,
    /// `Some` when the buffer is ours to give back on drop.
    owned: Option<Layout>,
}

impl Arena {
    /// A zeroed buffer of `bytes` aligned to `align`; empty if the global
    /// allocator refuses (the heap then has no blocks and every alloc fails).
    pub(crate) fn owned(bytes: usize, align: usize) -> Arena {
        let empty = Arena {
            base: NonNull::dangling(),
            len: 0,
            owned: None,
        };
        let Ok(layout) = Layout::from_size_align(bytes, align) else {
            return empty;
        };
        if bytes == 0 {
            return empty;
        }
        // SAFETY: the layout has a nonzero size.
        let ptr = unsafe { alloc_zeroed(layout) };
        match NonNull::new(ptr) {
            Some(base) => Arena {
                base,
                len: bytes,
                owned: Some(layout),
            },
            None => empty,
        }
    }

    /// Memory handed over for the life of the program.
    pub(crate) fn borrowed(mem: &'static mut [u8]) -> Arena {
        let len = mem.len();
        Arena {
            base: NonNull::from(mem).cast(),
            len,
            owned: None,
        }
    }

    pub(crate) fn base(&self) -> *mut u8 {
        self.base.as_ptr()
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_borrowed(&self) -> bool {
        self.owned.is_none() && self.len != 0
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        if let Some(layout) = self.owned {
            // SAFETY: `base` came from `alloc_zeroed(layout)` and is freed once.
            unsafe { dealloc(self.base.as_ptr(), layout) }
        }
    }
}
