//! The sweep: one pass over the allocation table, an ATB byte (four blocks)
//! at a time. MARK becomes HEAD again and keeps its TAILs; an unmarked HEAD
//! is finalised if flagged, then freed together with the TAILs that follow
//! it, possibly into the next bytes. The pass also recounts the used blocks
//! and finds the lowest free block, the next search hint.
//!
//! A byte is split into the low and high bit of its four fields:
//!
//! ```text
//!  lo = byte & 0b01010101     kind  hi lo
//!  hi = byte >> 1 & 0b0101..  FREE   0  0    HEAD   0  1
//!                             TAIL   1  0    MARK   1  1
//! ```
//!
//! so a byte without TAILs (every byte of one-block objects) is swept with a
//! few logic operations, a byte of four TAILs (inside a big object) with one
//! test; only the bytes where objects of several blocks start or end walk
//! their four fields.

use crate::alloc_table::{FREE, HEAD, MARK, TAIL};
use crate::gc_ref::GcRef;
use crate::heap::Heap;

// A zero ATB byte is four FREE blocks: the sweep skips it whole.
static_assertions::const_assert_eq!(FREE, 0);

const LOW_BITS: u8 = 0b0101_0101;
/// Four TAIL fields.
const ALL_TAILS: u8 = 0b1010_1010;

impl Heap {
    pub(crate) fn sweep(&mut self, fin: &mut dyn FnMut(GcRef, *mut u8)) {
        let blocks = self.table.blocks();
        let mut used = 0;
        let mut first_free = blocks;
        // Whether TAILs met now belong to a freed head.
        let mut freeing = false;
        for i in 0..self.table.atb_bytes() {
            let old = self.table.atb_byte(i);
            if old == 0 {
                freeing = false;
                first_free = first_free.min(i * 4);
                continue;
            }
            if old == ALL_TAILS {
                // The middle of a big object: it lives or dies whole.
                if freeing {
                    self.table.set_atb_byte(i, 0);
                    first_free = first_free.min(i * 4);
                    self.poison(i * 4, 4);
                } else {
                    used += 4;
                }
                continue;
            }
            let lo = old & LOW_BITS;
            let hi = (old >> 1) & LOW_BITS;
            let heads = lo & !hi;
            let marks = lo & hi;
            let new = if hi & !lo == 0 {
                // No TAIL: marks become heads, heads become free; TAILs at
                // the start of the next byte follow the last field.
                freeing = heads & 0b0100_0000 != 0;
                marks
            } else {
                sweep_fields(old, &mut freeing)
            };
            if new != old {
                self.table.set_atb_byte(i, new);
            }
            let live = (new | (new >> 1)) & LOW_BITS;
            used += live.count_ones() as usize;
            let free = !live & LOW_BITS;
            if free != 0 {
                first_free = first_free.min(i * 4 + (free.trailing_zeros() / 2) as usize);
            }
            if heads != 0 {
                let dead = to_nibble(heads);
                let mut f = self.table.finaliser_nibble(i) & dead;
                while f != 0 {
                    let b = i * 4 + f.trailing_zeros() as usize;
                    f &= f - 1;
                    fin(self.block_ref(b), self.block_ptr(b));
                }
                self.table.clear_flag_nibble(i, dead);
            }
            if cfg!(feature = "gc-stress") {
                let mut freed = to_nibble((lo | hi) & !live);
                while freed != 0 {
                    let b = i * 4 + freed.trailing_zeros() as usize;
                    freed &= freed - 1;
                    self.poison(b, 1);
                }
            }
        }
        self.used_blocks = used;
        self.hint = first_free.min(blocks);
        self.run_hints = [self.hint as u32; crate::heap::RUN_CLASSES];
    }
}

/// The swept form of an ATB byte holding TAILs, field by field.
fn sweep_fields(old: u8, freeing: &mut bool) -> u8 {
    let mut new = old;
    for j in 0..4 {
        let shift = j * 2;
        match (old >> shift) & 3 {
            MARK => {
                new ^= (MARK ^ HEAD) << shift;
                *freeing = false;
            }
            HEAD => {
                new &= !(3 << shift);
                *freeing = true;
            }
            TAIL if *freeing => new &= !(3 << shift),
            TAIL => {}
            _free => *freeing = false,
        }
    }
    new
}

/// Field mask (bits 0, 2, 4, 6) to nibble (bits 0..3).
#[inline(always)]
fn to_nibble(fields: u8) -> u8 {
    (fields & 1) | ((fields >> 1) & 2) | ((fields >> 2) & 4) | ((fields >> 3) & 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nibbles() {
        assert_eq!(to_nibble(0b0101_0101), 0xF);
        assert_eq!(to_nibble(0b0100_0001), 0b1001);
        assert_eq!(to_nibble(0b0001_0000), 0b0100);
    }

    #[test]
    fn fields_with_tails() {
        // Blocks 0..3: unmarked head, tail, marked head, tail.
        let mut freeing = false;
        let old = TAIL << 6 | MARK << 4 | TAIL << 2 | HEAD;
        assert_eq!(sweep_fields(old, &mut freeing), TAIL << 6 | HEAD << 4);
        assert!(!freeing);
        // A byte of tails continuing a freed head, then a free block.
        let mut freeing = true;
        assert_eq!(sweep_fields(TAIL << 2 | TAIL, &mut freeing), 0);
        assert!(!freeing);
        // Tails of a live object run on.
        let mut freeing = false;
        let old = TAIL << 6 | TAIL << 4 | TAIL << 2 | TAIL;
        assert_eq!(sweep_fields(old, &mut freeing), old);
    }
}
