//! The mark phase: from the roots, then through the heap, without recursion.
//!
//! Marking a HEAD turns it into MARK and, unless it is NO_SCAN, pushes it on
//! a fixed stack of 64 block indices; draining the stack scans each
//! allocation's words and marks every word that names a live HEAD
//! (conservative interior scan). When the stack is full the push is dropped
//! and a flag set; after the roots, while the flag is set, every MARK block
//! is scanned again, which reaches the dropped ones (MicroPython's scheme).
//! Each root is drained at once, so the stack holds only one root's
//! frontier.

use crate::alloc_table::{FREE, MARK};
use crate::gc_ref::GcRef;
use crate::heap::{Heap, MARK_STACK_LEN};
use crate::roots::Roots;

/// Hands roots to the collector during a collection.
pub struct Marker<'a> {
    pub(crate) heap: &'a mut Heap,
}

impl Marker<'_> {
    /// A precise root: marks it (and what it reaches) if it is a heap
    /// reference; any other word is ignored.
    #[inline]
    pub fn mark(&mut self, word: u32) {
        if let Some(b) = self.heap.head_block(word) {
            self.heap.mark_block(b);
            self.heap.drain();
        }
    }

    /// Conservative roots: every word of memory holding values.
    pub fn scan_words(&mut self, words: &[u32]) {
        for &w in words {
            self.mark(w);
        }
    }
}

impl Heap {
    /// Collects garbage: marks from `roots`, frees the rest; dead
    /// FINALISER allocations go to `roots.finalise` first.
    pub fn collect(&mut self, roots: &dyn Roots) {
        self.collect_auto(roots, None);
    }

    /// `collect`, calling `fin` (instead of `roots.finalise`) once for each
    /// dead FINALISER allocation, before it is freed.
    pub fn collect_with_finaliser(&mut self, roots: &dyn Roots, fin: &mut dyn FnMut(GcRef)) {
        self.collect_inner(roots, None, &mut |r, _| fin(r));
    }

    pub(crate) fn collect_auto(&mut self, roots: &dyn Roots, keep: Option<GcRef>) {
        self.collect_inner(roots, keep, &mut |r, p| roots.finalise(r, p));
    }

    fn collect_inner(
        &mut self,
        roots: &dyn Roots,
        keep: Option<GcRef>,
        fin: &mut dyn FnMut(GcRef, *mut u8),
    ) {
        self.note_peak();
        self.mark_sp = 0;
        self.mark_overflow = false;
        {
            let mut m = Marker { heap: self };
            if let Some(k) = keep {
                m.mark(k.0);
            }
            roots.trace(&mut m);
        }
        while self.mark_overflow {
            self.mark_overflow = false;
            self.mark_overflows = self.mark_overflows.saturating_add(1);
            for b in 0..self.table.blocks() {
                if self.table.kind(b) == MARK && !self.table.no_scan(b) {
                    self.scan_block(b);
                    self.drain();
                }
            }
        }
        self.sweep(fin);
        self.collections = self.collections.wrapping_add(1);
        self.collected_at_total = self.allocated_total;
        self.update_auto_collect();
    }

    /// Marks the unmarked HEAD `b`; queues it for scanning if it may hold
    /// references.
    #[inline(always)]
    pub(crate) fn mark_block(&mut self, b: usize) {
        self.table.set_kind(b, MARK);
        if !self.table.no_scan(b) {
            if self.mark_sp < MARK_STACK_LEN {
                self.mark_stack[self.mark_sp] = b as u32;
                self.mark_sp += 1;
            } else {
                self.mark_overflow = true;
            }
        }
    }

    pub(crate) fn drain(&mut self) {
        while self.mark_sp > 0 {
            self.mark_sp -= 1;
            let b = self.mark_stack[self.mark_sp] as usize;
            self.scan_block(b);
        }
    }

    /// Marks every live HEAD named by a word of the allocation at `b`.
    fn scan_block(&mut self, b: usize) {
        let n = self.run_len(b);
        let words = (n << self.shift) / 4;
        let base = self.block_ptr(b).cast::<u32>();
        for i in 0..words {
            // SAFETY: the allocation's blocks are inside the pool, which is
            // block-aligned, and were zeroed when allocated.
            let w = unsafe { base.add(i).read() };
            if let Some(c) = self.head_block(w) {
                self.mark_block(c);
            }
        }
    }

    /// Whether block `b` is free (for the sweep's and stats' run counting).
    #[inline(always)]
    pub(crate) fn is_free(&self, b: usize) -> bool {
        self.table.kind(b) == FREE
    }
}
