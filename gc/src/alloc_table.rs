//! The side tables in front of the blocks: the allocation table (ATB, the
//! kind of every block) and two bitmaps that only mean something on HEAD
//! blocks (FTB: call the finaliser; NSTB: never scan).
//!
//! ```text
//!  ATB byte k:  bit 7 6 | 5 4 | 3 2 | 1 0        kind: 00 FREE
//!     block     4k+3    4k+2  4k+1  4k                 01 HEAD
//!                                                      10 TAIL
//!  FTB / NSTB byte k: bit j = block 8k+j               11 MARK (a HEAD
//!                                                         reached this collection)
//! ```
//!
//! MARK replaces HEAD during a collection, so marking needs no extra bits
//! and the sweep turns MARK back into HEAD. Kinds are read and written
//! through one raw pointer per table; every access checks its index against
//! the block count, so no index can reach outside the tables.

pub(crate) const FREE: u8 = 0b00;
pub(crate) const HEAD: u8 = 0b01;
pub(crate) const TAIL: u8 = 0b10;
pub(crate) const MARK: u8 = 0b11;

/// Where the tables and blocks go inside an arena of `len` bytes at `addr`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Plan {
    /// Bytes skipped so that the pool starts block-aligned.
    pub(crate) pad: usize,
    pub(crate) atb_bytes: usize,
    pub(crate) bitmap_bytes: usize,
    /// Offset of block 0 from `addr + pad`: the tables, rounded up to a block.
    pub(crate) pool_off: usize,
    pub(crate) blocks: usize,
}

impl Plan {
    pub(crate) fn new(addr: usize, len: usize, shift: u32) -> Plan {
        let block = 1usize << shift;
        let pad = addr.wrapping_neg() & (block - 1);
        let usable = len.saturating_sub(pad);
        // Each block costs its bytes plus half a byte of tables (2 + 1 + 1
        // bits); rounding the tables up to a block can only lower the count,
        // so the estimate is corrected downwards.
        let per2 = 2 * block + 1;
        let mut blocks = usable / per2 * 2 + usable % per2 * 2 / per2;
        loop {
            let plan = Plan::exact(pad, blocks, shift);
            if plan.pool_off + (blocks << shift) <= usable || blocks == 0 {
                return plan;
            }
            blocks -= 1;
        }
    }

    fn exact(pad: usize, blocks: usize, shift: u32) -> Plan {
        let block = 1usize << shift;
        let atb_bytes = blocks.div_ceil(4);
        let bitmap_bytes = blocks.div_ceil(8);
        let tables = atb_bytes + 2 * bitmap_bytes;
        Plan {
            pad,
            atb_bytes,
            bitmap_bytes,
            pool_off: tables.div_ceil(block) * block,
            blocks,
        }
    }
}

/// The three tables of one heap.
pub(crate) struct AllocTable {
    atb: *mut u8,
    ftb: *mut u8,
    nstb: *mut u8,
    blocks: usize,
    /// `ceil(blocks / 4)`, kept because every byte access checks it.
    atb_bytes: usize,
}

impl AllocTable {
    /// Tables at `start`, laid out by `plan`, for the first `blocks` blocks
    /// (at most `plan.blocks`), all FREE.
    ///
    /// # Safety
    /// `start .. start + plan.pool_off` must be writable memory owned by
    /// the heap for as long as the table lives, used for nothing else.
    pub(crate) unsafe fn new(start: *mut u8, plan: &Plan, blocks: usize) -> AllocTable {
        // SAFETY: the caller gives us the table region; all offsets are
        // inside it (atb + 2 bitmaps <= pool_off).
        let blocks = blocks.min(plan.blocks);
        unsafe {
            start.write_bytes(0, plan.atb_bytes + 2 * plan.bitmap_bytes);
            AllocTable {
                atb: start,
                ftb: start.add(plan.atb_bytes),
                nstb: start.add(plan.atb_bytes + plan.bitmap_bytes),
                blocks,
                atb_bytes: blocks.div_ceil(4),
            }
        }
    }

    pub(crate) fn blocks(&self) -> usize {
        self.blocks
    }

    #[inline(always)]
    pub(crate) fn atb_bytes(&self) -> usize {
        self.atb_bytes
    }

    /// The ATB byte holding blocks `4i .. 4i+3`; 0xFF (all MARK, never
    /// free) past the end, so a search stops there.
    #[inline(always)]
    pub(crate) fn atb_byte(&self, i: usize) -> u8 {
        if i < self.atb_bytes() {
            // SAFETY: i < ceil(blocks / 4) <= plan.atb_bytes.
            unsafe { *self.atb.add(i) }
        } else {
            0xFF
        }
    }

    /// ATB bytes `i .. i+3` (blocks `4i .. 4i+15`), byte `i` lowest; past
    /// the end as `atb_byte`.
    #[inline(always)]
    pub(crate) fn atb_word(&self, i: usize) -> u32 {
        if i + 4 <= self.atb_bytes() {
            // SAFETY: bytes i .. i+3 are inside the ATB; read unaligned.
            u32::from_le(unsafe { self.atb.add(i).cast::<u32>().read_unaligned() })
        } else {
            u32::from_le_bytes([
                self.atb_byte(i),
                self.atb_byte(i + 1),
                self.atb_byte(i + 2),
                self.atb_byte(i + 3),
            ])
        }
    }

    #[inline(always)]
    pub(crate) fn set_atb_byte(&mut self, i: usize, v: u8) {
        if i < self.atb_bytes() {
            // SAFETY: as in `atb_byte`.
            unsafe { *self.atb.add(i) = v }
        }
    }

    /// The kind of block `b`; HEAD past the end, which stops every run of
    /// FREE or TAIL blocks there.
    #[inline(always)]
    pub(crate) fn kind(&self, b: usize) -> u8 {
        if b < self.blocks {
            // SAFETY: b < blocks, so b / 4 < plan.atb_bytes.
            let byte = unsafe { *self.atb.add(b >> 2) };
            (byte >> ((b & 3) * 2)) & 3
        } else {
            HEAD
        }
    }

    #[inline(always)]
    pub(crate) fn set_kind(&mut self, b: usize, kind: u8) {
        if b < self.blocks {
            let shift = (b & 3) * 2;
            // SAFETY: as in `kind`.
            unsafe {
                let p = self.atb.add(b >> 2);
                *p = (*p & !(3 << shift)) | (kind << shift);
            }
        }
    }

    /// Sets the kind of a FREE block: one OR, no read-modify-mask.
    #[inline(always)]
    pub(crate) fn set_kind_of_free(&mut self, b: usize, kind: u8) {
        if b < self.blocks {
            // SAFETY: as in `kind`.
            unsafe { *self.atb.add(b >> 2) |= kind << ((b & 3) * 2) }
        }
    }

    /// The finaliser bits of blocks `4i .. 4i+3` (ATB byte `i`), bit j for
    /// block 4i+j.
    #[inline(always)]
    pub(crate) fn finaliser_nibble(&self, i: usize) -> u8 {
        self.nibble(self.ftb, i)
    }

    /// Clears the finaliser and no-scan bits of the blocks in `mask` (a
    /// nibble of ATB byte `i`), so that a freed head leaves no flags behind
    /// for the next allocation of its block.
    #[inline(always)]
    pub(crate) fn clear_flag_nibble(&mut self, i: usize, mask: u8) {
        if i < self.atb_bytes() {
            let m = !((mask & 0xF) << ((i & 1) * 4));
            // SAFETY: i < ceil(blocks / 4), so i / 2 < plan.bitmap_bytes.
            unsafe {
                *self.ftb.add(i >> 1) &= m;
                *self.nstb.add(i >> 1) &= m;
            }
        }
    }

    #[inline(always)]
    fn nibble(&self, map: *mut u8, i: usize) -> u8 {
        if i < self.atb_bytes() {
            // SAFETY: as in `clear_flag_nibble`.
            unsafe { (*map.add(i >> 1) >> ((i & 1) * 4)) & 0xF }
        } else {
            0
        }
    }

    #[inline(always)]
    pub(crate) fn finaliser(&self, b: usize) -> bool {
        self.bit(self.ftb, b)
    }

    #[inline(always)]
    pub(crate) fn set_finaliser(&mut self, b: usize, on: bool) {
        self.set_bit(self.ftb, b, on)
    }

    #[inline(always)]
    pub(crate) fn no_scan(&self, b: usize) -> bool {
        self.bit(self.nstb, b)
    }

    #[inline(always)]
    pub(crate) fn set_no_scan(&mut self, b: usize, on: bool) {
        self.set_bit(self.nstb, b, on)
    }

    #[inline(always)]
    fn bit(&self, map: *mut u8, b: usize) -> bool {
        if b < self.blocks {
            // SAFETY: b < blocks, so b / 8 < plan.bitmap_bytes; `map` is
            // one of our two bitmaps.
            unsafe { (*map.add(b >> 3) >> (b & 7)) & 1 != 0 }
        } else {
            false
        }
    }

    #[inline(always)]
    fn set_bit(&mut self, map: *mut u8, b: usize, on: bool) {
        if b < self.blocks {
            let m = 1u8 << (b & 7);
            // SAFETY: as in `bit`.
            unsafe {
                let p = map.add(b >> 3);
                *p = if on { *p | m } else { *p & !m };
            }
        }
    }
}

/// Whether no block of an ATB byte is FREE (every 2-bit field nonzero).
#[inline(always)]
pub(crate) fn byte_full(byte: u8) -> bool {
    (byte | (byte >> 1)) & 0x55 == 0x55
}

/// Whether no block of four ATB bytes is FREE.
#[inline(always)]
pub(crate) fn word_full(word: u32) -> bool {
    (word | (word >> 1)) & 0x5555_5555 == 0x5555_5555
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_fits_and_is_tight() {
        for shift in [4u32, 5] {
            for len in [0usize, 1, 15, 16, 17, 100, 1000, 4096, 65_536, 192 * 1024] {
                for addr in [0usize, 4, 16, 0x2000_0004] {
                    let p = Plan::new(addr, len, shift);
                    let used = p.pad + p.pool_off + (p.blocks << shift);
                    assert!(used <= len || p.blocks == 0, "{len} {addr} {p:?}");
                    assert_eq!((addr + p.pad + p.pool_off) % (1 << shift), 0);
                    assert!(p.atb_bytes * 4 >= p.blocks && p.bitmap_bytes * 8 >= p.blocks);
                    // One more block would not fit.
                    let q = Plan::exact(p.pad, p.blocks + 1, shift);
                    assert!(p.pad + q.pool_off + ((p.blocks + 1) << shift) > len);
                }
            }
        }
    }

    #[test]
    fn full_byte_detection() {
        assert!(byte_full(0b01_10_11_01));
        assert!(!byte_full(0b01_10_00_01));
        assert!(!byte_full(0));
        assert!(byte_full(0xFF));
        assert!(!byte_full(0b00_10_10_10));
        assert!(word_full(0xFFFF_FFFF));
        assert!(word_full(0x5555_6AAD));
        assert!(!word_full(0x5555_5554));
        assert!(!word_full(0x3555_5555));
    }
}
