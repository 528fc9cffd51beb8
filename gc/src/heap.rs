//! The heap object: the arena split into tables and blocks, the mapping
//! between references and pointers, and the switches of MicroPython's `gc`
//! and `micropython` modules (enable, threshold, heap lock).
//!
//! Reference <-> pointer is one addition: `ptr(r) = bias + r`, where `bias`
//! is the pool's address minus the pool's reference, computed once.

use crate::alloc_table::{AllocTable, Plan, FREE, HEAD, MARK, TAIL};
use crate::arena::Arena;
use crate::config::HeapConfig;
use crate::gc_ref::{GcRef, HOST_REF_BASE, MIN_REF, STATIC_REF_START};

/// Mark-stack entries (block indices) kept inside the heap: 256 bytes, deep
/// enough that ordinary object graphs never overflow it.
pub(crate) const MARK_STACK_LEN: usize = 64;

/// Size classes of the multi-block search hints: 2, 4, … 256 blocks; bigger
/// requests share the last class. 32 bytes of RAM on the MCU.
pub(crate) const RUN_CLASSES: usize = 8;

/// The smallest request (in blocks) of run class `k`.
#[inline(always)]
pub(crate) const fn run_len(k: usize) -> usize {
    2 << k
}

/// The run class of a request of `n >= 2` blocks.
#[inline(always)]
pub(crate) fn run_class(n: usize) -> usize {
    ((usize::BITS - 1 - n.leading_zeros()) as usize - 1).min(RUN_CLASSES - 1)
}

/// A garbage-collected heap over one arena.
pub struct Heap {
    pub(crate) table: AllocTable,
    /// Block 0.
    pub(crate) pool: *mut u8,
    /// `pool - pool_ref`, kept as a (possibly dangling) pointer so that
    /// `ptr()` is one add and keeps the pool's provenance.
    bias: *mut u8,
    /// The reference of block 0.
    pub(crate) pool_ref: u32,
    pub(crate) shift: u32,
    /// Every block below `hint` is allocated (MicroPython's
    /// `gc_last_free_atb_index`): searches start here.
    pub(crate) hint: usize,
    /// Per size class `k` (requests of `run_len(k)` blocks or more): no
    /// `run_len(k)` consecutive free blocks lie wholly below `run_hints[k]`,
    /// so a search of that class starts `run_len(k) - 1` blocks before it.
    /// Without them, small holes low in the heap make every larger
    /// allocation walk the whole heap above them.
    pub(crate) run_hints: [u32; RUN_CLASSES],
    pub(crate) used_blocks: usize,
    /// The highest `used_blocks` before its last decrease.
    pub(crate) peak_blocks: usize,
    pub(crate) collections: u32,
    pub(crate) allocated_total: u64,
    /// `allocated_total` at the end of the last collection.
    pub(crate) collected_at_total: u64,
    pub(crate) threshold_blocks: usize,
    /// The `allocated_total` at which the threshold triggers a collection
    /// (never while disabled): the one comparison the fast path makes.
    pub(crate) auto_collect_at: u64,
    pub(crate) enabled: bool,
    pub(crate) lock_depth: u32,
    pub(crate) stack_top: usize,
    pub(crate) mark_stack: [u32; MARK_STACK_LEN],
    pub(crate) mark_sp: usize,
    pub(crate) mark_overflow: bool,
    pub(crate) mark_overflows: u32,
    /// Bytes in front of block 0 (tables and alignment).
    pub(crate) overhead: usize,
    // Owns (or borrows for ever) the memory every pointer above points into.
    _arena: Arena,
}

// SAFETY: the heap is the only owner of its arena; nothing in it is tied to
// the thread that created it.
unsafe impl Send for Heap {}

impl Heap {
    /// Host: an owned arena of `bytes` bytes. A size the global allocator
    /// refuses gives a heap with no blocks (every alloc fails).
    pub fn with_capacity(bytes: usize, cfg: HeapConfig) -> Heap {
        let align = 1usize << cfg.block_shift();
        Heap::new(Arena::owned(bytes, align), cfg)
    }

    /// MCU: the given memory. With `cfg.ref_base == 0` a reference is the
    /// real address of its block (where that fits in 32 bits).
    pub fn from_static(arena: &'static mut [u8], cfg: HeapConfig) -> Heap {
        Heap::new(Arena::borrowed(arena), cfg)
    }

    fn new(arena: Arena, cfg: HeapConfig) -> Heap {
        let shift = cfg.block_shift();
        let block = 1u32 << shift;
        let base = arena.base();
        let plan = Plan::new(base.addr(), arena.len(), shift);
        let pool_off = plan.pad + plan.pool_off;
        let pool_addr = base.addr().wrapping_add(pool_off);
        let end = pool_addr as u64 + ((plan.blocks as u64) << shift);
        let pool_ref = if cfg.ref_base == 0 && arena.is_borrowed() && end <= STATIC_REF_START as u64
        {
            pool_addr as u32
        } else {
            let base_ref = if cfg.ref_base == 0 {
                HOST_REF_BASE
            } else {
                cfg.ref_base
            };
            let r = base_ref.saturating_add(u32::try_from(pool_off).unwrap_or(u32::MAX));
            r.max(MIN_REF).saturating_add(block - 1) & !(block - 1)
        };
        // Refs of every block must stay below the static range.
        let room = (STATIC_REF_START.saturating_sub(pool_ref) >> shift) as usize;
        let blocks = plan.blocks.min(room);
        let pool = base.wrapping_add(pool_off);
        // SAFETY: the plan keeps the tables inside the arena, before the pool,
        // and the heap owns the arena for as long as the table lives.
        let table = unsafe { AllocTable::new(base.wrapping_add(plan.pad), &plan, blocks) };
        Heap {
            table,
            pool,
            bias: pool.wrapping_sub(pool_ref as usize),
            pool_ref,
            shift,
            hint: 0,
            run_hints: [0; RUN_CLASSES],
            used_blocks: 0,
            peak_blocks: 0,
            collections: 0,
            allocated_total: 0,
            collected_at_total: 0,
            threshold_blocks: usize::MAX,
            auto_collect_at: u64::MAX,
            enabled: true,
            lock_depth: 0,
            stack_top: 0,
            mark_stack: [0; MARK_STACK_LEN],
            mark_sp: 0,
            mark_overflow: false,
            mark_overflows: 0,
            overhead: pool_off,
            _arena: arena,
        }
    }

    /// The memory of the allocation `r` (meaningful for live refs only).
    #[inline(always)]
    pub fn ptr(&self, r: GcRef) -> *mut u8 {
        self.bias.wrapping_add(r.0 as usize)
    }

    /// Collections run so far (wrapping): a changed count tells a cache of
    /// addresses that they may have been freed and reused.
    #[inline(always)]
    pub fn collections(&self) -> u32 {
        self.collections
    }

    /// Whether `word` is the reference of a live allocation's HEAD block.
    #[inline]
    pub fn is_heap_ref(&self, word: u32) -> bool {
        self.head_block(word).is_some()
    }

    /// Bytes of the allocation `r` (whole blocks); 0 if `r` is not live.
    pub fn alloc_size(&self, r: GcRef) -> usize {
        match self.head_block(r.0) {
            Some(b) => self.run_len(b) << self.shift,
            None => 0,
        }
    }

    /// The range of references the heap can ever hand out.
    pub fn ref_range(&self) -> core::ops::Range<u32> {
        let end = self.pool_ref as u64 + ((self.table.blocks() as u64) << self.shift);
        self.pool_ref..end as u32
    }

    /// Bytes per block.
    pub fn block_bytes(&self) -> usize {
        1 << self.shift
    }

    /// `gc.enable()` / `gc.disable()`: with automatic collection off, an
    /// allocation that does not fit fails instead of collecting.
    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
        self.update_auto_collect();
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// `micropython.heap_lock()`: nests; every alloc and realloc fails and
    /// `free` does nothing until the matching `unlock`.
    pub fn lock(&mut self) {
        self.lock_depth = self.lock_depth.saturating_add(1);
    }

    pub fn unlock(&mut self) {
        self.lock_depth = self.lock_depth.saturating_sub(1);
    }

    /// How many `lock` calls are not yet matched by `unlock`.
    pub fn lock_depth(&self) -> u32 {
        self.lock_depth
    }

    /// `gc.threshold(n)`: collect before an allocation once `n` bytes have
    /// been allocated since the last collection; `None` turns it off.
    pub fn set_threshold(&mut self, bytes: Option<usize>) {
        self.threshold_blocks = match bytes {
            Some(b) => b >> self.shift,
            None => usize::MAX,
        };
        self.update_auto_collect();
    }

    pub(crate) fn update_auto_collect(&mut self) {
        self.auto_collect_at = if self.enabled && self.threshold_blocks != usize::MAX {
            let bytes = (self.threshold_blocks as u64) << self.shift;
            self.collected_at_total.saturating_add(bytes)
        } else {
            u64::MAX
        };
    }

    /// Records the peak before `used_blocks` goes down; between decreases
    /// it only grows, so the fast path need not track it.
    #[inline(always)]
    pub(crate) fn note_peak(&mut self) {
        self.peak_blocks = self.peak_blocks.max(self.used_blocks);
    }

    /// The threshold in bytes, as `gc.threshold()` reports it.
    pub fn threshold(&self) -> Option<usize> {
        (self.threshold_blocks != usize::MAX).then(|| self.threshold_blocks << self.shift)
    }

    /// Where the native stack scan ends (the stack's highest address), taken
    /// from a local at VM start; 0 turns the scan off.
    pub fn set_stack_top(&mut self, addr: usize) {
        self.stack_top = addr;
    }

    pub fn stack_top(&self) -> usize {
        self.stack_top
    }

    /// The block index of a live HEAD named by `word`.
    #[inline(always)]
    pub(crate) fn head_block(&self, word: u32) -> Option<usize> {
        let off = word.wrapping_sub(self.pool_ref) as usize;
        let b = off >> self.shift;
        if off & ((1 << self.shift) - 1) == 0
            && b < self.table.blocks()
            && self.table.kind(b) == HEAD
        {
            Some(b)
        } else {
            None
        }
    }

    /// Blocks of the allocation whose head is `b` (head included).
    #[inline]
    pub(crate) fn run_len(&self, b: usize) -> usize {
        let mut end = b + 1;
        while self.table.kind(end) == TAIL {
            end += 1;
        }
        end - b
    }

    #[inline(always)]
    pub(crate) fn block_ref(&self, b: usize) -> GcRef {
        GcRef(self.pool_ref.wrapping_add((b << self.shift) as u32))
    }

    #[inline(always)]
    pub(crate) fn block_ptr(&self, b: usize) -> *mut u8 {
        self.pool.wrapping_add(b << self.shift)
    }

    /// The reference of a native pointer to a block's first byte, for the
    /// conservative scan of a 64-bit native stack, where the compiler may
    /// hold an object only by its address.
    #[cfg_attr(not(target_pointer_width = "64"), allow(dead_code))]
    pub(crate) fn ref_of_addr(&self, addr: usize) -> Option<u32> {
        let off = addr.wrapping_sub(self.pool.addr());
        (off < self.table.blocks() << self.shift).then(|| self.pool_ref.wrapping_add(off as u32))
    }

    /// Checks the table's invariants: no MARK outside a collection, no TAIL
    /// without a head, the used count, the search hints. For tests and fuzzers.
    pub fn verify(&self) -> Result<(), &'static str> {
        let mut used = 0;
        let mut run = 0;
        let mut prev = FREE;
        for b in 0..self.table.blocks() {
            let k = self.table.kind(b);
            match k {
                MARK => return Err("MARK block outside a collection"),
                TAIL if prev == FREE => return Err("TAIL block without a head"),
                FREE if b < self.hint => return Err("free block below the search hint"),
                FREE => {
                    run += 1;
                    let classes = self.run_hints.iter().enumerate();
                    for (_, &h) in classes.take_while(|&(c, _)| run_len(c) <= run) {
                        if b < h as usize {
                            return Err("free run below its search hint");
                        }
                    }
                }
                _ => {
                    run = 0;
                    used += 1
                }
            }
            prev = k;
        }
        if used != self.used_blocks {
            return Err("used block count out of step with the table");
        }
        Ok(())
    }
}
