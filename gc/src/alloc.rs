//! Allocation, reallocation and explicit freeing.
//!
//! Search is first fit from the hint (every block below it is allocated),
//! skipping whole ATB words and bytes with no free block. Allocating one
//! block right after the previous one, the common case, finds it at the hint
//! at once. A request of several blocks starts from the hint of its size
//! class instead, past the holes too small for it.

use crate::alloc_table::{byte_full, word_full, FREE, HEAD, TAIL};
use crate::flags::AllocFlags;
use crate::gc_ref::GcRef;
use crate::heap::{run_class, run_len, Heap};
use crate::roots::Roots;
use crate::stress;
use crate::OutOfMemory;

impl Heap {
    /// Allocates `bytes` (zero-filled unless `UNINIT`; 0 bytes gets one block), collecting
    /// first when there is no room (unless disabled), when the threshold is
    /// reached, and at every call under `gc-stress`.
    #[inline]
    pub fn alloc(
        &mut self,
        bytes: usize,
        flags: AllocFlags,
        roots: &dyn Roots,
    ) -> Result<GcRef, OutOfMemory> {
        self.alloc_keeping(bytes, flags, roots, None)
    }

    /// `alloc`, with `keep` alive across any collection it triggers.
    pub(crate) fn alloc_keeping(
        &mut self,
        bytes: usize,
        flags: AllocFlags,
        roots: &dyn Roots,
        keep: Option<GcRef>,
    ) -> Result<GcRef, OutOfMemory> {
        if self.lock_depth != 0 {
            return Err(OutOfMemory);
        }
        let hint = self.hint;
        if bytes <= 1 << self.shift
            && self.table.kind(hint) == FREE
            && self.allocated_total < self.auto_collect_at
            && !stress::COLLECT_EVERY_ALLOC
        {
            // The common case (a float box, a small tuple): one block, free
            // at the hint, no collection due; no run to search or mark.
            self.hint = hint + 1;
            return Ok(self.claim(hint, 1, flags));
        }
        let n = self.blocks_for(bytes);
        let b = self.alloc_slow(n, roots, keep)?;
        Ok(self.claim(b, n, flags))
    }

    /// The slow path of `alloc`: a collection when the threshold (or
    /// `gc-stress`) asks for one, first fit, then a collection and a second
    /// try.
    #[inline(never)]
    fn alloc_slow(
        &mut self,
        n: usize,
        roots: &dyn Roots,
        keep: Option<GcRef>,
    ) -> Result<usize, OutOfMemory> {
        if self.allocated_total >= self.auto_collect_at
            || (stress::COLLECT_EVERY_ALLOC && self.enabled)
        {
            self.collect_auto(roots, keep);
        }
        if let Some(b) = self.find_free(n) {
            return Ok(b);
        }
        if !self.enabled || n > self.table.blocks() {
            return Err(OutOfMemory);
        }
        self.collect_auto(roots, keep);
        self.find_free(n).ok_or(OutOfMemory)
    }

    /// Grows or shrinks `r` in place where the following blocks allow, else
    /// moves it (copying its contents, keeping its flags). The bytes past the
    /// old size are zero. A ref that is not live gives `OutOfMemory`.
    pub fn realloc(
        &mut self,
        r: GcRef,
        new_bytes: usize,
        roots: &dyn Roots,
    ) -> Result<GcRef, OutOfMemory> {
        if self.lock_depth != 0 {
            return Err(OutOfMemory);
        }
        if stress::COLLECT_EVERY_ALLOC && self.enabled {
            self.collect_auto(roots, Some(r));
        }
        let Some(b) = self.head_block(r.0) else {
            return Err(OutOfMemory);
        };
        let new_n = self.blocks_for(new_bytes);
        if new_n > self.table.blocks() {
            return Err(OutOfMemory);
        }
        let old_n = self.run_len(b);
        if new_n <= old_n {
            self.release_blocks(b + new_n, old_n - new_n);
            return Ok(r);
        }
        if (b + old_n..b + new_n).all(|t| self.table.kind(t) == FREE) {
            for t in b + old_n..b + new_n {
                self.table.set_kind_of_free(t, TAIL);
            }
            if (b + old_n..b + new_n).contains(&self.hint) {
                self.hint = b + new_n;
            }
            self.account(new_n - old_n);
            self.zero(b + old_n, new_n - old_n);
            return Ok(r);
        }
        let mut flags = AllocFlags::NONE;
        if self.table.finaliser(b) {
            flags |= AllocFlags::FINALISER;
        }
        if self.table.no_scan(b) {
            flags |= AllocFlags::NO_SCAN;
        }
        let new = self.alloc_keeping(new_bytes, flags, roots, Some(r))?;
        // A collection inside the alloc kept `r` where it was.
        let old_bytes = old_n << self.shift;
        // SAFETY: both are distinct live allocations of the pool, `new` of
        // at least `new_n > old_n` blocks.
        unsafe { core::ptr::copy_nonoverlapping(self.ptr(r), self.ptr(new), old_bytes) };
        self.release_blocks(b, old_n);
        Ok(new)
    }

    /// Frees `r` at once, without its finaliser. Does nothing for a ref
    /// that is not live, or while the heap is locked (as MicroPython).
    pub fn free(&mut self, r: GcRef) {
        if self.lock_depth != 0 {
            return;
        }
        if let Some(b) = self.head_block(r.0) {
            let n = self.run_len(b);
            self.release_blocks(b, n);
        }
    }

    /// Whole blocks for `bytes`; at least one, so every allocation has a
    /// distinct reference.
    #[inline(always)]
    pub(crate) fn blocks_for(&self, bytes: usize) -> usize {
        let mask = (1usize << self.shift) - 1;
        // Saturating: a request near usize::MAX just fails for its size.
        (bytes.saturating_add(mask) >> self.shift).max(1)
    }

    /// First fit for `n` blocks, from the hint of `n`'s run class (see
    /// `Heap::run_hints`); leaves that hint at the first run of the class
    /// still free.
    #[inline]
    fn find_free(&mut self, n: usize) -> Option<usize> {
        if n == 1 {
            return self.find_free_one();
        }
        let blocks = self.table.blocks();
        let class = run_class(n);
        let len = run_len(class);
        let mut i = self
            .hint
            .max((self.run_hints[class] as usize).saturating_sub(len - 1));
        // The last block of the first `len` free blocks in a row seen.
        let mut first_run = blocks;
        let mut run = 0;
        while i < blocks {
            // Inside free space, take 16 or 4 free blocks at a time while the
            // run stays short of `n` after them (a big object's run is found
            // at ATB-word speed, not block by block).
            if i & 3 == 0 && run + 4 < n {
                let step = if i & 15 == 0
                    && run + 16 < n
                    && i + 16 <= blocks
                    && self.table.atb_word(i >> 2) == 0
                {
                    16
                } else if i + 4 <= blocks && self.table.atb_byte(i >> 2) == 0 {
                    4
                } else {
                    0
                };
                if step != 0 {
                    if run < len && run + step >= len {
                        // The block where the run reaches `len`.
                        first_run = first_run.min(i + (len - run) - 1);
                    }
                    run += step;
                    i += step;
                    continue;
                }
            }
            if run == 0 {
                if i & 15 == 0 && word_full(self.table.atb_word(i >> 2)) {
                    i += 16;
                    continue;
                }
                if i & 3 == 0 && byte_full(self.table.atb_byte(i >> 2)) {
                    i += 4;
                    continue;
                }
            }
            if self.table.kind(i) == FREE {
                run += 1;
                if run == len {
                    first_run = first_run.min(i);
                }
                if run == n {
                    let start = i + 1 - n;
                    // Taking the class's first run leaves none below `i + 1`.
                    let h = if first_run == start + len - 1 {
                        i + 1
                    } else {
                        first_run
                    };
                    self.run_hints[class] = h as u32;
                    if start == self.hint {
                        self.hint = i + 1;
                    }
                    return Some(start);
                }
            } else {
                run = 0;
            }
            i += 1;
        }
        self.run_hints[class] = first_run as u32;
        None
    }

    /// `find_free(1)`: the first free block from the hint.
    fn find_free_one(&mut self) -> Option<usize> {
        let blocks = self.table.blocks();
        let mut i = self.hint;
        while i < blocks {
            if i & 15 == 0 && word_full(self.table.atb_word(i >> 2)) {
                i += 16;
                continue;
            }
            if i & 3 == 0 && byte_full(self.table.atb_byte(i >> 2)) {
                i += 4;
                continue;
            }
            if self.table.kind(i) == FREE {
                self.hint = i + 1;
                return Some(i);
            }
            i += 1;
        }
        self.hint = blocks;
        None
    }

    /// Makes blocks `b .. b+n` (all FREE, flags clear) one allocation and
    /// zeroes them (unless `UNINIT`).
    #[inline(always)]
    fn claim(&mut self, b: usize, n: usize, flags: AllocFlags) -> GcRef {
        self.table.set_kind_of_free(b, HEAD);
        for t in b + 1..b + n {
            self.table.set_kind_of_free(t, TAIL);
        }
        // A free block's flags are already clear (sweep and
        // `release_blocks` clear them), so only the ones asked for are set.
        debug_assert!(!self.table.finaliser(b) && !self.table.no_scan(b));
        if flags.contains(AllocFlags::FINALISER) {
            self.table.set_finaliser(b, true);
        }
        if flags.contains(AllocFlags::NO_SCAN) {
            self.table.set_no_scan(b, true);
        }
        self.account(n);
        if !flags.contains(AllocFlags::UNINIT) {
            self.zero(b, n);
        }
        self.block_ref(b)
    }

    #[inline(always)]
    fn account(&mut self, n: usize) {
        self.used_blocks += n;
        self.allocated_total += (n << self.shift) as u64;
    }

    #[inline(always)]
    fn zero(&mut self, b: usize, n: usize) {
        if b + n <= self.table.blocks() {
            let p = self.block_ptr(b);
            let bytes = n << self.shift;
            // SAFETY: blocks b .. b+n are inside the pool and ours; the pool
            // is block-aligned, so 8-byte stores are aligned.
            unsafe {
                if bytes == 16 {
                    // The common one-block object: two stores, no memset
                    // call (volatile, or the optimiser merges both arms
                    // back into one memset of a variable size).
                    p.cast::<u64>().write_volatile(0);
                    p.cast::<u64>().add(1).write_volatile(0);
                } else {
                    p.write_bytes(0, bytes);
                }
            }
        }
    }

    /// Returns blocks `b .. b+n` (a head and its tails, or the tails cut
    /// off by a shrink) to the free pool.
    fn release_blocks(&mut self, b: usize, n: usize) {
        for t in b..b + n {
            self.table.set_kind(t, FREE);
        }
        if n > 0 {
            self.note_peak();
            // Only heads carry flags; clearing a tail's is harmless.
            self.table.set_finaliser(b, false);
            self.table.set_no_scan(b, false);
            self.used_blocks -= n;
            self.hint = self.hint.min(b);
            for h in &mut self.run_hints {
                *h = (*h).min(b as u32);
            }
            self.poison(b, n);
        }
    }
}
