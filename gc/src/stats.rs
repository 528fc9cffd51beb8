//! Heap figures for `gc.mem_alloc()`, `gc.mem_free()`, `micropython.mem_info()`,
//! `mupy --stats` and the RAM dashboard.

use crate::heap::Heap;

/// A snapshot of the heap. Sizes are bytes of whole blocks.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct Stats {
    /// Bytes of the block pool (tables excluded).
    pub total: usize,
    pub used: usize,
    pub free: usize,
    /// Highest `used` ever reached.
    pub peak_used: usize,
    /// The longest run of free blocks: the largest allocation that can
    /// succeed without a collection.
    pub largest_free: usize,
    pub collections: u32,
    /// Bytes allocated since the heap was made (block-rounded; in-place
    /// growth counted), for "bytes allocated by this loop".
    pub allocated_total: u64,
    pub blocks_used: usize,
    pub blocks_total: usize,
    pub block_bytes: usize,
    /// Bytes of the arena before block 0: tables and alignment.
    pub table_bytes: usize,
    /// Collections whose mark stack overflowed (and rescanned the heap).
    pub mark_overflows: u32,
}

impl Heap {
    /// Current figures; O(blocks) for `largest_free`, the rest is kept.
    pub fn stats(&self) -> Stats {
        let blocks = self.table.blocks();
        let mut largest = 0;
        let mut run = 0;
        for b in 0..blocks {
            if self.is_free(b) {
                run += 1;
                largest = largest.max(run);
            } else {
                run = 0;
            }
        }
        Stats {
            total: blocks << self.shift,
            used: self.used_blocks << self.shift,
            free: (blocks - self.used_blocks) << self.shift,
            peak_used: self.peak_blocks.max(self.used_blocks) << self.shift,
            largest_free: largest << self.shift,
            collections: self.collections,
            allocated_total: self.allocated_total,
            blocks_used: self.used_blocks,
            blocks_total: blocks,
            block_bytes: 1 << self.shift,
            table_bytes: self.overhead,
            mark_overflows: self.mark_overflows,
        }
    }
}
