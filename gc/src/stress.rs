//! The `gc-stress` build: collect at every allocation and overwrite freed
//! blocks, so that a reference the runtime forgot to root is caught at the
//! next allocation (its object reads as poison) rather than on a rare
//! collection, months later, on a board.

use crate::heap::Heap;

/// Freed blocks are filled with this under `gc-stress`. As a word,
/// 0xA5A5_A5A5 is neither a heap reference nor a static object of any
/// representation, so a dangling object fails loudly.
pub const POISON_BYTE: u8 = 0xA5;

pub(crate) const COLLECT_EVERY_ALLOC: bool = cfg!(feature = "gc-stress");

impl Heap {
    /// Fills blocks `b .. b+n` with [`POISON_BYTE`] under `gc-stress`.
    #[inline(always)]
    pub(crate) fn poison(&mut self, b: usize, n: usize) {
        if cfg!(feature = "gc-stress") && b + n <= self.table.blocks() {
            // SAFETY: the blocks are inside the pool and were just freed.
            unsafe { self.block_ptr(b).write_bytes(POISON_BYTE, n << self.shift) }
        }
    }
}
