//! How a heap is laid out: block size and where its references start.

/// Heap parameters fixed at creation.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct HeapConfig {
    /// Bytes per block: 16 (every representation's default) or 32. Other
    /// values are rounded up to a power of two in 16..=256.
    pub block_bytes: usize,
    /// The reference of the arena's first byte. 0 means automatic: the
    /// arena's address for `Heap::from_static` (so a reference is the real
    /// address on the MCU), [`crate::HOST_REF_BASE`] otherwise. Adjusted
    /// upwards where needed so that block references are block-aligned and
    /// never below [`crate::MIN_REF`].
    pub ref_base: u32,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig {
            block_bytes: 16,
            ref_base: 0,
        }
    }
}

impl HeapConfig {
    /// log2 of the block size actually used.
    pub(crate) fn block_shift(&self) -> u32 {
        // 16 bytes is the smallest block that keeps the tables at 1/32 of
        // the arena; 256 bounds the waste of rounding.
        let bytes = self.block_bytes.clamp(16, 256);
        bytes.next_power_of_two().trailing_zeros()
    }
}
